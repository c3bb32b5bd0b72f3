package io.github.chancery.json.format;

import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.json.internal.RecordEngine;
import io.github.chancery.json.internal.TokenWriter;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/**
 * Writes a stream of mixed records, NDJSON or a JSON array, one canonical record at a time,
 * without holding them in memory. Made by a {@code ChanceryJson} of either Jackson line ({@code
 * writeNdjson}, {@code writeArray}); both write the same bytes. Each NDJSON record ends its line.
 * Closing it ends the array and closes the output. Not thread-safe: one writer per thread.
 */
public final class RecordWriter implements Closeable, Flushable {
  private final TokenWriter writer;
  private final OutputStream out;
  private final boolean array;
  private long written;
  private boolean closed;

  private RecordWriter(TokenWriter writer, OutputStream out, boolean array) {
    this.writer = writer;
    this.out = out;
    this.array = array;
  }

  static RecordWriter ndjson(TokenWriter writer, OutputStream out) {
    return new RecordWriter(writer, out, false);
  }

  static RecordWriter array(TokenWriter writer, OutputStream out) throws IOException {
    writer.startArray();
    return new RecordWriter(writer, out, true);
  }

  /**
   * Writes one record.
   *
   * @param record the record
   * @throws IOException if the output fails, or the writer is closed
   */
  public void write(ChanceryRecord record) throws IOException {
    Objects.requireNonNull(record, "record");
    if (closed) {
      throw new IOException("the record writer is closed");
    }
    RecordEngine.writeRecord(writer, record);
    if (!array) {
      writer.raw("\n");
    }
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
    writer.flush();
  }

  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    try (out) {
      if (array) {
        writer.endArray();
      }
      writer.close();
    }
  }
}
