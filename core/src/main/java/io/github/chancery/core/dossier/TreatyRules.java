package io.github.chancery.core.dossier;

import io.github.chancery.core.actor.Person;
import io.github.chancery.core.record.Actor;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.treaty.ParticipantAction;
import io.github.chancery.core.treaty.PartyStatus;
import io.github.chancery.core.treaty.Signature;
import io.github.chancery.core.treaty.Treaty;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * The consistency rules of treaties: dates of its acts that contradict each other, withdrawals by
 * participants that were not parties, signatories who held no recorded office of the capacity they
 * signed in, and the differences between two reports of one treaty's participants' acts.
 */
final class TreatyRules {
  private final CheckContext context;

  TreatyRules(CheckContext context) {
    this.context = context;
  }

  /**
   * A withdrawal or denunciation by a participant that was not a party when it was notified, by
   * the rest of its history: it withdraws from what it had not joined. Before it, each act whose
   * dates contradict each other or the treaty's entry into force.
   */
  void participation(Treaty treaty, String at) {
    List<ParticipantAction> actions = treaty.participantActions();
    for (int i = 0; i < actions.size(); i++) {
      actionDates(treaty, actions.get(i), at + Treaty.PARTICIPANT_ACTIONS.at(i, ParticipantAction.EFFECTIVE_ON));
    }
    for (int i = 0; i < actions.size(); i++) {
      ParticipantAction action = actions.get(i);
      if (!action.kind().endsParticipation()) {
        continue;
      }
      // Withdrawing from what it is not recorded as having joined is not impossible, only
      // incomplete data: the rule needs a recorded binding act to judge by.
      boolean bound = false;
      for (ParticipantAction other : actions) {
        bound |= other.participant().equals(action.participant()) && other.kind().bindsParticipant();
      }
      if (!bound) {
        continue;
      }
      List<ParticipantAction> others = new ArrayList<>(actions);
      others.remove(i);
      PartyStatus before = treaty.withParticipantActions(others).partyStatusOf(action.participant(), action.date());
      if (before == PartyStatus.NOT_A_PARTY) {
        context.add(
            FindingCode.WITHDRAWAL_BY_NON_PARTY,
            treaty,
            at + Treaty.PARTICIPANT_ACTIONS.at(i, ParticipantAction.DATE),
            "'" + action.participant() + "' gives notice of " + action.kind() + " on " + action.date()
                + " but was not a party then, by its recorded acts");
      }
    }
  }

  /** A participant's act recorded as taking effect before it was done, or before the treaty is in force. */
  private void actionDates(Treaty treaty, ParticipantAction action, String path) {
    PartialDate effective = action.effectiveOn().orElse(null);
    String act = "'" + action.participant() + "' " + action.kind() + " of " + action.date() + " is recorded as taking effect on " + effective;
    if (action.takesEffectBeforeItIsDone()) {
      context.add(FindingCode.DATES_OUT_OF_ORDER, treaty, path, act + ", before it was done");
    } else if (treaty.takesEffectBeforeEntryIntoForce(action)) {
      context.add(
          FindingCode.DATES_OUT_OF_ORDER,
          treaty,
          path,
          act + ", before the treaty's entry into force on " + treaty.entryIntoForce().orElseThrow());
    }
  }

  /**
   * The treaty's own dates (an entry into force before its conclusion, or before every recorded
   * signature: a treaty still open for signature is signed after its entry into force too), then
   * each signatory's office.
   */
  void signatures(Treaty treaty, String at) {
    entryIntoForce(treaty, at);
    for (int i = 0; i < treaty.signatures().size(); i++) {
      Signature signature = treaty.signatures().get(i);
      Optional<Person> person = signature.signatory().flatMap(signatory -> context.dossier().resolve(signatory, Person.class));
      if (signature.capacity().isEmpty() || person.isEmpty() || person.get().offices().isEmpty()) {
        continue; // nothing recorded to check the capacity against
      }
      String capacity = signature.capacity().get();
      boolean held =
          person.get().offices().stream()
              .anyMatch(
                  office ->
                      office.role().toLowerCase(Locale.ROOT).equals(capacity.toLowerCase(Locale.ROOT))
                          && office.organization().map(o -> o.equals(signature.onBehalfOf())).orElse(true)
                          && signature.date().map(office::mayBeHeldOn).orElse(true));
      if (!held) {
        context.add(
            FindingCode.SIGNATORY_NOT_IN_OFFICE,
            treaty,
            at + Treaty.SIGNATURES.at(i, Signature.SIGNATORY),
            "'" + person.get().id() + "' held no recorded office of " + capacity + " of '"
                + signature.onBehalfOf() + "'" + signature.date().map(d -> " on " + d).orElse(""));
      }
    }
  }

