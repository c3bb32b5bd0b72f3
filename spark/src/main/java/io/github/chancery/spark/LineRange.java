package io.github.chancery.spark;

import java.io.IOException;
import java.io.InputStream;

/**
 * The lines of an NDJSON file that start in a byte range {@code [start, end)}: a line belongs to
 * the range its first byte is in, so that the ranges of a file give each of its lines once. The
 * bytes of the last line are read past {@code end}, to its line feed. A range that is not the
 * first of its file begins with one line feed of its own, so that the reader sees a blank first
 * line: its first real line is then never taken for the file's first, whose byte order mark the
 * reader would skip. Counts the line feeds it gives, that one left out.
 *
 * <p>Not thread-safe.
 */
final class LineRange extends InputStream {
  private final InputStream in;
  private final long start;
  private final long end;
  /** The position in the file of the next byte {@code in} gives. */
  private long position;
  private boolean prefix;
  private boolean started;
  private boolean done;
  private int last = -1;
  private long lineFeeds;

  /**
   * Reads a range of a file.
   *
   * @param in the file, positioned at {@code start - 1}, or at 0 when {@code start} is 0; closed
   *     with this stream
   * @param start the first byte of the range
   * @param end the byte after the range
   */
  LineRange(InputStream in, long start, long end) {
    this.in = in;
    this.start = start;
    this.end = end;
    this.position = Math.max(0, start - 1);
    this.prefix = start > 0;
  }

  /** Returns how many line feeds were given, the one of the blank first line left out. */
  long lineFeeds() {
    return lineFeeds;
  }

  /** Skips the end of the line that began before the range: the range's lines start after it. */
  private void begin() throws IOException {
    started = true;
    if (start == 0) {
      return;
    }
    int c;
    do {
      c = in.read();
      if (c < 0) {
        done = true;
        return;
      }
      position++;
    } while (c != '\n');
    // A line starting at end or later is the next range's.
    done = position >= end;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    if (prefix) {
      prefix = false;
      b[off] = '\n';
      return 1;
    }
    if (!started) {
      begin();
    }
    if (done) {
      return -1;
    }
    if (position < end) {
      // Every byte before end belongs to a line that starts in the range.
      int n = in.read(b, off, (int) Math.min(len, end - position));
      if (n < 0) {
        done = true;
        return -1;
      }
      for (int i = off; i < off + n; i++) {
        if (b[i] == '\n') {
          lineFeeds++;
        }
      }
      position += n;
      last = b[off + n - 1];
      done = position >= end && last == '\n';
      return n;
    }
    // Past end: the last line's rest, to its line feed.
    int n = 0;
    while (n < len) {
      int c = in.read();
      if (c < 0) {
        done = true;
        break;
      }
      position++;
      b[off + n++] = (byte) c;
      if (c == '\n') {
        lineFeeds++;
        done = true;
        break;
      }
    }
    return n == 0 ? -1 : n;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
