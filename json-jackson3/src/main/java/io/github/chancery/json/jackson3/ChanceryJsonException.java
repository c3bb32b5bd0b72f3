package io.github.chancery.json.jackson3;

import io.github.chancery.json.internal.ProblemMessages;
import io.github.chancery.json.problem.JsonProblem;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.DatabindException;

/**
 * Thrown when JSON cannot be read as Chancery records through Jackson 3: it lists every {@link
 * JsonProblem} found, each with its JSON path, RFC 6901 pointer, rule and message.
 *
 * <p>It is a Jackson 3 {@link DatabindException}, unchecked as all of Jackson 3's exceptions are,
 * so that it passes through any Jackson 3 mapper unchanged; its message is Chancery's own and
 * never names a Java or Jackson type. It is the Jackson 3 counterpart of {@code
 * io.github.chancery.json.ChanceryJsonException} (checked, Jackson 2): both carry the same {@link
 * JsonProblem}s. Nothing half-read is returned when it is thrown. It is serializable with its
 * problems.
 */
public final class ChanceryJsonException extends DatabindException {
  private static final long serialVersionUID = 1L;

  /** The problems found, in document order: an unmodifiable list of at least one. */
  private final List<JsonProblem> problems;

  /**
   * Creates an exception for problems found in one document or value.
   *
   * @param problems at least one problem
   */
  public ChanceryJsonException(List<JsonProblem> problems) {
    super("");
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a ChanceryJsonException needs at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  /**
   * Returns every problem found, in document order; never empty.
   *
   * @return the problems, unmodifiable; never null nor empty
   */
  public List<JsonProblem> problems() {
    return problems;
  }

  /**
   * Returns the id of the record that failed, when known.
   *
   * @return the first record id any problem names, or empty when none names one
   */
  public Optional<String> recordId() {
    return ProblemMessages.recordId(problems);
  }

  @Override
  public String getMessage() {
    return ProblemMessages.invalidJson(problems, -1, -1);
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
