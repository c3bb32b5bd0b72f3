package io.github.chancery.core.treaty;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chancery.core.actor.State;
import io.github.chancery.core.dossier.Dossier;
import io.github.chancery.core.dossier.Finding;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.text.MultilingualText;
import io.github.chancery.core.time.PartialDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Dates of a treaty's acts as depositaries and secretariats publish them, mistakes included. The
 * UNFCCC secretariat's status of ratification of the United Nations Framework Convention on
 * Climate Change (New York, 9 May 1992; in force 21 March 1994) gives Australia's ratification of
 * 30 December 1992 (in force 21 March 1994), Afghanistan's of 19 September 2002 (in force 18
 * December 2002), and Liberia's of 5 November 2002 "in force" on 3 February 2002: nine months
 * before it was deposited. The row is wrong, and it is the source's: it is kept and reported, and
 * the other parties are not lost with it.
 */
final class TreatyDatesAsPublishedTest {
  private static final Reference<State> AUSTRALIA = Reference.to("state-au");
  private static final Reference<State> AFGHANISTAN = Reference.to("state-af");
  private static final Reference<State> LIBERIA = Reference.to("state-lr");

  private static final Treaty UNFCCC =
      Treaty.builder()
          .id("treaty-unfccc")
          .title(MultilingualText.of("en", "United Nations Framework Convention on Climate Change"))
          .addParties(AUSTRALIA, AFGHANISTAN, LIBERIA)
          .concludedOn(PartialDate.of(1992, 5, 9))
          .entryIntoForce(PartialDate.of(1994, 3, 21))
          .addParticipantActions(
              ratification(AUSTRALIA, PartialDate.of(1992, 12, 30)).withEffectiveOn(PartialDate.of(1994, 3, 21)),
              ratification(AFGHANISTAN, PartialDate.of(2002, 9, 19)).withEffectiveOn(PartialDate.of(2002, 12, 18)))
          .build();

  /** Liberia's row as the table gives it. */
  private static final ParticipantAction LIBERIA_AS_PUBLISHED =
      ratification(LIBERIA, PartialDate.of(2002, 11, 5)).withEffectiveOn(PartialDate.of(2002, 2, 3));

  private static ParticipantAction ratification(Reference<State> state, PartialDate deposited) {
    return ParticipantAction.of(state, ParticipantActionKind.RATIFICATION, deposited);
  }

  private static List<String> findings(Treaty treaty) {
    return Dossier.of(List.of(treaty)).checkWithoutReferences().findings().stream()
        .map(f -> f.severity() + " " + f.code().code() + " " + f.path())
        .collect(Collectors.toList());
  }

  @Test
  void aRowWhoseEntryIntoForcePrecedesItsRatificationIsKeptWithTheOtherParties() {
    Treaty published = UNFCCC.withParticipantActions(
        UNFCCC.participantActions().get(0), LIBERIA_AS_PUBLISHED, UNFCCC.participantActions().get(1));

    assertThat(published.participantActions()).hasSize(3).contains(LIBERIA_AS_PUBLISHED);
    assertThat(published.parties()).containsExactly(AUSTRALIA, AFGHANISTAN, LIBERIA);
  }

  @Test
  void theReportNamesTheRowWhoseDatesContradictEachOther() {
    Treaty published = UNFCCC.withParticipantActions(
        UNFCCC.participantActions().get(0), LIBERIA_AS_PUBLISHED, UNFCCC.participantActions().get(1));
    Finding finding = Dossier.of(List.of(published)).checkWithoutReferences().findings().get(0);

    assertThat(findings(published)).containsExactly("ERROR dates-out-of-order records[0].participant_actions[1].effective_on");
    assertThat(finding.message())
        .isEqualTo("'state-lr' ratification of 2002-11-05 is recorded as taking effect on 2002-02-03, before it was done");
    assertThat(finding.recordId()).isEqualTo("treaty-unfccc");
  }

