package io.github.chancery.core.treaty;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chancery.core.actor.State;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.text.MultilingualText;
import io.github.chancery.core.time.PartialDate;
import org.junit.jupiter.api.Test;

/**
 * Party status when the record gives the day an instrument was deposited or a notice given, but not
 * the day it took effect. Afghanistan ratified the United Nations Framework Convention on Climate
 * Change on 19 September 2002; it entered into force for Afghanistan on 18 December 2002, the
 * ninetieth day (article 23(2)). The United States notified its withdrawal from the Paris
 * Agreement on 4 November 2019; it took effect a year later, on 4 November 2020 (article 28(2)).
 * Neither later date is guessed from the earlier.
 */
final class PartyStatusWithoutDateOfEffectTest {
  private static final Reference<State> AFGHANISTAN = Reference.to("state-af");
  private static final Reference<State> AUSTRALIA = Reference.to("state-au");
  private static final Reference<State> US = Reference.to("state-us");

  private static final Treaty UNFCCC =
      Treaty.builder()
          .id("treaty-unfccc")
          .title(MultilingualText.of("en", "United Nations Framework Convention on Climate Change"))
          .addParties(AFGHANISTAN, AUSTRALIA)
          .concludedOn(PartialDate.of(1992, 5, 9))
          .entryIntoForce(PartialDate.of(1994, 3, 21))
          .addParticipantActions(
              ParticipantAction.of(AFGHANISTAN, ParticipantActionKind.RATIFICATION, PartialDate.of(2002, 9, 19)),
              ParticipantAction.of(AUSTRALIA, ParticipantActionKind.RATIFICATION, PartialDate.of(1992, 12, 30)))
          .build();

  @Test
  void aRatificationAfterTheEntryIntoForceWithNoDateOfEffectLeavesTheStatusUndetermined() {
    assertThat(UNFCCC.partyStatusOf(AFGHANISTAN, PartialDate.of(2002, 9, 18))).isEqualTo(PartyStatus.NOT_A_PARTY);
    assertThat(UNFCCC.partyStatusOf(AFGHANISTAN, PartialDate.of(2002, 10, 1)))
        .as("between the deposit and the ninetieth day: not a party, but the record does not say")
        .isEqualTo(PartyStatus.UNDETERMINED);
    assertThat(UNFCCC.partyStatusOf(AFGHANISTAN, PartialDate.of(2003))).isEqualTo(PartyStatus.UNDETERMINED);
  }

  @Test
  void aRatificationBeforeTheEntryIntoForceTakesEffectWithIt() {
    assertThat(UNFCCC.partyStatusOf(AUSTRALIA, PartialDate.of(1993, 6, 1))).isEqualTo(PartyStatus.NOT_A_PARTY);
    assertThat(UNFCCC.partyStatusOf(AUSTRALIA, PartialDate.of(1994, 3, 21))).isEqualTo(PartyStatus.PARTY);
  }

  @Test
  void aDefinitiveSignatureOnTheDayOfEntryIntoForceTakesEffectWithIt() {
    // The statement of the leaders of Azerbaijan, Armenia and Russia, signed and in force on 10
    // November 2020, with no ratification.
    Reference<State> armenia = Reference.to("state-am");
    Treaty statement =
        Treaty.builder()
            .id("treaty-trilateral-2020")
            .title(MultilingualText.of("en", "Statement by the President of the Republic of Azerbaijan, the Prime Minister"
                + " of the Republic of Armenia and the President of the Russian Federation"))
            .addParties(armenia)
            .concludedOn(PartialDate.of(2020, 11, 10))
            .entryIntoForce(PartialDate.parse("2020-11-10T00:00+03:00[Europe/Moscow]"))
            .addParticipantActions(ParticipantAction.of(armenia, ParticipantActionKind.DEFINITIVE_SIGNATURE, PartialDate.of(2020, 11, 10)))
            .build();

    assertThat(statement.effectiveDateOf(statement.participantActions().get(0))).hasValue(statement.entryIntoForce().orElseThrow());
    assertThat(statement.partyStatusOf(armenia, PartialDate.of(2020, 11, 10))).isEqualTo(PartyStatus.PARTY);
    assertThat(statement.partyStatusOf(armenia, PartialDate.of(2021))).isEqualTo(PartyStatus.PARTY);
    assertThat(statement.partyStatusOf(armenia, PartialDate.of(2020, 11, 8))).isEqualTo(PartyStatus.NOT_A_PARTY);
  }

  @Test
  void aWithdrawalWithNoDateOfEffectLeavesTheStatusUndeterminedFromItsNotice() {
    Treaty paris =
        Treaty.builder()
            .id("treaty-paris-agreement")
            .title(MultilingualText.of("en", "Paris Agreement"))
            .addParties(US)
            .entryIntoForce(PartialDate.of(2016, 11, 4))
            .addParticipantActions(
                ParticipantAction.of(US, ParticipantActionKind.ACCEPTANCE, PartialDate.of(2016, 9, 3)),
                ParticipantAction.of(US, ParticipantActionKind.WITHDRAWAL, PartialDate.of(2019, 11, 4)))
            .build();

    assertThat(paris.partyStatusOf(US, PartialDate.of(2019, 11, 3))).isEqualTo(PartyStatus.PARTY);
    assertThat(paris.partyStatusOf(US, PartialDate.of(2020, 6, 1)))
        .as("notice given, a year not yet passed: still a party, but the record does not say when it ends")
        .isEqualTo(PartyStatus.UNDETERMINED);
  }
}
