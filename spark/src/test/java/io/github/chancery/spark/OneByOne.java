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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.apache.spark.sql.Row;

/**
 * Files read one after the other on one machine, by {@code ChanceryJson} with a listener of bad
 * records, as the validator reads them: what a parallel read must give. Records and problems are
 * written as lines of text, {@code file|line|...}, so that a difference shows where it is.
 */
final class OneByOne {
  private static final ChanceryJson JSON = ChanceryJson.strict();

  /** The good records, in order, and the lines of the corpus and problems. */
  final List<ChanceryRecord> records = new ArrayList<>();
  final List<String> corpus = new ArrayList<>();
  final List<String> problems = new ArrayList<>();

  /**
   * Reads files, each named as the parallel read names it.
   *
   * @param files each file and its name
   */
  static OneByOne read(List<Path> files, List<String> names) {
    OneByOne read = new OneByOne();
    for (int i = 0; i < files.size(); i++) {
      read.file(files.get(i), names.get(i));
    }
    return read;
  }

  private void file(Path file, String name) {
    String fileName = file.getFileName().toString();
    String base = fileName.endsWith(".gz") ? fileName.substring(0, fileName.length() - 3) : fileName;
    try (InputStream in = open(file)) {
      boolean ndjson = base.endsWith(".ndjson") || base.endsWith(".jsonl") || !startsAsArray(in);
      RecordReader reader = ndjson ? JSON.readNdjson(in, bad -> bad(name, bad)) : JSON.readArray(in, bad -> bad(name, bad));
      try (reader) {
        for (ChanceryRecord record = reader.next(); record != null; record = reader.next()) {
          records.add(record);
          corpus.add(name + "|" + (ndjson ? reader.line() : "null") + "|" + record.recordType().wireName() + "|" + record.id() + "|" + JSON.write(record));
        }
      } catch (ChanceryJsonException stopped) {
        bad(name, stopped);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void bad(String name, ChanceryJsonException bad) {
    for (JsonProblem problem : bad.problems()) {
      problems.add(String.join("|",
          name,
          bad.line().isPresent() ? String.valueOf(bad.line().getAsLong()) : "null",
          bad.recordIndex().isPresent() ? String.valueOf(bad.recordIndex().getAsLong()) : "null",
          problem.path(),
          problem.code().code(),
          problem.message(),
          problem.recordId().or(bad::recordId).orElse("null")));
    }
  }

  private static InputStream open(Path file) throws IOException {
    InputStream in = Files.newInputStream(file);
    if (file.getFileName().toString().endsWith(".gz")) {
      in = new GZIPInputStream(in);
    }
    return new BufferedInputStream(in);
  }

  /** Whether the text starts with {@code [}, after white space; the stream stays where it was. */
  private static boolean startsAsArray(InputStream in) throws IOException {
    in.mark(1 << 16);
    try {
      for (int c = in.read(); c >= 0; c = in.read()) {
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != 0xEF && c != 0xBB && c != 0xBF) {
          return c == '[';
        }
      }
      return false;
    } finally {
      in.reset();
    }
  }

  /** A row of {@link CorpusRead#CORPUS}, without its position, as a line of {@link #corpus}. */
  static String corpusLine(Row row) {
    return row.getAs("file") + "|" + row.getAs("line") + "|" + row.getAs("record_type") + "|" + row.getAs("id") + "|" + row.getAs("json");
  }

  /** A row of {@link CorpusRead#PROBLEMS} as a line of {@link #problems}. */
  static String problemLine(Row row) {
    return String.join("|",
        row.<String>getAs("file"),
        String.valueOf(row.<Object>getAs("line")),
        String.valueOf(row.<Object>getAs("record_index")),
        row.<String>getAs("path"),
        row.<String>getAs("rule"),
        row.<String>getAs("message"),
        String.valueOf(row.<Object>getAs("record_id")));
  }
}