  @Test
  void theOtherPartiesStatusIsReadAsBeforeAndTheContradictedOneIsNotGuessed() {
    Treaty published = UNFCCC.withParticipantActions(
        UNFCCC.participantActions().get(0), LIBERIA_AS_PUBLISHED, UNFCCC.participantActions().get(1));

    assertThat(published.partyStatusOf(AFGHANISTAN, PartialDate.of(2002, 12, 17))).isEqualTo(PartyStatus.NOT_A_PARTY);
    assertThat(published.partyStatusOf(AFGHANISTAN, PartialDate.of(2002, 12, 18))).isEqualTo(PartyStatus.PARTY);
    assertThat(published.partyStatusOf(AUSTRALIA, PartialDate.of(1995))).isEqualTo(PartyStatus.PARTY);
    // Either date may be the wrong one: not a party before the earlier, and not known after it.
    assertThat(published.partyStatusOf(LIBERIA, PartialDate.of(2001))).isEqualTo(PartyStatus.NOT_A_PARTY);
    assertThat(published.partyStatusOf(LIBERIA, PartialDate.of(2002, 6, 1))).isEqualTo(PartyStatus.UNDETERMINED);
    assertThat(published.partyStatusOf(LIBERIA, PartialDate.of(2010))).isEqualTo(PartyStatus.UNDETERMINED);
  }

  @Test
  void aBindingActRecordedAsTakingEffectBeforeTheTreatyIsInForceIsReported() {
    // Australia's ratification given the date of its deposit as its date of effect, 1992-12-30.
    Treaty published =
        UNFCCC.withParticipantActions(ratification(AUSTRALIA, PartialDate.of(1992, 12, 30)).withEffectiveOn(PartialDate.of(1992, 12, 30)));

    assertThat(findings(published)).containsExactly("ERROR dates-out-of-order records[0].participant_actions[0].effective_on");
    assertThat(published.partyStatusOf(AUSTRALIA, PartialDate.of(1993, 6, 1))).isEqualTo(PartyStatus.UNDETERMINED);
    assertThat(published.partyStatusOf(AUSTRALIA, PartialDate.of(1994, 3, 21))).isEqualTo(PartyStatus.PARTY);
  }

  @Test
  void anEntryIntoForceBeforeTheConclusionOrEverySignatureIsReportedNotRefused() {
    // The convention's entry into force typed with the year of its conclusion.
    Treaty typo = UNFCCC.withEntryIntoForce(PartialDate.of(1992, 3, 21)).withParticipantActions();
    Treaty signedLater =
        UNFCCC.withConcludedOn(java.util.Optional.empty())
            .withParticipantActions()
            .withSignatures(Signature.of(AUSTRALIA).withDate(PartialDate.of(1994, 6, 4)));

    assertThat(findings(typo)).containsExactly("ERROR dates-out-of-order records[0].entry_into_force");
    assertThat(findings(signedLater)).containsExactly("ERROR dates-out-of-order records[0].entry_into_force");
  }

  @Test
  void aSignatureAfterTheEntryIntoForceOfATreatyStillOpenForSignatureIsNoContradiction() {
    // The Paris Agreement, in force on 4 November 2016, was open for signature until 21 April
    // 2017: France signed it on 22 April 2016, Uzbekistan on 19 April 2017 (UN Treaty Collection,
    // XXVII.7.d).
    Reference<State> france = Reference.to("state-fr");
    Reference<State> uzbekistan = Reference.to("state-uz");
    Treaty paris =
        Treaty.builder()
            .id("treaty-paris-agreement")
            .title(MultilingualText.of("en", "Paris Agreement"))
            .addParties(france, uzbekistan)
            .concludedOn(PartialDate.of(2015, 12, 12))
            .entryIntoForce(PartialDate.of(2016, 11, 4))
            .addSignatures(
                Signature.of(france).withDate(PartialDate.of(2016, 4, 22)),
                Signature.of(uzbekistan).withDate(PartialDate.of(2017, 4, 19)))
            .build();

    assertThat(findings(paris)).isEmpty();
  }

  @Test
  void aSuccessionTakesEffectFromTheSuccessionOfStatesBeforeItIsNotified() {
    // UN Treaty Collection, IV.4: Slovakia notified its succession to the International Covenant
    // on Civil and Political Rights on 28 May 1993, with effect from 1 January 1993.
    Reference<State> slovakia = Reference.to("state-sk");
    Treaty iccpr =
        Treaty.builder()
            .id("treaty-iccpr")
            .title(MultilingualText.of("en", "International Covenant on Civil and Political Rights"))
            .addParties(slovakia)
            .concludedOn(PartialDate.of(1966, 12, 16))
            .entryIntoForce(PartialDate.of(1976, 3, 23))
            .addParticipantActions(
                ParticipantAction.of(slovakia, ParticipantActionKind.SUCCESSION, PartialDate.of(1993, 5, 28))
                    .withEffectiveOn(PartialDate.of(1993, 1, 1)))
            .build();

    assertThat(findings(iccpr)).isEmpty();
    assertThat(iccpr.partyStatusOf(slovakia, PartialDate.of(1993, 2, 1))).isEqualTo(PartyStatus.PARTY);
  }
}
