package io.github.chancery.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.json.codec.Paths;
import io.github.chancery.json.codec.ReadContext;
import io.github.chancery.json.codec.RecordCodecs;
import io.github.chancery.json.codec.TreeReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
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
  private final JsonParser array;
  private long index;
  private long skipped;
  private boolean finished;

  private RecordReader(
      ChanceryJson json, Consumer<ChanceryJsonException> onBadRecord, LineSource lines, JsonParser array) {
    this.json = json;
    this.onBadRecord = onBadRecord;
    this.lines = lines;
    this.array = array;
  }

  static RecordReader ndjson(ChanceryJson json, InputStream in, Consumer<ChanceryJsonException> onBadRecord) {
    // Malformed UTF-8 is an error, not silently replaced; a leading byte order mark is skipped.
    Reader reader =
        new InputStreamReader(
            in,
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT));
    return new RecordReader(json, onBadRecord, new LineSource(reader, json.limits().maxRecordLength()), null);
  }

  static RecordReader array(ChanceryJson json, InputStream in, Consumer<ChanceryJsonException> onBadRecord) {
    try {
      return new RecordReader(json, onBadRecord, null, json.streamFactory().createParser(in));
    } catch (IOException e) {
      throw new IllegalStateException("cannot create a parser", e);
    }
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

  /** Returns how many records were returned or skipped so far. */
  public long recordsSeen() {
    return index;
  }

  /** Returns the line of the last record read from NDJSON, or -1 when reading an array. */
  public long line() {
    return lines == null ? -1 : lines.lineNumber();
  }

  /** Returns how many bad records were skipped so far. */
  public long recordsSkipped() {
    return skipped;
  }

  private ChanceryRecord nextLine() throws IOException {
    int length;
    do {
      try {
        length = lines.next();
      } catch (java.nio.charset.CharacterCodingException e) {
        finished = true; // the decoder cannot find the next line reliably
        throw Failures.single(Paths.ROOT, JsonRule.MALFORMED_JSON, "the text is not valid UTF-8")
            .atRecord(index, lines.lineNumber() + 1);
      }
      if (length < 0) {
        finished = true;
        return null;
      }
    } while (lines.lastWasBlank() && !lines.lastWasTooLong());
    long lineNumber = lines.lineNumber();
    if (lines.lastWasTooLong()) {
      throw Failures.single(Paths.ROOT, JsonRule.LIMIT_EXCEEDED, tooLongMessage()).atRecord(index, lineNumber);
    }
    // Parsed where it lies in the line buffer, without a copy.
    JsonParser parser = json.streamFactory().createParser(lines.chars(), 0, length);
    try (parser) {
      ReadContext context = new ReadContext(json.ignoredListener());
      JsonNode tree = TreeReader.read(parser, Paths.ROOT, context);
      if (parser.nextToken() != null) {
        context.problem(Paths.ROOT, JsonRule.TRAILING_TOKENS, "a line must hold exactly one record");
      }
      return finish(RecordCodecs.read(tree, ChanceryRecord.class, Paths.ROOT, context), context, lineNumber);
    } catch (JsonProcessingException e) {
      throw Failures.from(e, parser, json.limits(), lineNumber - 1).atRecord(index, lineNumber);
    }
  }

  private ChanceryRecord nextElement() throws IOException {
    try {
      if (index == 0 && array.currentToken() == null) {
        JsonToken first = array.nextToken();
        if (first != JsonToken.START_ARRAY) {
          finished = true;
          throw Failures.single(Paths.ROOT, JsonRule.WRONG_TYPE, "expected an array of records");
        }
      }
      JsonToken token = array.nextToken();
      if (token == JsonToken.END_ARRAY || token == null) {
        finished = true;
        if (token == null) {
          throw Failures.single(Paths.ROOT, JsonRule.MALFORMED_JSON, "the array is not closed");
        }
        if (array.nextToken() != null) {
          throw Failures.single(Paths.ROOT, JsonRule.TRAILING_TOKENS, "unexpected content after the end of the array");
        }
        return null;
      }
      String path = Paths.index(Paths.ROOT, index);
      // The context the parser returns to once the element is over, whatever its depth.
      JsonStreamContext around = token.isStructStart() ? array.getParsingContext().getParent() : array.getParsingContext();
      ReadContext context = new ReadContext(json.ignoredListener());
      JsonNode tree;
      try {
        // Bounded while it is read, so that a huge element is never held in memory whole.
        tree = TreeReader.read(array, path, context, json.limits().maxRecordLength());
      } catch (TreeReader.TooLong tooLong) {
        while (array.getParsingContext() != around && array.nextToken() != null) {
          // Skips the rest of the element token by token, without keeping its text.
        }
        throw Failures.single(path, JsonRule.LIMIT_EXCEEDED, tooLongMessage()).atRecord(index, -1);
      }
      return finish(RecordCodecs.read(tree, ChanceryRecord.class, path, context), context, -1);
    } catch (ChanceryJsonException e) {
      throw e;
    } catch (JsonProcessingException e) {
      // The rest of a malformed array cannot be found reliably: stop, whatever the listener.
      finished = true;
      throw Failures.from(e, array, json.limits());
    }
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
    } else {
      array.close();
    }
  }

  /**
   * Lines of text read through a fixed buffer into a reused line buffer, which grows to at most
   * {@code limit} characters: the rest of a longer line is read and dropped.
   */
  private static final class LineSource implements Closeable {
    private final Reader reader;
    private final int limit;
    private final char[] buffer = new char[8192];
    private char[] line = new char[1024];
    private int length;
    private int position;
    private int end;
    private long lineNumber;
    private boolean tooLong;

    LineSource(Reader reader, int limit) {
      this.reader = reader;
      this.limit = limit;
    }

    /**
     * Reads the next line, without its terminator, into {@link #chars()}.
     *
     * @return its length, or -1 at the end
     */
    int next() throws IOException {
      length = 0;
      tooLong = false;
      boolean any = false;
      while (true) {
        if (position == end) {
          end = reader.read(buffer, 0, buffer.length);
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
        char c = buffer[position++];
        if (c == '\n') {
          break;
        }
        if (length < limit) {
          if (length == line.length) {
            line = java.util.Arrays.copyOf(line, (int) Math.min((long) limit, 2L * line.length));
          }
          line[length++] = c;
        } else {
          tooLong = true;
        }
      }
      lineNumber++;
      if (lineNumber == 1 && length > 0 && line[0] == '\uFEFF') {
        System.arraycopy(line, 1, line, 0, --length);
      }
      if (length > 0 && line[length - 1] == '\r') {
        length--;
      }
      return length;
    }

    /** Returns the buffer holding the last line read, in its first {@code length} characters. */
    char[] chars() {
      return line;
    }

    boolean lastWasBlank() {
      for (int i = 0; i < length; i++) {
        if (!Character.isWhitespace(line[i])) {
          return false;
        }
      }
      return true;
    }

    boolean lastWasTooLong() {
      return tooLong;
    }

    long lineNumber() {
      return lineNumber;
    }

    @Override
    public void close() throws IOException {
      reader.close();
    }
  }
}
