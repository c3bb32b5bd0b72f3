package io.github.chancery.json.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The lines of an NDJSON stream, read as UTF-8 through a fixed buffer. Each line's bytes are kept up to a limit (the
 * rest of a longer line is read and dropped) and decoded strictly on their own, so that a bad
 * byte spoils its own line only. Buffers are reused from line to line.
 * Not thread-safe.
 */
public final class NdjsonLines implements Closeable {
  private static final int SLACK = 4; // a byte order mark or a carriage return, not counted

  private final InputStream in;
  private final int limit;
  private final byte[] buffer = new byte[8192];
  private final java.nio.charset.CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
          .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
  private byte[] bytes = new byte[1024];
  private char[] chars = new char[1024];
  private java.nio.ByteBuffer byteView;
  private java.nio.CharBuffer charView;
  private int byteCount;
  private int length;
  private int position;
  private int end;
  private long lineNumber;
  private int byteFrom; // where the last line's bytes start and end in bytes, without a byte order mark or a carriage return
  private int byteTo;
  private boolean tooLong;
  private boolean notUtf8;

  /**
   * Reads lines from a stream.
   *
   * @param in the stream, closed with this source
   * @param limit the longest line kept, in bytes: {@code maxRecordLength}
   */
  public NdjsonLines(InputStream in, int limit) {
    this.in = in;
    this.limit = limit;
  }

  /**
   * Reads the next line, without its terminator, into {@link #chars()}.
   *
   * @return its length in characters (0 when it was too long or not UTF-8), or -1 at the end
   * @throws IOException if the stream fails
   */
  public int next() throws IOException {
    byteCount = 0;
    length = 0;
    tooLong = false;
    notUtf8 = false;
    boolean any = false;
    long seen = 0;
    long kept = (long) limit + SLACK;
    while (true) {
      if (position == end) {
        end = in.read(buffer, 0, buffer.length);
        position = 0;
        if (end <= 0) {
          end = 0;
          if (!any) {
            return -1;
          }
          break;
        }
      }
      any = true;
      // Find the end of the line in what is buffered, then copy the run at once: a byte at a
      // time was a fifth of the time of reading a stream.
      int start = position;
      int stop = start;
      while (stop < end && buffer[stop] != '\n') {
        stop++;
      }
      int run = stop - start;
      if (seen < kept) {
        int keep = (int) Math.min(run, kept - seen);
        if (byteCount + keep > bytes.length) {
          bytes = java.util.Arrays.copyOf(bytes, (int) Math.min(kept, Math.max(2L * bytes.length, (long) byteCount + keep)));
        }
        System.arraycopy(buffer, start, bytes, byteCount, keep);
        byteCount += keep;
      }
      seen += run;
      if (stop < end) {
        position = stop + 1;
        break;
      }
      position = stop;
    }
    lineNumber++;
    int from = 0;
    int to = byteCount;
    if (lineNumber == 1 && to >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF) {
      from = 3;
      seen -= 3;
    }
    if (to > from && bytes[to - 1] == '\r' && seen <= (long) limit + SLACK) {
      to--;
      seen--;
    }
    if (seen > limit) {
      tooLong = true;
      return 0;
    }
    byteFrom = from;
    byteTo = to;
    decode(from, to);
    return length;
  }

  private void decode(int from, int to) {
    if (chars.length < to - from) {
      chars = new char[Math.max(to - from, 2 * chars.length)];
      charView = null;
    }
    // ASCII, as most lines are, is its own UTF-8: copied without the decoder.
    int ascii = from;
    while (ascii < to && bytes[ascii] >= 0) {
      chars[ascii - from] = (char) bytes[ascii];
      ascii++;
    }
    if (ascii == to) {
      length = to - from;
      return;
    }
    // The views over the buffers are made again only when a buffer is: lines come by the million.
    if (byteView == null || byteView.array() != bytes) {
      byteView = java.nio.ByteBuffer.wrap(bytes);
    }
    if (charView == null) {
      charView = java.nio.CharBuffer.wrap(chars);
    }
    byteView.limit(to).position(from);
    charView.clear();
    decoder.reset();
    java.nio.charset.CoderResult result = decoder.decode(byteView, charView, true);
    if (!result.isError()) {
      result = decoder.flush(charView);
    }
    if (result.isError()) {
      notUtf8 = true;
      length = 0;
    } else {
      length = charView.position();
    }
  }

  /**
   * Returns the buffer holding the last line read, in its first {@code length} characters.
   *
   * @return the buffer, reused from line to line
   */
  public char[] chars() {
    return chars;
  }

  /**
   * Returns the buffer holding the last line's bytes, from {@link #byteStart()}: with a line
   * break after them, written by {@link #endWithLineBreak()}, they can be fed to a parser.
   *
   * @return the buffer, reused from line to line
   */
  public byte[] bytes() {
    return bytes;
  }

  /**
   * Returns where the last line's bytes start in {@link #bytes()}, after a byte order mark.
   *
   * @return the offset
   */
  public int byteStart() {
    return byteFrom;
  }

  /**
   * Writes a line break after the last line's bytes (over the carriage return, if it had one),
   * so that a parser fed them knows that a value at their end is whole.
   *
   * @return where the bytes end, after the line break
   */
  public int endWithLineBreak() {
    if (byteTo == bytes.length) {
      bytes = java.util.Arrays.copyOf(bytes, bytes.length + 1); // the decoder's view follows the buffer
    }
    bytes[byteTo] = '\n';
    return byteTo + 1;
  }

  /**
   * Returns whether the last line read holds only JSON's white space (spaces, tabs, carriage
   * returns): a line of other white space, such as U+2028 or U+000B, is not blank but a bad
   * record, which is reported rather than dropped.
   *
   * @return true for a blank line
   */
  public boolean lastWasBlank() {
    for (int i = 0; i < length; i++) {
      char c = chars[i];
      if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns whether the last line read was longer than the limit; its text was not kept.
   *
   * @return true for a line over the limit
   */
  public boolean lastWasTooLong() {
    return tooLong;
  }

  /**
   * Returns whether the last line read is not valid UTF-8; its text was not kept.
   *
   * @return true for a line that is not UTF-8
   */
  public boolean lastWasNotUtf8() {
    return notUtf8;
  }

  /**
   * Returns the one-based number of the last line read.
   *
   * @return the line number, 0 before the first
   */
  public long lineNumber() {
    return lineNumber;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
