package io.github.chancery.core.treaty;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chancery.core.dossier.Dossier;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.text.MultilingualText;
import io.github.chancery.core.time.PartialDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The Paris Agreement as the UN Treaty Collection records it (chapter XXVII.7.d): in force on 4
 * November 2016; the United States accepted it on 3 September 2016, notified its withdrawal on
 * 4 November 2019, effective 4 November 2020, accepted it again on 20 January 2021, in force for
 * it on 19 February 2021 (the thirtieth day, Article 21(3)), and notified withdrawal again on 27
 * January 2025, effective 27 January 2026. France approved it on 5 October 2016.
 */
final class ParticipantHistoryTest {
  private static final Reference<io.github.chancery.core.actor.State> US = Reference.to("state-us");
  private static final Reference<io.github.chancery.core.actor.State> FRANCE = Reference.to("state-fr");
  private static final Reference<io.github.chancery.core.actor.State> CHINA = Reference.to("state-cn");

  private static ParticipantAction act(Reference<io.github.chancery.core.actor.State> who, ParticipantActionKind kind, PartialDate date) {
    return ParticipantAction.of(who, kind, date);
  }

  private static final Treaty PARIS =
      Treaty.builder()
          .id("treaty-paris-agreement")
          .title(MultilingualText.of("en", "Paris Agreement"))
          .addParties(US, FRANCE, CHINA)
          .concludedOn(PartialDate.of(2015, 12, 12))
          .entryIntoForce(PartialDate.of(2016, 11, 4))
          .addParticipantActions(
              act(US, ParticipantActionKind.ACCEPTANCE, PartialDate.of(2016, 9, 3)),
              act(US, ParticipantActionKind.WITHDRAWAL, PartialDate.of(2019, 11, 4)).withEffectiveOn(PartialDate.of(2020, 11, 4)),
              act(US, ParticipantActionKind.ACCEPTANCE, PartialDate.of(2021, 1, 20)).withEffectiveOn(PartialDate.of(2021, 2, 19)),
              act(US, ParticipantActionKind.WITHDRAWAL, PartialDate.of(2025, 1, 27)).withEffectiveOn(PartialDate.of(2026, 1, 27)),
              act(FRANCE, ParticipantActionKind.APPROVAL, PartialDate.of(2016, 10, 5)))
          .build();

  private static PartyStatus us(PartialDate date) {
    return PARIS.partyStatusOf(US, date);
  }

  @Test
  void answersWhetherAStateWasAPartyOnADateFromItsHistory() {
    assertThat(us(PartialDate.of(2016, 10, 1))).as("accepted, the agreement not yet in force").isEqualTo(PartyStatus.NOT_A_PARTY);
    assertThat(us(PartialDate.of(2016, 11, 4))).as("the day of entry into force").isEqualTo(PartyStatus.PARTY);
    assertThat(us(PartialDate.of(2020, 6, 1))).as("withdrawal notified, not yet effective").isEqualTo(PartyStatus.PARTY);
    assertThat(us(PartialDate.of(2020, 12, 1))).isEqualTo(PartyStatus.NOT_A_PARTY);
    assertThat(us(PartialDate.of(2021, 2, 1))).as("instrument deposited, thirty days not passed").isEqualTo(PartyStatus.NOT_A_PARTY);
    assertThat(us(PartialDate.of(2021, 3, 1))).isEqualTo(PartyStatus.PARTY);
    assertThat(us(PartialDate.of(2026, 6, 1))).isEqualTo(PartyStatus.NOT_A_PARTY);
    assertThat(us(PartialDate.of(2020, 11))).as("the month the withdrawal took effect").isEqualTo(PartyStatus.UNDETERMINED);
  }

  @Test
  void aBindingActBeforeEntryIntoForceTakesEffectWithTheTreaty() {
    assertThat(PARIS.effectiveDateOf(PARIS.participantActions().get(4))).hasValue(PartialDate.of(2016, 11, 4));
    assertThat(PARIS.partyStatusOf(FRANCE, PartialDate.of(2016, 10, 20))).isEqualTo(PartyStatus.NOT_A_PARTY);
    assertThat(PARIS.partyStatusOf(FRANCE, PartialDate.of(2017))).isEqualTo(PartyStatus.PARTY);
    // Listed as a party with no acts recorded: a party while the treaty is in force.
    assertThat(PARIS.partyStatusOf(CHINA, PartialDate.of(2018))).isEqualTo(PartyStatus.PARTY);
    assertThat(PARIS.partyStatusOf(CHINA, PartialDate.of(2016, 1, 1))).isEqualTo(PartyStatus.NOT_A_PARTY);
    assertThat(PARIS.partyStatusOf(Reference.to("state-xx"), PartialDate.of(2018))).isEqualTo(PartyStatus.NOT_A_PARTY);
  }

