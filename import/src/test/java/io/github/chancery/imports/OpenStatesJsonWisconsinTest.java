package io.github.chancery.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chancery.core.actor.Membership;
import io.github.chancery.core.actor.Person;
import io.github.chancery.core.dossier.Dossier;
import io.github.chancery.core.dossier.Finding;
import io.github.chancery.core.dossier.FindingCode;
import io.github.chancery.core.legislature.Legislature;
import io.github.chancery.core.legislature.LegislatureKind;
import io.github.chancery.core.legislature.Motion;
import io.github.chancery.core.legislature.Session;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.vote.Ballot;
import io.github.chancery.core.vote.Count;
import io.github.chancery.core.vote.Vote;
import io.github.chancery.core.vote.VoteOption;
import io.github.chancery.core.vote.VoteResult;
import io.github.chancery.json.ChanceryJson;
import io.github.chancery.json.format.RecordWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A Wisconsin 2025 scrape as openstates-core's scrapers write it ({@code Scraper.save_object}: one
 * object a file named {@code {type}_{_id}.json}, the jurisdiction with its sessions, its
 * organizations, two bills, two vote events and, as earlier scrapes wrote them, people and their
 * memberships). The jurisdiction's file is named without the colons of its id, which some file
 * systems refuse.
 */
final class OpenStatesJsonWisconsinTest {
  private static final String ASSEMBLY_VOTE = "vote_event_9a4d2b70-0a1d-11f0-9c2e-0242ac120002.json";
  private static final String SENATE_VOTE = "vote_event_9a4d2e9a-0a1d-11f0-9c2e-0242ac120002.json";

  static Path folder(String name) throws Exception {
    return Path.of(OpenStatesJsonWisconsinTest.class.getResource("/openstates/scrape/" + name).toURI());
  }

  private static ImportResult imported() throws Exception {
    return OpenStatesJson.importer().read(folder("wi"));
  }

  private static <T extends ChanceryRecord> List<T> all(Dossier dossier, Class<T> type) {
    return dossier.records().stream().filter(type::isInstance).map(type::cast).toList();
  }

  private static Vote vote(Dossier dossier, String identifier) {
    return all(dossier, Vote.class).stream().filter(v -> v.identifier().orElse("").equals(identifier)).findFirst().orElseThrow();
  }

  private static <T extends ChanceryRecord> T record(Dossier dossier, String id, Class<T> type) {
    return dossier.resolve(io.github.chancery.core.record.Reference.to(id), type).orElseThrow();
  }

  @Test
  void aVoteEventIsAVoteOnItsBillInItsChamberAndSessionWithCountsResultDateAndSource() throws Exception {
    // vote_event schema: identifier, motion_text, start_date, result pass, organization, bill by the Bill's _id, counts, sources
    Dossier dossier = imported().dossier().orElseThrow();
    Vote vote = vote(dossier, "AV0019");
    assertThat(vote.result()).contains(VoteResult.ADOPTED);
    assertThat(vote.date()).contains(PartialDate.of(2025, 3, 13));
    assertThat(vote.counts()).containsExactly(
        Count.of(VoteOption.YES, 54), Count.of(VoteOption.NO, 43), Count.of(VoteOption.NOT_VOTING, 2));
    assertThat(vote.sources()).hasSize(2);
    assertThat(vote.rule()).isEmpty();
    Motion motion = record(dossier, vote.motion().id(), Motion.class);
    assertThat(motion.identifier()).contains("AB 75");
    assertThat(motion.title().toString()).contains("executive budget act");
    assertThat(motion.text().orElseThrow().toString()).contains("Passage");
    Legislature assembly = record(dossier, vote.legislature().orElseThrow().id(), Legislature.class);
    assertThat(assembly.kind()).contains(LegislatureKind.LOWER_CHAMBER);
    assertThat(assembly.name().toString()).contains("Assembly");
  }

