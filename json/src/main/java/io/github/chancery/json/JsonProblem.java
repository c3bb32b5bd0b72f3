package io.github.chancery.json;

import java.util.Objects;
import java.util.Optional;

/**
 * One thing wrong with a JSON document: where ({@code $.counts[1].value}), which rule was broken
 * (a stable code such as {@code unknown-property} or, for a rule of the core model, its code such
 * as {@code negative}), a message for people, and the id of the record it was found in, when
 * known.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class JsonProblem {
  private final String path;
  private final String rule;
  private final String message;
  private final String recordId;

  private JsonProblem(String path, String rule, String message, String recordId) {
    this.path = Objects.requireNonNull(path, "path");
    this.rule = Objects.requireNonNull(rule, "rule");
    this.message = Objects.requireNonNull(message, "message");
    this.recordId = recordId;
  }

  /**
   * Returns a problem.
   *
   * @param path the JSON path, starting with {@code $}
   * @param rule the stable code of the rule broken
   * @param message what is wrong
   * @param recordId the id of the record, or null when unknown
   * @return the problem
   */
  public static JsonProblem of(String path, String rule, String message, String recordId) {
    return new JsonProblem(path, rule, message, recordId);
  }

  /** Returns the JSON path of the problem, such as {@code $.counts[1].value}. */
  public String path() {
    return path;
  }

  /** Returns the stable code of the rule broken, such as {@code duplicate-key} or {@code negative}. */
  public String rule() {
    return rule;
  }

  /** Returns what is wrong, for people. */
  public String message() {
    return message;
  }

  /** Returns the id of the record the problem was found in, when known. */
  public Optional<String> recordId() {
    return Optional.ofNullable(recordId);
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof JsonProblem)) {
      return false;
    }
    JsonProblem that = (JsonProblem) other;
    return path.equals(that.path)
        && rule.equals(that.rule)
        && message.equals(that.message)
        && Objects.equals(recordId, that.recordId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(path, rule, message, recordId);
  }

  /** Returns {@code path: message [rule]}. */
  @Override
  public String toString() {
    return path + ": " + message + " [" + rule + "]";
  }
}
