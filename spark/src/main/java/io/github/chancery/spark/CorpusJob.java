package io.github.chancery.spark;

import io.github.chancery.core.record.RecordType;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * The Spark job that validates and checks a corpus of record files: it reads them in parallel
 * ({@link ChancerySpark#read}), writes each record type's records as Parquet with readable columns,
 * the problems of bad records and the findings of the consistency report ({@link SparkCheck}) as
 * JSON, and prints a summary.
 *
 * <pre>
 * spark-submit --class io.github.chancery.spark.CorpusJob chancery-spark.jar \
 *     [--mode keep-going|drop|fail-fast] [--split-mb N] [--master URL] --output DIR PATH...
 * </pre>
 *
 * <p>Under {@code DIR}: {@code records/<type>/} (Parquet, one folder per record type read), {@code
 * problems/} and {@code findings/} (JSON lines, the columns of {@link CorpusRead#PROBLEMS} and
 * {@link SparkCheck#FINDINGS_SCHEMA}). Exits with 0 when nothing is wrong, 1 when a record is bad or
 * the report has an error, 2 when the arguments are wrong or a file cannot be read, as the
 * single-machine validator does. {@code --master} is for running without {@code spark-submit}.
 */
public final class CorpusJob {
  /** Exit status: no bad record and no error in the report. */
  public static final int VALID = 0;
  /** Exit status: a bad record, or an error in the report. */
  public static final int INVALID = 1;
  /** Exit status: wrong arguments, or a file that cannot be read. */
  public static final int UNREADABLE = 2;

  private CorpusJob() {}

  /**
   * Runs the job and exits with its status.
   *
   * @param args the options and paths
   */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /**
   * Runs the job on the session the arguments describe (or the one {@code spark-submit} made).
   *
   * @param args the options and paths
   * @param out where the summary goes
   * @param err where usage and failures go
   * @return the exit status
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    Options options = Options.parse(args, err);
    if (options == null) {
      return UNREADABLE;
    }
    SparkSession.Builder builder = SparkSession.builder().appName("chancery-corpus");
    if (options.master != null) {
      builder.master(options.master);
    }
    SparkSession spark = builder.getOrCreate();
    try {
      return run(spark, options, out, err);
    } finally {
      if (options.master != null) {
        spark.stop();
      }
    }
  }

  /**
   * Runs the job on a given session, which it does not stop.
   *
   * @param spark the session
   * @param args the options and paths; {@code --master} is ignored
   * @param out where the summary goes
   * @param err where usage and failures go
   * @return the exit status
   */
  public static int run(SparkSession spark, String[] args, PrintStream out, PrintStream err) {
    Options options = Options.parse(args, err);
    return options == null ? UNREADABLE : run(spark, options, out, err);
  }

  private static int run(SparkSession spark, Options options, PrintStream out, PrintStream err) {
    long start = System.nanoTime();
    ChancerySpark chancery = ChancerySpark.on(spark);
    if (options.splitMegabytes > 0) {
      chancery = chancery.withSplitSize(options.splitMegabytes << 20);
    }
    CorpusRead read;
    try {
      read = chancery.read(options.paths, options.mode);
    } catch (InvalidRecordException bad) {
      err.println("chancery: " + bad.getMessage());
      return INVALID;
    } catch (RuntimeException unreadable) {
      err.println("chancery: cannot read the corpus: " + unreadable.getMessage());
      return UNREADABLE;
    }
    try (read) {
      long readAt = System.nanoTime();
      out.println(read.summary());
      for (Map.Entry<RecordType, Long> kept : read.summary().recordsKeptByType().entrySet()) {
        read.records(kept.getKey()).write().mode(SaveMode.Overwrite).parquet(options.output + "/records/" + kept.getKey().wireName());
      }
      read.problems().write().mode(SaveMode.Overwrite).json(options.output + "/problems");
      long writtenAt = System.nanoTime();
      Dataset<Row> findings = SparkCheck.findings(read.corpus()).cache();
      findings.write().mode(SaveMode.Overwrite).json(options.output + "/findings");
      Map<String, Long> byCode = new TreeMap<>();
      long errors = 0;
      long warnings = 0;
      for (Row row : findings.groupBy("code", "severity").count().collectAsList()) {
        byCode.put(row.getString(0), row.getLong(2));
        if (row.getString(1).equals("error")) {
          errors += row.getLong(2);
        } else {
          warnings += row.getLong(2);
        }
      }
      findings.unpersist();
      long checkedAt = System.nanoTime();
      out.printf(Locale.ROOT, "Consistency report: %,d errors, %,d warnings%n", errors, warnings);
      byCode.forEach((code, count) -> out.printf(Locale.ROOT, "  %s: %,d%n", code, count));
      out.printf(Locale.ROOT, "Read %.1f s, records and problems written %.1f s, checked %.1f s; written under %s%n",
          seconds(start, readAt), seconds(readAt, writtenAt), seconds(writtenAt, checkedAt), options.output);
      return read.summary().badRecords() > 0 || errors > 0 ? INVALID : VALID;
    }
  }

  private static double seconds(long from, long to) {
    return (to - from) / 1e9;
  }

  /** The command line, read. */
  private static final class Options {
    ReadMode mode = ReadMode.KEEP_GOING;
    long splitMegabytes;
    String master;
    String output;
    final List<String> paths = new ArrayList<>();

    static Options parse(String[] args, PrintStream err) {
      Options options = new Options();
      for (int i = 0; i < args.length; i++) {
        String arg = args[i];
        boolean hasValue = i + 1 < args.length;
        if (arg.equals("--mode") && hasValue) {
          String mode = args[++i].toUpperCase(Locale.ROOT).replace('-', '_');
          try {
            options.mode = ReadMode.valueOf(mode);
          } catch (IllegalArgumentException unknown) {
            return usage(err, "--mode is keep-going, drop or fail-fast, not " + args[i]);
          }
        } else if (arg.equals("--split-mb") && hasValue) {
          try {
            options.splitMegabytes = Long.parseLong(args[++i]);
          } catch (NumberFormatException notANumber) {
            return usage(err, "--split-mb needs a number of megabytes, not " + args[i]);
          }
        } else if (arg.equals("--master") && hasValue) {
          options.master = args[++i];
        } else if (arg.equals("--output") && hasValue) {
          options.output = args[++i];
        } else if (arg.startsWith("--")) {
          return usage(err, "unknown option " + arg);
        } else {
          options.paths.add(arg);
        }
      }
      if (options.output == null) {
        return usage(err, "--output DIR is needed");
      }
      if (options.paths.isEmpty()) {
        return usage(err, "no file or folder to read");
      }
      return options;
    }

    private static Options usage(PrintStream err, String problem) {
      err.println("chancery: " + problem);
      err.println("usage: CorpusJob [--mode keep-going|drop|fail-fast] [--split-mb N] [--master URL] --output DIR PATH...");
      return null;
    }
  }
}
