package io.github.chancery.json.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chancery.core.dossier.ConsistencyReport;
import io.github.chancery.core.dossier.Dossier;
import io.github.chancery.json.problem.InvalidJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dossiers and consistency reports are read and written in every form a user holds them in, the
 * same in each: text, bytes, a stream and a file, both ways. Each form reads what the others
 * write to the same value, and writes the same bytes.
 */
final class DocumentFormsTest extends SuiteSupport {
  private static final String DOSSIER = fixture("dossiers/records.dossier.json") + "\n";

  @TempDir Path work;

  /** A stream that tells whether it was closed. */
  private static final class Watched extends ByteArrayInputStream {
    boolean closed;

    Watched(byte[] bytes) {
      super(bytes);
    }

    @Override
    public void close() {
      closed = true;
    }
  }

  @Test
  void readsADossierFromTextBytesAStreamAndAFileAlike() throws Exception {
    Path file = Files.writeString(work.resolve("records.dossier.json"), DOSSIER, StandardCharsets.UTF_8);
    Watched stream = new Watched(DOSSIER.getBytes(StandardCharsets.UTF_8));

    Dossier fromStream = JSON.readDossier(stream);

    assertThat(stream.closed).as("the stream is closed").isTrue();
    assertThat(fromStream.size()).isEqualTo(RECORD_FIXTURES.size());
    assertThat(JSON.readDossier(DOSSIER).records()).isEqualTo(fromStream.records());
    assertThat(JSON.readDossier("\uFEFF" + DOSSIER).records()).as("after a byte order mark").isEqualTo(fromStream.records());
    assertThat(JSON.readDossier(DOSSIER.getBytes(StandardCharsets.UTF_16)).records()).isEqualTo(fromStream.records());
    assertThat(JSON.readDossier(file).records()).isEqualTo(fromStream.records());
  }

  @Test
  void writesADossierAsTextBytesToAStreamAndToAFileAlike() throws Exception {
    Dossier dossier = JSON.readDossier(DOSSIER);
    Path file = work.resolve("written.dossier.json");
    ByteArrayOutputStream stream = new ByteArrayOutputStream();

    JSON.writeDossier(dossier, file);
    JSON.writeDossier(dossier, stream);

    assertThat(JSON.writeDossier(dossier)).isEqualTo(DOSSIER);
    assertThat(JSON.writeDossierBytes(dossier)).isEqualTo(DOSSIER.getBytes(StandardCharsets.UTF_8));
    assertThat(stream.toString(StandardCharsets.UTF_8)).isEqualTo(DOSSIER);
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(DOSSIER);
  }

  @Test
  void refusesABadDossierInEveryFormWithTheSameProblems() throws Exception {
    String bad = fixture("dossiers/bad-records.dossier.json");
    Path file = Files.writeString(work.resolve("bad.dossier.json"), bad, StandardCharsets.UTF_8);
    List<String> fromStream = pathsAndRules(() -> JSON.readDossier(new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8))));

    assertThat(fromStream).isNotEmpty();
    assertThat(pathsAndRules(() -> JSON.readDossier(bad))).isEqualTo(fromStream);
    assertThat(pathsAndRules(() -> JSON.readDossier(bad.getBytes(StandardCharsets.UTF_8)))).isEqualTo(fromStream);
    assertThat(pathsAndRules(() -> JSON.readDossier(file))).isEqualTo(fromStream);
  }

  @Test
  void skipsTheBadRecordsOfADossierFileAsOfADossierStream() throws Exception {
    String bad = fixture("dossiers/bad-records.dossier.json");
    Path file = Files.writeString(work.resolve("bad.dossier.json"), bad, StandardCharsets.UTF_8);
    List<InvalidJson> fromStream = new ArrayList<>();
    List<InvalidJson> fromFile = new ArrayList<>();

    Dossier streamed = JSON.readDossier(new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8)), fromStream::add);
    Dossier filed = JSON.readDossier(file, fromFile::add);

    assertThat(filed.records()).isEqualTo(streamed.records());
    assertThat(fromFile).extracting(InvalidJson::problems).isNotEmpty().isEqualTo(fromStream.stream().map(InvalidJson::problems).collect(java.util.stream.Collectors.toList()));
  }

  @Test
  void collectsAnNdjsonFileIntoADossierAsAnNdjsonStream() throws Exception {
    String ndjson = fixture("streams/mixed.ndjson") + "\n";
    Path file = Files.writeString(work.resolve("mixed.ndjson"), ndjson, StandardCharsets.UTF_8);

    assertThat(JSON.readDossierNdjson(file).records())
        .isNotEmpty()
        .isEqualTo(JSON.readDossierNdjson(new ByteArrayInputStream(ndjson.getBytes(StandardCharsets.UTF_8))).records());
  }

  @Test
  void writesAndReadsAConsistencyReportInEveryForm() throws Exception {
    ConsistencyReport report = JSON.readDossier(fixture("dossiers/records.dossier.json")).check();
    String text = JSON.writeReport(report);
    Path file = work.resolve("report.json");
    ByteArrayOutputStream stream = new ByteArrayOutputStream();

    JSON.writeReport(report, file);
    JSON.writeReport(report, stream);

    assertThat(JSON.writeReportBytes(report)).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
    assertThat(stream.toString(StandardCharsets.UTF_8)).isEqualTo(text);
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(text);
    for (ConsistencyReport back :
        List.of(
            JSON.readReport(text),
            JSON.readReport(text.getBytes(StandardCharsets.UTF_8)),
            JSON.readReport((InputStream) new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))),
            JSON.readReport(file))) {
      assertThat(back.findings()).isEqualTo(report.findings());
      assertThat(back.errorCount()).isEqualTo(report.errorCount());
      assertThat(back.warningCount()).isEqualTo(report.warningCount());
    }
  }

  @Test
  void anExactRoundTripOfADossierAndOfItsReportGivesEqualValues() throws Exception {
    Dossier dossier = JSON.readDossier(fixture("dossiers/records.dossier.json"));
    ConsistencyReport report = dossier.check();

    assertThat(JSON.readDossier(JSON.writeDossier(dossier))).isEqualTo(dossier).hasSameHashCodeAs(dossier);
    assertThat(JSON.readReport(JSON.writeReport(report))).isEqualTo(report).hasSameHashCodeAs(report);
    assertThat(dossier.toString()).startsWith("Dossier of " + dossier.size() + " records: ").doesNotContain("@");
  }

  @Test
  void refusesAReportWhoseFindingIsNotOneOfTheLibrarysInEveryForm() throws Exception {
    String bad = "{\"errors\":1,\"warnings\":0,\"findings\":[{\"severity\":\"error\",\"code\":\"no-such-code\",\"record_id\":\"v\",\"path\":\"records[0]\",\"message\":\"m\"}]}";
    Path file = Files.writeString(work.resolve("bad-report.json"), bad, StandardCharsets.UTF_8);
    List<String> fromText = pathsAndRules(() -> JSON.readReport(bad));

    assertThat(fromText).containsExactly("$.findings[0].code unknown-type");
    assertThat(pathsAndRules(() -> JSON.readReport(bad.getBytes(StandardCharsets.UTF_8)))).isEqualTo(fromText);
    assertThat(pathsAndRules(() -> JSON.readReport(file))).isEqualTo(fromText);
  }
}
