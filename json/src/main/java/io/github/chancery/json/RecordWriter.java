package io.github.chancery.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.chancery.core.record.ChanceryRecord;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/**
 * Writes a stream of mixed records, NDJSON or a JSON array, one canonical record at a time,
 * without holding them in memory. Closing it ends the array (or the last line) and closes the
 * output. Not thread-safe: one writer per thread.
 */
public final class RecordWriter implements Closeable, Flushable {
  private final JsonGenerator generator;
  private final OutputStream out;
  private final boolean array;
  private long written;
  private boolean closed;

  private RecordWriter(JsonGenerator generator, OutputStream out, boolean array) {
    this.generator = generator;
    this.out = out;
    this.array = array;
  }

  static RecordWriter ndjson(JsonGenerator generator, OutputStream out) {
    return new RecordWriter(generator, out, false);
  }

  static RecordWriter array(JsonGenerator generator, OutputStream out) throws IOException {
    generator.writeStartArray();
    return new RecordWriter(generator, out, true);
  }

  /**
   * Writes one record.
   *
   * @param record the record
   * @throws IOException if the output fails
   */
  public void write(ChanceryRecord record) throws IOException {
    Objects.requireNonNull(record, "record");
    if (closed) {
      throw new IOException("the record writer is closed");
    }
    ChanceryJson.writeRecord(generator, record);
    written++;
  }

  /**
   * Returns how many records were written.
   *
   * @return the number of records written, zero or more
   */
  public long recordsWritten() {
    return written;
  }

  @Override
  public void flush() throws IOException {
    generator.flush();
  }

  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    try (out) {
      if (array) {
        generator.writeEndArray();
      } else if (written > 0) {
        generator.writeRaw('\n');
      }
      generator.close();
    }
  }
}
