package io.github.chancery.json;

import io.github.chancery.json.problem.JsonRule;
import io.github.chancery.json.internal.jackson.ParseFailures;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.json.internal.Paths;
import io.github.chancery.json.internal.ReadContext;
import io.github.chancery.json.internal.RecordEngine;
import io.github.chancery.json.internal.jackson.JacksonTokenReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Reads a stream of mixed records, NDJSON or a JSON array, one record at a time: memory use
 * does not grow with the length of the stream.
 *
 * <pre>{@code
 * try (RecordReader records = ChanceryJson.strict().readNdjson(in)) {
 *   for (ChanceryRecord record = records.next(); record != null; record = records.next()) {
 *     ...
 *   }
 * }
 * }</pre>
 *
 * <p>A bad record either stops the reading with a {@link ChanceryJsonException} that names its
 * index (and its line, for NDJSON), or, when the reader was made with a listener, is skipped and
 * reported to it. Blank lines of NDJSON are ignored. Not thread-safe: one reader per thread.
 */
public final class RecordReader implements Closeable {
  private final ChanceryJson json;
  private final Consumer<ChanceryJsonException> onBadRecord;
  private final LineSource lines;
  private final InputStream arrayInput;
  private JsonParser array;
  private final ReadContext lineContext;
  private long index;
  private long skipped;
  private boolean finished;

  private RecordReader(
      ChanceryJson json, Consumer<ChanceryJsonException> onBadRecord, LineSource lines, InputStream arrayInput) {
    this.json = json;
    this.onBadRecord = onBadRecord;
    this.lines = lines;
    this.arrayInput = arrayInput;
    this.lineContext = new ReadContext(json.ignoredListener());
  }

  static RecordReader ndjson(ChanceryJson json, InputStream in, Consumer<ChanceryJsonException> onBadRecord) {
    return new RecordReader(json, onBadRecord, new LineSource(in, json.limits().maxRecordLength()), null);
  }

  static RecordReader array(ChanceryJson json, InputStream in, Consumer<ChanceryJsonException> onBadRecord) {
    // The parser is made on the first read, so that a failing stream fails there, as an
    // IOException, rather than here.
    return new RecordReader(json, onBadRecord, null, in);
  }

  /**
   * Returns the next record, or null at the end of the stream.
   *
   * @return the next valid record, or null when there is none
   * @throws ChanceryJsonException if a record is bad and no listener was given, or if an array is
   *     malformed
   * @throws IOException if the underlying stream fails
   */
  public ChanceryRecord next() throws IOException {
    while (!finished) {
      try {
        ChanceryRecord record = lines != null ? nextLine() : nextElement();
        if (record != null) {
          index++;
          return record;
        }
      } catch (ChanceryJsonException bad) {
        index++;
        if (onBadRecord == null || !bad.recordIndex().isPresent()) {
          finished = true;
          throw bad;
        }
        skipped++;
        onBadRecord.accept(bad);
      }
    }
    return null;
  }