  @Test
  void aBillNamedByAPseudoIdIsFoundByItsIdentifierSessionAndChamber() throws Exception {
    // VoteEvent.set_bill with an identifier writes ~{"from_organization__classification", "identifier", "legislative_session__identifier"}
    ImportResult imported = imported();
    Dossier dossier = imported.dossier().orElseThrow();
    Vote vote = vote(dossier, "SV0004");
    assertThat(vote.motion().id()).isEqualTo("motion-os-7c1e4c2c-0a1d-11f0-9c2e-0242ac120002");
    assertThat(record(dossier, vote.motion().id(), Motion.class).identifier()).contains("SB 12");
    assertThat(vote.date()).contains(PartialDate.of(OffsetDateTime.of(2025, 3, 18, 14, 2, 0, 0, ZoneOffset.ofHours(-5))));
    assertThat(imported.warnings()).noneMatch(w -> w.code() == ImportWarningCode.UNKNOWN_REFERENCE);
  }

  @Test
  void theChambersAreTheOrganizationsByClassificationAndTheSessionHasTheJurisdictionsDates() throws Exception {
    // organization "~{"classification": "upper"}" is the organization of that classification; jurisdiction legislative_sessions
    Dossier dossier = imported().dossier().orElseThrow();
    assertThat(all(dossier, Legislature.class)).extracting(l -> l.name().in("en").orElseThrow(), l -> l.kind().orElseThrow())
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("Assembly", LegislatureKind.LOWER_CHAMBER),
            org.assertj.core.groups.Tuple.tuple("Senate", LegislatureKind.UPPER_CHAMBER));
    assertThat(all(dossier, Legislature.class)).allSatisfy(l -> assertThat(l.id()).contains("state-wi-government"));
    Session session = record(dossier, vote(dossier, "AV0019").session().orElseThrow().id(), Session.class);
    assertThat(session.identifier()).contains("2025");
    assertThat(session.start()).contains(PartialDate.of(2025, 1, 6));
    assertThat(session.end()).contains(PartialDate.of(2026, 5, 19));
    assertThat(session.name().orElseThrow().toString()).contains("2025 Regular Session");
  }

  @Test
  void namesWithoutIdsAreResolvedToTheOneMemberOfTheChamberWithThatNameAndKeptAsNamesOtherwise() throws Exception {
    // VoteEvent.vote writes voter_id ~{"name": …}; the roster is the people and their memberships of the chamber
    Dossier dossier = imported().dossier().orElseThrow();
    List<Ballot> assembly = vote(dossier, "AV0019").ballots();
    assertThat(assembly.get(0).voter()).hasValueSatisfying(r -> assertThat(r.id()).isEqualTo("person-os-3e0c1a52-0a1d-11f0-9c2e-0242ac120002"));
    assertThat(assembly.get(1).voter()).hasValueSatisfying(r -> assertThat(r.id()).isEqualTo("person-os-3e0c1c8c-0a1d-11f0-9c2e-0242ac120002"));
    assertThat(assembly.get(2).voter()).isEmpty(); // Andraca: no member of that name
    assertThat(assembly.get(2).voterName()).contains("Andraca");
    assertThat(assembly.get(3).voter()).isEmpty(); // Brooks: two members of the Assembly have that name
    assertThat(assembly.get(3).voterName()).contains("Brooks");
    Ballot allenInTheSenate = vote(dossier, "SV0004").ballots().get(2);
    assertThat(allenInTheSenate.voter()).isEmpty(); // the Allen of the roster sits in the Assembly
    assertThat(allenInTheSenate.voterName()).contains("Allen");
    assertThat(record(dossier, "person-os-3e0c1a52-0a1d-11f0-9c2e-0242ac120002", Person.class).otherNames())
        .singleElement().satisfies(n -> assertThat(n.name()).isEqualTo("Allen"));
  }

  @Test
  void aDeclaredResultThatContradictsTheCountsIsKeptAndReported() throws Exception {
    // SB 12: result "pass" with 10 for and 22 against
    ImportResult imported = imported();
    Vote senate = vote(imported.dossier().orElseThrow(), "SV0004");
    assertThat(senate.result()).contains(VoteResult.ADOPTED);
    assertThat(senate.rule()).isEmpty();
    assertThat(imported.report().findings(FindingCode.RESULT_CONTRADICTS_COUNTS)).singleElement().satisfies(f -> {
      assertThat(f.recordId()).isEqualTo(senate.id());
      assertThat(f.pathInRecord()).isEqualTo("result");
      assertThat(f.message()).contains("10 for and 22 against");
    });
    // the Assembly's 54 to 43 is consistent
    assertThat(imported.report().findings(FindingCode.RESULT_CONTRADICTS_COUNTS)).map(Finding::recordId)
        .doesNotContain(vote(imported.dossier().orElseThrow(), "AV0019").id());
  }

  @Test
  void aRollShorterThanTheCountsIsReportedAndNotFixed() throws Exception {
    ImportResult imported = imported();
    assertThat(imported.report().findings(FindingCode.COUNTS_DISAGREE_WITH_BALLOTS)).isNotEmpty();
    assertThat(vote(imported.dossier().orElseThrow(), "AV0019").counts()).hasSize(3);
  }

  @Test
  void membershipsOfAChamberAreMembershipsWithRolePostAndStart() throws Exception {
    Dossier dossier = imported().dossier().orElseThrow();
    Membership allen = record(dossier, "membership-os-4f1d2a00-0a1d-11f0-9c2e-0242ac120002", Membership.class);
    assertThat(allen.member().id()).isEqualTo("person-os-3e0c1a52-0a1d-11f0-9c2e-0242ac120002");
    assertThat(record(dossier, allen.organization().id(), Legislature.class).kind()).contains(LegislatureKind.LOWER_CHAMBER);
    assertThat(allen.role()).contains("member");
    assertThat(allen.post()).contains("97");
    assertThat(allen.start()).contains(PartialDate.of(2025, 1, 6));
    assertThat(all(dossier, Membership.class)).hasSize(4); // the party membership is not imported
  }

  @Test
  void everyFieldNotImportedIsAWarningWithFileLineAndJsonPath() throws Exception {
    List<ImportWarning> warnings = imported().warnings();
    assertThat(warnings).anySatisfy(w -> {
      assertThat(w.file()).isEqualTo(ASSEMBLY_VOTE);
      assertThat(w.line()).hasValue(4);
      assertThat(w.column()).contains("$.motion_classification");
      assertThat(w.code()).isEqualTo(ImportWarningCode.NOT_MAPPED);
    });
    assertThat(warnings).anySatisfy(w -> {
      assertThat(w.file()).isEqualTo("bill_7c1e4a10-0a1d-11f0-9c2e-0242ac120002.json");
      assertThat(w.line()).hasValue(11);
      assertThat(w.column()).contains("$.actions");
    });
    assertThat(warnings).anySatisfy(w -> {
      assertThat(w.file()).isEqualTo("jurisdiction_ocd-jurisdiction-country-us-state-wi-government.json");
      assertThat(w.column()).contains("$.legislative_sessions[0].active");
    });
    assertThat(warnings).anySatisfy(w -> {
      assertThat(w.file()).isEqualTo("membership_4f1d2f50-0a1d-11f0-9c2e-0242ac120002.json");
      assertThat(w.column()).contains("$.organization_id");
      assertThat(w.message()).contains("party");
    });
    assertThat(warnings).anySatisfy(w -> {
      assertThat(w.file()).isEqualTo("organization_5b2f0b3e-0a1d-11f0-9c2e-0242ac120002.json");
      assertThat(w.message()).contains("referred to by no vote event");
    });
    // nothing the mapping reads is warned about
    assertThat(warnings).extracting(w -> w.column().orElse("")).noneMatch(c -> c.equals("$.votes") || c.equals("$.counts")
        || c.endsWith(".voter_id") || c.equals("$.bill") || c.equals("$.organization"));
  }

  @Test
  void theImportRoundTripsThroughChanceryJson() throws Exception {
    Dossier dossier = imported().dossier().orElseThrow();
    ChanceryJson json = ChanceryJson.strict();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    json.writeDossier(dossier, out);
    assertThat(json.readDossier(out.toByteArray())).isEqualTo(dossier);
  }

  @Test
  void streamingWritesTheRecordsOfTheDossierAndReportsTheContradiction() throws Exception {
    ImportResult streamed;
    ByteArrayOutputStream ndjson = new ByteArrayOutputStream();
    try (RecordWriter out = ChanceryJson.strict().writeNdjson(ndjson)) {
      streamed = OpenStatesJson.importer().stream(folder("wi"), out, ImportProgress.none());
    }
    ImportResult whole = imported();
    assertThat(streamed.dossier()).isEmpty();
    assertThat(streamed.recordsImported()).isEqualTo(whole.recordsImported());
    assertThat(ndjson.toString(StandardCharsets.UTF_8).lines()).hasSize((int) whole.recordsImported());
    assertThat(streamed.warningCount()).isEqualTo(whole.warningCount());
    assertThat(streamed.report().findings(FindingCode.RESULT_CONTRADICTS_COUNTS)).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("10 for and 22 against"));
  }

  @Test
  void aVoteEventFileGivenAloneIsReadWithTheFilesBesideItThatItMayReferTo() throws Exception {
    ImportResult imported = OpenStatesJson.importer().read(folder("wi").resolve(ASSEMBLY_VOTE));
    Dossier dossier = imported.dossier().orElseThrow();
    assertThat(all(dossier, Vote.class)).singleElement().satisfies(v -> assertThat(v.identifier()).contains("AV0019"));
    assertThat(record(dossier, vote(dossier, "AV0019").motion().id(), Motion.class).identifier()).contains("AB 75");
    assertThat(vote(dossier, "AV0019").ballots().get(0).voter()).isPresent();
  }

  @Test
  void aScrapeVoteEventOrBillIsDetectedByItsKeysAndOtherJsonIsNot() throws Exception {
    assertThat(Importers.detect(folder("wi").resolve(SENATE_VOTE))).contains(OpenStatesJson.importer());
    assertThat(Importers.detect(folder("wi").resolve("bill_7c1e4c2c-0a1d-11f0-9c2e-0242ac120002.json")))
        .contains(OpenStatesJson.importer());
    assertThat(Importers.detect(folder("wi").resolve("person_3e0c1e1c-0a1d-11f0-9c2e-0242ac120002.json"))).isEmpty();
    assertThat(Importers.named("openstates-json")).contains(OpenStatesJson.importer());
  }

  @Test
  void theSameVoteEventFromTheBulkCsvAndTheScrapeJsonGivesEqualRecords() throws Exception {
    // Both shapes map through one mapping. The event of the CSV fixture, written as a scrape object
    // with the same ids the CSV gives (the database's OCD ids), gives the same records; each
    // shape's records name its own publication as their source, which is all they differ in.
    Dossier csv = OpenStates.importer().read(OpenStatesWisconsinTest.fixture("votes")).dossier().orElseThrow();
    Dossier scrape = OpenStatesJson.importer().read(folder("wi-ocd")).dossier().orElseThrow();
    ChanceryJson json = ChanceryJson.strict();
    List<ChanceryRecord> fromJson = new java.util.ArrayList<>();
    for (ChanceryRecord record : scrape.records()) {
      if (!record.id().equals("source-openstates-scrape")) {
        fromJson.add(json.read(json.write(record).replace("source-openstates-scrape", "source-openstates-export")));
      }
    }
    List<ChanceryRecord> fromCsv = csv.records().stream().filter(r -> !r.id().equals("source-openstates-export")).toList();
    assertThat(fromJson).hasSize(7).containsExactlyInAnyOrderElementsOf(fromCsv);
  }

  @Test
  void theFormatIsListedBesideTheCsvShapeAndTakesNoHeader() {
    assertThat(Importers.names()).containsSubsequence("openstates", "openstates-json");
    assertThat(OpenStatesJson.importer().recognizes(List.of("id", "motion_text", "result", "organization_id"))).isFalse();
    assertThat(Importers.detect(List.of("_id", "motion_text"))).isEqualTo(Optional.empty());
  }
}
