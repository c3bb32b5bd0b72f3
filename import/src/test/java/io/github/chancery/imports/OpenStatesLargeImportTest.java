package io.github.chancery.imports;

import static org.assertj.core.api.Assertions.assertThat;

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
 * A generated Open States session of one chamber with 2,000 vote events of 500 voters each,
 * 1,000,000 rows of vote_people (the last 50 voters without a voter id), imported onto an NDJSON
 * record stream with the heap capped at 64 MB (the {@code constant-memory} Surefire execution).
 */
@Tag("constant-memory")
final class OpenStatesLargeImportTest {
  private static final int VOTERS = 500;
  private static final int WITH_ID = 450;
  private static final int EVENTS = 2_000;
  private static final String[] OPTIONS = {"yes", "no", "not voting", "excused"};

  @TempDir Path folder;

  @Test
  void aMillionBallotsAreStreamedInA64MegabyteHeap() throws IOException {
    List<Path> files = generate();
    Counting counted = new Counting();
    ImportResult imported;
    try (RecordWriter out = ChanceryJson.strict().writeNdjson(counted)) {
      imported = OpenStates.importer().stream(files, out, ImportProgress.printingTo(System.err));
    }
    assertThat(Runtime.getRuntime().maxMemory()).isLessThanOrEqualTo(64L * 1024 * 1024);
    assertThat(imported.dossier()).isEmpty();
    assertThat(imported.rowsRead()).isEqualTo(EVENTS + 2L * EVENTS + (long) EVENTS * VOTERS);
    // the source, the chamber, the session, the voters with an id, and per event a motion and a vote
    assertThat(imported.recordsImported()).isEqualTo(3L + WITH_ID + 2L * EVENTS);
    assertThat(counted.lines).isEqualTo(imported.recordsImported());
    assertThat(imported.warnings()).isEmpty();
    assertThat(imported.report().errorCount()).isZero();
  }

  private List<Path> generate() throws IOException {
    Path votes = folder.resolve("XX_2025_votes.csv");
    Path counts = folder.resolve("XX_2025_vote_counts.csv");
    Path people = folder.resolve("XX_2025_vote_people.csv");
    LocalDate day = LocalDate.of(2025, 1, 6);
    try (BufferedWriter v = Files.newBufferedWriter(votes, StandardCharsets.UTF_8);
        BufferedWriter c = Files.newBufferedWriter(counts, StandardCharsets.UTF_8);
        BufferedWriter p = Files.newBufferedWriter(people, StandardCharsets.UTF_8)) {
      v.write(OpenStatesQuirksTest.VOTES + "\n");
      c.write(OpenStatesQuirksTest.COUNTS + "\n");
      p.write(OpenStatesQuirksTest.PEOPLE + "\n");
      for (int e = 0; e < EVENTS; e++) {
        String event = "ocd-vote/" + e;
        v.write(event + ",,PASSAGE," + "[]," + day.plusDays(e / 10) + ",pass,ocd-organization/lower,,,Statia,2025\n");
        c.write("y" + e + "," + event + ",yes," + (VOTERS / 4) + "\n");
        c.write("n" + e + "," + event + ",no," + (VOTERS / 4) + "\n");
        for (int m = 0; m < VOTERS; m++) {
          p.write("p" + e + "-" + m + "," + event + "," + OPTIONS[m % 4] + ",MEMBER " + m + ","
              + (m < WITH_ID ? "ocd-person/" + m : "") + ",\n");
        }
      }
    }
    return List.of(votes, counts, people);
  }

  /** Counts the lines of an NDJSON stream, keeping none. */
  static final class Counting extends OutputStream {
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
