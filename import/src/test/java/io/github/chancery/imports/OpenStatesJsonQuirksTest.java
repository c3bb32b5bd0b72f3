package io.github.chancery.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.chancery.core.dossier.FindingCode;
import io.github.chancery.core.legislature.Motion;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.vote.Ballot;
import io.github.chancery.core.vote.Count;
import io.github.chancery.core.vote.Vote;
import io.github.chancery.core.vote.VoteOption;
import io.github.chancery.core.vote.VoteResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Objects the openstates-core scrape schemas allow, and objects they do not: each is mapped or
 * kept as a warning. Each vote event is written here as {@code Scraper.save_object} writes it, the
 * fields given in {@link #event}.
 */
final class OpenStatesJsonQuirksTest {
  private static final String JURISDICTION =
      "{\"_id\": \"ocd-jurisdiction/country:us/state:xx/government\", \"name\": \"Statia\", \"legislative_sessions\": []}";

  @TempDir Path folder;

  private Path write(String name, String json) throws IOException {
    return Files.writeString(folder.resolve(name), json);
  }

  /** A vote event of the lower chamber in session 2025, with these fields after the others. */
  private static String event(String id, String result, String more) {
    return "{\"_id\": \"" + id + "\", \"identifier\": \"\", \"motion_text\": \"Third reading\", \"start_date\": \"2025-03-13\", "
        + "\"result\": \"" + result + "\", \"organization\": \"~{\\\"classification\\\": \\\"lower\\\"}\", "
        + "\"legislative_session\": \"2025\", \"bill\": null, \"bill_identifier\": \"\"" + (more.isEmpty() ? "" : ", " + more) + "}";
  }

  private static String voter(String option, String name, String id) {
    return "{\"option\": \"" + option + "\", \"voter_name\": \"" + name + "\", \"voter_id\": " + id + ", \"note\": \"\"}";
  }

  private static String byName(String name) {
    return "\"~{\\\"name\\\": \\\"" + name + "\\\"}\"";
  }

  private ImportResult importFolder() throws IOException {
    write("jurisdiction_xx.json", JURISDICTION);
    return OpenStatesJson.importer().read(folder);
  }

  private static List<Vote> votes(ImportResult imported) {
    return imported.dossier().orElseThrow().records().stream().filter(Vote.class::isInstance).map(Vote.class::cast).toList();
  }

  @Test
  void everyDocumentedOptionIsMappedToItsVoteOptionInBallotsAndCounts() throws Exception {
    // openstates-core common.VOTE_OPTIONS: yes, no, absent, abstain, not voting, paired, excused, other
    List<String> options = List.of("yes", "no", "absent", "abstain", "not voting", "paired", "excused", "other");
    List<String> ballots = new ArrayList<>();
    List<String> counts = new ArrayList<>();
    for (int i = 0; i < options.size(); i++) {
      ballots.add(voter(options.get(i), "MEMBER" + i, byName("MEMBER" + i)));
      counts.add("{\"option\": \"" + options.get(i) + "\", \"value\": 1}");
    }
    write("vote_event_1.json", event("e1", "pass", "\"votes\": [" + String.join(", ", ballots) + "], \"counts\": ["
        + String.join(", ", counts) + "]"));
    ImportResult imported = importFolder();
    assertThat(imported.warnings()).isEmpty();
    List<VoteOption> mapped = List.of(VoteOption.YES, VoteOption.NO, VoteOption.ABSENT, VoteOption.ABSTAIN,
        VoteOption.NOT_VOTING, VoteOption.PAIRED, VoteOption.EXCUSED, VoteOption.OTHER);
    Vote vote = votes(imported).get(0);
    assertThat(vote.ballots()).extracting(Ballot::option).containsExactlyElementsOf(mapped);
    assertThat(vote.counts()).extracting(Count::option).containsExactlyElementsOf(mapped);
    assertThat(OsRecords.OPTIONS).isEqualTo(options);
  }

  @Test
  void anUnknownOptionIsAWarningWithFileLineAndJsonPathAndTheOtherBallotsAreKept() throws Exception {
    write("vote_event_1.json", event("e1", "pass", "\"votes\": [\n" + voter("yes", "SMITH", byName("SMITH")) + ",\n"
        + voter("Y", "JONES", byName("JONES")) + "]"));
    ImportResult imported = importFolder();
    assertThat(imported.warnings()).singleElement().satisfies(w -> {
      assertThat(w.file()).isEqualTo("vote_event_1.json");
      assertThat(w.line()).hasValue(3);
      assertThat(w.column()).contains("$.votes[1].option");
      assertThat(w.code()).isEqualTo(ImportWarningCode.UNKNOWN_CODE);
    });
    assertThat(votes(imported).get(0).ballots()).singleElement().satisfies(b -> assertThat(b.voterName()).contains("SMITH"));
  }

  @Test
  void aVoterWithAnOcdPersonIdIsAPersonAndHisNameResolvesHisLaterBallotsByNameInTheChamber() throws Exception {
    // the CSV importer's rule, shared: a name the chamber's ballots with an id gave one id
    write("vote_event_1.json", event("e1", "pass", "\"votes\": [" + voter("yes", "SMITH", "\"ocd-person/s\"") + "]"));
    write("vote_event_2.json", event("e2", "pass", "\"votes\": [" + voter("no", "SMITH", byName("SMITH")) + ", "
        + voter("no", "BROWN", "null") + "]"));
    List<Vote> votes = votes(importFolder());
    assertThat(votes.get(0).ballots().get(0).voter()).hasValueSatisfying(r -> assertThat(r.id()).isEqualTo("person-os-ocd-person-s"));
    assertThat(votes.get(1).ballots().get(0).voter()).hasValueSatisfying(r -> assertThat(r.id()).isEqualTo("person-os-ocd-person-s"));
    assertThat(votes.get(1).ballots().get(1).voterName()).contains("BROWN");
  }

  @Test
  void aPassedVoteWithFewerForThanAgainstIsReportedAndATieIsNot() throws Exception {
    // a presiding officer's casting vote may break a tie without being counted
    write("vote_event_1.json", event("e1", "pass", "\"counts\": [{\"option\": \"yes\", \"value\": 40}, {\"option\": \"no\", \"value\": 41}]"));
    write("vote_event_2.json", event("e2", "pass", "\"counts\": [{\"option\": \"yes\", \"value\": 20}, {\"option\": \"no\", \"value\": 20}]"));
    write("vote_event_3.json", event("e3", "fail", "\"counts\": [{\"option\": \"yes\", \"value\": 54}, {\"option\": \"no\", \"value\": 43}]"));
    ImportResult imported = importFolder();
    assertThat(imported.report().findings(FindingCode.RESULT_CONTRADICTS_COUNTS)).singleElement()
        .satisfies(f -> assertThat(f.recordId()).isEqualTo("vote-os-e1"));
    assertThat(votes(imported)).extracting(v -> v.result().orElseThrow())
        .containsExactly(VoteResult.ADOPTED, VoteResult.ADOPTED, VoteResult.REJECTED);
  }

  @Test
  void aPassedRollWithoutCountsIsJudgedOnTheTallyOfItsBallots() throws Exception {
    write("vote_event_1.json", event("e1", "pass", "\"votes\": [" + voter("yes", "A", byName("A")) + ", "
        + voter("no", "B", byName("B")) + ", " + voter("no", "C", byName("C")) + "]"));
    assertThat(importFolder().report().findings(FindingCode.RESULT_CONTRADICTS_COUNTS)).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("1 for and 2 against, tallied from the ballots"));
  }

  @Test
  void aFileThatIsNotJsonIsAWarningAndTheOtherFilesAreImported() throws Exception {
    write("vote_event_1.json", event("e1", "pass", ""));
    write("vote_event_2.json", "{\"_id\": \"e2\",\n \"motion_text\": ");
    write("vote_event_3.json", "[]");
    ImportResult imported = importFolder();
    assertThat(votes(imported)).hasSize(1);
    assertThat(imported.warnings()).extracting(ImportWarning::file, ImportWarning::code).containsExactly(
        org.assertj.core.groups.Tuple.tuple("vote_event_2.json", ImportWarningCode.NOT_JSON),
        org.assertj.core.groups.Tuple.tuple("vote_event_3.json", ImportWarningCode.NOT_JSON));
    assertThat(imported.warnings().get(0).line()).hasValue(2);
  }

  @Test
  void aFieldOutsideTheSchemaAndAListThatIsNotOneAreWarningsAtTheirPaths() throws Exception {
    write("vote_event_1.json", event("e1", "pass", "\"chamber\": \"lower\", \"counts\": {\"yes\": 3}"));
    ImportResult imported = importFolder();
    assertThat(imported.warnings()).extracting(w -> w.column().orElseThrow(), ImportWarning::code).containsExactlyInAnyOrder(
        org.assertj.core.groups.Tuple.tuple("$.chamber", ImportWarningCode.UNKNOWN_COLUMN),
        org.assertj.core.groups.Tuple.tuple("$.counts", ImportWarningCode.INVALID_VALUE));
    assertThat(votes(imported).get(0).counts()).isEmpty();
  }

  @Test
  void aCountThatIsNotAWholeNumberIsAWarningAndTheOthersAreKept() throws Exception {
    write("vote_event_1.json", event("e1", "pass",
        "\"counts\": [{\"option\": \"yes\", \"value\": \"many\"}, {\"option\": \"no\", \"value\": -1}, {\"option\": \"other\", \"value\": 2}]"));
    ImportResult imported = importFolder();
    assertThat(imported.warnings()).extracting(w -> w.column().orElseThrow()).containsExactly("$.counts[0].value", "$.counts[1].value");
    assertThat(imported.warnings()).allSatisfy(w -> assertThat(w.code()).isEqualTo(ImportWarningCode.UNREADABLE_NUMBER));
    assertThat(votes(imported).get(0).counts()).containsExactly(Count.of(VoteOption.OTHER, 2));
  }

  @Test
  void aFuzzyDateOfTheSchemaIsKeptAtItsPrecisionAndAnUnreadableOneIsAWarning() throws Exception {
    // common.fuzzy_datetime_blank: a year, a month, a day, or a day and time with an offset
    write("vote_event_1.json", event("e1", "pass", "").replace("2025-03-13", "2025-03"));
    write("vote_event_2.json", event("e2", "pass", "").replace("2025-03-13", "13 March"));
    ImportResult imported = importFolder();
    assertThat(votes(imported).get(0).date()).contains(PartialDate.of(2025, 3));
    assertThat(votes(imported).get(1).date()).isEmpty();
    assertThat(imported.warnings()).singleElement().satisfies(w -> {
      assertThat(w.code()).isEqualTo(ImportWarningCode.UNREADABLE_DATE);
      assertThat(w.column()).contains("$.start_date");
    });
  }

  @Test
  void aSecondBallotOfOneVoterWithTheSameOptionIsAWarning() throws Exception {
    write("vote_event_1.json", event("e1", "pass", "\"votes\": [" + voter("yes", "SMITH", byName("SMITH")) + ", "
        + voter("yes", "SMITH", byName("SMITH")) + "]"));
    ImportResult imported = importFolder();
    assertThat(imported.warnings()).singleElement().satisfies(w -> assertThat(w.code()).isEqualTo(ImportWarningCode.DUPLICATE_ROW));
    assertThat(votes(imported).get(0).ballots()).hasSize(1);
  }

  @Test
  void aBillThatIsNoneOfTheFilesIsAWarningAndTheMotionKeepsItsIdentifier() throws Exception {
    write("vote_event_1.json", event("e1", "pass", "").replace("\"bill\": null, \"bill_identifier\": \"\"",
        "\"bill\": \"~{\\\"from_organization__classification\\\": \\\"lower\\\", \\\"identifier\\\": \\\"HB 9\\\", "
            + "\\\"legislative_session__identifier\\\": \\\"2025\\\"}\", \"bill_identifier\": \"HB 9\""));
    ImportResult imported = importFolder();
    assertThat(imported.warnings()).singleElement().satisfies(w -> {
      assertThat(w.code()).isEqualTo(ImportWarningCode.UNKNOWN_REFERENCE);
      assertThat(w.column()).contains("$.bill");
    });
    Vote vote = votes(imported).get(0);
    Motion motion = imported.dossier().orElseThrow().resolve(Reference.to(vote.motion().id()), Motion.class).orElseThrow();
    assertThat(motion.identifier()).contains("HB 9");
    assertThat(motion.title().in("en")).contains("Third reading");
  }

  @Test
  void aChamberOfAScrapeWithoutItsJurisdictionIsNamedByItsClassificationAndWarnedAboutOnce() throws Exception {
    write("vote_event_1.json", event("e1", "pass", ""));
    write("vote_event_2.json", event("e2", "fail", ""));
    ImportResult imported = OpenStatesJson.importer().read(folder);
    assertThat(imported.warnings()).singleElement().satisfies(w -> {
      assertThat(w.code()).isEqualTo(ImportWarningCode.MISSING_VALUE);
      assertThat(w.column()).contains("$.organization");
    });
    assertThat(votes(imported)).allSatisfy(v -> assertThat(v.legislature().orElseThrow().id()).isEqualTo("legislature-os-lower"));
  }

  @Test
  void filesWithoutAnyVoteEventAreRefusedAndObjectsNotImportedAreNamed() throws Exception {
    write("bill_1.json", "{\"_id\": \"b1\", \"identifier\": \"HB 1\", \"title\": \"T\", \"legislative_session\": \"2025\"}");
    assertThatThrownBy(() -> OpenStatesJson.importer().read(folder)).isInstanceOf(ImportException.class)
        .hasMessageContaining("vote_event_*.json");
    write("vote_event_1.json", event("e1", "pass", ""));
    write("event_1.json", "{\"_id\": \"x\", \"name\": \"Hearing\"}");
    assertThat(importFolder().warnings()).singleElement().satisfies(w -> {
      assertThat(w.file()).isEqualTo("event_1.json");
      assertThat(w.code()).isEqualTo(ImportWarningCode.NOT_MAPPED);
    });
  }

  @Test
  void aValueTheRecordsRefuseIsAWarningAndTheOtherVoteEventsAreImported() throws Exception {
    // texts are well-formed Unicode: a lone surrogate, which JSON can escape, is refused
    write("vote_event_1.json", event("e1", "pass", "").replace("\"identifier\": \"\"", "\"identifier\": \"AV\\ud800\""));
    write("vote_event_2.json", event("e2", "pass", ""));
    ImportResult imported = importFolder();
    assertThat(imported.warnings()).singleElement().satisfies(w -> {
      assertThat(w.file()).isEqualTo("vote_event_1.json");
      assertThat(w.code()).isEqualTo(ImportWarningCode.INVALID_VALUE);
    });
    assertThat(votes(imported)).extracting(Vote::id).containsExactly("vote-os-e2");
  }

  @Test
  void aVoteEventRenamedIsRecognisedByItsKeys() throws Exception {
    write("roll-call.json", event("e1", "pass", ""));
    ImportResult imported = importFolder();
    assertThat(votes(imported)).hasSize(1);
    assertThat(Importers.detect(folder.resolve("roll-call.json"))).contains(OpenStatesJson.importer());
  }
}
