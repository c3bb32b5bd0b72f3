package io.github.chancery.json.format;

import static io.github.chancery.json.format.Streams.readAll;
import static io.github.chancery.json.internal.Fixtures.pathsAndRules;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.chancery.core.dossier.ConsistencyReport;
import io.github.chancery.core.dossier.Dossier;
import io.github.chancery.core.dossier.Finding;
import io.github.chancery.core.dossier.FindingCode;
import io.github.chancery.core.record.Actor;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.record.RecordType;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.validation.ViolationCode;
import io.github.chancery.core.vote.Count;
import io.github.chancery.core.vote.Vote;
import io.github.chancery.core.vote.VoteOption;
import io.github.chancery.json.internal.Fixtures;
import io.github.chancery.json.internal.TestJsonException;
import io.github.chancery.json.limits.ReadLimits;
import io.github.chancery.json.problem.JsonProblem;
import io.github.chancery.json.problem.JsonRule;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

final class AbstractChanceryJsonTest {
  private static final TestChanceryJson JSON = TestChanceryJson.STRICT;
  private static final String STATE = Fixtures.record("state");
  private static final String VOTE = Fixtures.record("vote");

  static TestJsonException failure(ThrowingCallable reading) {
    TestJsonException failure = catchThrowableOfType(TestJsonException.class, reading);
    assertThat(failure).as("the line's exception").isNotNull();
    return failure;
  }

  private static String bytesOf(Object value) {
    return JSON.write(value);
  }

  // --- one document ---

  @Test
  void readsARecordOfAnyTypeOrOfTheTypeAsked() throws Exception {
    assertThat(JSON.read(VOTE)).isInstanceOf(Vote.class);
    assertThat(JSON.read(VOTE, Vote.class).id()).isEqualTo("vote-un-ga-1");
    assertThat(JSON.read(STATE, Actor.class).id()).isEqualTo("state-xk");
    assertThat(pathsAndRules(failure(() -> JSON.read(STATE, Vote.class)).problems())).containsExactly("$.type unknown-type");
  }

  @Test
  void readsBytesAndStreamsSkippingAByteOrderMarkAndLeavesAStreamOpen() throws Exception {
    Streams.Closing in = Streams.text("\uFEFF" + VOTE);

    assertThat(JSON.read(("\uFEFF" + VOTE).getBytes(StandardCharsets.UTF_8), Vote.class)).isEqualTo(JSON.read(VOTE));
    assertThat(JSON.read("\uFEFF" + VOTE, Vote.class)).isEqualTo(JSON.read(VOTE));
    assertThat(JSON.read(in, Vote.class)).isEqualTo(JSON.read(VOTE));
    assertThat(in.closed).isFalse();
  }

  @Test
  void listsEveryProblemOfADocumentInTheLinesExceptionNamingTheRecord() {
    TestJsonException failure = failure(() -> JSON.read("{\"type\":\"vote\",\"id\":\"vote-1\",\"colour\":1}"));

    assertThat(failure.problems()).extracting(JsonProblem::toString)
        .containsExactly("$.colour: is not a property of this object [unknown-property]", "$.motion_id: is required [required]");
    assertThat(failure.recordId()).hasValue("vote-1");
    assertThat(failure.recordIndex()).isEmpty();
    assertThat(failure.line()).isEmpty();
    assertThat(failure).hasMessage(
        "Invalid JSON of record 'vote-1': $.colour: is not a property of this object [unknown-property]; $.motion_id: is required [required]");
  }

  @Test
  void aDocumentThatIsEmptyMalformedOrFollowedByMoreIsOneProblem() {
    assertThat(failure(() -> JSON.read("")).problems()).extracting(JsonProblem::toString).containsExactly("$: the document is empty [malformed-json]");
    assertThat(failure(() -> JSON.read("{\"type\":")).problems()).extracting(JsonProblem::toString)
        .containsExactly("$.type: the text ends before the JSON value is complete (line 1, column 9) [malformed-json]");
    assertThat(pathsAndRules(failure(() -> JSON.read(STATE + STATE)).problems())).containsExactly("$ trailing-tokens");
    assertThat(pathsAndRules(failure(() -> JSON.read("null", PartialDate.class)).problems())).containsExactly("$ wrong-type");
  }

