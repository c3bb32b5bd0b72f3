package io.github.chancery.spark;

import io.github.chancery.json.problem.JsonProblem;
import io.github.chancery.json.problem.JsonRule;
import java.io.Serializable;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Where each piece starts, once every piece has been read: the lines and records of the pieces
 * before it in its file, and the records kept by the pieces before it in the corpus. Turns what
 * the tasks gave, counted from each piece's start, into the rows of {@link CorpusRead#corpus()}
 * and {@link CorpusRead#problems()}, counted from each file's start and the corpus's.
 *
 * <p>Immutable; serializable, since it is broadcast to the tasks.
 */
final class PieceOffsets implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The parser's place in a message about malformed JSON: its line is the line in the file. */
  private static final Pattern PLACE = Pattern.compile("\\(line (\\d+), column (\\d+)\\)$");

  private final String[] files;
  private final long[] lines;
  private final long[] records;
  private final long[] kept;

  private PieceOffsets(String[] files, long[] lines, long[] records, long[] kept) {
    this.files = files;
    this.lines = lines;
    this.records = records;
    this.kept = kept;
  }

  /**
   * Returns the offsets of pieces, in corpus order, from their numbers.
   *
   * @param pieces every piece, in corpus order
   * @param stats each piece's numbers, by piece index; null for a piece after a bad record of a
   *     {@link ReadMode#FAIL_FAST} read, which is never read
   */
  static PieceOffsets of(List<Piece> pieces, ReadItem.Stats[] stats) {
    int n = pieces.size();
    String[] files = new String[n];
    long[] lines = new long[n];
    long[] records = new long[n];
    long[] kept = new long[n];
    long keptBefore = 0;
    for (int i = 0; i < n; i++) {
      Piece piece = pieces.get(i);
      files[i] = piece.name;
      boolean sameFile = i > 0 && pieces.get(i - 1).file == piece.file;
      ReadItem.Stats before = i > 0 ? stats[i - 1] : null;
      if (sameFile && before != null) {
        lines[i] = lines[i - 1] + before.lines;
        records[i] = records[i - 1] + before.records;
      }
      kept[i] = keptBefore;
      if (stats[i] != null) {
        keptBefore += stats[i].keptCount();
      }
    }
    return new PieceOffsets(files, lines, records, kept);
  }

  /** Returns the file a piece is of, as the read names it. */
  String file(int piece) {
    return files[piece];
  }

  /** Returns the line in its file of a line counted in a piece, or -1 for none. */
  long line(int piece, long line) {
    return line < 0 ? -1 : lines[piece] + line;
  }

  /** Returns the index in its file of a record counted in a piece, or -1 for none. */
  long index(int piece, long index) {
    return index < 0 ? -1 : records[piece] + index;
  }

  /** Returns a problem found in a piece, its parser's line moved to the file's. */
  JsonProblem problem(int piece, long line, JsonProblem problem) {
    return line < 0 ? problem : relocate(problem, lines[piece]);
  }

  /** Returns a row of {@link CorpusRead#CORPUS}. */
  Row corpusRow(ReadItem record) {
    long line = line(record.piece, record.line);
    return RowFactory.create(kept[record.piece] + record.kept, files[record.piece], line < 0 ? null : line, record.type, record.id, record.json);
  }

  /** Returns a row of {@link CorpusRead#PROBLEMS}. */
  Row problemRow(ReadItem item) {
    long line = line(item.piece, item.line);
    long index = index(item.piece, item.index);
    JsonProblem problem = problem(item.piece, item.line, item.problem);
    return RowFactory.create(
        files[item.piece],
        line < 0 ? null : line,
        index < 0 ? null : index,
        problem.path(),
        problem.code().code(),
        problem.message(),
        problem.recordId().orElse(null));
  }

  /**
   * Returns a problem whose message names the parser's place with its line moved by {@code
   * delta}: a line of NDJSON is parsed on its own, and told its line in what its task read.
   */
  static JsonProblem relocate(JsonProblem problem, long delta) {
    if (delta == 0 || problem.code() != JsonRule.MALFORMED_JSON) {
      return problem;
    }
    Matcher place = PLACE.matcher(problem.message());
    if (!place.find()) {
      return problem;
    }
    String moved = "(line " + (Long.parseLong(place.group(1)) + delta) + ", column " + place.group(2) + ")";
    return JsonProblem.of(
        problem.code(), problem.path(), problem.message().substring(0, place.start()) + moved, problem.recordId().orElse(null));
  }
}
