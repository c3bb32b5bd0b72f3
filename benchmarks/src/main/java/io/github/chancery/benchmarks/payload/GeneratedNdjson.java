package io.github.chancery.benchmarks.payload;

import java.io.InputStream;

/**
 * An NDJSON stream of many records made line by line as it is read, from a few {@link
 * LineTemplates}: it holds one line at a time, never the stream, so that a reader of a million
 * records can be measured in a 64 MB heap. Line {@code n} (from 1) is template {@code (n - 1) mod
 * size} with {@code n} in its id. Making a line costs a copy of its bytes, the same for every
 * reader.
 *
 * <p>Not thread-safe; one stream is read once.
 */
public final class GeneratedNdjson extends InputStream {
  private final LineTemplates templates;
  private final long lineCount;
  private final byte[] line;
  private long lines;
  private int position;
  private int limit;

  /**
   * Returns a stream of lines.
   *
   * @param templates the lines to repeat
   * @param lineCount how many lines, each one record
   */
  public GeneratedNdjson(LineTemplates templates, long lineCount) {
    this.templates = templates;
    this.lineCount = lineCount;
    this.line = new byte[templates.maxLength()];
  }

  @Override
  public int read() {
    if (position == limit && !nextLine()) {
      return -1;
    }
    return line[position++] & 0xFF;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) {
    if (length == 0) {
      return 0;
    }
    int copied = 0;
    while (copied < length) {
      if (position == limit && !nextLine()) {
        break;
      }
      int n = Math.min(length - copied, limit - position);
      System.arraycopy(line, position, buffer, offset + copied, n);
      position += n;
      copied += n;
    }
    return copied == 0 ? -1 : copied;
  }

  private boolean nextLine() {
    if (lines == lineCount) {
      return false;
    }
    limit = templates.write((int) (lines % templates.size()), lines + 1, line);
    position = 0;
    lines++;
    return true;
  }
}
