package io.github.chancery.spark;

import io.github.chancery.core.record.RecordType;
import io.github.chancery.json.problem.JsonProblem;
import java.io.Serializable;
import java.util.List;

/**
 * What a task reading pieces gives, in the pieces' order: a record kept, a problem of a bad
 * record, or, last for each piece, the piece's {@link Stats}. Lines, record indexes and kept
 * indexes count from the piece's start; {@link PieceOffsets} moves them to the file's and the
 * corpus's, once every piece's numbers are known.
 *
 * <p>Immutable once made; serializable, since Spark keeps and moves them.
 */
final class ReadItem implements Serializable {
  private static final long serialVersionUID = 1L;

  static final byte RECORD = 0;
  static final byte PROBLEM = 1;
  static final byte STATS = 2;

  final byte kind;
  final int piece;
  /** The one-based line within the piece, or -1 when not NDJSON (or not known). */
  final long line;
  /** The zero-based index of the record among the piece's records, good and bad, or -1. */
  final long index;
  /** A record's index among the piece's kept records. */
  final long kept;
  /** A record's type's wire name; else null. */
  final String type;
  /** A record's id; else null. */
  final String id;
  /** A record's canonical JSON; else null. */
  final String json;
  /** A problem; else null. */
  final JsonProblem problem;
  /** A piece's numbers, for {@link #STATS}; else null. */
  final Stats stats;

  private ReadItem(byte kind, int piece, long line, long index, long kept, String type, String id, String json, JsonProblem problem, Stats stats) {
    this.kind = kind;
    this.piece = piece;
    this.line = line;
    this.index = index;
    this.kept = kept;
    this.type = type;
    this.id = id;
    this.json = json;
    this.problem = problem;
    this.stats = stats;
  }

  static ReadItem record(int piece, long line, long index, long kept, String type, String id, String json) {
    return new ReadItem(RECORD, piece, line, index, kept, type, id, json, null, null);
  }

  static ReadItem problem(int piece, long line, long index, JsonProblem problem) {
    return new ReadItem(PROBLEM, piece, line, index, -1, null, null, null, problem, null);
  }

  static ReadItem stats(int piece, Stats stats) {
    return new ReadItem(STATS, piece, -1, -1, -1, null, null, null, null, stats);
  }

  /** The numbers of one piece, and its first bad record. Filled by one task, then read only. */
  static final class Stats implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Lines of the piece: the line feeds of a byte range, which is all later ranges need. */
    long lines;
    /** Records read, good and bad. */
    long records;
    /** Records kept, by {@link RecordType} ordinal. */
    final long[] kept = new long[RecordType.values().length];
    long badRecords;
    long problems;
    /** The first bad record's problems, or null when the piece has none. */
    List<JsonProblem> firstBad;
    long firstBadLine = -1;
    long firstBadIndex = -1;

    long keptCount() {
      long sum = 0;
      for (long n : kept) {
        sum += n;
      }
      return sum;
    }
  }
}