  @Test
  void bytesInNoEncodingAreAProblemOfTheDocument() {
    TestJsonException failure = failure(() -> JSON.read(new byte[] {'{', (byte) 0xFF, '}'}, Vote.class));

    assertThat(failure.problems()).extracting(JsonProblem::toString)
        .containsExactly("$: the text is not in a JSON encoding (UTF-8, UTF-16 or UTF-32) [malformed-json]");
  }

  @Test
  void refusesADocumentLongerThanItsLimit() {
    TestChanceryJson limited = TestChanceryJson.limited(ReadLimits.defaults().withMaxDocumentLength(50));

    assertThat(failure(() -> limited.read(VOTE)).problems()).extracting(JsonProblem::code).containsExactly(JsonRule.LIMIT_EXCEEDED);
    assertThat(limited.limits().maxDocumentLength()).isEqualTo(50);
  }

  @Test
  void readsValuesPartsDossiersAndReports() throws Exception {
    assertThat(JSON.read("\"2020-12\"", PartialDate.class)).isEqualTo(PartialDate.of(2020, 12));
    assertThat(JSON.read("{\"option\":\"yes\",\"value\":2}", Count.class)).isEqualTo(Count.of(VoteOption.YES, 2));
    assertThat(JSON.read(Fixtures.text("dossiers/records.dossier.json"), Dossier.class).size()).isEqualTo(Fixtures.recordTypes().size());
    assertThat(JSON.read("{\"errors\":0,\"warnings\":0,\"findings\":[]}", ConsistencyReport.class).hasErrors()).isFalse();
  }

  @Test
  void aTypeTheLinesMapperRefusesFailsWithTheMappersOwnException() {
    assertThatThrownBy(() -> JSON.read("{}", Thread.class))
        .isInstanceOf(UncheckedIOException.class)
        .hasRootCauseMessage("the test syntax has no mapper for Thread");
    assertThatThrownBy(() -> JSON.read(Streams.text("{}"), Thread.class))
        .isExactlyInstanceOf(IOException.class)
        .hasMessage("the test syntax has no mapper for Thread");
  }

  @Test
  void readingLenientlyTellsTheListenerAndReadsTheRecord() throws Exception {
    List<JsonProblem> told = new ArrayList<>();
    TestChanceryJson lenient = TestChanceryJson.lenient(told::add);

    ChanceryRecord read = lenient.read(STATE.replace("\"country_code\"", "\"colour\":\"red\",\"country_code\""));

    assertThat(read).isEqualTo(JSON.read(STATE));
    assertThat(told).containsExactly(JsonProblem.of(JsonRule.UNKNOWN_PROPERTY, "$.colour", "unknown property ignored", "state-xk"));
  }

  // --- writing ---

