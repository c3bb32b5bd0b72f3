package io.github.chancery.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chancery.core.code.CountryCode;
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
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated General Assembly file of 5,200 votes of 193 member states, 1,003,600 ballots, imported
 * onto an NDJSON record stream with the heap capped at 64 MB (the {@code constant-memory} Surefire
 * execution of this module's pom), progress on stderr. One vote declares a yes too many and a no too few and one row
 * has an unknown vote code, so that the report and the warnings are seen to be counted.
 */
@Tag("constant-memory")
final class UnDigitalLibraryLargeImportTest {
  private static final int VOTES = 5_200;
  private static final int STATES = 193;

  @TempDir Path folder;

  @Test
  void aMillionBallotsAreStreamedInA64MegabyteHeap() throws IOException {
    Path file = folder.resolve("2025_7_23_ga_voting.csv");
    generate(file);
    Counting counted = new Counting();
    ImportResult imported;
    try (RecordWriter out = ChanceryJson.strict().writeNdjson(counted)) {
      imported = UnDigitalLibrary.importer().stream(file, out, ImportProgress.printingTo(System.err));
    }
    assertThat(Runtime.getRuntime().maxMemory()).isLessThanOrEqualTo(64L * 1024 * 1024);
    assertThat(imported.dossier()).isEmpty();
    assertThat(imported.rowsRead()).isEqualTo((long) VOTES * STATES);
    // the file, the legislature, the states, the sessions, the meeting records, and per vote a motion,
    // the library's record and the vote
    assertThat(imported.recordsImported()).isGreaterThanOrEqualTo(2L + STATES + 3L * VOTES);
    assertThat(counted.lines).isEqualTo(imported.recordsImported());
    assertThat(imported.warnings()).singleElement().satisfies(w -> {
      assertThat(w.code()).isEqualTo(ImportWarningCode.UNKNOWN_CODE);
      assertThat(w.line()).hasValue(3);
    });
    // yes and no of the first vote; the other findings are of the publisher's identifier schemes, unknown to core
    assertThat(imported.report().findings(FindingCode.COUNTS_DISAGREE_WITH_BALLOTS))
        .hasSize(2)
        .allSatisfy(f -> assertThat(f.recordId()).isEqualTo("vote-undl-100000"));
    assertThat(imported.report().errorCount()).isZero();
  }

  private static void generate(Path file) throws IOException {
    List<String> codes =
        CountryCode.currentCodes().stream().map(CountryCode::alpha3).flatMap(java.util.Optional::stream).sorted().limit(STATES).collect(Collectors.toList());
    LocalDate day = LocalDate.of(2015, 1, 1);
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(Fixtures.GA_HEADER);
      out.write('\n');
      for (int v = 0; v < VOTES; v++) {
        String id = Integer.toString(100_000 + v);
        String session = Integer.toString(45 + v / 200);
        String date = day.plusDays(v).toString();
        int yes = STATES - 3;
        String tail =
            date + "," + session + ",A/RES/" + session + "/" + v + ",A/" + session + "/L." + v + ",,A/" + session + "/PV." + (v / 10)
                + ",Resolution " + v + " : resolution / adopted by the General Assembly,,,," + (v == 0 ? yes + 1 + ".0,0.0" : yes + ".0,1.0")
                + ",1.0,1.0," + STATES + ".0,https://digitallibrary.un.org/record/" + id + "\n";
        for (int s = 0; s < STATES; s++) {
          String vote = s < yes ? "Y" : s == yes ? "N" : s == yes + 1 ? "A" : "X";
          if (v == 0 && s == 1) {
            vote = "Q"; // an unknown code on line 3
          }
          out.write(id + "," + codes.get(s) + ",STATE " + s + "," + vote + "," + tail);
        }
      }
    }
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
