package io.github.chancery.json.internal;

import static io.github.chancery.json.internal.Fixtures.pathsAndRules;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.chancery.core.dossier.Dossier;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.record.RecordType;
import io.github.chancery.core.validation.ViolationCode;
import io.github.chancery.json.problem.JsonProblem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

final class DossierDocumentTest {
  private static final String STATE = Fixtures.record("state");
  private static final String SOURCE = Fixtures.record("source");

  private final ReadContext document = ReadContext.strict();

  private Dossier read(String json) throws IOException {
    return read(json, null, null);
  }

  private Dossier read(String json, Consumer<JsonProblem> ignored, DossierDocument.BadRecords badRecords) throws IOException {
    TokenReader in = TestTokens.of(json);
    in.next();
    Dossier dossier = DossierDocument.readDossier(in, document, ignored, badRecords);
    assertThat(in.next()).as("the reader is left on the document's last token").isNull();
    return dossier;
  }

  private static String document(String... records) {
    return "{\"format\":\"chancery-dossier\",\"version\":1,\"records\":[" + String.join(",", records) + "]}";
  }

  private interface Writing {
    void write(TokenWriter out) throws IOException;
  }

  private static String written(Writing writing) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TestWriter out = new TestWriter(bytes)) {
      writing.write(out);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void readsADossierOfEveryRecordTypeAndLaysItOutToTheSameBytes() throws IOException {
    String file = Fixtures.text("dossiers/records.dossier.json");

    Dossier dossier = read(file);

    assertThat(dossier.records()).extracting(ChanceryRecord::recordType).containsExactlyElementsOf(Fixtures.recordTypes());
    assertThat(written(out -> DossierDocument.writeLaidOut(out, dossier))).isEqualTo(file);
  }

  @Test
  void laysOutEachRecordOnItsOwnLineAndANoRecordDossierOnOne() throws IOException {
    Dossier two = read(document(STATE, SOURCE));

    assertThat(written(out -> DossierDocument.writeLaidOut(out, two)))
        .isEqualTo("{\"format\":\"chancery-dossier\",\"version\":1,\"records\":[\n" + STATE + ",\n" + SOURCE + "\n]}\n");
    assertThat(written(out -> DossierDocument.writeLaidOut(out, Dossier.builder().build())))
        .isEqualTo("{\"format\":\"chancery-dossier\",\"version\":1,\"records\":[]}\n");
  }

  @Test
  void writesADossierOnOneLineThatReadsBackToTheSameRecords() throws IOException {
    Dossier dossier = read(Fixtures.text("dossiers/records.dossier.json"));

    String oneLine = written(out -> DossierDocument.writeDossier(out, dossier));

    assertThat(oneLine).doesNotContain("\n").startsWith("{\"format\":\"chancery-dossier\",\"version\":1,\"records\":[{\"type\":\"state\"");
    assertThat(oneLine).isEqualTo(Fixtures.text("dossiers/records.dossier.json").replace("\n", ""));
    assertThat(read(oneLine).records()).isEqualTo(dossier.records());
  }

  @Test
  void reportsEveryBadRecordAsAProblemOfTheDocumentWithItsPath() throws IOException {
    assertThat(read(Fixtures.text("dossiers/bad-records.dossier.json"))).isNull();

    assertThat(pathsAndRules(document.problems())).containsExactly("$.records[1].counts[1].value negative", "$.records[3].motion_id required");
    assertThat(document.problems()).extracting(p -> p.recordId().orElse(null)).containsExactly("vote-1", "vote-2");
  }

  @Test
  void skipsBadRecordsAndDuplicateIdsTellingEachWithItsIndex() throws IOException {
    Map<Integer, List<String>> skipped = new TreeMap<>();

    Dossier dossier = read(Fixtures.text("dossiers/bad-records.dossier.json"), null, (index, problems) -> skipped.put(index, pathsAndRules(problems)));

    assertThat(document.problems()).isEmpty();
    assertThat(dossier.records()).extracting(ChanceryRecord::id).containsExactly("state-xk");
    assertThat(skipped).containsExactly(
        Map.entry(1, List.of("$.records[1].counts[1].value negative")),
        Map.entry(2, List.of("$.records[2].id duplicate")),
        Map.entry(3, List.of("$.records[3].motion_id required")));
  }

  @Test
  void refusesARecordWhoseIdAnEarlierOneHas() throws IOException {
    assertThat(read(Fixtures.text("dossiers/duplicate-ids.dossier.json"))).isNull();

    assertThat(document.problems()).containsExactly(
        JsonProblem.of(ViolationCode.DUPLICATE, "$.records[2].id", "id 'state-xk' is already used by records[0]", "state-xk"));
  }

  @Test
  void refusesAFormatOrVersionItCannotRead() throws IOException {
    assertThat(read("{\"format\":\"chancery-archive\",\"version\":2,\"records\":[]}")).isNull();
    assertThat(document.problems()).extracting(JsonProblem::toString).containsExactly(
        "$.format: expected the format \"chancery-dossier\" [unsupported-version]",
        "$.version: version 2 is not supported; this library reads version 1 [unsupported-version]");
  }

  @Test
  void refusesAFormatOrVersionOfTheWrongJsonType() throws IOException {
    assertThat(read("{\"format\":1,\"version\":\"1\",\"records\":{}}")).isNull();

    assertThat(document.problems()).extracting(JsonProblem::toString).containsExactly(
        "$.format: expected the format \"chancery-dossier\" [unsupported-version]",
        "$.version: expected an integer [wrong-type]",
        "$.records: expected an array of records [wrong-type]");
  }

  @Test
  void refusesUnknownOrRepeatedTopLevelPropertiesAndMissingOnes() throws IOException {
    assertThat(read("{\"format\":\"chancery-dossier\",\"format\":\"chancery-dossier\",\"title\":\"x\"}")).isNull();

    assertThat(pathsAndRules(document.problems())).containsExactly(
        "$.format duplicate-key", "$.title unknown-property", "$.version required", "$.records required");
  }

  @Test
  void readingLenientlyTellsTheListenerOfUnknownPropertiesOfTheDocumentAndItsRecords() throws IOException {
    List<JsonProblem> told = new ArrayList<>();
    ReadContext lenient = new ReadContext(told::add);
    TokenReader in = TestTokens.of("{\"format\":\"chancery-dossier\",\"title\":\"x\",\"version\":1,\"records\":["
        + STATE.replace("\"country_code\"", "\"colour\":1,\"country_code\"") + "]}");
    in.next();

    Dossier dossier = DossierDocument.DOSSIER.read(in, lenient);

    assertThat(dossier.size()).isEqualTo(1);
    assertThat(lenient.problems()).isEmpty();
    assertThat(told).extracting(p -> p.path() + " " + p.recordId().orElse("-")).containsExactly("$.title -", "$.records[0].colour state-xk");
  }

  @Test
  void refusesADocumentThatIsNotAnObject() throws IOException {
    assertThat(read("[" + STATE + "]")).isNull();

    assertThat(document.problems()).extracting(JsonProblem::toString).containsExactly("$: expected a dossier object, found an array [wrong-type]");
  }

  @Test
  void readsTheRecordsOfADossierWhateverTheOrderOfItsProperties() throws IOException {
    Dossier dossier = read("{\"records\":[" + STATE + "],\"version\":1,\"format\":\"chancery-dossier\"}");

    assertThat(dossier.records()).extracting(ChanceryRecord::id).containsExactly("state-xk");
  }
}
