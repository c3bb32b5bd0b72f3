package io.github.chancery.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chancery.core.code.CountryCode;
import io.github.chancery.json.ChanceryJson;
import io.github.chancery.json.format.RecordWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated {@code unvotes} tables: 5,300 roll calls from 1990 to 2019 with an issue each, and
 * 190 countries' votes on each (YU among them, read by date), 1,007,000 ballots, imported onto an
 * NDJSON record stream with the heap capped at 64 MB (the {@code constant-memory} Surefire
 * execution), progress on stderr. One row has a vote the package does not have.
 */
@Tag("constant-memory")
final class UnvotesLargeImportTest {
  private static final int ROLL_CALLS = 5_300;
  private static final int COUNTRIES = 190;

  @TempDir Path folder;

  @Test
  void aMillionBallotsAreStreamedInA64MegabyteHeap() throws IOException {
    List<String> codes = new ArrayList<>(List.of("YU"));
    codes.addAll(CountryCode.currentCodes().stream().map(CountryCode::code).filter(c -> c.length() == 2)
        .filter(c -> !c.equals("RS") && !c.equals("CS")).sorted().limit(COUNTRIES - 1).collect(Collectors.toList()));
    assertThat(codes).hasSize(COUNTRIES);
    Path votes = folder.resolve("un_votes.csv");
    Path rollCalls = folder.resolve("un_roll_calls.csv");
    Path issues = folder.resolve("un_roll_call_issues.csv");
    LocalDate day = LocalDate.of(1990, 1, 1);
    try (BufferedWriter v = Files.newBufferedWriter(votes, StandardCharsets.UTF_8);
        BufferedWriter r = Files.newBufferedWriter(rollCalls, StandardCharsets.UTF_8);
        BufferedWriter i = Files.newBufferedWriter(issues, StandardCharsets.UTF_8)) {
      v.write("rcid,country,country_code,vote\n");
      r.write("rcid,session,importantvote,date,unres,amend,para,short,descr\n");
      i.write("rcid,short_name,issue\n");
      for (int n = 1; n <= ROLL_CALLS; n++) {
        int session = 44 + n / 180;
        r.write(n + "," + session + ",0," + day.plusDays(2L * n) + ",A/RES/" + session + "/" + n + ",0,0,SHORT " + n + ",\"Roll call "
            + n + ", described\"\n");
        i.write(n + ",hr,Human rights\n");
        for (int c = 0; c < COUNTRIES; c++) {
          String vote = n == 1 && c == 1 ? "absent" : c % 3 == 0 ? "no" : c % 3 == 1 ? "yes" : "abstain";
          v.write(n + "," + (codes.get(c).equals("NA") ? "Namibia" : "Country " + codes.get(c)) + "," + codes.get(c) + "," + vote + "\n");
        }
      }
    }
    Counting counted = new Counting();
    ImportResult imported;
    try (RecordWriter out = ChanceryJson.strict().writeNdjson(counted)) {
      imported = Unvotes.importer().stream(List.of(votes, rollCalls, issues), out, ImportProgress.printingTo(System.err));
    }
    assertThat(Runtime.getRuntime().maxMemory()).isLessThanOrEqualTo(64L * 1024 * 1024);
    assertThat(imported.dossier()).isEmpty();
    assertThat(imported.rowsRead()).isEqualTo((long) ROLL_CALLS * (COUNTRIES + 2));
    // the file, the legislature, the states (YU three times), the sessions, and per roll call a motion and a vote
    assertThat(imported.recordsImported()).isGreaterThanOrEqualTo(2L + COUNTRIES + 2L * ROLL_CALLS);
    assertThat(counted.lines).isEqualTo(imported.recordsImported());
    assertThat(imported.warnings()).singleElement().satisfies(w -> {
      assertThat(w.code()).isEqualTo(ImportWarningCode.UNKNOWN_CODE);
      assertThat(w.line()).hasValue(3);
    });
    assertThat(imported.report().errorCount()).isZero();
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
