package io.github.chancery.spark;

import io.github.chancery.core.model.Shapes;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.record.RecordType;
import io.github.chancery.core.record.Shape;
import io.github.chancery.json.jackson3.ChanceryJson;
import java.util.List;
import java.util.Objects;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * What a {@link ChancerySpark#read} read: the corpus of good records, the problems of the bad
 * ones, the records of each type as rows of their {@link SparkSchemas schema} or typed, and the
 * {@link ReadSummary numbers}.
 *
 * <p>The corpus's order is the order of the paths read (a folder's files by name), then each
 * file's order; {@link #corpus()}'s {@code position} numbers the good records densely in it, from
 * 0, so that a record's position is its index in {@code Dossier.of(every good record, in
 * order)}: {@code records[position]} in a consistency report. Datasets given here list their rows
 * in that order, until a query reorders them.
 *
 * <p>The records read are kept in Spark's storage until {@link #close()}; the datasets remain
 * usable after it, reading the files again when queried.
 *
 * <p>Immutable and thread-safe; for the driver.
 */
public final class CorpusRead implements AutoCloseable {
  /**
   * The columns of {@link #corpus()}: {@code position} (long), {@code file}, {@code line} (long,
   * one-based; null in a JSON array), {@code record_type} (its wire name, {@code vote}), {@code
   * id} and {@code json} (the record's canonical JSON, in one line, as the Jackson 3 line writes
   * it).
   */
  public static final StructType CORPUS = new StructType(new StructField[] {
    field("position", DataTypes.LongType, false),
    field("file", DataTypes.StringType, false),
    field("line", DataTypes.LongType, true),
    field("record_type", DataTypes.StringType, false),
    field("id", DataTypes.StringType, false),
    field("json", DataTypes.StringType, false)
  });

  /**
   * The columns of {@link #problems()}, one row per problem of a bad record: {@code file}, {@code
   * line} (long, one-based; null in a JSON array), {@code record_index} (long, the record's
   * zero-based index among its file's records, good and bad; null when the file could not be read
   * as far as a record), {@code path} (the JSON path, {@code $.counts[0].value}; {@code $[3]...}
   * in an array), {@code rule} (the rule's code, {@code malformed-json}, {@code unknown-type},
   * {@code required}, {@code negative}...), {@code message} and {@code record_id} (null when the
   * record's id could not be read). The same problems, in the same words, as {@code ChanceryJson}
   * gives for the file read alone.
   */
  public static final StructType PROBLEMS = new StructType(new StructField[] {
    field("file", DataTypes.StringType, false),
    field("line", DataTypes.LongType, true),
    field("record_index", DataTypes.LongType, true),
    field("path", DataTypes.StringType, false),
    field("rule", DataTypes.StringType, false),
    field("message", DataTypes.StringType, false),
    field("record_id", DataTypes.StringType, true)
  });

  private final SparkSession spark;
  private final ReadMode mode;
  private final List<String> files;
  private final JavaRDD<ReadItem> items;
  private final Broadcast<PieceOffsets> offsets;
  private final ReadSummary summary;

  CorpusRead(
      SparkSession spark, ReadMode mode, List<String> files, JavaRDD<ReadItem> items, Broadcast<PieceOffsets> offsets, ReadSummary summary) {
    this.spark = spark;
    this.mode = mode;
    this.files = List.copyOf(files);
    this.items = items;
    this.offsets = offsets;
    this.summary = summary;
  }

  private static StructField field(String name, DataType type, boolean nullable) {
    return new StructField(name, type, nullable, Metadata.empty());
  }

  /** One JSON line per executor JVM, made where it is used. */
  private static final class Line {
    static final ChanceryJson JSON = ChanceryJson.strict();
  }

  /**
   * Returns the mode the files were read in.
   *
   * @return the mode; never null
   */
  public ReadMode mode() {
    return mode;
  }

  /**
   * Returns the files read, in corpus order, as {@link #corpus()} and {@link #problems()} name
   * them: a path as given, a folder's file as the folder's path and the file's name.
   *
   * @return the files; unmodifiable
   */
  public List<String> files() {
    return files;
  }

  /**
   * Returns the numbers of the read, known without another Spark job.
   *
   * @return the numbers; never null
   */
  public ReadSummary summary() {
    return summary;
  }

  /**
   * Returns every good record, one row each, in corpus order, with the columns {@link #CORPUS}.
   *
   * @return the corpus; a new dataset on each call
   */
  public Dataset<Row> corpus() {
    Broadcast<PieceOffsets> at = offsets;
    JavaRDD<Row> rows = items.filter(item -> item.kind == ReadItem.RECORD).map(item -> at.value().corpusRow(item));
    return spark.createDataFrame(rows, CORPUS);
  }

  /**
   * Returns every problem of every bad record, in corpus order, with the columns {@link
   * #PROBLEMS}; empty in {@link ReadMode#DROP}, whose problems are only counted.
   *
   * @return the problems; a new dataset on each call
   */
  public Dataset<Row> problems() {
    Broadcast<PieceOffsets> at = offsets;
    JavaRDD<Row> rows = items.filter(item -> item.kind == ReadItem.PROBLEM).map(item -> at.value().problemRow(item));
    return spark.createDataFrame(rows, PROBLEMS);
  }

  /**
   * Returns the good records of a type as rows of its {@link SparkSchemas#of(RecordType) schema},
   * in corpus order: readable columns for SQL and Parquet. Made from each record's JSON by {@link
   * RecordRows}, in the tasks.
   *
   * @param type the record type; not null
   * @return the records; a new dataset on each call
   */
  public Dataset<Row> records(RecordType type) {
    String wire = Objects.requireNonNull(type, "type").wireName();
    JavaRDD<Row> rows = items
        .filter(item -> item.kind == ReadItem.RECORD && item.type.equals(wire))
        .map(item -> RecordRows.toRow(Line.JSON.read(item.json)));
    return spark.createDataFrame(rows, SparkSchemas.of(type));
  }

  /**
   * Returns the good records of a record class as a typed dataset, in corpus order, whose columns
   * are those of {@link #records(RecordType)}: {@code read.typed(Vote.class).filter(v ->
   * v.result().isPresent())}, or SQL on the same columns. Its encoder is {@link
   * ChancerySpark#encoder(Class)}.
   *
   * @param type a record class, such as {@code Vote.class}; not null
   * @param <T> the record class
   * @return the records; a new dataset on each call
   * @throws IllegalArgumentException if the class is no record type's class
   */
  public <T extends ChanceryRecord> Dataset<T> typed(Class<T> type) {
    Encoder<T> encoder = ChancerySpark.encoder(type);
    RecordType record = Shapes.forClass(type).flatMap(Shape::recordType).orElseThrow();
    return records(record).as(encoder);
  }

  /**
   * Releases what Spark keeps of the read; the datasets given remain usable, reading the files
   * again when queried. Idempotent.
   */
  @Override
  public void close() {
    items.unpersist(false);
  }
}
