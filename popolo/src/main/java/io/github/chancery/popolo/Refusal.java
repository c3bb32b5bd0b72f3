package io.github.chancery.popolo;

import io.github.chancery.core.validation.ProblemCode;
import io.github.chancery.json.problem.JsonProblem;
import java.io.IOException;

/**
 * The import's refusal of a file that is not JSON Popolo can be read from: a key given twice, a
 * file that is empty, holds something after its value, or is not Popolo at all. {@link Popolo}
 * turns it into the JSON line's own exception, so that it never reaches a caller as itself.
 *
 * <p>Immutable; carries no stack trace, since a corpus may hold many broken files.
 */
final class Refusal extends IOException {
  private static final long serialVersionUID = 1L;

  /** What is wrong with the file; never null. */
  private final JsonProblem problem;

  private Refusal(JsonProblem problem) {
    super(problem.toString());
    this.problem = problem;
  }

  /**
   * Returns a refusal.
   *
   * @param rule the rule the file breaks; not null
   * @param path the JSON path of what breaks it; not null
   * @param message what is wrong, for people; not null
   * @return the refusal
   */
  static Refusal of(ProblemCode rule, String path, String message) {
    return new Refusal(JsonProblem.of(rule, path, message, null));
  }

  /**
   * Returns what is wrong with the file.
   *
   * @return the problem; never null
   */
  JsonProblem problem() {
    return problem;
  }

  @Override
  public synchronized Throwable fillInStackTrace() {
    return this;
  }
}
