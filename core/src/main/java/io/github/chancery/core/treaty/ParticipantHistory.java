package io.github.chancery.core.treaty;

import io.github.chancery.core.record.Actor;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.time.DatePrecision;
import io.github.chancery.core.time.PartialDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Reads a participant's status from its acts in a treaty's record, and when each act takes effect,
 * without assuming a date the record does not give. Stateless and thread-safe.
 */
final class ParticipantHistory {
  private ParticipantHistory() {}

  /**
   * When an act takes effect, as far as the record says: not before {@code from}, and certainly by
   * {@code by} when the record says so much. An unknown date of effect has no {@code by}.
   */
  static final class Effect {
    private final PartialDate from;
    private final PartialDate by;

    private Effect(PartialDate from, PartialDate by) {
      this.from = from;
      this.by = by;
    }

    static Effect on(PartialDate day) {
      return new Effect(day, day);
    }

    /** The day it takes effect, when the record makes it one day. */
    Optional<PartialDate> certainDay() {
      return by != null && from.equals(by) ? Optional.of(by) : Optional.empty();
    }
  }

  static Effect effectOf(Treaty treaty, ParticipantAction action) {
    Effect derived = derivedEffect(treaty, action);
    if (action.effectiveOn().isEmpty()) {
      return derived;
    }
    PartialDate recorded = action.effectiveOn().get();
    if (!action.takesEffectBeforeItIsDone() && !treaty.takesEffectBeforeEntryIntoForce(action)) {
      return Effect.on(recorded);
    }
    // One of the two dates is wrong: from the earlier on, nothing is certain until the date the
    // rest of the record gives.
    return new Effect(earlier(recorded, derived.from), derived.by);
  }

  /** When an act takes effect by the rest of the record, its own effective_on left aside. */
  private static Effect derivedEffect(Treaty treaty, ParticipantAction action) {
    Optional<PartialDate> inForce = treaty.entryIntoForce();
    if (!action.kind().bindsParticipant() || inForce.isEmpty()) {
      return new Effect(action.date(), null);
    }
    OptionalInt days = treaty.entryIntoForceDaysAfterDeposit();
    if (days.isPresent()) {
      PartialDate first = later(inForce.get(), dayAfter(action.date().earliestDay(), days.getAsInt()));
      PartialDate last = later(inForce.get(), dayAfter(action.date().latestDay(), days.getAsInt()));
      return new Effect(first, last);
    }
    if (!action.date().latestDay().isAfter(inForce.get().earliestDay())) {
      // Bound before the treaty was in force, or on the very day (signed and in force the same
      // day): bound from its entry into force.
      return Effect.on(inForce.get());
    }
    return new Effect(action.date(), null);
  }

  static PartyStatus statusOf(Treaty treaty, Reference<? extends Actor> participant, PartialDate date) {
    List<ParticipantAction> history = new ArrayList<>();
    List<Effect> effects = new ArrayList<>();
    for (ParticipantAction action : treaty.participantActions()) {
      if (action.participant().equals(participant) && (action.kind().bindsParticipant() || action.kind().endsParticipation())) {
        history.add(action);
      }
    }
    if (history.isEmpty()) {
      if (!treaty.parties().contains(participant)) {
        return PartyStatus.NOT_A_PARTY;
      }
      return treaty.entryIntoForce()
          .map(force -> statusAfter(Effect.on(force), date, PartyStatus.PARTY, PartyStatus.NOT_A_PARTY))
          .orElse(PartyStatus.UNDETERMINED);
    }
    history.forEach(action -> effects.add(effectOf(treaty, action)));
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < history.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparing(i -> effects.get(i).from, PartialDate.chronologicalOrder()));
    boolean notInForce = treaty.entryIntoForce().isEmpty() && treaty.status().filter(TreatyStatus.SIGNED::equals).isPresent();
    PartyStatus status = PartyStatus.NOT_A_PARTY;
    for (int i : order) {
      boolean binds = history.get(i).kind().bindsParticipant();
      if (binds && notInForce) {
        continue; // signed, not in force: binding acts make no party yet
      }
      status = statusAfter(effects.get(i), date, binds ? PartyStatus.PARTY : PartyStatus.NOT_A_PARTY, status);
    }
    return status;
  }

  /** The status on {@code date} of a change to {@code after} taking effect as {@code effect} says, from {@code before}. */
  private static PartyStatus statusAfter(Effect effect, PartialDate date, PartyStatus after, PartyStatus before) {
    if (effect.by != null && takesEffectBy(effect.by, date)) {
      return after;
    }
    if (effect.from.isDefinitelyAfter(date) || after == before) {
      return before;
    }
    return PartyStatus.UNDETERMINED;
  }

  /** Whether an act effective on {@code effective} has certainly taken effect on {@code date}. */
  private static boolean takesEffectBy(PartialDate effective, PartialDate date) {
    if (effective.isDefinitelyBefore(date)) {
      return true;
    }
    // The same day, both known to the day: in effect that day.
    return effective.precision().compareTo(DatePrecision.DAY) >= 0
        && date.precision().compareTo(DatePrecision.DAY) >= 0
        && !effective.latestDay().isAfter(date.earliestDay());
  }

  /** "On the thirtieth day after the date of deposit": the deposit's day plus thirty. */
  private static PartialDate dayAfter(LocalDate deposit, int days) {
    return PartialDate.of(deposit.plusDays(days));
  }

  private static PartialDate later(PartialDate a, PartialDate b) {
    return b.isDefinitelyAfter(a) ? b : a;
  }

  private static PartialDate earlier(PartialDate a, PartialDate b) {
    return PartialDate.chronologicalOrder().compare(a, b) <= 0 ? a : b;
  }
}
