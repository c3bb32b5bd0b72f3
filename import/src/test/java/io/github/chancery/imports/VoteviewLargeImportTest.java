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
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated House of 435 members and 2,400 roll calls, 1,044,000 votes rows, imported from its
 * three files onto an NDJSON record stream with the heap capped at 64 MB (the {@code
 * constant-memory} Surefire execution of this module's pom), progress on stderr: the members and
 * roll calls are held, the votes streamed. Every tenth roll call is a suspension of the rules
 * (majority_requirement 2/3) that fails with more yeas than nays; one roll call declares a result
 * its counts contradict, and one row has a cast code outside 0 to 9.
 */
@Tag("constant-memory")
final class VoteviewLargeImportTest {
  private static final int MEMBERS = 435;
  private static final int ROLL_CALLS = 2_400;

  @TempDir Path folder;

  @Test
  void aMillionBallotsAreStreamedInA64MegabyteHeap() throws IOException {
    List<Path> files = generate();
    Counting counted = new Counting();
    ImportResult imported;
    try (RecordWriter out = ChanceryJson.strict().writeNdjson(counted)) {
      imported = Voteview.importer().stream(files, out, ImportProgress.printingTo(System.err));
    }
    assertThat(Runtime.getRuntime().maxMemory()).isLessThanOrEqualTo(64L * 1024 * 1024);
    assertThat(imported.dossier()).isEmpty();
    assertThat(imported.rowsRead()).isEqualTo(MEMBERS + ROLL_CALLS + (long) MEMBERS * ROLL_CALLS);
    // three sources, the legislature, the congress, two sessions, two parties, the persons and
    // memberships, and per roll call a motion and a vote
    assertThat(imported.recordsImported()).isEqualTo(3 + 1 + 1 + 2 + 2 + 2L * MEMBERS + 2L * ROLL_CALLS);
    assertThat(counted.lines).isEqualTo(imported.recordsImported());
    assertThat(imported.warnings()).singleElement().satisfies(w -> {
      assertThat(w.code()).isEqualTo(ImportWarningCode.UNKNOWN_CODE);
      assertThat(w.file()).isEqualTo("H117_votes.csv");
      assertThat(w.line()).hasValue(3);
    });
    // the suspensions are judged by two thirds, so only the misdeclared roll call contradicts its counts
    assertThat(imported.report().findings(FindingCode.RESULT_CONTRADICTS_COUNTS))
        .singleElement()
        .satisfies(f -> assertThat(f.recordId()).isEqualTo("vote-voteview-h117-5"));
    assertThat(imported.report().errorCount()).isZero();
  }

  private List<Path> generate() throws IOException {
    Path members = folder.resolve("H117_members.csv");
    try (BufferedWriter out = Files.newBufferedWriter(members, StandardCharsets.UTF_8)) {
      out.write("congress,chamber,icpsr,state_icpsr,district_code,state_abbrev,party_code,occupancy,last_means,bioname,"
          + "bioguide_id,born,died,nominate_dim1,nominate_dim2,nominate_log_likelihood,nominate_geo_mean_probability,"
          + "nominate_number_of_votes,nominate_number_of_errors,conditional,nokken_poole_dim1,nokken_poole_dim2\n");
      for (int m = 0; m < MEMBERS; m++) {
        out.write("117,House," + (20_000 + m) + ",1," + (m % 50 + 1) + ",AL," + (m % 2 == 0 ? 100 : 200) + ",,,\"MEMBER"
            + m + ", Given\",X" + String.format("%06d", m) + ",1950.0,,0.1,0.2,,,,,,,\n");
      }
    }
    Path rollCalls = folder.resolve("H117_rollcalls.csv");
    LocalDate day = LocalDate.of(2021, 1, 4);
    // 260 yeas and 175 nays: adopted by a simple majority, failed under two thirds
    try (BufferedWriter out = Files.newBufferedWriter(rollCalls, StandardCharsets.UTF_8)) {
      out.write("congress,chamber,rollnumber,date,session,clerk_rollnumber,majority_requirement,yea_count,nay_count,"
          + "nominate_mid_1,nominate_mid_2,nominate_spread_1,nominate_spread_2,nominate_log_likelihood,bill_number,"
          + "vote_result,vote_desc,vote_question,dtl_desc\n");
      for (int r = 1; r <= ROLL_CALLS; r++) {
        int session = r <= ROLL_CALLS / 2 ? 1 : 2;
        boolean suspension = r % 10 == 0;
        String result = suspension ? "Failed" : r == 5 ? "Failed" : "Passed";
        out.write("117,House," + r + "," + day.plusDays(r / 4) + "," + session + "," + (r + 3) + ","
            + (suspension ? "2/3" : "1/2") + ",260,175,0.1,0.2,0.3,0.4,-5.0,HR" + r + "," + result + ",Bill " + r + ","
            + (suspension ? "On Motion to Suspend the Rules and Pass" : "On Passage") + ",\n");
      }
    }
    Path votes = folder.resolve("H117_votes.csv");
    try (BufferedWriter out = Files.newBufferedWriter(votes, StandardCharsets.UTF_8)) {
      out.write("congress,chamber,rollnumber,icpsr,cast_code,prob\n");
      for (int r = 1; r <= ROLL_CALLS; r++) {
        String prefix = "117,House," + r + ",";
        for (int m = 0; m < MEMBERS; m++) {
          String code = m < 260 ? "1" : "6";
          if (r == 1 && m == 1) {
            code = "10";
          }
          out.write(prefix + (20_000 + m) + "," + code + ",99.0\n");
        }
      }
    }
    return List.of(members, rollCalls, votes);
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
