package io.github.chancery.json.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.chancery.core.dossier.Dossier;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.record.RecordType;
import io.github.chancery.json.ChanceryJsonException;
import io.github.chancery.json.conformance.Fixtures;
import io.github.chancery.json.conformance.SampleRecords;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Jackson 3 reads and writes as the Jackson 2 artifact does, through the one engine: the same
 * bytes for every record, the same problems with the same paths for every invalid document.
 */
final class SameWireFormatTest extends Jackson3TestSupport {
  private static final io.github.chancery.json.ChanceryJson JACKSON2 = io.github.chancery.json.ChanceryJson.strict();

  static Stream<String> recordFixtures() {
    return Fixtures.recordTypesWithAFixture().stream();
  }

  @ParameterizedTest
  @MethodSource("recordFixtures")
  void readsEveryRecordFixtureAndWritesTheSameBytesAsJackson2(String type) throws Exception {
    String document = fixture("records/" + type + ".json");

    ChanceryRecord record = JSON.read(document, ChanceryRecord.class);

    assertThat(record).isEqualTo(JACKSON2.read(document));
    assertThat(JSON.write(record)).isEqualTo(JACKSON2.write(record)).isEqualTo(document);
  }

  @ParameterizedTest
  @EnumSource(RecordType.class)
  void readsASampleOfEveryRecordTypeAndWritesTheSameBytesAsJackson2(RecordType type) throws Exception {
    ChanceryRecord sample = SampleRecords.of(type);
    String document = JACKSON2.write(sample);

    ChanceryRecord record = JSON.read(document, ChanceryRecord.class);

    assertThat(record).isEqualTo(JACKSON2.read(document)).isEqualTo(sample);
    assertThat(JSON.write(record)).isEqualTo(document);
  }

  static Stream<String> invalidFixtures() {
    return Fixtures.list("fixtures/invalid").stream().filter(name -> name.endsWith(".json"));
  }

  @ParameterizedTest
  @MethodSource("invalidFixtures")
  void refusesEveryInvalidFixtureWithTheProblemsJackson2Finds(String file) {
    String document = fixture("invalid/" + file);
    ChanceryJsonException expected =
        catchThrowableOfType(ChanceryJsonException.class, () -> JACKSON2.read(document));

    List<String> found = pathsAndRules(() -> JSON.read(document, ChanceryRecord.class));

    assertThat(found)
        .isEqualTo(expected.problems().stream().map(p -> p.path() + " " + p.code().code()).collect(Collectors.toList()));
  }

  @Test
  void findsThirtyOneInvalidFixtures() throws Exception {
    // Guards the listing above: a build that lost the fixtures would pass the test vacuously.
    assertThat(invalidFixtures()).hasSizeGreaterThanOrEqualTo(31);
  }

  @Test
  void refusesADepthBombWithTheSameMessageAsJackson2() {
    // From the former LimitsTest of this module; the nesting limit itself is the conformance suite's.
    String bomb = "{\"type\":\"vote\",\"id\":\"v\",\"motion_id\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";
    ChanceryJsonException expected = catchThrowableOfType(ChanceryJsonException.class, () -> JACKSON2.read(bomb));

    io.github.chancery.json.jackson3.ChanceryJsonException found = failure(() -> JSON.read(bomb, ChanceryRecord.class));

    assertThat(expected).isNotNull();
    assertThat(found.getMessage()).isEqualTo(expected.getMessage());
  }

