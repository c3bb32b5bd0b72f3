package io.github.chancery.core.dossier;

import io.github.chancery.core.actor.Person;
import io.github.chancery.core.treaty.ParticipantAction;
import io.github.chancery.core.treaty.PartyStatus;
import io.github.chancery.core.treaty.Signature;
import io.github.chancery.core.treaty.Treaty;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The consistency rules of treaties: withdrawals by participants that were not parties, and
 * signatories who held no recorded office of the capacity they signed in.
 */
final class TreatyRules {
  private final CheckContext context;

  TreatyRules(CheckContext context) {
    this.context = context;
  }

  /**
   * A withdrawal or denunciation by a participant that was not a party when it was notified, by
   * the rest of its history: it withdraws from what it had not joined.
   */
  void participation(Treaty treaty, String at) {
    List<ParticipantAction> actions = treaty.participantActions();
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

  void signatures(Treaty treaty, String at) {
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
}
