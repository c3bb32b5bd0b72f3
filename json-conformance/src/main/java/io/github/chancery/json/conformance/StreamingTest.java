package io.github.chancery.json.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.vote.Vote;
import io.github.chancery.json.format.AbstractChanceryJson;
import io.github.chancery.json.format.RecordReader;
import io.github.chancery.json.format.RecordWriter;
import io.github.chancery.json.limits.ReadLimits;
import io.github.chancery.json.problem.InvalidJson;
import io.github.chancery.json.problem.JsonProblem;
import io.github.chancery.json.problem.JsonRule;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.stream.Collectors;
import io.github.chancery.core.validation.ViolationCode;
import org.junit.jupiter.api.Test;

final class StreamingTest extends SuiteSupport {
  private static List<ChanceryRecord> readAll(RecordReader reader) throws IOException {
    List<ChanceryRecord> records = new ArrayList<>();
    try (reader) {
      for (ChanceryRecord record = reader.next(); record != null; record = reader.next()) {
        records.add(record);
      }
    }
    return records;
  }

  private static ByteArrayInputStream input(String fixture) {
    return new ByteArrayInputStream(fixtureBytes(fixture));
  }

  @Test
  void readsAMixedNdjsonStreamOneRecordPerLine() throws IOException {
    List<ChanceryRecord> records = readAll(JSON.readNdjson(input("streams/mixed.ndjson")));

    assertThat(records).extracting(r -> r.recordType().wireName()).containsExactlyElementsOf(RECORD_FIXTURES);
  }

  @Test
  void readsAMixedJsonArrayOneElementAtATime() throws IOException {
    assertThat(readAll(JSON.readArray(input("streams/mixed.json"))))
        .isEqualTo(readAll(JSON.readNdjson(input("streams/mixed.ndjson"))));
  }

  @Test
  void writesNdjsonAndAnArrayThatReadBackToTheSameBytes() throws IOException {
    List<ChanceryRecord> records = readAll(JSON.readNdjson(input("streams/mixed.ndjson")));

    ByteArrayOutputStream ndjson = new ByteArrayOutputStream();
    try (RecordWriter writer = JSON.writeNdjson(ndjson)) {
      for (ChanceryRecord record : records) {
        writer.write(record);
      }
      assertThat(writer.recordsWritten()).isEqualTo(records.size());
    }
    ByteArrayOutputStream array = new ByteArrayOutputStream();
    try (RecordWriter writer = JSON.writeArray(array)) {
      for (ChanceryRecord record : records) {
        writer.write(record);
      }
    }

    assertThat(ndjson.toByteArray()).isEqualTo(fixtureBytes("streams/mixed.ndjson"));
    assertThat(array.toString(StandardCharsets.UTF_8)).isEqualTo(fixture("streams/mixed.json"));
  }

