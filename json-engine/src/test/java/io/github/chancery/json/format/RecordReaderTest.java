package io.github.chancery.json.format;

import static io.github.chancery.json.format.Streams.readAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.json.internal.Fixtures;
import io.github.chancery.json.internal.TestJsonException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

final class RecordReaderTest {
  private static final TestChanceryJson JSON = TestChanceryJson.STRICT;
  private static final String STATE = Fixtures.record("state");
  private static final String SOURCE = Fixtures.record("source");

  @Test
  void iteratesAndStreamsTheSameRecordsAsNext() throws IOException {
    List<ChanceryRecord> expected = readAll(JSON.readNdjson(Streams.fixture("streams/mixed.ndjson")));
    List<ChanceryRecord> iterated = new ArrayList<>();
    try (RecordReader reader = JSON.readArray(Streams.fixture("streams/mixed.json"))) {
      reader.iterator().forEachRemaining(iterated::add);
    }

    List<ChanceryRecord> streamed;
    try (Stream<ChanceryRecord> records = JSON.readNdjson(Streams.fixture("streams/mixed.ndjson")).stream()) {
      streamed = records.collect(Collectors.toList());
    }

    assertThat(iterated).isEqualTo(expected);
    assertThat(streamed).isEqualTo(expected);
  }

  @Test
  void anIteratorReadsOneRecordAheadWhenAskedWhetherThereIsOne() throws IOException {
    RecordReader reader = JSON.readNdjson(Streams.text(STATE + "\n" + SOURCE + "\n"));
    Iterator<ChanceryRecord> records = reader.iterator();

    assertThat(reader.recordsSeen()).isZero();
    assertThat(records.hasNext()).isTrue();
    assertThat(records.hasNext()).isTrue();
    assertThat(reader.recordsSeen()).isEqualTo(1);
    assertThat(records.next().id()).isEqualTo("state-xk");
    assertThat(records.next().id()).isEqualTo("src-1");
    assertThat(records.hasNext()).isFalse();
    assertThatThrownBy(records::next).isInstanceOf(NoSuchElementException.class);
    assertThat(reader.recordsSeen()).isEqualTo(2);
  }

  @Test
  void anIteratorOrStreamThrowsABadRecordAsTheCauseOfAnUncheckedIoException() {
    Throwable thrown;
    try (Stream<ChanceryRecord> records = JSON.readNdjson(Streams.fixture("streams/with-bad-records.ndjson")).stream()) {
      thrown = catchThrowable(() -> records.forEach(record -> {}));
    }

    assertThat(thrown).isInstanceOf(UncheckedIOException.class).hasCauseInstanceOf(TestJsonException.class);
    assertThat(((TestJsonException) thrown.getCause()).line()).hasValue(4);
  }

  @Test
  void aStreamWithAListenerSkipsBadRecords() {
    List<TestJsonException> skipped = new ArrayList<>();

    List<String> ids;
    try (Stream<ChanceryRecord> records = JSON.readNdjson(Streams.fixture("streams/with-bad-records.ndjson"), skipped::add).stream()) {
      ids = records.map(ChanceryRecord::id).collect(Collectors.toList());
    }

    assertThat(ids).containsExactly("state-xk", "entity-transnistria", "org-az-mfa", "person-leo-housakos", "vote-un-ga-1");
    assertThat(skipped).hasSize(2);
  }

  @Test
  void closingTheStreamClosesTheReaderAndItsInput() {
    Streams.Closing in = Streams.fixture("streams/mixed.ndjson");

    try (Stream<ChanceryRecord> records = JSON.readNdjson(in).stream()) {
      assertThat(records.findFirst()).isPresent();
    }

    assertThat(in.closed).isTrue();
  }

  @Test
  void closingTheReaderClosesItsInputWhetherReadOrNot() throws IOException {
    Streams.Closing ndjson = Streams.fixture("streams/mixed.ndjson");
    Streams.Closing unread = Streams.fixture("streams/mixed.json");
    Streams.Closing read = Streams.fixture("streams/mixed.json");

    JSON.readNdjson(ndjson).close();
    JSON.readArray(unread).close();
    RecordReader reader = JSON.readArray(read);
    reader.next();
    reader.close();

    assertThat(ndjson.closed).isTrue();
    assertThat(unread.closed).isTrue();
    assertThat(read.closed).isTrue();
    assertThat(reader.next()).as("a closed reader reads no more").isNull();
  }

  @Test
  void countsTheRecordsSeenAndSkippedAndKnowsTheLineOfEach() throws IOException {
    List<TestJsonException> skipped = new ArrayList<>();
    RecordReader reader = JSON.readNdjson(Streams.text("\n" + STATE + "\n\n{\"type\":\"vote\"}\n" + SOURCE + "\n"), skipped::add);

    assertThat(reader.line()).isZero();
    assertThat(reader.next().id()).isEqualTo("state-xk");
    assertThat(reader.line()).isEqualTo(2);
    assertThat(reader.next().id()).isEqualTo("src-1");
    assertThat(reader.line()).isEqualTo(5);
    assertThat(reader.next()).isNull();
    assertThat(reader.recordsSeen()).isEqualTo(3);
    assertThat(reader.recordsSkipped()).isEqualTo(1);
    assertThat(skipped.get(0).line()).hasValue(4);
    assertThat(JSON.readArray(Streams.text("[]")).line()).isEqualTo(-1);
  }

  @Test
  void aLineOfWhiteSpaceThatJsonDoesNotKnowIsABadRecordNotABlankLine() throws IOException {
    List<TestJsonException> skipped = new ArrayList<>();

    List<ChanceryRecord> records = readAll(JSON.readNdjson(Streams.text(STATE + "\n\u2028\n\u000B\n" + SOURCE), skipped::add));

    assertThat(records).extracting(ChanceryRecord::id).containsExactly("state-xk", "src-1");
    assertThat(skipped).extracting(e -> e.line().getAsLong() + " " + Fixtures.pathsAndRules(e.problems()))
        .containsExactly("2 [$ malformed-json]", "3 [$ malformed-json]");
  }

  @Test
  void aFailingInputFailsTheReadAsAnIoException() {
    java.io.InputStream failing = new java.io.InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("disk gone");
      }
    };

    assertThatThrownBy(() -> JSON.readNdjson(failing).next()).isExactlyInstanceOf(IOException.class).hasMessage("disk gone");
    assertThatThrownBy(() -> JSON.readArray(failing).next()).isExactlyInstanceOf(IOException.class).hasMessage("disk gone");
  }
}