  @Test
  void writesRecordsValuesAndPartsInTheirCanonicalForm() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JSON.write(JSON.read(VOTE), out);

    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(VOTE);
    assertThat(JSON.writeBytes(JSON.read(VOTE))).isEqualTo(VOTE.getBytes(StandardCharsets.UTF_8));
    assertThat(bytesOf(PartialDate.of(2020, 12))).isEqualTo("\"2020-12\"");
    assertThat(bytesOf(Count.of(VoteOption.NO, 1))).isEqualTo("{\"option\":\"no\",\"value\":1}");
  }

  @Test
  void writesADossierOnOneLineAsAValueAndLaidOutAsADocument() throws Exception {
    String file = Fixtures.text("dossiers/records.dossier.json");
    Dossier dossier = JSON.readDossier(Streams.text(file));

    assertThat(JSON.writeDossier(dossier)).isEqualTo(file);
    assertThat(JSON.write(dossier)).isEqualTo(file.replace("\n", ""));
  }

  @Test
  void writesAReportForMachinesThatReadsBack() throws Exception {
    Finding finding = Finding.of(FindingCode.DANGLING_REFERENCE, "records[0].motion_id", "refers to nothing", "vote-1");
    ConsistencyReport report = ConsistencyReport.of(List.of(finding));

    String json = JSON.writeReport(report);

    assertThat(json).isEqualTo("{\"errors\":1,\"warnings\":0,\"findings\":[{\"severity\":\"error\",\"code\":\"dangling-reference\","
        + "\"record_id\":\"vote-1\",\"path\":\"records[0].motion_id\",\"message\":\"refers to nothing\"}]}");
    assertThat(JSON.write(report)).isEqualTo(json);
    assertThat(JSON.read(json, ConsistencyReport.class).findings()).containsExactly(finding);
  }

  // --- dossiers ---

  @Test
  void readsADossierReportingEveryBadRecordAndClosesTheStream() {
    Streams.Closing in = Streams.fixture("dossiers/bad-records.dossier.json");

    TestJsonException failure = failure(() -> JSON.readDossier(in));

    assertThat(pathsAndRules(failure.problems())).containsExactly("$.records[1].counts[1].value negative", "$.records[3].motion_id required");
    assertThat(in.closed).isTrue();
  }

  @Test
  void readsADossierSkippingBadRecordsAndTellingTheirIndex() throws Exception {
    List<TestJsonException> skipped = new ArrayList<>();

    Dossier dossier = JSON.readDossier(Streams.fixture("dossiers/bad-records.dossier.json"), skipped::add);

    assertThat(dossier.records()).extracting(ChanceryRecord::id).containsExactly("state-xk");
    assertThat(skipped).extracting(e -> e.recordIndex().getAsLong()).containsExactly(1L, 3L, 2L);
    assertThat(skipped).allSatisfy(e -> assertThat(e.line()).isEmpty());
    assertThat(pathsAndRules(skipped.get(2).problems())).containsExactly("$.records[2].id duplicate");
  }

  @Test
  void aDossierSkippingBadRecordsStillStopsOnAProblemOfTheDocument() {
    List<TestJsonException> skipped = new ArrayList<>();

    TestJsonException failure = failure(() -> JSON.readDossier(Streams.text("{\"format\":\"chancery-dossier\",\"version\":2,\"records\":[]}"), skipped::add));

    assertThat(pathsAndRules(failure.problems())).containsExactly("$.version unsupported-version");
    assertThat(skipped).isEmpty();
  }

  @Test
  void anEmptyDossierFileIsADossierNotFound() {
    assertThat(failure(() -> JSON.readDossier(Streams.text(""))).problems()).extracting(JsonProblem::toString)
        .containsExactly("$: expected a dossier object, found nothing [wrong-type]");
  }

  @Test
  void collectsAnNdjsonStreamIntoADossierAndClosesIt() throws Exception {
    Streams.Closing in = Streams.fixture("streams/mixed.ndjson");

    Dossier dossier = JSON.readDossierNdjson(in);

    assertThat(dossier.records()).extracting(ChanceryRecord::recordType).containsExactlyElementsOf(Fixtures.recordTypes());
    assertThat(in.closed).isTrue();
  }

  @Test
  void namesTheLineOfADuplicateIdInAnNdjsonDossier() {
    Streams.Closing in = Streams.fixture("dossiers/duplicate-ids.ndjson");

    TestJsonException failure = failure(() -> JSON.readDossierNdjson(in));

    assertThat(failure.line()).hasValue(3);
    assertThat(failure.recordIndex()).hasValue(2);
    assertThat(failure.problems()).containsExactly(
        JsonProblem.of(ViolationCode.DUPLICATE, "$.id", "id 'state-xk' is already used by the record on line 1", null));
    assertThat(in.closed).isTrue();
  }

  @Test
  void namesTheLineOfABadRecordInAnNdjsonDossier() {
    TestJsonException failure = failure(() -> JSON.readDossierNdjson(Streams.fixture("streams/with-bad-records.ndjson")));

    assertThat(failure.line()).hasValue(4);
    assertThat(failure.recordIndex()).hasValue(2);
  }

  // --- streams of records ---

  @Test
  void readsNdjsonAndAnArrayOfEveryRecordTypeAlike() throws IOException {
    List<ChanceryRecord> ndjson = readAll(JSON.readNdjson(Streams.fixture("streams/mixed.ndjson")));

    assertThat(ndjson).extracting(ChanceryRecord::recordType).containsExactlyElementsOf(Fixtures.recordTypes());
    assertThat(readAll(JSON.readArray(Streams.fixture("streams/mixed.json")))).isEqualTo(ndjson);
  }

  @Test
  void writesNdjsonAndAnArrayToTheFixturesBytes() throws IOException {
    List<ChanceryRecord> records = readAll(JSON.readNdjson(Streams.fixture("streams/mixed.ndjson")));
    ByteArrayOutputStream ndjson = new ByteArrayOutputStream();
    ByteArrayOutputStream array = new ByteArrayOutputStream();

    try (RecordWriter lines = JSON.writeNdjson(ndjson); RecordWriter elements = JSON.writeArray(array)) {
      for (ChanceryRecord record : records) {
        lines.write(record);
        elements.write(record);
      }
    }

    assertThat(ndjson.toByteArray()).isEqualTo(Fixtures.bytes("streams/mixed.ndjson"));
    assertThat(array.toByteArray()).isEqualTo(Fixtures.bytes("streams/mixed.json"));
  }

  @Test
  void writesAnEmptyArrayAndNothingForNoRecords() throws IOException {
    ByteArrayOutputStream array = new ByteArrayOutputStream();
    ByteArrayOutputStream ndjson = new ByteArrayOutputStream();
    JSON.writeArray(array).close();
    JSON.writeNdjson(ndjson).close();

    assertThat(array.toString(StandardCharsets.UTF_8)).isEqualTo("[]");
    assertThat(ndjson.toByteArray()).isEmpty();
    assertThat(readAll(JSON.readArray(Streams.text("[]")))).isEmpty();
    assertThat(readAll(JSON.readNdjson(Streams.text("")))).isEmpty();
  }

  @Test
  void stopsAtTheFirstBadNdjsonRecordNamingItsIndexLineAndRecord() throws IOException {
    RecordReader reader = JSON.readNdjson(Streams.fixture("streams/with-bad-records.ndjson"));
    reader.next();
    reader.next();

    TestJsonException failure = failure(reader::next);

    assertThat(failure.recordIndex()).hasValue(2);
    assertThat(failure.line()).hasValue(4);
    assertThat(failure.getMessage()).isEqualTo(
        "Invalid JSON in record 2 (line 4) of record 'vote-1': $.counts[1].value: " + failure.problems().get(0).message() + " [negative]");
    assertThat(reader.next()).as("the reading has stopped").isNull();
    reader.close();
  }

  @Test
  void skipsBadNdjsonRecordsTellingTheirIndexLineAndProblems() throws IOException {
    List<TestJsonException> skipped = new ArrayList<>();
    RecordReader reader = JSON.readNdjson(Streams.fixture("streams/with-bad-records.ndjson"), skipped::add);

    List<ChanceryRecord> records = readAll(reader);

    assertThat(records).extracting(ChanceryRecord::id)
        .containsExactly("state-xk", "entity-transnistria", "org-az-mfa", "person-leo-housakos", "vote-un-ga-1");
    assertThat(skipped).extracting(e -> e.recordIndex().getAsLong() + " line " + e.line().getAsLong()).containsExactly("2 line 4", "4 line 6");
    assertThat(pathsAndRules(skipped.get(0).problems())).containsExactly("$.counts[1].value negative");
    assertThat(skipped.get(1).problems()).extracting(JsonProblem::toString)
        .containsExactly("$.type: the text ends before the JSON value is complete (line 6, column 17) [malformed-json]");
    assertThat(reader.recordsSkipped()).isEqualTo(2);
    assertThat(reader.recordsSeen()).isEqualTo(7);
  }

  @Test
  void skipsNdjsonLinesTooLongNotUtf8OrHoldingTwoRecords() throws IOException {
    List<TestJsonException> skipped = new ArrayList<>();
    byte[] notUtf8 = {'{', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'};
    ByteArrayOutputStream stream = new ByteArrayOutputStream();
    stream.writeBytes((STATE + "\n" + VOTE + "\n").getBytes(StandardCharsets.UTF_8));
    stream.writeBytes(notUtf8);
    String small = "{\"type\":\"state\",\"id\":\"s\",\"name\":{\"en\":\"S\"}}";
    stream.writeBytes((small + " " + small + "\n" + STATE.replace("state-xk", "state-2")).getBytes(StandardCharsets.UTF_8));
    TestChanceryJson limited = TestChanceryJson.limited(ReadLimits.defaults().withMaxRecordLength(STATE.length() + 10));

    List<ChanceryRecord> records = readAll(limited.readNdjson(new java.io.ByteArrayInputStream(stream.toByteArray()), skipped::add));

    assertThat(records).extracting(ChanceryRecord::id).containsExactly("state-xk", "state-2");
    assertThat(skipped).extracting(e -> e.line().getAsLong() + " " + e.problems().get(0)).containsExactly(
        "2 $: the record is longer than the limit of " + (STATE.length() + 10) + " (maxRecordLength) [limit-exceeded]",
        "3 $: the line is not valid UTF-8 [malformed-json]",
        "4 $: a line must hold exactly one record [trailing-tokens]");
  }

  @Test
  void stopsAtTheFirstBadArrayElementNamingItsIndexAndPath() throws IOException {
    RecordReader reader = JSON.readArray(Streams.text("[" + STATE + ",{\"type\":\"vote\",\"id\":\"vote-1\"}," + STATE + "]"));
    reader.next();

    TestJsonException failure = failure(reader::next);

    assertThat(failure.recordIndex()).hasValue(1);
    assertThat(failure.line()).isEmpty();
    assertThat(pathsAndRules(failure.problems())).containsExactly("$[1].motion_id required");
    assertThat(reader.next()).isNull();
  }

  @Test
  void skipsWellFormedBadArrayElementsWhenAsked() throws IOException {
    List<TestJsonException> skipped = new ArrayList<>();
    String tooLong = STATE.replace("\"en\":\"Kosovo\"", "\"en\":\"Kosovo" + " ".repeat(300) + "\"");
    String text = "[" + STATE + ",{\"type\":\"vote\",\"id\":\"vote-1\"}," + tooLong + ",\"not a record\"," + STATE.replace("state-xk", "state-2") + "]";
    TestChanceryJson limited = TestChanceryJson.limited(ReadLimits.defaults().withMaxRecordLength(400));

    List<ChanceryRecord> records = readAll(limited.readArray(Streams.text(text), skipped::add));

    assertThat(records).extracting(ChanceryRecord::id).containsExactly("state-xk", "state-2");
    assertThat(skipped).extracting(e -> e.recordIndex().getAsLong() + " " + pathsAndRules(e.problems()))
        .containsExactly("1 [$[1].motion_id required]", "2 [$[2] limit-exceeded]", "3 [$[3] wrong-type]");
    assertThat(skipped.get(1).problems().get(0).message()).isEqualTo("the record is longer than the limit of 400 (maxRecordLength)");
  }

  @Test
  void skipsAnArrayElementWithAStringOverItsLimit() throws IOException {
    List<TestJsonException> skipped = new ArrayList<>();
    TestChanceryJson limited = TestChanceryJson.limited(ReadLimits.defaults().withMaxStringLength(20));
    String text = "[" + STATE.replace("\"en\":\"Kosovo\"", "\"en\":\"Kosovo, a very long name\"") + "," + STATE + "]";

    List<ChanceryRecord> records = readAll(limited.readArray(Streams.text(text), skipped::add));

    assertThat(records).extracting(ChanceryRecord::id).containsExactly("state-xk");
    assertThat(skipped).extracting(e -> e.recordIndex().getAsLong() + " " + e.problems().get(0)).containsExactly(
        "0 $[0].name.en: a string is longer than the limit of 20 characters (maxStringLength) [limit-exceeded]");
  }

  @Test
  void stopsOnAMalformedArrayEvenWhenSkipping() throws IOException {
    List<TestJsonException> skipped = new ArrayList<>();
    RecordReader reader = JSON.readArray(Streams.fixture("streams/malformed.json"), skipped::add);
    reader.next();
    reader.next();

    TestJsonException failure = failure(reader::next);

    assertThat(pathsAndRules(failure.problems())).containsExactly("$[2].type malformed-json");
    assertThat(failure.recordIndex()).isEmpty();
    assertThat(skipped).isEmpty();
    assertThat(reader.next()).isNull();
  }

  @Test
  void refusesAStreamThatIsNotAClosedArrayOfRecordsAlone() {
    assertThat(failure(() -> readAll(JSON.readArray(Streams.text(STATE)))).problems()).extracting(JsonProblem::toString)
        .containsExactly("$: expected an array of records [wrong-type]");
    assertThat(failure(() -> readAll(JSON.readArray(Streams.text("[" + STATE)))).problems()).extracting(JsonProblem::message)
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING).startsWith("the text ends before the JSON value is complete");
    assertThat(failure(() -> readAll(JSON.readArray(Streams.text("[] []")))).problems()).extracting(JsonProblem::toString)
        .containsExactly("$: unexpected content after the end of the array [trailing-tokens]");
  }

  @Test
  void aStreamReadLenientlyTellsTheListenerOfUnknownProperties() throws IOException {
    List<JsonProblem> told = new ArrayList<>();
    String withColour = STATE.replace("\"country_code\"", "\"colour\":1,\"country_code\"");

    readAll(TestChanceryJson.lenient(told::add).readArray(Streams.text("[" + STATE + "," + withColour + "]")));
    readAll(TestChanceryJson.lenient(told::add).readNdjson(Streams.text(withColour)));

    assertThat(told).extracting(JsonProblem::path).containsExactly("$[1].colour", "$.colour");
  }
}
