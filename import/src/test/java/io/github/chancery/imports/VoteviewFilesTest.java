package io.github.chancery.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.chancery.core.actor.Person;
import io.github.chancery.core.dossier.Dossier;
import io.github.chancery.core.record.Identifier;
import io.github.chancery.core.vote.Vote;
import io.github.chancery.core.vote.VoteResult;
import io.github.chancery.core.vote.VotingRule;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The files of the publication as the publisher names them ({@code S117_votes.csv} beside {@code
 * S117_members.csv} and {@code S117_rollcalls.csv}), the registry and detection by header, and
 * rows that break the documented rules, each kept as a warning.
 */
final class VoteviewFilesTest {
  private static final String VOTES_HEADER = "congress,chamber,rollnumber,icpsr,cast_code,prob";

  @TempDir Path folder;

  private Path copy(String name) throws IOException {
    Path file = folder.resolve(name);
    try (InputStream in = VoteviewFilesTest.class.getResourceAsStream("/voteview/" + name)) {
      Files.copy(in, file);
    }
    return file;
  }

  private Path write(String name, String... lines) throws IOException {
    return Files.writeString(folder.resolve(name), String.join("\n", lines) + "\n");
  }

  @Test
  void aVotesFileReadByItsPathBringsTheMembersAndRollCallsFilesNamedAsPublishedBesideIt() throws IOException {
    // data_help: files H117_/S117_/HS117_ members, rollcalls and votes per congress and chamber.
    copy("S117_members.csv");
    copy("S117_rollcalls.csv");
    ImportResult imported = Voteview.importer().read(copy("S117_votes.csv"));
    Dossier dossier = imported.dossier().orElseThrow();
    Vote vote = dossier.get("vote-voteview-s117-451", Vote.class).orElseThrow();
    assertThat(vote.result()).contains(VoteResult.ADOPTED); // "Nomination Confirmed"
    assertThat(vote.rule()).contains(VotingRule.SIMPLE_MAJORITY);
    assertThat(vote.ballots()).hasSize(2);
    assertThat(dossier.get("person-bioguide-s000033", Person.class).orElseThrow().identifiers())
        .contains(Identifier.of("icpsr", "29147"), Identifier.of("bioguide", "S000033"));
    // the President's pseudo-vote is a position, not a vote of the Senate
    assertThat(imported.warnings())
        .extracting(ImportWarning::file, w -> w.line().orElse(0), ImportWarning::code)
        .containsExactly(tuple("S117_votes.csv", 4L, ImportWarningCode.NOT_MAPPED));
  }

  @Test
  void aVotesFileWithoutItsMembersFileBesideItIsRefusedByName() throws IOException {
    copy("S117_rollcalls.csv");
    Path votes = copy("S117_votes.csv");
    assertThatThrownBy(() -> Voteview.importer().read(votes))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("S117_members.csv");
  }

  @Test
  void aVotesFileAloneOnAStreamIsRefusedWithWhatItNeeds() {
    byte[] votes = (VOTES_HEADER + "\n117,Senate,1,29147,1,99\n").getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Voteview.importer().read(new ByteArrayInputStream(votes), "S117_votes.csv"))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("members and roll-calls files");
  }

  @Test
  void aMembersFileAloneGivesItsPersonsAndMemberships() throws IOException {
    ImportResult imported = Voteview.importer().read(copy("S117_members.csv"));
    Dossier dossier = imported.dossier().orElseThrow();
    assertThat(dossier.get("membership-voteview-s117-14921")).isPresent();
    assertThat(dossier.get("person-bioguide-m000355", Person.class).orElseThrow().name().toString())
        .contains("McCONNELL, Addison Mitchell (Mitch)");
    assertThat(imported.warnings()).isEmpty();
  }

  @Test
  void theFormatIsRegisteredAndEachOfItsThreeHeadersDetected() throws IOException {
    assertThat(Importers.named("voteview")).containsSame(Voteview.importer());
    assertThat(Importers.names()).contains("voteview");
    for (String name : List.of("H117_members.csv", "H117_rollcalls.csv", "H117_votes.csv")) {
      assertThat(Importers.detect(copy(name))).containsSame(Voteview.importer());
    }
    assertThat(Importers.detect(List.of("congress", "chamber", "rollnumber"))).isEmpty();
  }

  @Test
  void rowsThatBreakTheDocumentedRulesAreKeptAsWarningsWithFileLineAndColumn() throws IOException {
    Path members = copy("S117_members.csv");
    Path rollCalls = copy("S117_rollcalls.csv");
    Path votes =
        write(
            "S117_votes.csv",
            VOTES_HEADER + ",extra_column",
            "117,Senate,451,29147,1,99,",
            "117,Senate,451,29147,6,99,", // a second ballot of one voter
            "117,Senate,451,14921,6,98", // one field too few
            "117,Senate,452,14921,1,98,", // a roll call no roll-calls file gives
            "117,Senate,452,55555,9,,", // no members file lists 55555
            "117,Senate,452,14921,,,", // no cast code
            "117,Senate,451,14921,6,98,", // roll call 451 ended on line 3
            "117,Senate,x,14921,1,,"); // rollnumber not a number
    ImportResult imported = Voteview.importer().read(List.of(votes, members, rollCalls));
    assertThat(imported.warnings())
        .extracting(ImportWarning::file, w -> w.line().orElse(0), w -> w.column().orElse(null), ImportWarning::code)
        .containsExactly(
            tuple("S117_votes.csv", 1L, "extra_column", ImportWarningCode.UNKNOWN_COLUMN),
            tuple("S117_votes.csv", 3L, "icpsr", ImportWarningCode.DUPLICATE_ROW),
            tuple("S117_votes.csv", 4L, null, ImportWarningCode.FIELD_COUNT),
            tuple("S117_votes.csv", 5L, "rollnumber", ImportWarningCode.MISSING_VALUE),
            tuple("S117_votes.csv", 6L, "icpsr", ImportWarningCode.MISSING_VALUE),
            tuple("S117_votes.csv", 7L, "cast_code", ImportWarningCode.MISSING_VALUE),
            tuple("S117_votes.csv", 8L, "rollnumber", ImportWarningCode.RECORD_NOT_TOGETHER),
            tuple("S117_votes.csv", 9L, "rollnumber", ImportWarningCode.UNREADABLE_NUMBER));
    Dossier dossier = imported.dossier().orElseThrow();
    assertThat(dossier.get("vote-voteview-s117-452", Vote.class).orElseThrow().ballots()).hasSize(2);
    assertThat(dossier.get("person-icpsr-55555", Person.class)).isPresent();
    assertThat(imported.report().errors()).isEmpty();
  }

  @Test
  void aRollCallWithoutVotesRowsIsImportedWithItsCountsAndNoBallots() throws IOException {
    ImportResult imported = Voteview.importer().read(copy("S117_rollcalls.csv"));
    Vote vote = imported.dossier().orElseThrow().get("vote-voteview-s117-451", Vote.class).orElseThrow();
    assertThat(vote.ballots()).isEmpty();
    assertThat(vote.counts()).hasSize(2);
    assertThat(vote.identifiers()).contains(Identifier.of("us-clerk-rollnumber", "S117-2-134"));
  }
}