  @Test
  void theDossierAnswersFromTheTreatyItHolds() {
    Dossier dossier = Dossier.of(List.of(PARIS));

    assertThat(dossier.partyStatus(Reference.to(PARIS.id()), US, PartialDate.of(2021, 3, 1))).isEqualTo(PartyStatus.PARTY);
    assertThat(dossier.partyStatus(Reference.to("treaty-other"), US, PartialDate.of(2021, 3, 1))).isEqualTo(PartyStatus.UNDETERMINED);
    assertThat(dossier.checkWithoutReferences().findings()).isEmpty();
  }

  @Test
  void reportsAWithdrawalByAStateThatWasNotAPartyThen() {
    List<ParticipantAction> actions = new ArrayList<>(PARIS.participantActions());
    actions.add(act(FRANCE, ParticipantActionKind.WITHDRAWAL, PartialDate.of(2016, 6, 1)));
    actions.add(act(US, ParticipantActionKind.WITHDRAWAL, PartialDate.of(2020, 12, 1)));
    Dossier dossier = Dossier.of(List.of(PARIS.withParticipantActions(actions)));

    assertThat(dossier.checkWithoutReferences().findings().stream().map(f -> f.code() + " " + f.path()).collect(Collectors.toList()))
        .containsExactly(
            "withdrawal-by-non-party records[0].participant_actions[5].date",
            "withdrawal-by-non-party records[0].participant_actions[6].date");
  }

  @Test
  void reportsAnActTakingEffectBeforeItIsDoneOrBeforeTheTreatyIsInForce() {
    // Refused at construction until a source's contradictory row was kept and reported instead.
    Treaty misdated =
        PARIS.withParticipantActions(
            act(US, ParticipantActionKind.WITHDRAWAL, PartialDate.of(2019, 11, 4)).withEffectiveOn(PartialDate.of(2019, 1, 1)),
            act(FRANCE, ParticipantActionKind.APPROVAL, PartialDate.of(2016, 10, 5)).withEffectiveOn(PartialDate.of(2016, 10, 6)));

    assertThat(Dossier.of(List.of(misdated)).checkWithoutReferences().findings().stream().map(f -> f.path() + " " + f.code().code()))
        .containsExactly(
            "records[0].participant_actions[0].effective_on dates-out-of-order",
            "records[0].participant_actions[1].effective_on dates-out-of-order");
    // A succession takes effect from the succession of states, before it is notified.
    Treaty succession =
        PARIS.withParticipantActions(
            act(Reference.to("state-xx"), ParticipantActionKind.SUCCESSION, PartialDate.of(2018, 3, 1)).withEffectiveOn(PartialDate.of(2017, 1, 1)));
    assertThat(succession.participantActions()).hasSize(1);
    assertThat(Dossier.of(List.of(succession)).checkWithoutReferences().findings()).isEmpty();
  }

  @Test
  void aRatificationOfATreatyWhoseEntryIntoForceIsNotRecordedDoesNotMakeAParty() {
    // The Comprehensive Nuclear-Test-Ban Treaty: France ratified it on 6 April 1998; it is not in force.
    Treaty ctbt =
        Treaty.builder()
            .id("treaty-ctbt")
            .title(MultilingualText.of("en", "Comprehensive Nuclear-Test-Ban Treaty"))
            .addParticipantAction(act(FRANCE, ParticipantActionKind.RATIFICATION, PartialDate.of(1998, 4, 6)))
            .build();

    assertThat(ctbt.partyStatusOf(FRANCE, PartialDate.of(2020))).isEqualTo(PartyStatus.UNDETERMINED);
    assertThat(ctbt.partyStatusOf(FRANCE, PartialDate.of(1997))).isEqualTo(PartyStatus.NOT_A_PARTY);
    assertThat(ctbt.withStatus(TreatyStatus.SIGNED).partyStatusOf(FRANCE, PartialDate.of(2020))).isEqualTo(PartyStatus.NOT_A_PARTY);
  }

  @Test
  void aWithdrawalOfAParticipantWithNoRecordedBindingActIsIncompleteDataNotAnError() {
    Treaty onlyWithdrawal =
        PARIS.withParties(FRANCE).withParticipantActions(act(US, ParticipantActionKind.WITHDRAWAL, PartialDate.of(2019, 11, 4)));

    assertThat(Dossier.of(List.of(onlyWithdrawal)).checkWithoutReferences().findings()).isEmpty();
  }
}
