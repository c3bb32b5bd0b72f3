package io.github.chancery.json.format;

import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.json.internal.Fixtures;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Inputs for the tests of streams: fixtures, texts, and streams that tell whether they were closed. */
final class Streams {
  private Streams() {}

  /** A stream that remembers being closed. */
  static final class Closing extends ByteArrayInputStream {
    boolean closed;

    Closing(byte[] bytes) {
      super(bytes);
    }

    @Override
    public void close() {
      closed = true;
    }
  }

  static Closing fixture(String name) {
    return new Closing(Fixtures.bytes(name));
  }

  static Closing text(String text) {
    return new Closing(text.getBytes(StandardCharsets.UTF_8));
  }

  static List<ChanceryRecord> readAll(RecordReader reader) throws IOException {
    List<ChanceryRecord> records = new ArrayList<>();
    try (reader) {
      for (ChanceryRecord record = reader.next(); record != null; record = reader.next()) {
        records.add(record);
      }
    }
    return records;
  }

  static InputStream none() {
    return new ByteArrayInputStream(new byte[0]);
  }
}
