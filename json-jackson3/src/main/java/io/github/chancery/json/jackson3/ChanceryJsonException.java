package io.github.chancery.json.jackson3;

import io.github.chancery.json.internal.ProblemMessages;
import io.github.chancery.json.problem.InvalidJson;
import io.github.chancery.json.problem.JsonProblem;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import tools.jackson.databind.DatabindException;

/**
 * Thrown when JSON cannot be read as Chancery records through Jackson 3: it lists every {@link
 * JsonProblem} found, each with its JSON path, RFC 6901 pointer, rule and message, and, when
 * reading a stream, which record (index, and line for NDJSON) failed.
 *
 * <p>It is a Jackson 3 {@link DatabindException}, unchecked as all of Jackson 3's exceptions are,
 * so that it passes through any Jackson 3 mapper unchanged; its message is Chancery's own and
 * never names a Java or Jackson type. It is the Jackson 3 counterpart of {@code
 * io.github.chancery.json.ChanceryJsonException} (checked, Jackson 2): both are {@link
 * InvalidJson}s with the same {@link JsonProblem}s. Nothing half-read is returned when it is
 * thrown. It is serializable with its problems.
 */
public final class ChanceryJsonException extends DatabindException implements InvalidJson {
  private static final long serialVersionUID = 1L;

  /** The problems found, in document order: an unmodifiable list of at least one. */
  private final List<JsonProblem> problems;

  /** The zero-based index of the failed record in its stream, or -1 when not reading a stream. */
  private final long recordIndex;

  /** The one-based line of the failed record in an NDJSON file, or -1. */
  private final long line;

  /**
   * Creates an exception for problems found in one document or record.
   *
   * @param problems at least one problem
   */
  public ChanceryJsonException(List<JsonProblem> problems) {
    this(problems, -1, -1);
  }

  private ChanceryJsonException(List<JsonProblem> problems, long recordIndex, long line) {
    super("");
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a ChanceryJsonException needs at least one problem");
    }
    this.problems = List.copyOf(problems);
    this.recordIndex = recordIndex;
    this.line = line;
  }

  /**
   * Returns this exception as raised by the record at {@code index} of a stream (and at {@code
   * line} of an NDJSON file).
   *
   * @param index the zero-based index of the record in the stream
   * @param line the one-based line of an NDJSON file, or -1
   * @return the located exception
   */
  public ChanceryJsonException atRecord(long index, long line) {
    return new ChanceryJsonException(problems, index, line);
  }

  /**
   * Returns every problem found, in document order; never empty.
   *
   * @return the problems, unmodifiable; never null nor empty
   */
  @Override
  public List<JsonProblem> problems() {
    return problems;
  }

  /**
   * Returns the id of the record that failed, when known.
   *
   * @return the first record id any problem names, or empty when none names one
   */
  @Override
  public Optional<String> recordId() {
    return ProblemMessages.recordId(problems);
  }

  /**
   * Returns the zero-based index of the failed record in its stream, when reading a stream.
   *
   * @return the index, or empty when the failure is not located in a stream
   */
  @Override
  public OptionalLong recordIndex() {
    return recordIndex < 0 ? OptionalLong.empty() : OptionalLong.of(recordIndex);
  }

  /**
   * Returns the one-based line of the failed record in an NDJSON file.
   *
   * @return the line, or empty when not reading NDJSON
   */
  @Override
  public OptionalLong line() {
    return line < 0 ? OptionalLong.empty() : OptionalLong.of(line);
  }

  @Override
  public String getMessage() {
    return ProblemMessages.invalidJson(problems, recordIndex, line);
  }

  @Override
  public String getOriginalMessage() {
    return getMessage();
  }

  @Override
  public String getLocalizedMessage() {
    return getMessage();
  }

  @Override
  public String toString() {
    return "ChanceryJsonException: " + getMessage();
  }
}
