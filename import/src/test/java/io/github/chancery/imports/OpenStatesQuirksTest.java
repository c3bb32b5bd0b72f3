package io.github.chancery.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.chancery.core.dossier.FindingCode;
import io.github.chancery.core.vote.Ballot;
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

/** Rows the Open States documentation foresees as quirks, and rows it does not: each is mapped or kept as a warning. */
final class OpenStatesQuirksTest {
  static final String VOTES =
      "id,identifier,motion_text,motion_classification,start_date,result,organization_id,bill_id,bill_action_id,jurisdiction,"
          + "session_identifier";
  static final String PEOPLE = "id,vote_event_id,option,voter_name,voter_id,note";
  static final String COUNTS = "id,vote_event_id,option,value";

  @TempDir Path folder;

  private Path write(String name, String header, String... rows) throws IOException {
    return Files.writeString(folder.resolve(name), header + "\n" + String.join("\n", rows) + "\n");
  }

  private Path votes(String result, String date) throws IOException {
    return write("XX_2025_votes.csv", VOTES, "ocd-vote/1,,PASSAGE,[],"
        + date + "," + result + ",ocd-organization/upper,,,Statia,2025");
  }

  private static Vote vote(ImportResult imported) {
    return imported.dossier().orElseThrow().records().stream().filter(Vote.class::isInstance).map(Vote.class::cast)
        .findFirst().orElseThrow();
  }

  @Test
  void everyDocumentedOptionIsMappedToItsVoteOption() throws Exception {
    List<String> options = List.of("yes", "no", "other", "absent", "not voting", "excused", "abstain", "paired");
    List<String> rows = new ArrayList<>();
    for (int i = 0; i < options.size(); i++) {
      rows.add("p" + i + ",ocd-vote/1," + options.get(i) + ",MEMBER" + i + ",,");
    }
    votes("pass", "2025-03-13");
    ImportResult imported = OpenStates.importer().read(write("XX_2025_vote_people.csv", PEOPLE, rows.toArray(String[]::new)));
    assertThat(imported.warnings()).isEmpty();
    assertThat(vote(imported).ballots()).extracting(Ballot::option).containsExactly(
        VoteOption.YES, VoteOption.NO, VoteOption.OTHER, VoteOption.ABSENT, VoteOption.NOT_VOTING, VoteOption.EXCUSED,
        VoteOption.ABSTAIN, VoteOption.PAIRED);
  }

  @Test
  void anUnknownOptionIsAWarningWithFileLineAndColumnAndTheOtherBallotsAreKept() throws Exception {
    votes("pass", "2025-03-13");
    ImportResult imported = OpenStates.importer().read(write("XX_2025_vote_people.csv", PEOPLE,
        "p1,ocd-vote/1,yes,SMITH,,", "p2,ocd-vote/1,Y,JONES,,"));
    assertThat(imported.warnings()).singleElement().satisfies(w -> {
      assertThat(w.file()).isEqualTo("XX_2025_vote_people.csv");
      assertThat(w.line()).hasValue(3);
      assertThat(w.column()).contains("option");
      assertThat(w.code()).isEqualTo(ImportWarningCode.UNKNOWN_CODE);
    });
    assertThat(vote(imported).ballots()).singleElement().satisfies(b -> assertThat(b.voterName()).contains("SMITH"));
  }

  @Test
  void aRowWithTooFewFieldsAndAnUnreadableCountAreWarningsNotDroppedRows() throws Exception {
    votes("pass", "2025-03-13");
    write("XX_2025_vote_counts.csv", COUNTS, "1,ocd-vote/1,yes,many", "2,ocd-vote/1,no");
    ImportResult imported = OpenStates.importer().read(folder.resolve("XX_2025_votes.csv"));
    assertThat(imported.warnings()).extracting(ImportWarning::code, ImportWarning::line).containsExactly(
        org.assertj.core.groups.Tuple.tuple(ImportWarningCode.UNREADABLE_NUMBER, java.util.OptionalLong.of(2)),
        org.assertj.core.groups.Tuple.tuple(ImportWarningCode.FIELD_COUNT, java.util.OptionalLong.of(3)));
  }

  @Test
  void anUnknownResultAndAnUnreadableDateAreWarningsAndTheVoteIsKept() throws Exception {
    ImportResult imported = OpenStates.importer().read(votes("tabled", "13 March"));
    assertThat(imported.warnings()).extracting(ImportWarning::column).containsExactly(
        java.util.Optional.of("start_date"), java.util.Optional.of("result"));
    assertThat(vote(imported).result()).isEmpty();
    assertThat(vote(imported).date()).isEmpty();
  }

