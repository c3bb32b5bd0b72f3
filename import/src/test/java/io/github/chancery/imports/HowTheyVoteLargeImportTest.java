package io.github.chancery.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chancery.core.dossier.FindingCode;
import io.github.chancery.json.ChanceryJson;
import io.github.chancery.json.format.RecordWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated HowTheyVote.eu export of 720 members in 8 groups and 1,400 votes, 1,008,000 member
 * votes, imported onto an NDJSON record stream with the heap capped at 64 MB (the {@code
 * constant-memory} Surefire execution of this module's pom), progress on stderr. The votes are daily
 * from 4 January 2021; member 0 sat in group G0 until 2023 and in G1 from 2024, and votes in G1 from
 * 2024 but in G0 in the last vote, and one row has an unknown position, so that the report and the
 * warnings are seen to be counted.
 */
@Tag("constant-memory")
final class HowTheyVoteLargeImportTest {
  private static final int MEMBERS = 720;
  private static final int GROUPS = 8;
  private static final int VOTES = 1_400;
  private static final String[] POSITIONS = {"FOR", "AGAINST", "ABSTENTION", "DID_NOT_VOTE"};

  @TempDir Path folder;

  @Test
  void aMillionMemberVotesAreStreamedInA64MegabyteHeap() throws IOException {
    List<Path> files = generate();
    Counting counted = new Counting();
    ImportResult imported;
    try (RecordWriter out = ChanceryJson.strict().writeNdjson(counted)) {
      imported = HowTheyVote.importer().stream(files, out, ImportProgress.printingTo(System.err));
    }
    assertThat(Runtime.getRuntime().maxMemory()).isLessThanOrEqualTo(64L * 1024 * 1024);
    assertThat(imported.dossier()).isEmpty();
    assertThat(imported.rowsRead()).isEqualTo(MEMBERS + GROUPS + (MEMBERS + 1) + VOTES + (long) VOTES * MEMBERS);
    // the source, the legislature, the groups, the members, their memberships, and per vote a motion and the vote
    assertThat(imported.recordsImported()).isEqualTo(2L + GROUPS + MEMBERS + (MEMBERS + 1) + 2L * VOTES);
    assertThat(counted.lines).isEqualTo(imported.recordsImported());
    assertThat(imported.warnings()).singleElement().satisfies(w -> {
      assertThat(w.file()).isEqualTo("member_votes.csv");
      assertThat(w.code()).isEqualTo(ImportWarningCode.UNKNOWN_CODE);
      assertThat(w.line()).hasValue(3);
    });
    assertThat(imported.report().findings(FindingCode.BALLOT_GROUP_MISMATCH))
        .singleElement()
        .satisfies(f -> assertThat(f.recordId()).isEqualTo("vote-htv-" + (VOTES - 1)));
    assertThat(imported.report().errorCount()).isZero();
  }

  private List<Path> generate() throws IOException {
    Path members = folder.resolve("members.csv");
    Path groups = folder.resolve("groups.csv");
    Path memberships = folder.resolve("group_memberships.csv");
    Path votes = folder.resolve("votes.csv");
    Path memberVotes = folder.resolve("member_votes.csv");
    try (BufferedWriter out = Files.newBufferedWriter(groups, StandardCharsets.UTF_8)) {
      out.write(HtvExport.GROUPS + "\r\n");
      for (int g = 0; g < GROUPS; g++) {
        out.write("G" + g + ",Group " + g + ",Group " + g + ",G" + g + "\r\n");
      }
    }
    try (BufferedWriter out = Files.newBufferedWriter(members, StandardCharsets.UTF_8);
        BufferedWriter held = Files.newBufferedWriter(memberships, StandardCharsets.UTF_8)) {
      out.write(HtvExport.MEMBERS + "\r\n");
      held.write(HtvExport.MEMBERSHIPS + "\r\n");
      for (int m = 0; m < MEMBERS; m++) {
        out.write(m + ",Given" + m + ",Family" + m + ",DEU,1970-01-01,,,\r\n");
        held.write(m + ",G" + (m % GROUPS) + ",9,2019-07-02," + (m == 0 ? "2023-12-31" : "") + "\r\n");
      }
      held.write("0,G1,9,2024-01-01,\r\n");
    }
    LocalDateTime start = LocalDateTime.of(2021, 1, 4, 12, 0);
    try (BufferedWriter out = Files.newBufferedWriter(votes, StandardCharsets.UTF_8);
        BufferedWriter ballots = Files.newBufferedWriter(memberVotes, StandardCharsets.UTF_8)) {
      out.write(HtvExport.VOTES + "\r\n");
      ballots.write(HtvExport.MEMBER_VOTES + "\r\n");
      int each = MEMBERS / POSITIONS.length;
      for (int v = 0; v < VOTES; v++) {
        String timestamp = start.plusDays(v).toString().replace('T', ' ') + ":00";
        int yes = v == 0 ? each - 1 : each; // one row of the first vote has an unknown position
        out.write(v + "," + timestamp + ",Vote " + v + ",A9-" + v + "/2023,\"Article " + v + ", § 3 - Am " + v + "\","
            + (v % 10 == 0 ? "True" : "False") + ",2022/" + v + "(COD),Procedure " + v + ",COD,," + yes + "," + each + ","
            + each + "," + each + ",ADOPTED\r\n");
        for (int m = 0; m < MEMBERS; m++) {
          String position = v == 0 && m == 1 ? "YES" : POSITIONS[m % POSITIONS.length];
          String group = "G" + (m == 0 && v < VOTES - 1 && start.plusDays(v).getYear() >= 2024 ? 1 : m % GROUPS);
          ballots.write(v + "," + m + "," + position + ",DEU," + group + "\r\n");
        }
      }
    }
    return List.of(memberVotes, votes, memberships, groups, members);
  }

  /** Counts the bytes and lines written, and keeps none. */
  private static final class Counting extends OutputStream {
    long bytes;
    long lines;

    @Override
    public void write(int b) {
      bytes++;
      if (b == '\n') {
        lines++;
      }
    }

    @Override
    public void write(byte[] b, int off, int len) {
      bytes += len;
      for (int i = off; i < off + len; i++) {
        if (b[i] == '\n') {
          lines++;
        }
      }
    }
  }
}
