package io.github.chancery.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chancery.core.actor.Membership;
import io.github.chancery.core.actor.Organization;
import io.github.chancery.core.actor.OrganizationKind;
import io.github.chancery.core.actor.Person;
import io.github.chancery.core.dossier.Dossier;
import io.github.chancery.core.dossier.Finding;
import io.github.chancery.core.dossier.FindingCode;
import io.github.chancery.core.legislature.Legislature;
import io.github.chancery.core.legislature.Motion;
import io.github.chancery.core.legislature.MotionKind;
import io.github.chancery.core.record.Identifier;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.vote.Ballot;
import io.github.chancery.core.vote.Count;
import io.github.chancery.core.vote.Vote;
import io.github.chancery.core.vote.VoteMethod;
import io.github.chancery.core.vote.VoteOption;
import io.github.chancery.core.vote.VoteResult;
import io.github.chancery.json.ChanceryJson;
import java.io.ByteArrayOutputStream;
import java.time.LocalDateTime;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The HowTheyVote.eu export on the fixture {@code nature-restoration} (see its NOTICE.md): the
 * Nature Restoration Law's final vote of 27 February 2024 with its real declared totals 329–275–24
 * and four illustrative members, one per position code, and an illustrative amendment vote.
 */
final class HowTheyVoteNatureRestorationTest {
  private final ImportResult imported = read();
  private final Dossier dossier = imported.dossier().orElseThrow();

  private static ImportResult read() {
    try {
      return HowTheyVote.importer().read(HtvExport.natureRestoration());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void everyRowOfTheFiveTablesIsMappedWithoutAWarning() {
    assertThat(imported.warnings()).isEmpty();
    assertThat(imported.rowsRead()).isEqualTo(4 + 5 + 5 + 2 + 8);
  }

  @Test
  void theParliamentIsTheLegislature() {
    assertThat(dossier.get("european-parliament", Legislature.class)).hasValueSatisfying(
        l -> assertThat(l.name().toString()).contains("European Parliament"));
  }

  @Test
  void eachGroupIsAPoliticalGroupWithItsOfficialLabelShortLabelAndCode() {
    Organization greens = dossier.get("group-htv-green-efa", Organization.class).orElseThrow();
    assertThat(greens.kind()).contains(OrganizationKind.POLITICAL_GROUP);
    assertThat(greens.name().toString()).contains("Group of the Greens/European Free Alliance");
    assertThat(greens.abbreviation()).contains("Greens/EFA");
    assertThat(greens.identifiers()).contains(Identifier.of("howtheyvote-group", "GREEN_EFA"));
  }

  @Test
  void eachMemberIsAPersonWithTheParliamentsIdNamesBirthDateAndAddresses() {
    Person anna = dossier.get("person-htv-96734", Person.class).orElseThrow();
    assertThat(anna.givenName()).contains("Anna");
    assertThat(anna.familyName()).contains("Grünberg");
    assertThat(anna.birthDate()).contains(PartialDate.of(1981, 12, 22));
    assertThat(anna.email()).contains("anna.gruenberg@europarl.europa.eu");
    assertThat(anna.identifiers()).contains(Identifier.of("ep-mep", "96734"));
    assertThat(anna.links()).extracting(l -> l.url().toString()).containsExactly("https://twitter.com/example_ag");
  }

  @Test
  void eachGroupMembershipIsAMembershipWithItsDatesAMemberCanHaveSeveral() {
    var claire =
        dossier.all(Membership.class).stream().filter(m -> m.member().id().equals("person-htv-197400")).collect(Collectors.toList());
    assertThat(claire).extracting(m -> m.organization().id()).containsExactly("group-htv-ni", "group-htv-renew");
    assertThat(claire.get(0).start()).contains(PartialDate.of(2019, 7, 2));
    assertThat(claire.get(0).end()).contains(PartialDate.of(2019, 10, 13));
  }

  @Test
  void theFinalVoteHasItsDeclaredTotalsResultTimeAndMotion() {
    Vote vote = dossier.get("vote-htv-163999", Vote.class).orElseThrow();
    assertThat(vote.counts()).containsExactly(
        Count.of(VoteOption.YES, 329), Count.of(VoteOption.NO, 275), Count.of(VoteOption.ABSTAIN, 24),
        Count.of(VoteOption.NOT_VOTING, 77));
    assertThat(vote.result()).contains(VoteResult.ADOPTED);
    assertThat(vote.method()).contains(VoteMethod.RECORDED);
    assertThat(vote.date()).contains(PartialDate.of(LocalDateTime.of(2024, 2, 27, 12, 0)));
    Motion motion = dossier.get(vote.motion().id(), Motion.class).orElseThrow();
    assertThat(motion.title().toString()).contains("Nature restoration");
    assertThat(motion.identifier()).contains("A9-0220/2023");
    assertThat(motion.identifiers()).contains(
        Identifier.of("ep-plenary-document", "A9-0220/2023"), Identifier.of("ep-oeil-procedure", "2022/0195(COD)"));
    assertThat(motion.kind()).contains(MotionKind.RESOLUTION); // is_main True
    assertThat(motion.subjects()).extracting(s -> s.description().orElseThrow().toString())
        .anySatisfy(s -> assertThat(s).contains("main vote"))
        .anySatisfy(s -> assertThat(s).contains("procedure stage: OLP_FIRST_READING"));
  }

  @Test
  void aVoteWhoseDescriptionNamesAnAmendmentIsAnAmendmentsMotionWithoutAResultBefore2024() {
    Vote vote = dossier.get("vote-htv-155001", Vote.class).orElseThrow();
    assertThat(vote.result()).isEmpty();
    Motion motion = dossier.get(vote.motion().id(), Motion.class).orElseThrow();
    assertThat(motion.kind()).contains(MotionKind.AMENDMENT);
    assertThat(motion.text().orElseThrow().toString()).contains("Am 253");
  }

  @Test
  void eachPositionCodeIsABallotWithTheGroupOfTheDay() {
    Vote vote = dossier.get("vote-htv-163999", Vote.class).orElseThrow();
    assertThat(vote.ballots()).containsExactly(
        Ballot.of(Reference.to("person-htv-96734"), VoteOption.YES).withGroup(Reference.to("group-htv-green-efa")),
        Ballot.of(Reference.to("person-htv-124831"), VoteOption.NO).withGroup(Reference.to("group-htv-ecr")),
        Ballot.of(Reference.to("person-htv-197400"), VoteOption.ABSTAIN).withGroup(Reference.to("group-htv-renew")),
        Ballot.of(Reference.to("person-htv-28219"), VoteOption.NOT_VOTING).withGroup(Reference.to("group-htv-epp")));
  }

  @Test
  void theReportFindsOnlyTheTruncatedFixturesTotalsDisagreeingWithItsFourBallots() {
    assertThat(imported.report().errorCount()).isZero();
    assertThat(imported.report().findings(FindingCode.BALLOT_GROUP_MISMATCH)).isEmpty();
    assertThat(imported.report().findings(FindingCode.COUNTS_DISAGREE_WITH_BALLOTS))
        .isNotEmpty()
        .extracting(Finding::recordId)
        .containsOnly("vote-htv-163999");
  }

  @Test
  void theImportedRecordsRoundTripThroughChanceryJson() throws Exception {
    ChanceryJson json = ChanceryJson.strict();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    json.writeDossier(dossier, out);
    assertThat(json.readDossier(out.toByteArray())).isEqualTo(dossier);
  }
}