  @Test
  void aDateWithASpaceAndOffsetIsRead() throws Exception {
    assertThat(vote(OpenStates.importer().read(votes("pass", "2025-03-13 05:00:00+00:00"))).date()).isPresent();
  }

  @Test
  void aResultThatContradictsTheCountsIsKeptAndNoRuleIsGuessed() throws Exception {
    votes("fail", "2025-03-13");
    write("XX_2025_vote_counts.csv", COUNTS, "1,ocd-vote/1,yes,54", "2,ocd-vote/1,no,43");
    ImportResult imported = OpenStates.importer().read(folder.resolve("XX_2025_votes.csv"));
    assertThat(vote(imported).result()).contains(VoteResult.REJECTED);
    assertThat(vote(imported).rule()).isEmpty();
    assertThat(imported.report().findings(FindingCode.RESULT_CONTRADICTS_COUNTS)).isEmpty();
  }

  @Test
  void aPassedVoteWithFewerForThanAgainstIsKeptAndReportedWithoutARule() throws Exception {
    // no majority rule adopts with fewer for than against, whichever the vote needed
    votes("pass", "2025-03-13");
    write("XX_2025_vote_counts.csv", COUNTS, "1,ocd-vote/1,yes,43", "2,ocd-vote/1,no,54");
    ImportResult imported = OpenStates.importer().read(folder.resolve("XX_2025_votes.csv"));
    assertThat(vote(imported).result()).contains(VoteResult.ADOPTED);
    assertThat(vote(imported).rule()).isEmpty();
    assertThat(imported.report().findings(FindingCode.RESULT_CONTRADICTS_COUNTS)).singleElement().satisfies(f -> {
      assertThat(f.recordId()).isEqualTo(vote(imported).id());
      assertThat(f.message()).contains("43 for and 54 against");
    });
  }

  @Test
  void aNameWithoutIdIsResolvedWhenTheChambersRowsGaveThatNameOneId() throws Exception {
    write("XX_2025_votes.csv", VOTES,
        "ocd-vote/1,,A,[],2025-03-13,pass,ocd-organization/upper,,,Statia,2025",
        "ocd-vote/2,,B,[],2025-03-14,pass,ocd-organization/upper,,,Statia,2025");
    ImportResult imported = OpenStates.importer().read(write("XX_2025_vote_people.csv", PEOPLE,
        "p1,ocd-vote/1,yes,SMITH,ocd-person/s,", "p2,ocd-vote/2,no,SMITH,,", "p3,ocd-vote/2,no,BROWN,,"));
    List<Vote> votes = imported.dossier().orElseThrow().records().stream().filter(Vote.class::isInstance)
        .map(Vote.class::cast).toList();
    Vote second = votes.stream().filter(v -> v.identifier().orElse("").equals("ocd-vote/2")).findFirst().orElseThrow();
    assertThat(second.ballots().get(0).voter()).hasValueSatisfying(r -> assertThat(r.id()).isEqualTo("person-os-ocd-person-s"));
    assertThat(second.ballots().get(1).voterName()).contains("BROWN");
  }

  @Test
  void aDuplicatedRollRowIsAWarningAndCountedOnce() throws Exception {
    votes("pass", "2025-03-13");
    ImportResult imported = OpenStates.importer().read(write("XX_2025_vote_people.csv", PEOPLE,
        "p1,ocd-vote/1,yes,SMITH,,", "p2,ocd-vote/1,yes,SMITH,,"));
    assertThat(imported.warnings()).extracting(ImportWarning::code).containsExactly(ImportWarningCode.DUPLICATE_ROW);
    assertThat(vote(imported).ballots()).hasSize(1);
  }

  @Test
  void aTableNotImportedIsNamedInAWarning() throws Exception {
    Path votes = votes("pass", "2025-03-13");
    Path actions = write("XX_2025_bill_actions.csv", "id,bill_id,description", "1,ocd-bill/1,Read");
    ImportResult imported = OpenStates.importer().read(List.of(votes, actions));
    assertThat(imported.warnings()).extracting(ImportWarning::code).containsExactly(ImportWarningCode.NOT_MAPPED);
  }

  @Test
  void withoutAVotesTableTheExportIsRefused() throws Exception {
    Path people = write("XX_2025_vote_people.csv", PEOPLE, "p1,ocd-vote/1,yes,SMITH,,");
    assertThatThrownBy(() -> OpenStates.importer().read(List.of(people))).isInstanceOf(ImportException.class);
  }
}