  private void entryIntoForce(Treaty treaty, String at) {
    if (treaty.entryIntoForce().isEmpty()) {
      return;
    }
    PartialDate inForce = treaty.entryIntoForce().get();
    String path = at + Treaty.ENTRY_INTO_FORCE.name();
    if (treaty.concludedOn().isPresent() && inForce.isDefinitelyBefore(treaty.concludedOn().get())) {
      context.add(
          FindingCode.DATES_OUT_OF_ORDER,
          treaty,
          path,
          "the entry into force, " + inForce + ", is definitely before the conclusion, " + treaty.concludedOn().get());
      return;
    }
    Signature first = null;
    for (Signature signature : treaty.signatures()) {
      if (signature.date().isEmpty()) {
        continue;
      }
      if (!inForce.isDefinitelyBefore(signature.date().get())) {
        return; // signed by then, or perhaps: no contradiction
      }
      if (first == null || PartialDate.chronologicalOrder().compare(signature.date().get(), first.date().get()) < 0) {
        first = signature;
      }
    }
    if (first != null) {
      context.add(
          FindingCode.DATES_OUT_OF_ORDER,
          treaty,
          path,
          "the entry into force, " + inForce + ", is definitely before every signature, the first on "
              + first.date().get() + " for '" + first.onBehalfOf() + "'");
    }
  }

  /**
   * Where two reports of one treaty give its participants' acts differently: the same act (who,
   * what, when) with another date of effect, another date for a participant's act of one kind, or
   * another kind of act on one date. An act that only one report gives is not a difference: a later
   * snapshot of a status table has acts the earlier could not have.
   */
  static void participantDifferences(Treaty report, Treaty other, List<String> differences) {
    Set<Reference<? extends Actor>> participants = new LinkedHashSet<>();
    report.participantActions().forEach(a -> participants.add(a.participant()));
    for (Reference<? extends Actor> participant : participants) {
      List<ParticipantAction> mine = actionsOf(report, participant);
      List<ParticipantAction> theirs = actionsOf(other, participant);
      // The same act in both: its date of effect may still differ.
      pair(mine, theirs, (a, b) -> a.kind().equals(b.kind()) && a.date().mayCoincideWith(b.date()), (a, b) -> {
        if (a.effectiveOn().isPresent() && b.effectiveOn().isPresent() && !a.effectiveOn().get().mayCoincideWith(b.effectiveOn().get())) {
          differences.add("'" + participant + "' " + a.kind() + " of " + a.date() + " takes effect " + a.effectiveOn().get()
              + " and " + b.effectiveOn().get());
        }
      });
      pair(mine, theirs, (a, b) -> a.kind().equals(b.kind()), (a, b) ->
          differences.add("'" + participant + "' " + a.kind() + " " + a.date() + " and " + b.date()));
      pair(mine, theirs, (a, b) -> a.date().mayCoincideWith(b.date()), (a, b) ->
          differences.add("'" + participant + "' on " + a.date() + " " + a.kind() + " and " + b.kind()));
    }
  }

  private static List<ParticipantAction> actionsOf(Treaty treaty, Reference<? extends Actor> participant) {
    List<ParticipantAction> actions = new ArrayList<>();
    for (ParticipantAction action : treaty.participantActions()) {
      if (action.participant().equals(participant)) {
        actions.add(action);
      }
    }
    return actions;
  }

  /** Takes out of both lists each first pair that matches, in order, and hands it on. */
  private static void pair(
      List<ParticipantAction> mine,
      List<ParticipantAction> theirs,
      BiPredicate<ParticipantAction, ParticipantAction> matches,
      java.util.function.BiConsumer<ParticipantAction, ParticipantAction> paired) {
    for (int i = 0; i < mine.size(); i++) {
      for (int j = 0; j < theirs.size(); j++) {
        if (matches.test(mine.get(i), theirs.get(j))) {
          paired.accept(mine.remove(i--), theirs.remove(j));
          break;
        }
      }
    }
  }
}
