package io.github.chancery.json.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.json.internal.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

final class RecordWriterTest {
  private static final TestChanceryJson JSON = TestChanceryJson.STRICT;
  private static final String STATE = Fixtures.record("state");
  private static final String SOURCE = Fixtures.record("source");

  /** An output that remembers being closed. */
  private static final class Closing extends ByteArrayOutputStream {
    int closed;

    @Override
    public void close() {
      closed++;
    }

    String text() {
      return toString(StandardCharsets.UTF_8);
    }
  }

  private static ChanceryRecord record(String json) throws IOException {
    return JSON.read(json);
  }

  @Test
  void writesEachNdjsonRecordOnItsOwnLineAndCountsThem() throws IOException {
    Closing out = new Closing();

    try (RecordWriter writer = JSON.writeNdjson(out)) {
      writer.write(record(STATE));
      writer.write(record(SOURCE));
      assertThat(writer.recordsWritten()).isEqualTo(2);
    }

    assertThat(out.text()).isEqualTo(STATE + "\n" + SOURCE + "\n");
  }

  @Test
  void writesAnArrayThatClosingEnds() throws IOException {
    Closing out = new Closing();
    RecordWriter writer = JSON.writeArray(out);
    writer.write(record(STATE));
    writer.write(record(SOURCE));
    writer.flush();

    assertThat(out.text()).isEqualTo("[" + STATE + "," + SOURCE);
    writer.close();
    assertThat(out.text()).isEqualTo("[" + STATE + "," + SOURCE + "]");
  }

  @Test
  void closingClosesTheOutputOnceAndEndsTheArrayOnce() throws IOException {
    Closing out = new Closing();
    RecordWriter writer = JSON.writeArray(out);

    writer.close();
    writer.close();

    assertThat(out.text()).isEqualTo("[]");
    assertThat(out.closed).isEqualTo(1);
  }

  @Test
  void refusesToWriteOnceClosed() throws IOException {
    RecordWriter writer = JSON.writeNdjson(new Closing());
    writer.close();

    assertThatThrownBy(() -> writer.write(record(STATE))).isInstanceOf(IOException.class).hasMessage("the record writer is closed");
    assertThat(writer.recordsWritten()).isZero();
  }

  @Test
  void flushingWritesOutWhatTheWriterHolds() throws IOException {
    Closing out = new Closing();
    RecordWriter writer = JSON.writeNdjson(out);
    writer.write(record(STATE));

    writer.flush();

    assertThat(out.text()).isEqualTo(STATE + "\n");
    assertThat(out.closed).isZero();
    writer.close();
  }
}
