package io.github.chancery.json.jackson3;

import io.github.chancery.json.problem.ProblemsFound;
import io.github.chancery.json.problem.InvalidJson;
import io.github.chancery.json.problem.JsonProblem;
import java.util.List;
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

  /** The problems and where in a stream they were found, which the message is built from. */
  private final ProblemsFound found;

  /**
   * Creates an exception for problems found in one document or record.
   *
   * @param problems at least one problem
   */
  public ChanceryJsonException(List<JsonProblem> problems) {
    this(ProblemsFound.of(problems));
  }

  private ChanceryJsonException(ProblemsFound found) {
    super(found.message());
    this.found = found;
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
    return new ChanceryJsonException(found.atRecord(index, line));
  }

  @Override
  public ProblemsFound found() {
    return found;
  }

  /** Chancery's message, without the reference chain Jackson would add to it. */
  @Override
  protected String _buildMessage() {
    return found.message();
  }

  @Override
  public String toString() {
    return "ChanceryJsonException: " + found.message();
  }
}
