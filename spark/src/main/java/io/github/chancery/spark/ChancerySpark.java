package io.github.chancery.spark;

import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.record.RecordType;
import io.github.chancery.json.problem.JsonProblem;
import io.github.chancery.json.problem.ProblemsFound;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.SerializableConfiguration;

/**
 * Chancery on a Spark session: validated parallel reading of record files, and the typed
 * encoders of records.
 *
 * <pre>{@code
 * ChancerySpark chancery = ChancerySpark.on(spark);
 * try (CorpusRead read = chancery.read(List.of("hdfs:///corpus/"), ReadMode.KEEP_GOING)) {
 *   System.out.println(read.summary());          // 12 files in 40 pieces: 2,104,311 records kept ...
 *   read.problems().write().json("problems");    // file, line, record_index, path, rule, message, record_id
 *   read.records(RecordType.VOTE).write().parquet("votes");
 *   Dataset<Vote> votes = read.typed(Vote.class);
 * }
 * }</pre>
 *
 * <h2>What is read</h2>
 *
 * Each path is a file or a folder, on any of Hadoop's file systems ({@code hdfs://}, {@code
 * s3a://}, local paths). A folder stands for its files named {@code *.ndjson}, {@code *.jsonl} or
 * {@code *.json}, compressed or not ({@code *.ndjson.gz}: any codec Hadoop knows by its
 * extension), sorted by name; its sub-folders and hidden files ({@code .x}, {@code _SUCCESS}) are
 * not read. A file named {@code .ndjson} or {@code .jsonl} is NDJSON, one record per line, as the
 * importers and {@code RecordWriter} write it; any other file is a JSON array of records when it
 * starts with {@code [}, else NDJSON, as the validator decides. Every record is read by the Jackson
 * 3 line's {@code ChanceryJson.strict()} through the same engine, rules and limits as on one
 * machine, and a bad record has the same problems, paths, rules, messages and lines as {@code
 * ChanceryJson} reading its file alone ({@code readNdjson} or {@code readArray} with a listener).
 * Dossier documents and Popolo are not record files: read them with {@code ChanceryJson} and
 * {@code chancery-popolo}.
 *
 * <h2>What runs in parallel</h2>
 *
 * Files are read in parallel, one task reading one or more whole consecutive files, up to the
 * split size between them. An uncompressed NDJSON file larger than the split size is also split:
 * each task reads the lines that start in its byte range of the file (a line is its range's whose
 * first byte lies in it), and every line keeps its number in the file, since the tasks count their
 * lines and the read adds the lines of the ranges before. JSON arrays and compressed files are
 * not split: one task reads each. The split size is {@link #withSplitSize(long)}, 128 MiB unless
 * set (as Spark's {@code spark.sql.files.maxPartitionBytes}), lowered for a small corpus to spread
 * it over the session's cores, though never below 4 MiB. Tasks are not placed near the data's
 * blocks.
 *
 * <p>The read is one Spark job, run by {@link #read}: its records are kept in Spark's storage
 * (memory, spilling to disk) for the datasets of the {@link CorpusRead}, whose numbers are then
 * known without another job.
 *
 * <p>Immutable and thread-safe; for the driver (it holds the session).
 */
public final class ChancerySpark {
  /** The split size unless set: Spark's default for its own file sources. */
  public static final long DEFAULT_SPLIT_SIZE = 128L << 20;

  private final SparkSession spark;
  private final long splitSize;

  private ChancerySpark(SparkSession spark, long splitSize) {
    this.spark = spark;
    this.splitSize = splitSize;
  }

  /**
   * Returns Chancery on a session.
   *
   * @param spark the session; not null
   * @return Chancery on it, with the default split size
   */
  public static ChancerySpark on(SparkSession spark) {
    return new ChancerySpark(Objects.requireNonNull(spark, "spark"), DEFAULT_SPLIT_SIZE);
  }

  /**
   * Returns a copy that reads at most about {@code bytes} in one task: the size of the byte
   * ranges large NDJSON files are read in, and the most that small files packed into one task
   * add up to.
   *
   * @param bytes the split size, at least 1
   * @return the changed copy
   * @throws IllegalArgumentException if {@code bytes} is less than 1
   */
  public ChancerySpark withSplitSize(long bytes) {
    if (bytes < 1) {
      throw new IllegalArgumentException("the split size must be at least one byte, not " + bytes);
    }
    return new ChancerySpark(spark, bytes);
  }

  /**
   * Returns the session.
   *
   * @return the session; never null
   */
  public SparkSession session() {
    return spark;
  }

  /**
   * Reads files and folders of records, keeping going past bad records: {@code read(paths,
   * ReadMode.KEEP_GOING)}.
   *
   * @param paths files and folders, in corpus order; not null
   * @return what was read
   */
  public CorpusRead read(List<String> paths) {
    return read(paths, ReadMode.KEEP_GOING);
  }

