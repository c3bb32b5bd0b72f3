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
 * A generated raw Voeten file of 5,300 roll calls from 1990 to 2019, each with 190 member rows of
 * the COW numbers of the importer's table (345 among them, read by date) and five rows coded 9,
 * not a member: 1,007,000 ballots, imported onto an NDJSON record stream with the heap capped at 64
 * MB (the {@code constant-memory} Surefire execution), progress on stderr. The first roll call
 * declares a yes too many and one row has an unknown vote code, so that the report and the
 * warnings are seen to be counted.
 */
@Tag("constant-memory")
final class VoetenLargeImportTest {
  private static final int ROLL_CALLS = 5_300;
  private static final int MEMBERS = 190;
  private static final int NOT_MEMBERS = 5;

  @TempDir Path folder;

  @Test
  void aMillionBallotsAreStreamedInA64MegabyteHeap() throws IOException {
    Path file = folder.resolve("UNVotes.csv");
    generate(file);
    Counting counted = new Counting();
    ImportResult imported;
    try (RecordWriter out = ChanceryJson.strict().writeNdjson(counted)) {
      imported = VoetenUnga.importer().stream(file, out, ImportProgress.printingTo(System.err));
    }
    assertThat(Runtime.getRuntime().maxMemory()).isLessThanOrEqualTo(64L * 1024 * 1024);
    assertThat(imported.dossier()).isEmpty();
    assertThat(imported.rowsRead()).isEqualTo((long) ROLL_CALLS * (MEMBERS + NOT_MEMBERS));
    // the file, the legislature, the states (345 three times), the sessions, and per roll call a motion and a vote
    assertThat(imported.recordsImported()).isGreaterThanOrEqualTo(2L + MEMBERS + 2L * ROLL_CALLS);
    assertThat(counted.lines).isEqualTo(imported.recordsImported());
    assertThat(imported.warnings()).extracting(ImportWarning::code)
        .containsExactly(ImportWarningCode.UNKNOWN_CODE, ImportWarningCode.NOT_MAPPED);
    assertThat(imported.warnings().get(1).message()).startsWith((long) ROLL_CALLS * NOT_MEMBERS + " rows");
    assertThat(imported.report().findings(FindingCode.COUNTS_DISAGREE_WITH_BALLOTS))
        .isNotEmpty()
        .allSatisfy(f -> assertThat(f.recordId()).isEqualTo("vote-voeten-1"));
    assertThat(imported.report().errorCount()).isZero();
  }

  private static void generate(Path file) throws IOException {
    // 260 (the Federal Republic) and 678 (the Yemen Arab Republic) are DE and YE, as 255 and 679 are
    List<Integer> numbers = new java.util.ArrayList<>(CowStates.numbers());
    numbers.removeAll(List.of(260, 678));
    assertThat(numbers).hasSizeGreaterThanOrEqualTo(MEMBERS).contains(345);
    LocalDate day = LocalDate.of(1990, 1, 1);
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(VoetenUngaTest.HEADER);
      out.write('\n');
      long row = 0;
      for (int v = 0; v < ROLL_CALLS; v++) {
        int rcid = v + 1;
        int session = 44 + v / 180;
        String date = day.plusDays(2L * v).toString();
        int yes = MEMBERS - 2;
        String tail =
            "," + date.substring(0, 4) + "," + session + ",1," + (v == 0 ? yes + 1 : yes) + ",1,0,\"" + date + "\",\"A/RES/"
                + session + "/" + v + "\",0,0,\"SHORT " + v + "\",\"Roll call " + v + "\",0,1,0,1,0,0,," + session + "" + v + "\n";
        for (int s = 0; s < MEMBERS + NOT_MEMBERS; s++) {
          String vote = s >= MEMBERS ? "9" : s < yes ? "1" : s == yes ? "3" : "2";
          if (v == 0 && s == 1) {
            vote = "7"; // an unknown code on line 3
          }
          int cow = s < MEMBERS ? numbers.get(s) : 600 + s; // numbers of non-members
          out.write("\"" + (++row) + "\"," + rcid + "," + cow + "," + (s < MEMBERS ? "1" : "") + "," + vote
              + ",\"XXX\",\"State " + cow + "\"" + tail);
        }
      }
    }
  }

  /** Counts the lines written, and keeps none. */
  private static final class Counting extends OutputStream {
    long lines;

    @Override
    public void write(int b) {
      if (b == '\n') {
        lines++;
      }
    }

    @Override
    public void write(byte[] b, int off, int len) {
      for (int i = off; i < off + len; i++) {
        if (b[i] == '\n') {
          lines++;
        }
      }
    }
  }
}