  @Test
  void writesAnEmptyArrayForNoRecords() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JSON.writeArray(out).close();

    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("[]");
    assertThat(readAll(JSON.readArray(new ByteArrayInputStream(out.toByteArray())))).isEmpty();
  }

  @Test
  void iteratesAndStreamsTheSameRecordsAsNext() throws IOException {
    List<ChanceryRecord> expected = readAll(JSON.readNdjson(input("streams/mixed.ndjson")));
    List<ChanceryRecord> iterated = new ArrayList<>();

    try (RecordReader reader = JSON.readArray(input("streams/mixed.json"))) {
      reader.iterator().forEachRemaining(iterated::add);
    }
    List<ChanceryRecord> streamed;
    try (java.util.stream.Stream<ChanceryRecord> records = JSON.readNdjson(input("streams/mixed.ndjson")).stream()) {
      streamed = records.collect(Collectors.toList());
    }

    assertThat(iterated).isEqualTo(expected);
    assertThat(streamed).isEqualTo(expected);
  }

  @Test
  void aStreamThrowsABadRecordUncheckedNamingItsLine() {
    // Jackson 2's exception is checked: a stream throws it as the cause of an UncheckedIOException.
    // Jackson 3's is not: a stream throws it as it is (see failureOfAStream).
    InvalidJson failure;
    try (java.util.stream.Stream<ChanceryRecord> records = JSON.readNdjson(input("streams/with-bad-records.ndjson")).stream()) {
      failure = failureOfAStream(() -> records.forEach(record -> {}));
    }

    assertThat(failure.line()).hasValue(4);
  }

  @Test
  void aStreamWithAListenerSkipsBadRecords() {
    List<InvalidJson> skipped = new ArrayList<>();

    List<String> ids;
    try (java.util.stream.Stream<ChanceryRecord> records = JSON.readNdjson(input("streams/with-bad-records.ndjson"), skipped::add).stream()) {
      ids = records.map(ChanceryRecord::id).collect(Collectors.toList());
    }

    assertThat(ids).containsExactly("state-xk", "entity-transnistria", "org-az-mfa", "person-leo-housakos", "vote-un-ga-1");
    assertThat(skipped).hasSize(2);
  }

  @Test
  void givesOneReferencePerIdAcrossTheRecordsOfAStreamAndStillRefusesABadIdEachTimeItIsMet() throws IOException {
    List<InvalidJson> skipped = new ArrayList<>();

    List<ChanceryRecord> records = readAll(JSON.readNdjson(input("streams/same-voters.ndjson"), skipped::add));

    assertThat(records).extracting(ChanceryRecord::id).containsExactly("vote-1", "vote-2");
    Vote first = (Vote) records.get(0);
    Vote second = (Vote) records.get(1);
    assertThat(second.ballots().get(1).voter().get()).isSameAs(first.ballots().get(0).voter().get());
    assertThat(second.ballots().get(0).voter().get()).isSameAs(first.ballots().get(1).voter().get());
    assertThat(second.sources().get(0)).isSameAs(first.sources().get(0));
    // The bad id is refused on both lines, at the same path, though the good ids were remembered.
    assertThat(skipped).extracting(e -> e.line().getAsLong()).containsExactly(3L, 4L);
    for (InvalidJson bad : skipped) {
      assertThat(bad.problems()).extracting(JsonProblem::path, JsonProblem::code)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("$.ballots[1].voter_id", ViolationCode.INVALID_ID));
    }
  }

  @Test
  void stopsAtTheFirstBadRecordNamingItsIndexAndLine() throws IOException {
    RecordReader reader = JSON.readNdjson(input("streams/with-bad-records.ndjson"));

    assertThat(reader.next().id()).isEqualTo("state-xk");
    assertThat(reader.next().id()).isEqualTo("entity-transnistria");
    InvalidJson failure = failure(reader::next);

    assertThat(failure.recordIndex()).hasValue(2);
    assertThat(failure.line()).hasValue(4);
    assertThat(message(failure)).startsWith("Invalid JSON in record 2 (line 4) of record 'vote-1': $.counts[1].value");
    reader.close();
  }

  @Test
  void skipsAndReportsBadRecordsWhenAskedIncludingMalformedLines() throws IOException {
    List<InvalidJson> skipped = new ArrayList<>();

    RecordReader reader = JSON.readNdjson(input("streams/with-bad-records.ndjson"), skipped::add);
    List<ChanceryRecord> records = readAll(reader);

    assertThat(records).extracting(ChanceryRecord::id)
        .containsExactly("state-xk", "entity-transnistria", "org-az-mfa", "person-leo-housakos", "vote-un-ga-1");
    assertThat(skipped).extracting(e -> e.line().getAsLong()).containsExactly(4L, 6L);
    assertThat(skipped.get(0).problems()).extracting(JsonProblem::code).containsExactly(ViolationCode.NEGATIVE);
    assertThat(skipped.get(1).problems()).extracting(JsonProblem::code).containsExactly(JsonRule.MALFORMED_JSON);
    assertThat(reader.recordsSkipped()).isEqualTo(2);
    assertThat(reader.recordsSeen()).isEqualTo(7);
  }

  @Test
  void namesTheArrayIndexInTheJsonPathOfABadElement() throws IOException {
    RecordReader reader = JSON.readArray(input("streams/with-bad-record.json"));
    reader.next();

    InvalidJson failure = failure(reader::next);

    assertThat(failure.recordIndex()).hasValue(1);
    assertThat(failure.problems()).extracting(p -> p.path() + " " + p.code().code())
        .containsExactly("$[1].counts[1].value negative");
    reader.close();
  }

  @Test
  void skipsAWellFormedBadElementOfAnArrayWhenAsked() throws IOException {
    List<InvalidJson> skipped = new ArrayList<>();

    List<ChanceryRecord> records = readAll(JSON.readArray(input("streams/with-bad-record.json"), skipped::add));

    assertThat(records).extracting(ChanceryRecord::id).containsExactly("state-xk", "org-az-mfa");
    assertThat(skipped).hasSize(1);
  }

  @Test
  void stopsOnAMalformedArrayEvenWhenSkipping() throws IOException {
    List<InvalidJson> skipped = new ArrayList<>();
    RecordReader reader = JSON.readArray(input("streams/malformed.json"), skipped::add);

    assertThat(reader.next()).isNotNull();
    assertThat(reader.next()).isNotNull();
    InvalidJson failure = failure(reader::next);

    assertThat(failure.problems()).extracting(JsonProblem::code).containsExactly(JsonRule.MALFORMED_JSON);
    assertThat(reader.next()).isNull();
    reader.close();
  }

  @Test
  void refusesAStreamThatIsNotAnArray() {
    RecordReader reader = JSON.readArray(input("records/vote.json"));

    assertThat(pathsAndRules(reader::next)).containsExactly("$ wrong-type");
  }

  @Test
  void refusesTwoRecordsOnOneNdjsonLine() throws IOException {
    String twoOnOneLine = recordFixture("state") + " " + recordFixture("state");
    RecordReader reader =
        JSON.readNdjson(new ByteArrayInputStream(twoOnOneLine.getBytes(StandardCharsets.UTF_8)));

    assertThat(failure(reader::next).problems()).extracting(p -> p.path() + " " + p.code().code())
        .containsExactly("$ trailing-tokens");
  }

  @Test
  void aLineThatEndsInsideItsRecordSpoilsOnlyItselfWithTheProblemItHasAlone() throws IOException {
    // The lines are fed to one parser; a line it cannot finish is read again alone, and the next
    // lines are read after it as before.
    String good = recordFixture("state");
    for (String bad : List.of(
        "{\"type\":\"source\",\"id\":\"src-1\"",
        "{\"type\":\"source\",\"id\":\"src-1\",\"title\":{\"en\":\"unterminated}}",
        "{\"type\":\"source\",\"id\":\"src-1\"} tru",
        "[{\"type\":\"source\"")) {
      List<InvalidJson> skipped = new ArrayList<>();
      String text = good + "\n" + bad + "\n" + good + "\n" + good;

      List<ChanceryRecord> records = readAll(JSON.readNdjson(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), skipped::add));

      assertThat(records).as(bad).hasSize(3);
      InvalidJson alone = failure(JSON.readNdjson(new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8)))::next);
      assertThat(skipped).as(bad).singleElement().satisfies(e -> {
        assertThat(e.line()).hasValue(2);
        assertThat(e.problems()).extracting(JsonProblem::code, JsonProblem::path, JsonProblem::message)
            .containsExactlyElementsOf(alone.problems().stream()
                .map(p -> org.assertj.core.groups.Tuple.tuple(p.code(), p.path(), p.message().replace("(line 1,", "(line 2,")))
                .collect(Collectors.toList()));
      });
    }
  }

  @Test
  void refusesAByteOrderMarkThatStartsALineOtherThanTheStreamsFirst() throws IOException {
    // Only the stream's own mark, before its first line, is skipped: one that starts a line spoils
    // that line, whether or not a line was read before it (a parser fed a line as its first input
    // would skip it).
    String record = recordFixture("state");
    // The text, then how many records it holds, then the lines refused.
    Map<String, List<Long>> badLines = new LinkedHashMap<>();
    badLines.put("\n\uFEFF" + record + "\n", List.of(0L, 2L));
    badLines.put("\uFEFF\uFEFF" + record + "\n", List.of(0L, 1L));
    badLines.put("\uFEFF\n\uFEFF" + record, List.of(0L, 2L));
    badLines.put(record + "\n\uFEFF" + record + "\n" + record, List.of(2L, 2L));
    badLines.put("{\n\uFEFF" + record + "\n" + record, List.of(1L, 1L, 2L));
    for (Map.Entry<String, List<Long>> text : badLines.entrySet()) {
      List<InvalidJson> skipped = new ArrayList<>();

      List<ChanceryRecord> records = readAll(JSON.readNdjson(new ByteArrayInputStream(text.getKey().getBytes(StandardCharsets.UTF_8)), skipped::add));

      List<Long> expected = text.getValue();
      assertThat(records).as(text.getKey()).extracting(ChanceryRecord::id).hasSize(expected.get(0).intValue()).allMatch("state-xk"::equals);
      assertThat(skipped).as(text.getKey()).extracting(e -> e.line().getAsLong()).containsExactlyElementsOf(expected.subList(1, expected.size()));
      assertThat(skipped).as(text.getKey()).allSatisfy(e -> assertThat(e.problems()).extracting(JsonProblem::code).containsExactly(JsonRule.MALFORMED_JSON));
    }
  }

  @Test
  void aLenientReaderReportsAnIgnoredPropertyOnceWhenItsLineIsReadAgainAlone() throws IOException {
    // The property is ignored before the line is found to end inside its record, and reading the
    // line again alone meets it again.
    String bad = "{\"type\":\"source\",\"id\":\"src-1\",\"from_a_later_version\":1,\"title\":{\"en\":\"T\"}";
    String good = "{\"type\":\"source\",\"id\":\"src-2\",\"from_a_later_version\":2,\"title\":{\"en\":\"T\"}}";
    List<JsonProblem> ignored = new ArrayList<>();
    List<InvalidJson> skipped = new ArrayList<>();

    List<ChanceryRecord> records = readAll(LINE.lenient(ignored::add)
        .readNdjson(new ByteArrayInputStream((bad + "\n" + good + "\n").getBytes(StandardCharsets.UTF_8)), skipped::add));

    assertThat(records).extracting(ChanceryRecord::id).containsExactly("src-2");
    assertThat(skipped).extracting(e -> e.line().getAsLong()).containsExactly(1L);
    assertThat(ignored).extracting(JsonProblem::path, JsonProblem::recordId)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("$.from_a_later_version", java.util.Optional.of("src-1")),
            org.assertj.core.groups.Tuple.tuple("$.from_a_later_version", java.util.Optional.of("src-2")));
  }

  @Test
  void readsALastLineWithoutALineBreakWhateverItsLengthAgainstTheLineBuffer() throws IOException {
    // The line break a parser is fed after each line is written into the buffer the line was
    // read into, which a last line of its very length must make room for.
    for (int length = 1000; length <= 1100; length++) {
      String head = "{\"type\":\"source\",\"id\":\"src-1\",\"title\":{\"en\":\"";
      String tail = "\"}}";
      String line = head + "T".repeat(length - head.length() - tail.length()) + tail;

      List<ChanceryRecord> records = readAll(JSON.readNdjson(new ByteArrayInputStream((line + "\n" + line).getBytes(StandardCharsets.UTF_8))));

      assertThat(records).as("a line of %d bytes", length).hasSize(2);
    }
  }

  @Test
  void skipsAByteOrderMarkAndRefusesTextThatIsNotUtf8() throws IOException {
    byte[] withBom = ("\uFEFF" + recordFixture("state") + "\n").getBytes(StandardCharsets.UTF_8);
    assertThat(readAll(JSON.readNdjson(new ByteArrayInputStream(withBom)))).extracting(ChanceryRecord::id).containsExactly("state-xk");

    byte[] broken = (recordFixture("state") + "\n").getBytes(StandardCharsets.UTF_8);
    broken[broken.length - 10] = (byte) 0xFF;
    InvalidJson failure = failure(JSON.readNdjson(new ByteArrayInputStream(broken))::next);
    assertThat(failure.problems()).extracting(p -> p.code().code() + " " + p.message())
        .containsExactly("malformed-json the line is not valid UTF-8");
    assertThat(failure.line()).hasValue(1);
  }

  @Test
  void aByteOrderMarkIsSkippedInTextAsInBytes() throws Exception {
    String withBom = "\uFEFF" + recordFixture("state");

    assertThat(JSON.read(withBom).id()).isEqualTo("state-xk");
    assertThat(JSON.read(new ByteArrayInputStream(withBom.getBytes(StandardCharsets.UTF_8)), ChanceryRecord.class).id())
        .isEqualTo("state-xk");
  }

  @Test
  void aLineThatIsNotUtf8SpoilsOnlyItselfAndIsNamed() throws IOException {
    StringBuilder text = new StringBuilder();
    for (int i = 1; i <= 5; i++) {
      text.append("{\"type\":\"source\",\"id\":\"src-").append(i).append("\",\"title\":{\"en\":\"T\u00e9\"}}\n");
    }
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    int third = text.indexOf("src-3");
    bytes[third + 20] = (byte) 0xE9; // a Latin-1 é, not UTF-8, inside line 3
    List<InvalidJson> skipped = new ArrayList<>();

    List<ChanceryRecord> records = readAll(JSON.readNdjson(new ByteArrayInputStream(bytes), skipped::add));

    assertThat(records).extracting(ChanceryRecord::id).containsExactly("src-1", "src-2", "src-4", "src-5");
    assertThat(skipped).singleElement().satisfies(e -> {
      assertThat(e.line()).hasValue(3);
      assertThat(e.recordIndex()).hasValue(2);
      assertThat(e.problems()).extracting(JsonProblem::code).containsExactly(JsonRule.MALFORMED_JSON);
    });
    InvalidJson stop = failure(() -> readAll(JSON.readNdjson(new ByteArrayInputStream(bytes))));
    assertThat(stop.line()).hasValue(3);
  }

  @Test
  void aLineOfExactlyTheLimitIsReadWhateverItsLineEndingOrByteOrderMark() throws IOException {
    String record = recordFixture("state");
    int bytes = record.getBytes(StandardCharsets.UTF_8).length; // an NDJSON line is measured in bytes
    AbstractChanceryJson<?> exact = LINE.strict(ReadLimits.defaults().withMaxRecordLength(bytes));
    String text = "\uFEFF" + record + "\r\n" + record + "\r\n";

    List<ChanceryRecord> records = readAll(exact.readNdjson(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));

    assertThat(records).hasSize(2);
    AbstractChanceryJson<?> oneLess = LINE.strict(ReadLimits.defaults().withMaxRecordLength(bytes - 1));
    assertThat(failure(() -> readAll(oneLess.readNdjson(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))))
        .problems()).extracting(JsonProblem::code).containsExactly(JsonRule.LIMIT_EXCEEDED);
  }

  @Test
  void skipsAnArrayElementWithAStringOverItsLimitAndReadsTheNext() throws IOException {
    String longPublisher =
        "{\"type\":\"source\",\"id\":\"src-long\",\"publisher\":\"" + "p".repeat(1_000_100) + "\"}";
    String array = "[" + recordFixture("state") + "," + longPublisher + "," + recordFixture("organization") + "]";
    List<InvalidJson> skipped = new ArrayList<>();

    List<ChanceryRecord> records =
        readAll(JSON.readArray(new ByteArrayInputStream(array.getBytes(StandardCharsets.UTF_8)), skipped::add));

    assertThat(records).extracting(ChanceryRecord::id).containsExactly("state-xk", "org-az-mfa");
    assertThat(skipped).singleElement().satisfies(e -> {
      assertThat(e.recordIndex()).hasValue(1);
      assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("maxStringLength"));
    });
  }

  @Test
  void stopsAnArrayAtANumberOverItsLimitSinceTheParserCannotGoOn() throws IOException {
    String longNumber = "{\"type\":\"legislature\",\"id\":\"leg-1\",\"seat_count\":" + "1".repeat(70) + "}";
    String array = "[" + recordFixture("state") + "," + longNumber + "," + recordFixture("organization") + "]";
    List<InvalidJson> skipped = new ArrayList<>();
    RecordReader reader = JSON.readArray(new ByteArrayInputStream(array.getBytes(StandardCharsets.UTF_8)), skipped::add);

    assertThat(reader.next().id()).isEqualTo("state-xk");
    assertThat(failure(reader::next).problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("$[1].seat_count");
      assertThat(p.message()).contains("maxNumberLength");
    });
    assertThat(reader.next()).isNull();
  }

  @Test
  void refusesBytesInNoJsonEncodingAndReportsAFailingStreamAsAnIoError() {
    byte[] notJsonText = {0, 0, (byte) 0xFF, (byte) 0xFE};

    assertThat(pathsAndRules(() -> JSON.read(new ByteArrayInputStream(notJsonText), ChanceryRecord.class)))
        .containsExactly("$ malformed-json");
    assertThat(pathsAndRules(() -> JSON.readDossier(new ByteArrayInputStream(notJsonText)))).containsExactly("$ malformed-json");
    assertThat(pathsAndRules(() -> JSON.readArray(new ByteArrayInputStream(notJsonText)).next())).containsExactly("$ malformed-json");

    java.io.InputStream failing =
        new java.io.InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("disk gone");
          }
        };
    RecordReader reader = JSON.readArray(failing);
    assertThat(org.assertj.core.api.Assertions.catchThrowable(reader::next))
        .isInstanceOf(IOException.class)
        .hasMessage("disk gone");
  }

  @Test
  void acceptsWindowsLineEndings() throws IOException {
    String crlf =
        fixture("streams/mixed.ndjson").lines().collect(Collectors.joining("\r\n")) + "\r\n";

    assertThat(readAll(JSON.readNdjson(new ByteArrayInputStream(crlf.getBytes(StandardCharsets.UTF_8)))))
        .hasSize(RECORD_FIXTURES.size());
  }
}
