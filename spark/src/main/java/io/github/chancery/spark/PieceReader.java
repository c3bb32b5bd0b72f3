package io.github.chancery.spark;

import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.json.format.RecordReader;
import io.github.chancery.json.jackson3.ChanceryJson;
import io.github.chancery.json.jackson3.ChanceryJsonException;
import io.github.chancery.json.problem.JsonProblem;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;

/**
 * Reads the pieces of one task, in order, through {@code ChanceryJson}'s own record readers, one
 * record at a time: memory does not grow with a piece's size. Gives each kept record and each
 * problem of a bad record as it comes, then each piece's numbers. A failing file system fails
 * the task (Spark then tries it again), naming the file; what the reader reports of the text is a
 * problem.
 *
 * <p>Not thread-safe: one per task.
 */
final class PieceReader implements Iterator<ReadItem> {
  /** Bytes buffered from a file, and looked at to tell an array from NDJSON. */
  private static final int BUFFER = 1 << 16;

  /** One JSON line per executor JVM, made where it is used. */
  private static final class Line {
    static final ChanceryJson JSON = ChanceryJson.strict();
  }

  private final Iterator<Piece> pieces;
  private final ReadMode mode;
  private final Configuration conf;
  private final ArrayDeque<ReadItem> pending = new ArrayDeque<>();
  private CompressionCodecFactory codecs;
  private Piece piece;
  private RecordReader reader;
  private LineRange range;
  private ReadItem.Stats stats;
  private boolean ndjson;
  /** 1 when a range was given a blank first line (see {@link LineRange}), else 0. */
  private int shift;
  private boolean stopped;

  PieceReader(Iterator<Piece> pieces, ReadMode mode, Configuration conf) {
    this.pieces = pieces;
    this.mode = mode;
    this.conf = conf;
  }

  @Override
  public boolean hasNext() {
    while (pending.isEmpty() && step()) {
      // read on until something is found or nothing is left
    }
    return !pending.isEmpty();
  }

  @Override
  public ReadItem next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more records in this task's pieces");
    }
    return pending.poll();
  }

  /** Reads one record, or opens the next piece; false when every piece has been read. */
  private boolean step() {
    try {
      if (reader == null) {
        if (stopped || !pieces.hasNext()) {
          return false;
        }
        open(pieces.next());
      } else {
        readOne();
      }
      return true;
    } catch (IOException e) {
      closeQuietly();
      throw new UncheckedIOException("cannot read " + piece + ": " + e.getMessage(), e);
    }
  }

  private void open(Piece next) throws IOException {
    piece = next;
    stats = new ReadItem.Stats();
    Path path = new Path(next.location);
    FileSystem fs = path.getFileSystem(conf);
    InputStream in;
    Piece.Format format;
    if (next.whole()) {
      InputStream raw = fs.open(path);
      if (next.compressed) {
        raw = codec(path).createInputStream(raw);
      }
      BufferedInputStream buffered = new BufferedInputStream(raw, BUFFER);
      format = next.format == Piece.Format.DETECT ? CorpusFiles.detect(buffered) : next.format;
      in = buffered;
      range = null;
      shift = 0;
    } else {
      FSDataInputStream raw = fs.open(path);
      raw.seek(Math.max(0, next.start - 1));
      range = new LineRange(new BufferedInputStream(raw, BUFFER), next.start, next.end);
      in = range;
      format = Piece.Format.NDJSON;
      shift = next.start > 0 ? 1 : 0;
    }
    ndjson = format == Piece.Format.NDJSON;
    ChanceryJson json = Line.JSON;
    if (mode == ReadMode.FAIL_FAST) {
      reader = ndjson ? json.readNdjson(in) : json.readArray(in);
    } else {
      reader = ndjson ? json.readNdjson(in, this::bad) : json.readArray(in, this::bad);
    }
  }

  private CompressionCodec codec(Path path) throws IOException {
    if (codecs == null) {
      codecs = new CompressionCodecFactory(conf);
    }
    CompressionCodec codec = codecs.getCodec(path);
    if (codec == null) {
      throw new IOException("no codec for " + path.getName() + " in this Hadoop configuration");
    }
    return codec;
  }

  private void readOne() throws IOException {
    ChanceryRecord record;
    try {
      record = reader.next();
    } catch (ChanceryJsonException e) {
      // The first bad record of a fail-fast read, or an array that cannot be read on.
      bad(e);
      stopped = mode == ReadMode.FAIL_FAST;
      finish();
      return;
    }
    if (record == null) {
      finish();
      return;
    }
    long kept = stats.keptCount();
    stats.kept[record.recordType().ordinal()]++;
    pending.add(ReadItem.record(
        piece.index,
        ndjson ? reader.line() - shift : -1,
        reader.recordsSeen() - 1,
        kept,
        record.recordType().wireName(),
        record.id(),
        Line.JSON.write(record)));
  }

  /** Counts a bad record, and lists its problems unless they are dropped. */
  private void bad(ChanceryJsonException e) {
    stats.badRecords++;
    stats.problems += e.problems().size();
    long line = ndjson && e.line().isPresent() ? e.line().getAsLong() - shift : -1;
    long index = e.recordIndex().orElse(-1);
    String id = e.recordId().orElse(null);
    List<JsonProblem> problems = new ArrayList<>(e.problems().size());
    for (JsonProblem problem : e.problems()) {
      JsonProblem named = problem.recordId().isPresent() || id == null
          ? problem
          : JsonProblem.of(problem.code(), problem.path(), problem.message(), id);
      problems.add(line < 0 ? named : PieceOffsets.relocate(named, -shift));
    }
    if (stats.firstBad == null) {
      stats.firstBad = problems;
      stats.firstBadLine = line;
      stats.firstBadIndex = index;
    }
    if (mode != ReadMode.DROP) {
      for (JsonProblem problem : problems) {
        pending.add(ReadItem.problem(piece.index, line, index, problem));
      }
    }
  }

  private void finish() throws IOException {
    stats.records = reader.recordsSeen();
    stats.lines = range != null ? range.lineFeeds() : Math.max(0, reader.line());
    pending.add(ReadItem.stats(piece.index, stats));
    RecordReader done = reader;
    reader = null;
    range = null;
    done.close();
  }

  private void closeQuietly() {
    if (reader != null) {
      try {
        reader.close();
      } catch (IOException | RuntimeException ignored) {
        // the failure being reported matters more
      }
      reader = null;
    }
  }
}
