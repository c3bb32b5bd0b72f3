package io.github.chancery.core.treaty;

import static io.github.chancery.core.testing.Violated.pathsAndCodes;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.chancery.core.actor.State;
import io.github.chancery.core.dossier.Dossier;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.text.MultilingualText;
import io.github.chancery.core.time.PartialDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A treaty's rule for later parties, as its final clauses give it, and the dates of effect it
 * computes, checked against the dates the depositary and the secretariats published.
 *
 * <p>Paris Agreement, article 21(3): for a party that deposits after the conditions of entry into
 * force are met, "the thirtieth day after the date of deposit". It entered into force on 4
 * November 2016, the conditions having been met on 5 October 2016. France approved it on 5 October
 * 2016 (in force with the agreement); Benin ratified it on 31 October 2016, after the conditions
 * were met (in force on the thirtieth day, 30 November 2016, not with the agreement); the United States accepted it again on 20 January 2021 (in force 19
 * February 2021).
 *
 * <p>UNFCCC, article 23(2): "the ninetieth day after the date of deposit". In force on 21 March
 * 1994; Australia ratified on 30 December 1992 (in force 21 March 1994), Albania acceded on 3
 * October 1994 (in force 1 January 1995), Afghanistan ratified on 19 September 2002 (in force 18
 * December 2002), Liberia on 5 November 2002 (in force 3 February 2003, which the secretariat's
 * table misprints as 2002).
 */
final class EntryIntoForceForLaterPartiesTest {
  private static final Reference<State> FRANCE = Reference.to("state-fr");
  private static final Reference<State> BENIN = Reference.to("state-bj");
  private static final Reference<State> US = Reference.to("state-us");
  private static final Reference<State> AUSTRALIA = Reference.to("state-au");
  private static final Reference<State> ALBANIA = Reference.to("state-al");
  private static final Reference<State> AFGHANISTAN = Reference.to("state-af");
  private static final Reference<State> LIBERIA = Reference.to("state-lr");

  private static final Treaty PARIS =
      Treaty.builder()
          .id("treaty-paris-agreement")
          .title(MultilingualText.of("en", "Paris Agreement"))
          .addParties(FRANCE, BENIN, US)
          .concludedOn(PartialDate.of(2015, 12, 12))
          .entryIntoForce(PartialDate.of(2016, 11, 4))
          .entryIntoForceDaysAfterDeposit(30)
          .addParticipantActions(
              act(FRANCE, ParticipantActionKind.APPROVAL, PartialDate.of(2016, 10, 5)),
              act(BENIN, ParticipantActionKind.RATIFICATION, PartialDate.of(2016, 10, 31)),
              act(US, ParticipantActionKind.ACCEPTANCE, PartialDate.of(2021, 1, 20)))
          .build();

  private static final Treaty UNFCCC =
      Treaty.builder()
          .id("treaty-unfccc")
          .title(MultilingualText.of("en", "United Nations Framework Convention on Climate Change"))
          .addParties(AUSTRALIA, ALBANIA, AFGHANISTAN, LIBERIA)
          .concludedOn(PartialDate.of(1992, 5, 9))
          .entryIntoForce(PartialDate.of(1994, 3, 21))
          .entryIntoForceDaysAfterDeposit(90)
          .addParticipantActions(
              act(AUSTRALIA, ParticipantActionKind.RATIFICATION, PartialDate.of(1992, 12, 30)),
              act(ALBANIA, ParticipantActionKind.ACCESSION, PartialDate.of(1994, 10, 3)),
              act(AFGHANISTAN, ParticipantActionKind.RATIFICATION, PartialDate.of(2002, 9, 19)),
              act(LIBERIA, ParticipantActionKind.RATIFICATION, PartialDate.of(2002, 11, 5)))
          .build();

  private static ParticipantAction act(Reference<State> state, ParticipantActionKind kind, PartialDate date) {
    return ParticipantAction.of(state, kind, date);
  }

  private static PartialDate effect(Treaty treaty, int action) {
    return treaty.effectiveDateOf(treaty.participantActions().get(action)).orElseThrow();
  }

  @Test
  void theParisAgreementsThirtiethDayGivesTheDatesTheDepositaryPublished() {
    assertThat(PARIS.entryIntoForceDaysAfterDeposit()).hasValue(30);
    assertThat(effect(PARIS, 0)).as("France, among the first fifty-five").isEqualTo(PartialDate.of(2016, 11, 4));
    assertThat(effect(PARIS, 1)).as("Benin, after the conditions were met").isEqualTo(PartialDate.of(2016, 11, 30));
    assertThat(effect(PARIS, 2)).as("the United States in 2021").isEqualTo(PartialDate.of(2021, 2, 19));
  }

  @Test
  void theUnfcccsNinetiethDayGivesTheDatesTheSecretariatPublished() {
    assertThat(effect(UNFCCC, 0)).isEqualTo(PartialDate.of(1994, 3, 21));
    assertThat(effect(UNFCCC, 1)).isEqualTo(PartialDate.of(1995, 1, 1));
    assertThat(effect(UNFCCC, 2)).isEqualTo(PartialDate.of(2002, 12, 18));
    assertThat(effect(UNFCCC, 3)).isEqualTo(PartialDate.of(2003, 2, 3));
  }

