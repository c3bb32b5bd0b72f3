package io.github.chancery.core.treaty;

import io.github.chancery.core.record.Identifier;
import io.github.chancery.core.record.ValueType;
import io.github.chancery.core.record.Shape;
import io.github.chancery.core.record.Actor;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.record.RecordType;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.text.LanguageTag;
import io.github.chancery.core.text.MultilingualText;
import io.github.chancery.core.time.DateOrder;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.validation.ViolationCode;
import io.github.chancery.core.validation.Violations;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.ArrayList;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * A treaty, agreement or other instrument between parties: a convention, a protocol, a
 * memorandum, a joint or trilateral statement, a ceasefire, an exchange of notes.
 *
 * <p>It records the parties, the signatures (who signed, in what capacity, for whom, when and
 * where), any mediators (a mediator may also be a party, as Russia was for the statement of 10
 * November 2020), when and where it was concluded, when it entered into force (possibly an
 * instant in a named zone), its status, depositary, UN registration number, and each
 * participant's actions with their dates.
 *
 * <p>Required: {@code id}, {@code title}. Invariants: parties and mediators are not repeated;
 * every signature is on behalf of a party; entry into force is not definitely before the
 * conclusion or any signature; the UN registration number reads {@code I:33521} (registered) or
 * {@code II:965} (filed and recorded). Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Treaty implements ChanceryRecord, WithTreaty {
  private static final Pattern UN_REGISTRATION = Pattern.compile("(I|II):[1-9][0-9]*");

  Treaty() {}

  private static final Shape<Treaty> SHAPE =
    Shape.ofRecord(RecordType.TREATY, Treaty.class, Treaty::builder, Treaty.Builder::build)
        .required("id", ValueType.ID, Treaty::id, Treaty.Builder::id)
        .required("title", ValueType.MULTILINGUAL_TEXT, Treaty::title, Treaty.Builder::title)
        .optional("kind", ValueType.code(TreatyKind::of, TreatyKind.knownValues()), Treaty::kind, Treaty.Builder::kind)
        .list("party_ids", ValueType.actorReference(), Treaty::parties, Treaty.Builder::addAllParties)
        .list("signatures", ValueType.part(Signature.shape()), Treaty::signatures, Treaty.Builder::addAllSignatures)
        .list("mediator_ids", ValueType.actorReference(), Treaty::mediators, Treaty.Builder::addAllMediators)
        .optional("concluded_on", ValueType.DATE, Treaty::concludedOn, Treaty.Builder::concludedOn)
        .optional("concluded_at", ValueType.TEXT, Treaty::concludedAt, Treaty.Builder::concludedAt)
        .optional("entry_into_force", ValueType.DATE, Treaty::entryIntoForce, Treaty.Builder::entryIntoForce)
        .optional("status", ValueType.code(TreatyStatus::of, TreatyStatus.knownValues()), Treaty::status, Treaty.Builder::status)
        .optional("depositary_id", ValueType.actorReference(), Treaty::depositary, Treaty.Builder::depositary)
        .optional("un_registration_number", ValueType.TEXT, Treaty::unRegistrationNumber, Treaty.Builder::unRegistrationNumber)
        .list("authentic_languages", ValueType.LANGUAGE_TAG, Treaty::authenticLanguages, Treaty.Builder::addAllAuthenticLanguages)
        .list("participant_actions", ValueType.part(ParticipantAction.shape()), Treaty::participantActions, Treaty.Builder::addAllParticipantActions)
        .optional("other_report_of_id", ValueType.reference(RecordType.TREATY), Treaty::otherReportOf, Treaty.Builder::otherReportOf)
        .list("identifiers", ValueType.part(Identifier.shape()), Treaty::identifiers, Treaty.Builder::addAllIdentifiers)
        .list("source_ids", ValueType.reference(RecordType.SOURCE), Treaty::sources, Treaty.Builder::addAllSources)
        .build();

  /**
   * Returns the shape of this record: its properties in wire order, read by validation, dossiers
   * and JSON.
   *
   * @return the shape of treaties, the same instance on every call
   */
  public static Shape<Treaty> shape() {
    return SHAPE;
  }

  /**
   * Returns a builder; {@code id} and {@code title} are required.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public final RecordType recordType() {
    return RecordType.TREATY;
  }

  /**
   * Returns the title, in its authentic languages and any translations.
   *
   * @return the title; never null
   */
  public abstract MultilingualText title();

  /**
   * Returns what kind of instrument it is.
   *
   * @return the kind, or empty when not stated
   */
  public abstract Optional<TreatyKind> kind();

  /**
   * Returns the parties.
   *
   * @return references to the parties, in the order given, each once; never null, possibly empty
   */
  public abstract List<Reference<? extends Actor>> parties();

  /**
   * Returns the signatures.
   *
   * @return the signatures, in the order given, each on behalf of a party; never null, possibly
   *     empty
   */
  public abstract List<Signature> signatures();

  /**
   * Returns who mediated or brokered it; a mediator may also be a party.
   *
   * @return references to the mediators, in the order given, each once; never null, possibly empty
   */
  public abstract List<Reference<? extends Actor>> mediators();

  /**
   * Returns when it was concluded.
   *
   * @return the date of conclusion, or empty when unknown
   */
  public abstract Optional<PartialDate> concludedOn();

  /**
   * Returns where it was concluded.
   *
   * @return the place of conclusion, not blank, or empty when not recorded
   */
  public abstract Optional<String> concludedAt();

  /**
   * Returns when it entered into force in general; may be an instant in a named zone.
   *
   * @return the date or instant of entry into force, not definitely before the conclusion or any
   *     signature, or empty when not in force or unknown
   */
  public abstract Optional<PartialDate> entryIntoForce();

  /**
   * Returns where it stands.
   *
   * @return the status, or empty when not recorded
   */
  public abstract Optional<TreatyStatus> status();

  /**
   * Returns its depositary.
   *
   * @return a reference to the depositary, or empty when not recorded
   */
  public abstract Optional<Reference<? extends Actor>> depositary();

  /**
   * Returns its registration number with the UN Secretariat, such as {@code I:33521}.
   *
   * @return the number, such as {@code I:33521} or {@code II:965}, or empty when not registered or
   *     not recorded
   */
  public abstract Optional<String> unRegistrationNumber();

  /**
   * Returns the languages its text is authentic in.
   *
   * @return the languages, in the order given, each once; never null, possibly empty
   */
  public abstract List<LanguageTag> authenticLanguages();

  /**
   * Returns each participant's acts about it, with their dates.
   *
   * @return the acts, in the order given; never null, possibly empty
   */
  public abstract List<ParticipantAction> participantActions();

  /**
   * Returns the record of the same act as another source reports it, when this record is a
   * second report of that act: both are kept, each with its own sources, and the consistency
   * report shows where they disagree.
   *
   * @return a reference to the other treaty record, never this one, or empty when this is the only
   *     report
   */
  public abstract Optional<Reference<Treaty>> otherReportOf();

  /**
   * Returns when a participant's act takes effect for it: its {@code effective_on}; else, for an
   * act that binds, the later of its date and the treaty's entry into force; else its date.
   *
   * @param action an act of this treaty's participant actions
   * @return the date
   */
  public PartialDate effectiveDateOf(ParticipantAction action) {
    Objects.requireNonNull(action, "action");
    if (action.effectiveOn().isPresent()) {
      return action.effectiveOn().get();
    }
    if (action.kind().bindsParticipant() && entryIntoForce().isPresent() && action.date().isDefinitelyBefore(entryIntoForce().get())) {
      return entryIntoForce().get();
    }
    return action.date();
  }

  /**
   * Returns whether a participant was a party to the treaty on a date, from its history: each
   * act that binds it ({@link ParticipantActionKind#bindsParticipant()}) or ends its participation
   * ({@link ParticipantActionKind#endsParticipation()}) changes its status from the day the act
   * takes effect ({@link #effectiveDateOf}), so that a state that withdrew and acceded again is a
   * party, then not, then again. A participant without such acts is a party when {@code party_ids}
   * lists it and the treaty is in force. Where an act's date and the date asked may be either side
   * of each other (one known only to the month), the answer is {@link PartyStatus#UNDETERMINED};
   * so it is after a binding act when the record says neither when the treaty entered into force
   * nor when the act took effect, unless the treaty's status is {@code signed} (not in force).
   *
   * @param participant the state or other actor
   * @param date the date
   * @return the status by the record
   */
  public PartyStatus partyStatusOf(Reference<? extends Actor> participant, PartialDate date) {
    Objects.requireNonNull(participant, "participant");
    Objects.requireNonNull(date, "date");
    List<ParticipantAction> history = new ArrayList<>();
    for (ParticipantAction action : participantActions()) {
      if (action.participant().equals(participant) && (action.kind().bindsParticipant() || action.kind().endsParticipation())) {
        history.add(action);
      }
    }
    if (history.isEmpty()) {
      if (!parties().contains(participant)) {
        return PartyStatus.NOT_A_PARTY;
      }
      return entryIntoForce().map(force -> statusAfter(force, date, PartyStatus.PARTY, PartyStatus.NOT_A_PARTY))
          .orElse(PartyStatus.UNDETERMINED);
    }
    history.sort(java.util.Comparator.comparing(this::effectiveDateOf, PartialDate.chronologicalOrder()));
    PartyStatus status = PartyStatus.NOT_A_PARTY;
    for (ParticipantAction action : history) {
      boolean binds = action.kind().bindsParticipant();
      if (binds && action.effectiveOn().isEmpty() && entryIntoForce().isEmpty()) {
        // Bound, but whether the treaty is in force is not recorded: a party only once it is.
        if (status().filter(TreatyStatus.SIGNED::equals).isPresent() || action.date().isDefinitelyAfter(date)) {
          continue;
        }
        status = status == PartyStatus.PARTY ? status : PartyStatus.UNDETERMINED;
        continue;
      }
      PartyStatus after = binds ? PartyStatus.PARTY : PartyStatus.NOT_A_PARTY;
      status = statusAfter(effectiveDateOf(action), date, after, status);
    }
    return status;
  }

  /** The status on {@code date} of a change to {@code after} on {@code effective}, from {@code before}. */
  private static PartyStatus statusAfter(PartialDate effective, PartialDate date, PartyStatus after, PartyStatus before) {
    if (takesEffectBy(effective, date)) {
      return after;
    }
    if (effective.isDefinitelyAfter(date) || after == before) {
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
    return effective.precision().compareTo(io.github.chancery.core.time.DatePrecision.DAY) >= 0
        && date.precision().compareTo(io.github.chancery.core.time.DatePrecision.DAY) >= 0
        && !effective.latestDay().isAfter(date.earliestDay());
  }

  /**
   * Returns the date it was concluded, when known.
   *
   * @return the {@linkplain #concludedOn() date of conclusion}, or empty when unknown
   */
  @Override
  public final Optional<PartialDate> actDate() {
    return concludedOn();
  }

  @Value.Check
  final void check() {
    Violations v = Violations.collect();
    v.id("id", id());
    v.noNullElements("party_ids", parties());
    v.noNullElements("signatures", signatures());
    v.noNullElements("mediator_ids", mediators());
    v.noNullElements("authentic_languages", authenticLanguages());
    v.noNullElements("participant_actions", participantActions());
    v.noNullElements("source_ids", sources());
    v.required("title", title());
    v.distinct("party_ids", parties());
    v.distinct("mediator_ids", mediators());
    v.distinct("authentic_languages", authenticLanguages());
    v.optionalText("concluded_at", concludedAt());
    Set<Reference<?>> parties = new HashSet<>(parties());
    for (int i = 0; i < signatures().size(); i++) {
      Signature signature = signatures().get(i);
      if (signature == null) {
        continue; // reported above
      }
      String path = "signatures[" + i + "]";
      signature.validate(v, path);
      if (!parties.contains(signature.onBehalfOf())) {
        v.add(
            path + ".on_behalf_of_id",
            ViolationCode.NON_PARTY_SIGNATORY,
            "'" + signature.onBehalfOf() + "' is not a party to the treaty");
      }
      DateOrder.check(v, "entry_into_force", entryIntoForce(), path + ".date", signature.date());
    }
    DateOrder.check(v, "entry_into_force", entryIntoForce(), "concluded_on", concludedOn());
    for (int i = 0; i < participantActions().size(); i++) {
      ParticipantAction action = participantActions().get(i);
      if (action == null || action.effectiveOn().isEmpty()) {
        continue;
      }
      String path = "participant_actions[" + i + "]";
      // A succession takes effect from the succession of states, before it is notified.
      if (!action.kind().equals(ParticipantActionKind.SUCCESSION)) {
        DateOrder.check(v, path + ".effective_on", action.effectiveOn(), path + ".date", Optional.of(action.date()));
      }
      if (action.kind().bindsParticipant()) {
        DateOrder.check(v, path + ".effective_on", action.effectiveOn(), "entry_into_force", entryIntoForce());
      }
    }
    unRegistrationNumber()
        .filter(number -> !UN_REGISTRATION.matcher(number).matches())
        .ifPresent(
            number ->
                v.add(
                    "un_registration_number",
                    ViolationCode.INVALID_FORMAT,
                    "'" + number + "' is not a UN registration number such as I:33521 or II:965"));
    v.notSelf("other_report_of_id", id(), otherReportOf().map(Reference::id), "a record cannot be another report of itself");
    v.noNullElements("identifiers", identifiers());
    v.distinct("identifiers", identifiers());
    v.distinct("source_ids", sources());
    v.throwIfAny(RecordType.TREATY.wireName(), id());
  }

  /**
   * Builds a {@link Treaty}: set its fields one at a time, then call {@code build()}. Get one
   * from {@link Treaty#builder()}.
   *
   * <p>{@code build()} checks the required fields and every invariant of {@link Treaty} at
   * once, and throws a {@link io.github.chancery.core.validation.ValidationException} listing
   * every violation; it never returns an invalid treaty.
   *
   * <p>Not thread-safe: a builder is mutable; use it on one thread.
   */
  public static final class Builder extends ImmutableTreaty.Builder {
    Builder() {}
  }
}
