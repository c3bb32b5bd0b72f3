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
 * Two snapshots of the UN Treaty Collection's status of the Paris Agreement (XXVII.7.d), kept as
 * two reports of one treaty. The United States accepted the agreement on 3 September 2016,
 * withdrew with effect from 4 November 2020, and accepted it again on 20 January 2021, with effect
 * from 19 February 2021; France approved it on 5 October 2016. A snapshot of 2017 gives the first
 * acceptance; one of 2021 gives only the second in its table.
 */
final class ConflictingTreatyReportsTest {
  private static final Reference<State> US = Reference.to("state-us");
  private static final Reference<State> FRANCE = Reference.to("state-fr");

  private static final Treaty IN_2017 =
      Treaty.builder()
          .id("treaty-paris-agreement")
          .title(MultilingualText.of("en", "Paris Agreement"))
          .addParties(US, FRANCE)
          .concludedOn(PartialDate.of(2015, 12, 12))
          .entryIntoForce(PartialDate.of(2016, 11, 4))
          .addParticipantActions(
              ParticipantAction.of(US, ParticipantActionKind.ACCEPTANCE, PartialDate.of(2016, 9, 3)),
              ParticipantAction.of(FRANCE, ParticipantActionKind.APPROVAL, PartialDate.of(2016, 10, 5)))
          .addSources(Reference.to("src-untc-2017"))
          .build();

  private static final Treaty IN_2021 =
      IN_2017.withId("treaty-paris-agreement-untc-2021")
          .withParticipantActions(
              ParticipantAction.of(US, ParticipantActionKind.ACCEPTANCE, PartialDate.of(2021, 1, 20))
                  .withEffectiveOn(PartialDate.of(2021, 2, 19)),
              ParticipantAction.of(FRANCE, ParticipantActionKind.APPROVAL, PartialDate.of(2016, 10, 5)))
          .withSources(Reference.to("src-untc-2021"))
          .withOtherReportOf(Reference.to(IN_2017.id()));

  private static List<String> conflicts(Treaty first, Treaty second) {
    return Dossier.of(List.of(first, second)).checkWithoutReferences().findings().stream()
        .filter(f -> f.code().code().equals("conflicting-reports"))
        .map(Finding::toString)
        .collect(Collectors.toList());
  }

  @Test
  void twoSnapshotsThatGiveTheUnitedStatesDifferentDatesOfAcceptanceConflict() {
    assertThat(conflicts(IN_2017, IN_2021))
        .containsExactly(
            "WARNING conflicting-reports treaty-paris-agreement-untc-2021 records[1].other_report_of_id:"
                + " 'treaty-paris-agreement-untc-2021' (per src-untc-2021) and 'treaty-paris-agreement' (per src-untc-2017)"
                + " report the same act differently: 'state-us' acceptance 2021-01-20 and 2016-09-03");
  }

  @Test
  void aLaterSnapshotThatOnlyAddsActsDoesNotConflict() {
    Treaty complete =
        IN_2021.withParticipantActions(
            ParticipantAction.of(US, ParticipantActionKind.ACCEPTANCE, PartialDate.of(2016, 9, 3)),
            ParticipantAction.of(FRANCE, ParticipantActionKind.APPROVAL, PartialDate.of(2016, 10, 5)),
            ParticipantAction.of(US, ParticipantActionKind.WITHDRAWAL, PartialDate.of(2019, 11, 4))
                .withEffectiveOn(PartialDate.of(2020, 11, 4)),
            ParticipantAction.of(US, ParticipantActionKind.ACCEPTANCE, PartialDate.of(2021, 1, 20))
                .withEffectiveOn(PartialDate.of(2021, 2, 19)));

    assertThat(conflicts(IN_2017, complete)).isEmpty();
  }

  @Test
  void differentDatesOfEffectOfOneActConflict() {
    Treaty dayLater =
        IN_2021.withId("treaty-paris-agreement-other")
            .withParticipantActions(
                ParticipantAction.of(US, ParticipantActionKind.ACCEPTANCE, PartialDate.of(2021, 1, 20))
                    .withEffectiveOn(PartialDate.of(2021, 2, 20)))
            .withSources(Reference.to("src-other"))
            .withOtherReportOf(Reference.to(IN_2021.id()));

    assertThat(conflicts(IN_2021, dayLater))
        .singleElement()
        .asString()
        .endsWith("report the same act differently: 'state-us' acceptance of 2021-01-20 takes effect 2021-02-20 and 2021-02-19");
  }

  @Test
  void anotherKindOfActOnTheSameDayConflicts() {
    // A source that lumps every instrument together as "ratified by".
    Treaty lumped =
        IN_2017.withId("treaty-paris-agreement-ratified-by")
            .withParticipantActions(
                ParticipantAction.of(US, ParticipantActionKind.RATIFICATION, PartialDate.of(2016, 9, 3)),
                ParticipantAction.of(FRANCE, ParticipantActionKind.APPROVAL, PartialDate.of(2016, 10, 5)))
            .withSources(Reference.to("src-wikidata"))
            .withOtherReportOf(Reference.to(IN_2017.id()));

    assertThat(conflicts(IN_2017, lumped))
        .singleElement()
        .asString()
        .endsWith("report the same act differently: 'state-us' on 2016-09-03 ratification and acceptance");
  }

  @Test
  void datesOfDifferentPrecisionThatMayCoincideDoNotConflict() {
    Treaty byMonth =
        IN_2017.withId("treaty-paris-agreement-by-month")
            .withParticipantActions(ParticipantAction.of(US, ParticipantActionKind.ACCEPTANCE, PartialDate.of(2016, 9)))
            .withOtherReportOf(Reference.to(IN_2017.id()));

    assertThat(conflicts(IN_2017, byMonth)).isEmpty();
  }
}