  @Test
  void aStateIsNotAPartyUntilTheComputedDayAndIsOneFromIt() {
    assertThat(PARIS.partyStatusOf(BENIN, PartialDate.of(2016, 11, 4))).isEqualTo(PartyStatus.NOT_A_PARTY);
    assertThat(PARIS.partyStatusOf(BENIN, PartialDate.of(2016, 11, 30))).isEqualTo(PartyStatus.PARTY);
    assertThat(PARIS.partyStatusOf(US, PartialDate.of(2021, 2, 18))).isEqualTo(PartyStatus.NOT_A_PARTY);
    assertThat(PARIS.partyStatusOf(US, PartialDate.of(2021, 2, 19))).isEqualTo(PartyStatus.PARTY);
    assertThat(UNFCCC.partyStatusOf(AFGHANISTAN, PartialDate.of(2002, 12, 17))).isEqualTo(PartyStatus.NOT_A_PARTY);
    assertThat(UNFCCC.partyStatusOf(AFGHANISTAN, PartialDate.of(2002, 12, 18))).isEqualTo(PartyStatus.PARTY);
    assertThat(Dossier.of(List.of(UNFCCC)).partyStatus(Reference.to(UNFCCC.id()), LIBERIA, PartialDate.of(2003, 2, 3)))
        .isEqualTo(PartyStatus.PARTY);
  }

  @Test
  void aRecordedDateOfEffectIsTakenAsTheRecordGivesIt() {
    // A notification may give a later date than the rule's; what the record says is kept.
    Treaty recorded =
        PARIS.withParticipantActions(
            act(US, ParticipantActionKind.ACCEPTANCE, PartialDate.of(2021, 1, 20)).withEffectiveOn(PartialDate.of(2021, 3, 1)));

    assertThat(recorded.partyStatusOf(US, PartialDate.of(2021, 2, 19))).isEqualTo(PartyStatus.NOT_A_PARTY);
    assertThat(effect(recorded, 0)).isEqualTo(PartialDate.of(2021, 3, 1));
  }

  @Test
  void aDepositKnownOnlyToTheMonthGivesAWindowNotADay() {
    Treaty byMonth = UNFCCC.withParticipantActions(act(LIBERIA, ParticipantActionKind.RATIFICATION, PartialDate.of(2002, 11)));

    assertThat(byMonth.effectiveDateOf(byMonth.participantActions().get(0))).isEmpty();
    assertThat(byMonth.partyStatusOf(LIBERIA, PartialDate.of(2003, 1, 15))).isEqualTo(PartyStatus.NOT_A_PARTY);
    assertThat(byMonth.partyStatusOf(LIBERIA, PartialDate.of(2003, 2, 10))).isEqualTo(PartyStatus.UNDETERMINED);
    assertThat(byMonth.partyStatusOf(LIBERIA, PartialDate.of(2003, 3, 1))).isEqualTo(PartyStatus.PARTY);
  }

  @Test
  void theContradictoryRowIsPinnedDownByTheRule() {
    // The secretariat's row for Liberia, 2002-02-03 for 2003-02-03: the rule gives the day from
    // which it certainly is a party; before, from the misprinted day on, the record cannot say.
    Treaty published =
        UNFCCC.withParticipantActions(
            act(LIBERIA, ParticipantActionKind.RATIFICATION, PartialDate.of(2002, 11, 5)).withEffectiveOn(PartialDate.of(2002, 2, 3)));

    assertThat(published.partyStatusOf(LIBERIA, PartialDate.of(2002, 6, 1))).isEqualTo(PartyStatus.UNDETERMINED);
    assertThat(published.partyStatusOf(LIBERIA, PartialDate.of(2003, 2, 3))).isEqualTo(PartyStatus.PARTY);
    assertThat(published.effectiveDateOf(published.participantActions().get(0))).isEmpty();
  }

  @Test
  void withoutTheRuleALaterPartysDateOfEffectIsUnknown() {
    Treaty withoutRule = PARIS.withEntryIntoForceDaysAfterDeposit(java.util.OptionalInt.empty());

    assertThat(withoutRule.effectiveDateOf(withoutRule.participantActions().get(2))).isEmpty();
    assertThat(withoutRule.partyStatusOf(US, PartialDate.of(2021, 2, 1))).isEqualTo(PartyStatus.UNDETERMINED);
    assertThat(withoutRule.effectiveDateOf(withoutRule.participantActions().get(0))).hasValue(PartialDate.of(2016, 11, 4));
  }

  @Test
  void refusesANegativeNumberOfDays() {
    assertThat(pathsAndCodes(() -> PARIS.withEntryIntoForceDaysAfterDeposit(-30)))
        .containsExactly("entry_into_force_days_after_deposit negative");
    assertThat(PARIS.withEntryIntoForceDaysAfterDeposit(0).entryIntoForceDaysAfterDeposit()).hasValue(0);
  }
}
