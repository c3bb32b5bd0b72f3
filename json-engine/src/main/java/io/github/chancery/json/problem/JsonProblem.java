package io.github.chancery.json.problem;

import io.github.chancery.core.validation.Problem;
import io.github.chancery.core.validation.ProblemCode;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing wrong with a JSON document: which rule was broken (a {@link JsonRule} such as {@code
 * unknown-property} or, for a rule of the core model, its {@code ViolationCode} such as {@code
 * negative}), where ({@code $.counts[1].value}), a message for people, and the id of the record
 * it was found in, when known.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class JsonProblem implements Problem, java.io.Serializable {
  private static final long serialVersionUID = 1L;

  /** The rule broken, a {@link JsonRule} or the core's {@code ViolationCode}; never null. */
  private final ProblemCode code;

  /** The JSON path, such as {@code $.counts[1].value}; never null. */
  private final String path;

  /** What is wrong, for people; never null. */
  private final String message;

  /** The id of the record the problem was found in, or null when unknown. */
  private final String recordId;

  private JsonProblem(ProblemCode code, String path, String message, String recordId) {
    this.code = Objects.requireNonNull(code, "code");
    this.path = Objects.requireNonNull(path, "path");
    this.message = Objects.requireNonNull(message, "message");
    this.recordId = recordId;
  }

  /**
   * Returns a problem.
   *
   * @param code the rule broken
   * @param path the JSON path, starting with {@code $}
   * @param message what is wrong
   * @param recordId the id of the record, or null when unknown
   * @return the problem
   */
  public static JsonProblem of(ProblemCode code, String path, String message, String recordId) {
    return new JsonProblem(code, path, message, recordId);
  }

  /**
   * Returns the rule broken: a {@link JsonRule}, or the core's {@code ViolationCode}; compare
   * {@code code().code()} with a stored string.
   */
  @Override
  public ProblemCode code() {
    return code;
  }

  /** Returns the JSON path of the problem, such as {@code $.counts[1].value}. */
  @Override
  public String path() {
    return path;
  }

  /**
   * Returns the place of the problem as an RFC 6901 JSON Pointer, such as {@code /counts/1/value}
   * for {@code $.counts[1].value}; the empty string for the whole document.
   *
   * @return the pointer, empty for the whole document; never null
   */
  public String pointer() {
    return io.github.chancery.json.internal.Paths.toPointer(path);
  }

  /** Returns what is wrong, for people. */
  @Override
  public String message() {
    return message;
  }

  /**
   * Returns the id of the record the problem was found in, when known.
   *
   * @return the record's id, or empty when it was not known
   */
  public Optional<String> recordId() {
    return Optional.ofNullable(recordId);
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof JsonProblem)) {
      return false;
    }
    JsonProblem that = (JsonProblem) other;
    return code.equals(that.code)
        && path.equals(that.path)
        && message.equals(that.message)
        && Objects.equals(recordId, that.recordId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, path, message, recordId);
  }

  /** Returns {@code path: message [code]}. */
  @Override
  public String toString() {
    return path + ": " + message + " [" + code.code() + "]";
  }
}
