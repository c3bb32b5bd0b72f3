package io.github.chancery.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chancery.json.ChanceryJson;
import io.github.chancery.json.format.RecordWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated scrape of one chamber's session, 2,000 vote event files of 500 voters each (the last
 * 50 named by the scrapers' pseudo id of the name), 1,000,000 ballots, imported from its folder
 * onto an NDJSON record stream with the heap capped at 64 MB (the {@code constant-memory} Surefire
 * execution), one file at a time.
 */
@Tag("constant-memory")
final class OpenStatesJsonLargeImportTest {
  private static final int VOTERS = 500;
  private static final int WITH_ID = 450;
  private static final int EVENTS = 2_000;
  private static final String[] OPTIONS = {"yes", "no", "not voting", "excused"};

  @TempDir Path folder;

  @Test
  void aMillionBallotsInTwoThousandFilesAreStreamedInA64MegabyteHeap() throws IOException {
    generate();
    OpenStatesLargeImportTest.Counting counted = new OpenStatesLargeImportTest.Counting();
    ImportResult imported;
    try (RecordWriter out = ChanceryJson.strict().writeNdjson(counted)) {
      imported = OpenStatesJson.importer().stream(folder, out, ImportProgress.printingTo(System.err));
    }
    assertThat(Runtime.getRuntime().maxMemory()).isLessThanOrEqualTo(64L * 1024 * 1024);
    assertThat(imported.dossier()).isEmpty();
    // the jurisdiction's object, and each vote event's with its ballots and two counts
    assertThat(imported.rowsRead()).isEqualTo(1 + EVENTS * (1L + VOTERS + 2));
    // the source, the chamber, the session, the voters with an id, and per event a motion and a vote
    assertThat(imported.recordsImported()).isEqualTo(3L + WITH_ID + 2L * EVENTS);
    assertThat(counted.lines).isEqualTo(imported.recordsImported());
    assertThat(imported.warnings()).isEmpty();
    assertThat(imported.report().errorCount()).isZero();
  }

  private void generate() throws IOException {
    Files.writeString(folder.resolve("jurisdiction_ocd-jurisdiction-country-us-state-xx-government.json"),
        "{\"_id\": \"ocd-jurisdiction/country:us/state:xx/government\", \"name\": \"Statia\", \"legislative_sessions\": "
            + "[{\"identifier\": \"2025\", \"name\": \"2025\", \"start_date\": \"2025-01-06\", \"end_date\": \"2025-12-31\"}]}");
    LocalDate day = LocalDate.of(2025, 1, 6);
    for (int e = 0; e < EVENTS; e++) {
      Path file = folder.resolve(String.format("vote_event_%08d-0a1d-11f0-9c2e-0242ac120002.json", e));
      try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        out.write("{\"_id\": \"" + e + "\", \"identifier\": \"V" + e + "\", \"motion_text\": \"Passage\", \"start_date\": \""
            + day.plusDays(e / 10) + "\", \"result\": \"pass\", \"organization\": \"~{\\\"classification\\\": \\\"lower\\\"}\", "
            + "\"legislative_session\": \"2025\", \"bill\": null, \"bill_identifier\": \"\", \"votes\": [\n");
        for (int m = 0; m < VOTERS; m++) {
          out.write((m == 0 ? "" : ",\n") + "{\"option\": \"" + OPTIONS[m % 4] + "\", \"voter_name\": \"MEMBER " + m
              + "\", \"voter_id\": " + (m < WITH_ID ? "\"ocd-person/" + m + "\"" : "\"~{\\\"name\\\": \\\"MEMBER " + m + "\\\"}\"")
              + "}");
        }
        out.write("],\n\"counts\": [{\"option\": \"yes\", \"value\": " + VOTERS / 4 + "}, {\"option\": \"no\", \"value\": "
            + VOTERS / 4 + "}]}\n");
      }
    }
  }
}