  /**
   * Reads files and folders of records in parallel, validating every record: runs one Spark job,
   * and returns its records, problems and numbers. The corpus's order is the paths' order, a
   * folder's files by name, then each file's order.
   *
   * @param paths files and folders, in corpus order; not null
   * @param mode what to do with a bad record; not null
   * @return what was read; close it to release what Spark keeps of it
   * @throws InvalidRecordException in {@link ReadMode#FAIL_FAST}, at the corpus's first bad record
   * @throws UncheckedIOException if a path is neither file nor folder, or a folder cannot be
   *     listed; a file that cannot be read fails the job, naming the file
   */
  public CorpusRead read(List<String> paths, ReadMode mode) {
    Objects.requireNonNull(paths, "paths");
    Objects.requireNonNull(mode, "mode");
    paths.forEach(path -> Objects.requireNonNull(path, "a path"));
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    List<CorpusFiles.SourceFile> files;
    List<List<Piece>> tasks;
    try {
      files = CorpusFiles.resolve(paths, conf);
      tasks = CorpusFiles.plan(files, splitSize, context.defaultParallelism(), conf);
    } catch (IOException e) {
      throw new UncheckedIOException(e.getMessage(), e);
    }
    List<Piece> pieces = new ArrayList<>();
    tasks.forEach(pieces::addAll);

    Broadcast<SerializableConfiguration> hadoop = context.broadcast(new SerializableConfiguration(conf));
    // One task per list of pieces: parallelize gives each of n elements a slice of its own.
    JavaRDD<ReadItem> items = context.parallelize(tasks, Math.max(1, tasks.size()))
        .mapPartitions(task -> new PieceReader(flatten(task), mode, hadoop.value().value()))
        .setName("chancery read of " + files.size() + " files")
        .persist(StorageLevel.MEMORY_AND_DISK());
    ReadItem.Stats[] stats = new ReadItem.Stats[pieces.size()];
    PieceOffsets offsets;
    try {
      // The one job: every piece read, its records kept, its numbers brought back.
      for (ReadItem item : items.filter(item -> item.kind == ReadItem.STATS).collect()) {
        stats[item.piece] = item.stats;
      }
      offsets = PieceOffsets.of(pieces, stats);
      if (mode == ReadMode.FAIL_FAST) {
        failAtFirstBadRecord(pieces, stats, offsets);
      }
    } catch (RuntimeException e) {
      items.unpersist(false);
      throw e;
    }
    return new CorpusRead(spark, mode, files.stream().map(f -> f.name).toList(), items, context.broadcast(offsets), summary(files.size(), stats));
  }

  /**
   * Returns the encoder of a record class, whose columns are its type's {@link
   * SparkSchemas#of(RecordType) schema}, so that a {@code
   * Dataset<Vote>} is queried with SQL by readable columns and written as Parquet like {@link
   * CorpusRead#records}: {@code spark.createDataset(votes, ChancerySpark.encoder(Vote.class))}.
   * Records go to rows and back through {@link RecordRows}, every rule of the type applying on
   * the way back.
   *
   * <p>It is built on Spark 4's catalyst encoders, which Spark does not promise to keep; the
   * module's tests pin what it does on the Spark version it is built for.
   *
   * @param type a record class, such as {@code Vote.class}; not null
   * @param <T> the record class
   * @return the encoder, shared
   * @throws IllegalArgumentException if the class is no record type's class
   */
  public static <T extends ChanceryRecord> Encoder<T> encoder(Class<T> type) {
    return RecordEncoders.of(type);
  }

  private static Iterator<Piece> flatten(Iterator<List<Piece>> task) {
    List<Piece> pieces = new ArrayList<>();
    task.forEachRemaining(pieces::addAll);
    return pieces.iterator();
  }

  /** Throws for the first bad record of the corpus: the pieces before its own were read whole. */
  private static void failAtFirstBadRecord(List<Piece> pieces, ReadItem.Stats[] stats, PieceOffsets offsets) {
    for (Piece piece : pieces) {
      ReadItem.Stats numbers = stats[piece.index];
      if (numbers != null && numbers.firstBad != null) {
        long line = offsets.line(piece.index, numbers.firstBadLine);
        List<JsonProblem> problems =
            numbers.firstBad.stream().map(p -> offsets.problem(piece.index, numbers.firstBadLine, p)).toList();
        throw new InvalidRecordException(
            piece.name, ProblemsFound.of(problems).atRecord(offsets.index(piece.index, numbers.firstBadIndex), line));
      }
    }
  }

  private static ReadSummary summary(int files, ReadItem.Stats[] stats) {
    Map<RecordType, Long> kept = new EnumMap<>(RecordType.class);
    long bad = 0;
    long problems = 0;
    RecordType[] types = RecordType.values();
    for (ReadItem.Stats piece : stats) {
      if (piece == null) {
        throw new IllegalStateException("a piece of the read gave no numbers");
      }
      for (int t = 0; t < types.length; t++) {
        kept.merge(types[t], piece.kept[t], Long::sum);
      }
      bad += piece.badRecords;
      problems += piece.problems;
    }
    return new ReadSummary(files, stats.length, kept, bad, problems);
  }
}