  /**
   * Returns the records not yet read, one at a time, for a {@code for} loop. The iterator reads
   * from this reader: use one of {@code next()}, the iterator and {@link #stream()}, once.
   *
   * <p>{@code hasNext()} reads the next record ahead, so {@link #recordsSeen()} counts it once
   * {@code hasNext()} has been asked. Since an iterator cannot throw checked exceptions, a bad record that stops the reading
   * and a failing stream are thrown as an {@link UncheckedIOException} whose {@linkplain
   * UncheckedIOException#getCause() cause} is the {@link ChanceryJsonException} or the {@link
   * IOException}, as {@code java.nio.file.Files.lines} does.
   *
   * @return the iterator of the records
   */
  public Iterator<ChanceryRecord> iterator() {
    return new Iterator<>() {
      private ChanceryRecord ahead;

      @Override
      public boolean hasNext() {
        if (ahead == null) {
          try {
            ahead = RecordReader.this.next();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
        return ahead != null;
      }

      @Override
      public ChanceryRecord next() {
        if (!hasNext()) {
          throw new NoSuchElementException("no more records in the stream");
        }
        ChanceryRecord record = ahead;
        ahead = null;
        return record;
      }
    };
  }

  /**
   * Returns the records not yet read as a sequential, lazy stream; closing the stream closes
   * this reader. Failures are thrown as by {@link #iterator()}.
   *
   * <pre>{@code
   * try (Stream<ChanceryRecord> records = ChanceryJson.strict().readNdjson(in).stream()) {
   *   long votes = records.filter(Vote.class::isInstance).count();
   * }
   * }</pre>
   *
   * @return the stream of the records
   */
  public Stream<ChanceryRecord> stream() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL), false)
        .onClose(() -> {
          try {
            close();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  /**
   * Returns how many records were returned or skipped so far.
   *
   * @return the number of records returned or skipped, zero or more
   */
  public long recordsSeen() {
    return index;
  }

  /**
   * Returns the line of the last record read from NDJSON, or -1 when reading an array.
   *
   * @return the one-based line, or -1 when reading an array
   */
  public long line() {
    return lines == null ? -1 : lines.lineNumber();
  }

  /**
   * Returns how many bad records were skipped so far.
   *
   * @return the number of records skipped, zero or more
   */
  public long recordsSkipped() {
    return skipped;
  }

  private ChanceryRecord nextLine() throws IOException {
    int length;
    do {
      length = lines.next();
      if (length < 0) {
        finished = true;
        return null;
      }
    } while (lines.lastWasBlank() && !lines.lastWasTooLong() && !lines.lastWasNotUtf8());
    long lineNumber = lines.lineNumber();
    if (lines.lastWasTooLong()) {
      throw ParseFailures.single(JsonRule.LIMIT_EXCEEDED, Paths.ROOT, tooLongMessage()).atRecord(index, lineNumber);
    }
    if (lines.lastWasNotUtf8()) {
      // A line break is never part of a multi-byte UTF-8 sequence, so the next line is sound.
      throw ParseFailures.single(JsonRule.MALFORMED_JSON, Paths.ROOT, "the line is not valid UTF-8")
          .atRecord(index, lineNumber);
    }
    // Parsed where it lies in the line buffer, without a copy.
    JsonParser parser = json.streamFactory().createParser(lines.chars(), 0, length);
    try (parser) {
      ReadContext context = lineContext.reset();
      parser.nextToken();
      ChanceryRecord record = RecordEngine.readRecord(JacksonTokenReader.of(parser), ChanceryRecord.class, context);
      if (parser.nextToken() != null) {
        context.problem(JsonRule.TRAILING_TOKENS, Paths.ROOT, "a line must hold exactly one record");
      }
      return finish(record, context, lineNumber);
    } catch (JsonProcessingException e) {
      throw ParseFailures.from(e, parser, lineNumber - 1).atRecord(index, lineNumber);
    }
  }

  private ChanceryRecord nextElement() throws IOException {
    try {
      if (array == null) {
        array = json.streamFactory().createParser(arrayInput);
        JsonToken first = array.nextToken();
        if (first != JsonToken.START_ARRAY) {
          finished = true;
          throw ParseFailures.single(JsonRule.WRONG_TYPE, Paths.ROOT, "expected an array of records");
        }
      }
      JsonToken token = array.nextToken();
      if (token == JsonToken.END_ARRAY || token == null) {
        finished = true;
        if (token == null) {
          throw ParseFailures.single(JsonRule.MALFORMED_JSON, Paths.ROOT, "the array is not closed");
        }
        if (array.nextToken() != null) {
          throw ParseFailures.single(JsonRule.TRAILING_TOKENS, Paths.ROOT, "unexpected content after the end of the array");
        }
        return null;
      }
      String path = Paths.index(Paths.ROOT, index);
      // The context the parser returns to once the element is over, whatever its depth.
      JsonStreamContext around = token.isStructStart() ? array.getParsingContext().getParent() : array.getParsingContext();
      ReadContext context = new ReadContext(json.ignoredListener()).at(path);
      ChanceryRecord record;
      try {
        // Bounded while it is read, so that a huge element is never held in memory whole.
        record =
            RecordEngine.readRecord(
                JacksonTokenReader.bounded(array, json.limits().maxRecordLength()), ChanceryRecord.class, context);
      } catch (JacksonTokenReader.TooLong tooLong) {
        ChanceryJsonException bad = ParseFailures.single(JsonRule.LIMIT_EXCEEDED, path, tooLongMessage());
        throw skipRestOf(around) ? bad.atRecord(index, -1) : stop(bad);
      } catch (StreamConstraintsException overLimit) {
        // A string over its limit spoils this element only, when the parser can still find where
        // the element ends; a number or nesting over its limit leaves it lost, and stops.
        ChanceryJsonException bad = ParseFailures.from(overLimit, array);
        throw skipRestOf(around) ? bad.atRecord(index, -1) : stop(bad);
      }
      return finish(record, context, -1);
    } catch (ChanceryJsonException e) {
      throw e;
    } catch (JsonProcessingException e) {
      // The rest of a malformed array cannot be found reliably: stop, whatever the listener.
      finished = true;
      throw ParseFailures.from(e, array);
    } catch (java.io.CharConversionException e) {
      finished = true;
      throw ParseFailures.notAnEncoding();
    }
  }

  /**
   * Skips the rest of the current element token by token, without keeping its text.
   *
   * @return whether the parser is at the element's end, ready for the next one
   */
  private boolean skipRestOf(JsonStreamContext around) throws IOException {
    try {
      while (array.getParsingContext() != around) {
        if (array.nextToken() == null) {
          return false;
        }
      }
      return true;
    } catch (JsonProcessingException cannotFindTheEnd) {
      return false;
    }
  }

  /** Ends the reading with a problem that no listener can skip. */
  private ChanceryJsonException stop(ChanceryJsonException problem) {
    finished = true;
    return problem;
  }

  private ChanceryRecord finish(ChanceryRecord record, ReadContext context, long line) throws ChanceryJsonException {
    if (context.hasProblems() || record == null) {
      throw new ChanceryJsonException(context.problems()).atRecord(index, line);
    }
    return record;
  }

  private String tooLongMessage() {
    return "the record is longer than the limit of " + json.limits().maxRecordLength() + " (maxRecordLength)";
  }

  @Override
  public void close() throws IOException {
    finished = true;
    if (lines != null) {
      lines.close();
    } else if (array != null) {
      array.close();
    } else {
      arrayInput.close();
    }
  }

  /**
   * Lines of UTF-8 read through a fixed buffer. Each line's bytes are kept up to a limit (the
   * rest of a longer line is read and dropped) and decoded strictly on their own, so that a bad
   * byte spoils its own line only. Buffers are reused from line to line.
   */
  private static final class LineSource implements Closeable {
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
    private int byteCount;
    private int length;
    private int position;
    private int end;
    private long lineNumber;
    private boolean tooLong;
    private boolean notUtf8;

    LineSource(InputStream in, int limit) {
      this.in = in;
      this.limit = limit;
    }

    /**
     * Reads the next line, without its terminator, into {@link #chars()}.
     *
     * @return its length in characters (0 when it was too long or not UTF-8), or -1 at the end
     */
    int next() throws IOException {
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
      decode(from, to);
      return length;
    }

    private void decode(int from, int to) {
      if (chars.length < to - from) {
        chars = new char[Math.max(to - from, 2 * chars.length)];
      }
      java.nio.CharBuffer out = java.nio.CharBuffer.wrap(chars);
      decoder.reset();
      java.nio.charset.CoderResult result = decoder.decode(java.nio.ByteBuffer.wrap(bytes, from, to - from), out, true);
      if (!result.isError()) {
        result = decoder.flush(out);
      }
      if (result.isError()) {
        notUtf8 = true;
        length = 0;
      } else {
        length = out.position();
      }
    }

    /** Returns the buffer holding the last line read, in its first {@code length} characters. */
    char[] chars() {
      return chars;
    }

    boolean lastWasBlank() {
      for (int i = 0; i < length; i++) {
        if (!Character.isWhitespace(chars[i])) {
          return false;
        }
      }
      return true;
    }

    boolean lastWasTooLong() {
      return tooLong;
    }

    boolean lastWasNotUtf8() {
      return notUtf8;
    }

    long lineNumber() {
      return lineNumber;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