  @Test
  void readsADossierDocumentAsJackson2DoesAndWritesItsRecords() throws Exception {
    String document = fixture("dossiers/records.dossier.json");
    Dossier expected = JACKSON2.readDossier(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)));

    Dossier dossier = JSON.read(document, Dossier.class);

    assertThat(dossier.records()).isEqualTo(expected.records());
    assertThat(JSON.read(JSON.write(dossier), Dossier.class).records()).isEqualTo(expected.records());
  }

  @Test
  void refusesADossierWithBadRecordsWithEveryProblemAndItsPath() {
    String document = fixture("dossiers/bad-records.dossier.json");
    ChanceryJsonException expected =
        catchThrowableOfType(
            ChanceryJsonException.class,
            () -> JACKSON2.readDossier(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8))));

    List<String> found = pathsAndRules(() -> JSON.read(document, Dossier.class));

    assertThat(found)
        .isNotEmpty()
        .isEqualTo(expected.problems().stream().map(p -> p.path() + " " + p.code().code()).collect(Collectors.toList()));
  }

  @Test
  void refusesEdgeDocumentsWithTheSameProblemsAndMessagesAsJackson2() {
    String vote = fixture("records/vote.json");
    List<String> documents =
        List.of("null", vote + " {}", vote + " // c", "[" + vote + "]", vote.substring(0, 40), "", "  ", "\"vote\"", vote + "\u0000");
    for (String document : documents) {
      ChanceryJsonException expected = catchThrowableOfType(ChanceryJsonException.class, () -> JACKSON2.read(document, io.github.chancery.core.record.Actor.class));

      io.github.chancery.json.jackson3.ChanceryJsonException found =
          failure(() -> JSON.read(document, io.github.chancery.core.record.Actor.class));

      assertThat(found.problems().stream().map(p -> p.path() + " " + p.code().code() + " " + p.message().replaceAll("column \\d+", "column"))
              .collect(Collectors.toList()))
          .as(document)
          .isEqualTo(expected.problems().stream().map(p -> p.path() + " " + p.code().code() + " " + p.message().replaceAll("column \\d+", "column"))
              .collect(Collectors.toList()));
    }
  }

  @Test
  void theHandedOutMappersRefuseTheTextAroundARecordWithTheSameProblemsAsJackson2() {
    String vote = fixture("records/vote.json");
    com.fasterxml.jackson.databind.ObjectMapper jackson2 = JACKSON2.mapper();
    List<String> documents = List.of("", "  ", vote + " {}", vote + " x", "]" + vote, vote.substring(0, 40), "\"2020\" 1");
    for (String document : documents) {
      Class<?> type = document.startsWith("\"") ? io.github.chancery.core.time.PartialDate.class : io.github.chancery.core.vote.Vote.class;
      ChanceryJsonException expected = catchThrowableOfType(ChanceryJsonException.class, () -> jackson2.readValue(document, type));

      io.github.chancery.json.jackson3.ChanceryJsonException found = failure(() -> JSON.mapper().readValue(document, type));

      assertThat(expected).as(document).isNotNull();
      assertThat(found.problems().stream().map(p -> p.path() + " " + p.code().code() + " " + p.message().replaceAll("column \\d+", "column"))
              .collect(Collectors.toList()))
          .as(document)
          .isEqualTo(expected.problems().stream().map(p -> p.path() + " " + p.code().code() + " " + p.message().replaceAll("column \\d+", "column"))
              .collect(Collectors.toList()));
    }
  }

  // --- streams, dossiers from streams, reports and schemas: the same through either line ---

  private static List<ChanceryRecord> everyRecordFixture() {
    return Fixtures.recordTypesWithAFixture().stream()
        .map(type -> JSON.read(fixture("records/" + type + ".json"), ChanceryRecord.class))
        .collect(Collectors.toList());
  }

  private static ByteArrayInputStream bytes(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void writesTheSameNdjsonAndArrayStreamsAsJackson2AndReadsThemBack() throws Exception {
    List<ChanceryRecord> records = everyRecordFixture();
    for (boolean ndjson : new boolean[] {true, false}) {
      java.io.ByteArrayOutputStream jackson3 = new java.io.ByteArrayOutputStream();
      java.io.ByteArrayOutputStream jackson2 = new java.io.ByteArrayOutputStream();
      try (io.github.chancery.json.format.RecordWriter three = ndjson ? JSON.writeNdjson(jackson3) : JSON.writeArray(jackson3);
          io.github.chancery.json.format.RecordWriter two = ndjson ? JACKSON2.writeNdjson(jackson2) : JACKSON2.writeArray(jackson2)) {
        for (ChanceryRecord record : records) {
          three.write(record);
          two.write(record);
        }
      }

      assertThat(jackson3.toString(StandardCharsets.UTF_8)).as(ndjson ? "NDJSON" : "array").isEqualTo(jackson2.toString(StandardCharsets.UTF_8));
      try (io.github.chancery.json.format.RecordReader back =
          ndjson ? JSON.readNdjson(new ByteArrayInputStream(jackson3.toByteArray())) : JSON.readArray(new ByteArrayInputStream(jackson3.toByteArray()))) {
        assertThat(back.stream()).containsExactlyElementsOf(records);
      }
    }
  }

  /** Each record a stream skipped: its index, line, and problems as {@code path rule}. */
  private static List<String> skipped(List<? extends io.github.chancery.json.problem.InvalidJson> bad) {
    return bad.stream()
        .map(e -> e.recordIndex() + " " + e.line() + " " + e.problems().stream().map(p -> p.path() + " " + p.code().code() + " " + p.message()).collect(Collectors.toList()))
        .collect(Collectors.toList());
  }

  @Test
  void skipsTheSameBadRecordsOfAStreamAsJackson2WithTheSameIndexLineAndProblems() throws Exception {
    for (String file : List.of("streams/with-bad-records.ndjson", "streams/with-bad-record.json")) {
      String text = fixture(file);
      boolean ndjson = file.endsWith(".ndjson");
      List<io.github.chancery.json.jackson3.ChanceryJsonException> three = new java.util.ArrayList<>();
      List<io.github.chancery.json.ChanceryJsonException> two = new java.util.ArrayList<>();
      List<ChanceryRecord> read3;
      List<ChanceryRecord> read2;
      try (io.github.chancery.json.format.RecordReader reader = ndjson ? JSON.readNdjson(bytes(text), three::add) : JSON.readArray(bytes(text), three::add)) {
        read3 = reader.stream().collect(Collectors.toList());
      }
      try (io.github.chancery.json.format.RecordReader reader = ndjson ? JACKSON2.readNdjson(bytes(text), two::add) : JACKSON2.readArray(bytes(text), two::add)) {
        read2 = reader.stream().collect(Collectors.toList());
      }

      assertThat(read3).as(file).isNotEmpty().isEqualTo(read2);
      assertThat(skipped(three)).as(file).isNotEmpty().isEqualTo(skipped(two));
    }
  }

  @Test
  void stopsAMalformedArrayWhereJackson2Stops() throws Exception {
    String text = fixture("streams/malformed.json");
    List<String> three = new java.util.ArrayList<>();
    List<String> two = new java.util.ArrayList<>();
    try (io.github.chancery.json.format.RecordReader reader = JSON.readArray(bytes(text))) {
      Throwable stop = catchThrowable(() -> reader.stream().forEach(record -> three.add(record.id())));
      three.add(skipped(List.of((io.github.chancery.json.jackson3.ChanceryJsonException) stop)).toString());
    }
    try (io.github.chancery.json.format.RecordReader reader = JACKSON2.readArray(bytes(text))) {
      Throwable stop = catchThrowable(() -> reader.stream().forEach(record -> two.add(record.id())));
      two.add(skipped(List.of((io.github.chancery.json.ChanceryJsonException) stop.getCause())).toString());
    }

    assertThat(three).hasSizeGreaterThan(1).isEqualTo(two);
  }

  @Test
  void readsAndWritesDossierDocumentsFromStreamsAsJackson2() throws Exception {
    String document = fixture("dossiers/records.dossier.json");

    Dossier dossier = JSON.readDossier(bytes(document));

    assertThat(dossier.records()).isEqualTo(JACKSON2.readDossier(bytes(document)).records());
    assertThat(JSON.writeDossier(dossier)).isEqualTo(JACKSON2.writeDossier(dossier)).isEqualTo(document + "\n");
    assertThat(JSON.readDossierNdjson(bytes(fixture("streams/mixed.ndjson"))).records())
        .isEqualTo(JACKSON2.readDossierNdjson(bytes(fixture("streams/mixed.ndjson"))).records());
  }

  @Test
  void skipsTheSameBadRecordsOfADossierAsJackson2() throws Exception {
    String document = fixture("dossiers/bad-records.dossier.json");
    List<io.github.chancery.json.jackson3.ChanceryJsonException> three = new java.util.ArrayList<>();
    List<io.github.chancery.json.ChanceryJsonException> two = new java.util.ArrayList<>();

    Dossier dossier = JSON.readDossier(bytes(document), three::add);

    assertThat(dossier.records()).isEqualTo(JACKSON2.readDossier(bytes(document), two::add).records());
    assertThat(skipped(three)).isNotEmpty().isEqualTo(skipped(two));
    List<String> duplicate = pathsAndRules(() -> JSON.readDossierNdjson(bytes(fixture("dossiers/duplicate-ids.ndjson"))));
    io.github.chancery.json.ChanceryJsonException expected =
        catchThrowableOfType(io.github.chancery.json.ChanceryJsonException.class, () -> JACKSON2.readDossierNdjson(bytes(fixture("dossiers/duplicate-ids.ndjson"))));
    assertThat(duplicate).isEqualTo(expected.problems().stream().map(p -> p.path() + " " + p.code().code()).collect(Collectors.toList()));
  }

  @Test
  void writesTheSameConsistencyReportAsJackson2() throws Exception {
    Dossier dossier = JSON.readDossier(bytes(fixture("dossiers/records.dossier.json")));
    io.github.chancery.core.dossier.ConsistencyReport report = dossier.check();

    assertThat(JSON.writeReport(report)).isEqualTo(JACKSON2.writeReport(report));
    assertThat(JSON.read(JSON.writeReport(report), io.github.chancery.core.dossier.ConsistencyReport.class).findings())
        .isEqualTo(report.findings());
  }

  @Test
  void shipsTheSameSchemasAsJackson2FromTheEngine() throws Exception {
    // One set of schema files, in the engine, which both lines bring.
    try (InputStream vote = io.github.chancery.json.schema.RecordSchemas.open("vote.schema.json")) {
      assertThat(new String(vote.readAllBytes(), StandardCharsets.UTF_8))
          .isEqualTo(io.github.chancery.json.schema.RecordSchemas.generate().get("vote.schema.json"));
    }
    assertThat(io.github.chancery.json.schema.RecordSchemas.class.getModule().getName())
        .isIn("io.github.chancery.json.engine", null); // named on the module path, unnamed on the class path
    assertThat(io.github.chancery.json.schema.RecordSchemas.class.getProtectionDomain().getCodeSource().getLocation().toString())
        .contains("json-engine");
  }
}
