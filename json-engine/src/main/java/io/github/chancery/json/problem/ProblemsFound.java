package io.github.chancery.json.problem;

import io.github.chancery.json.internal.ProblemMessages;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What JSON that could not be read as Chancery's was found to hold: the problems, in document
 * order, and where in a stream the record stood; and the message, worded the same whichever
 * Jackson read. Each line's {@code ChanceryJsonException} holds one and gives it by {@link
 * InvalidJson#found()}: a value that can be kept without the exception, such as for every bad
 * record of a stream a listener is told of.
 *
 * <p>Immutable and thread-safe; serializable.
 */
public final class ProblemsFound implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The problems, unmodifiable; at least one. */
  private final List<JsonProblem> problems;
  /** The zero-based index of the failed record in its stream, or -1 when not reading a stream. */
  private final long recordIndex;
  /** The one-based line of the failed record in an NDJSON file, or -1. */
  private final long line;

  private ProblemsFound(List<JsonProblem> problems, long recordIndex, long line) {
    this.problems = problems;
    this.recordIndex = recordIndex;
    this.line = line;
  }

  /**
   * Returns the problems of one document or record, not located in a stream.
   *
   * @param problems at least one problem; copied
   * @return the problems found
   * @throws IllegalArgumentException when there is none
   */
  public static ProblemsFound of(List<JsonProblem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a ChanceryJsonException needs at least one problem");
    }
    return new ProblemsFound(List.copyOf(problems), -1, -1);
  }

  /**
   * Returns the same problems, found in the record at {@code index} of a stream (and at {@code
   * line} of an NDJSON file).
   *
   * @param index the zero-based index of the record in the stream, or -1
   * @param line the one-based line of an NDJSON file, or -1
   * @return the located problems
   */
  public ProblemsFound atRecord(long index, long line) {
    return new ProblemsFound(problems, index, line);
  }

  /**
   * Returns the problems, in document order.
   *
   * @return the problems, unmodifiable; never empty
   */
  public List<JsonProblem> problems() {
    return problems;
  }

  /**
   * Returns the id of the record that failed, when a problem names it.
   *
   * @return the first record id a problem names, or empty when none names one
   */
  public Optional<String> recordId() {
    return ProblemMessages.recordId(problems);
  }

  /**
   * Returns the index of the failed record in its stream.
   *
   * @return the index, or empty when the problems are not located in a stream
   */
  public OptionalLong recordIndex() {
    return recordIndex < 0 ? OptionalLong.empty() : OptionalLong.of(recordIndex);
  }

  /**
   * Returns the line of the failed record in an NDJSON file.
   *
   * @return the line, or empty when not reading NDJSON
   */
  public OptionalLong line() {
    return line < 0 ? OptionalLong.empty() : OptionalLong.of(line);
  }

  /**
   * Returns the message: {@code Invalid JSON in record 2 (line 4) of record 'vote-1': ...}, never
   * naming a Java or Jackson type.
   *
   * @return the message, built on each call
   */
  public String message() {
    return ProblemMessages.invalidJson(problems, recordIndex, line);
  }
}
