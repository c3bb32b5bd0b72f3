package io.github.chancery.json.format;

import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.json.internal.BoundedTokens;
import io.github.chancery.json.internal.JsonSyntax;
import io.github.chancery.json.internal.FedLines;
import io.github.chancery.json.internal.NdjsonLines;
import io.github.chancery.json.internal.ParseFailure;
import io.github.chancery.json.internal.Paths;
import io.github.chancery.json.internal.ReadContext;
import io.github.chancery.json.internal.RecordEngine;
import io.github.chancery.json.internal.TokenReader;
import io.github.chancery.json.internal.TokenReader.Token;
import io.github.chancery.json.problem.InvalidJson;
import io.github.chancery.json.problem.JsonProblem;
import io.github.chancery.json.problem.JsonRule;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads a stream of mixed records, NDJSON or a JSON array, one record at a time: memory use
 * does not grow with the length of the stream. Made by a {@code ChanceryJson} of either Jackson
 * line ({@code readNdjson}, {@code readArray}), which it reads through.
 *
 * <pre>{@code
 * try (RecordReader records = ChanceryJson.strict().readNdjson(in)) {
 *   for (ChanceryRecord record = records.next(); record != null; record = records.next()) {
 *     ...
 *   }
 * }
 * }</pre>
 *
 * <p>A bad record either stops the reading with the line's {@code ChanceryJsonException} (an
 * {@link InvalidJson}), which names its index (and its line, for NDJSON), or, when the reader was
 * made with a listener, is skipped and reported to it. Blank lines of NDJSON are ignored; a line
 * that is too long or not UTF-8 spoils only itself. Not thread-safe: one reader per thread.
 */
public final class RecordReader implements Closeable {
  private final JsonSyntax syntax;
  private final int maxRecordLength;
  private final Consumer<Exception> onBadRecord;
  private final NdjsonLines lines;
  private final InputStream arrayInput;
  private final ReadContext context;
  private final Listened listened; // the listener for unknown properties, or null when strict
  private FedLines fed; // the parser the lines are fed to, or null before the first line and after a bad one
  private boolean cannotFeed; // the line cannot read lines fed to one parser
  private TokenReader array;
  private long index;
  private long skipped;
  private boolean finished;

  private RecordReader(
      JsonSyntax syntax, int maxRecordLength, Consumer<JsonProblem> ignored, Consumer<Exception> onBadRecord, NdjsonLines lines, InputStream arrayInput) {
    this.syntax = syntax;
    this.maxRecordLength = maxRecordLength;
    this.onBadRecord = onBadRecord;
    this.lines = lines;
    this.arrayInput = arrayInput;
    this.listened = ignored == null ? null : new Listened(ignored);
    this.context = new ReadContext(listened).rememberingReferences(); // a stream names the same records again and again
  }

  /**
   * The listener told of unknown properties, which can let pass the reports it has made already:
   * a line read again by a parser of its own, after the parser fed every line failed inside it,
   * reports the properties that parser had reported once.
   */
  private static final class Listened implements Consumer<JsonProblem> {
    private final Consumer<JsonProblem> listener;
    private int told; // reports made for the line read now
    private int toPass; // reports of the line already made, which its reading again makes again

    Listened(Consumer<JsonProblem> listener) {
      this.listener = listener;
    }

    @Override
    public void accept(JsonProblem problem) {
      if (toPass > 0) {
        toPass--;
        return;
      }
      told++;
      listener.accept(problem);
    }
  }

  static RecordReader ndjson(
      JsonSyntax syntax, int maxRecordLength, Consumer<JsonProblem> ignored, InputStream in, Consumer<Exception> onBadRecord) {
    return new RecordReader(syntax, maxRecordLength, ignored, onBadRecord, new NdjsonLines(in, maxRecordLength), null);
  }

  static RecordReader array(
      JsonSyntax syntax, int maxRecordLength, Consumer<JsonProblem> ignored, InputStream in, Consumer<Exception> onBadRecord) {
    // The parser is made on the first read, so that a failing stream fails there, as an
    // IOException, rather than here.
    return new RecordReader(syntax, maxRecordLength, ignored, onBadRecord, null, in);
  }

