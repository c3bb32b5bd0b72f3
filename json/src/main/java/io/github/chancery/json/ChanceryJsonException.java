package io.github.chancery.json;

import io.github.chancery.json.problem.ProblemsFound;
import io.github.chancery.json.problem.InvalidJson;
import io.github.chancery.json.problem.JsonProblem;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.List;

/**
 * Thrown when JSON cannot be read as Chancery records: it lists every {@link JsonProblem} found,
 * each with its JSON path, rule and message, and, when reading a stream, which record (index,
 * and line for NDJSON) failed.
 *
 * <p>It is a {@link JsonMappingException}, so that it passes through any Jackson {@code
 * ObjectMapper} unchanged; its message is Chancery's own and never names a Java or Jackson type.
 * Nothing half-read is returned when it is thrown.
 */
public final class ChanceryJsonException extends JsonMappingException implements InvalidJson {
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
    super(null, found.message());
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