  /**
   * A bad record on its way to the line's exception: its problems, where it is, and whether the
   * reading can go on after it.
   */
  private static final class Bad extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient List<JsonProblem> problems;
    private final boolean skippable;

    Bad(List<JsonProblem> problems, boolean skippable) {
      super(null, null, false, false);
      this.problems = problems;
      this.skippable = skippable;
    }
  }

  private static Bad bad(JsonProblem problem, boolean skippable) {
    return new Bad(List.of(problem), skippable);
  }

  /**
   * Returns the next record, or null at the end of the stream.
   *
   * @return the next valid record, or null when there is none
   * @throws IOException if the underlying stream fails; or the line's {@code
   *     ChanceryJsonException} (an {@link InvalidJson}, unchecked in Jackson 3) if a record is bad
   *     and no listener was given, or if an array is malformed
   */
  public ChanceryRecord next() throws IOException {
    while (!finished) {
      long at = index;
      try {
        ChanceryRecord record = lines != null ? nextLine() : nextElement();
        if (record != null) {
          index++;
          return record;
        }
      } catch (Bad bad) {
        index++;
        Exception failure = syntax.failure(bad.problems, bad.skippable ? at : -1, bad.skippable ? line() : -1);
        if (onBadRecord == null || !bad.skippable) {
          finished = true;
          throw JsonSyntax.raise(failure);
        }
        skipped++;
        onBadRecord.accept(failure);
      }
    }
    return null;
  }

  /**
   * Returns the records not yet read, one at a time, for a {@code for} loop. The iterator reads
   * from this reader: use one of {@code next()}, the iterator and {@link #stream()}, once.
   *
   * <p>{@code hasNext()} reads the next record ahead, so {@link #recordsSeen()} counts it once
   * {@code hasNext()} has been asked. Since an iterator cannot throw checked exceptions, a failing
   * stream, and a bad record that stops the reading when its exception is checked (Jackson 2), are
   * thrown as an {@link UncheckedIOException} whose {@linkplain UncheckedIOException#getCause()
   * cause} is the {@code ChanceryJsonException} or the {@link IOException}, as {@code
   * java.nio.file.Files.lines} does; Jackson 3's unchecked exception is thrown as it is.
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

  private ChanceryRecord nextLine() throws IOException, Bad {
    int length;
    do {
      length = lines.next();
      if (length < 0) {
        finished = true;
        return null;
      }
    } while (lines.lastWasBlank() && !lines.lastWasTooLong() && !lines.lastWasNotUtf8());
    if (lines.lastWasTooLong()) {
      throw bad(JsonProblem.of(JsonRule.LIMIT_EXCEEDED, Paths.ROOT, tooLong(), null), true);
    }
    if (lines.lastWasNotUtf8()) {
      // A line break is never part of a multi-byte UTF-8 sequence, so the next line is sound.
      throw bad(JsonProblem.of(JsonRule.MALFORMED_JSON, Paths.ROOT, "the line is not valid UTF-8", null), true);
    }
    ChanceryRecord fedRead = fed(lines);
    if (fedRead != null) {
      return fedRead;
    }
    // Parsed where it lies in the line buffer, without a copy.
    try (TokenReader line = syntax.line(lines.chars(), 0, length)) {
      ReadContext record = context.reset();
      line.next();
      ChanceryRecord read = RecordEngine.readRecord(line, ChanceryRecord.class, record);
      if (line.next() != null) {
        record.problem(JsonRule.TRAILING_TOKENS, Paths.ROOT, "a line must hold exactly one record");
      }
      return finish(read, record);
    } catch (ParseFailure failure) {
      throw bad(failure.problem(lines.lineNumber() - 1), true);
    }
  }

  /**
   * Reads the line with the parser every line is fed to, or returns null when it must be read
   * with a parser of its own: when that parser fails inside the line (malformed, incomplete, over
   * a limit), the line is read again alone, and the problem is the one a line has always had,
   * in its words; the parser, spent, is made anew for the next line. A parser for each line made
   * its objects anew for each, a third of what reading a stream allocated.
   */
  private ChanceryRecord fed(NdjsonLines lines) throws IOException, Bad {
    if (fed == null) {
      if (cannotFeed) {
        return null;
      }
      fed = syntax.fedLines();
      if (fed == null) {
        cannotFeed = true;
        return null;
      }
    }
    if (listened != null) {
      listened.told = 0;
      listened.toPass = 0;
    }
    if (lines.chars()[0] == '\uFEFF') {
      // A parser fed bytes skips a byte order mark at the start of its input, where a line must
      // refuse one (the stream's own mark, before the first line, is gone already).
      return null;
    }
    ReadContext record = context.reset();
    ChanceryRecord read;
    boolean trailing;
    try {
      int end = lines.endWithLineBreak(); // first: it may make the buffer anew
      fed.feed(lines.bytes(), lines.byteStart(), end);
      fed.next();
      read = RecordEngine.readRecord(fed, ChanceryRecord.class, record);
      trailing = fed.next() != null;
    } catch (ParseFailure failure) {
      spend(); // its buffers go back to Jackson's pool, as a line's own parser's do
      if (listened != null) {
        listened.toPass = listened.told;
      }
      return null;
    }
    if (trailing || !fed.lineUsedUp()) {
      spend(); // what follows the record is left unread: this parser cannot take the next line
    }
    if (trailing) {
      record.problem(JsonRule.TRAILING_TOKENS, Paths.ROOT, "a line must hold exactly one record");
    }
    return finish(read, record);
  }

  /** Closes the parser the lines are fed to, which cannot go on; the next line makes another. */
  private void spend() {
    try {
      fed.close();
    } catch (IOException cannotFail) {
      // A parser of bytes in memory closes nothing that can fail.
    }
    fed = null;
  }

  private ChanceryRecord nextElement() throws IOException, Bad {
    try {
      if (array == null) {
        array = syntax.stream(arrayInput);
        if (array.next() != Token.START_ARRAY) {
          finished = true;
          throw bad(JsonProblem.of(JsonRule.WRONG_TYPE, Paths.ROOT, "expected an array of records", null), false);
        }
      }
      Token token = array.next();
      if (token == Token.END_ARRAY || token == null) {
        finished = true;
        if (token == null) {
          throw bad(JsonProblem.of(JsonRule.MALFORMED_JSON, Paths.ROOT, "the array is not closed", null), false);
        }
        if (array.next() != null) {
          throw bad(JsonProblem.of(JsonRule.TRAILING_TOKENS, Paths.ROOT, "unexpected content after the end of the array", null), false);
        }
        return null;
      }
      String path = Paths.index(Paths.ROOT, index);
      ReadContext record = context.reset().at(path);
      // Bounded while it is read, so that a huge element is never held in memory whole.
      BoundedTokens element = new BoundedTokens(array, maxRecordLength);
      try {
        return finish(RecordEngine.readRecord(element, ChanceryRecord.class, record), record);
      } catch (BoundedTokens.TooLong tooLong) {
        throw bad(JsonProblem.of(JsonRule.LIMIT_EXCEEDED, path, tooLong(), null), element.skipRest());
      } catch (ParseFailure failure) {
        if (failure.kind() != ParseFailure.Kind.LIMIT) {
          throw failure;
        }
        // A string over its limit spoils this element only, when the parser can still find where
        // the element ends; a number or nesting over its limit leaves it lost, and stops.
        throw bad(failure.problem(0), element.skipRest());
      }
    } catch (ParseFailure failure) {
      // The rest of a malformed array cannot be found reliably: stop, whatever the listener.
      finished = true;
      throw bad(failure.problem(0), false);
    }
  }

  private ChanceryRecord finish(ChanceryRecord record, ReadContext read) throws Bad {
    if (read.hasProblems() || record == null) {
      throw new Bad(List.copyOf(read.problems()), true);
    }
    return record;
  }

  private String tooLong() {
    return "the record is longer than the limit of " + maxRecordLength + " (maxRecordLength)";
  }

  @Override
  public void close() throws IOException {
    finished = true;
    if (fed != null) {
      spend();
    }
    if (lines != null) {
      lines.close();
      return;
    }
    try (InputStream in = arrayInput) {
      if (array != null) {
        array.close();
      }
    }
  }
}
