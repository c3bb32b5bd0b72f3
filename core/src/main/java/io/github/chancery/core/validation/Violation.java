package io.github.chancery.core.validation;

import java.util.Objects;

/**
 * One broken rule: where it was broken, which rule, and a message for people.
 *
 * <p>The {@linkplain #path() path} uses the field names of the JSON wire format, relative to the
 * record or value being built: {@code counts[2].value}, {@code signatures[0].on_behalf_of_id}.
 * An empty path means the value itself (for example the text given to
 * {@code PartialDate.parse}).
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Violation implements Problem, java.io.Serializable {
  private static final long serialVersionUID = 1L;

  /** Where the rule was broken, in wire-format names; empty for the value itself; never null. */
  private final String path;

  /** The rule broken; never null. */
  private final ViolationCode code;

  /** What is wrong, for people; never null. */
  private final String message;

  private Violation(String path, ViolationCode code, String message) {
    this.path = Objects.requireNonNull(path, "path");
    this.code = Objects.requireNonNull(code, "code");
    this.message = Objects.requireNonNull(message, "message");
  }

  /**
   * Returns a violation.
   *
   * @param code the rule broken
   * @param path where the rule was broken, in wire-format names; empty for the value itself
   * @param message what is wrong, for people
   * @return the violation
   */
  public static Violation of(ViolationCode code, String path, String message) {
    return new Violation(path, code, message);
  }

  /** Returns where the rule was broken, such as {@code counts[2].value}; empty for the value itself. */
  @Override
  public String path() {
    return path;
  }

  /** Returns the rule broken. */
  @Override
  public ViolationCode code() {
    return code;
  }

  /** Returns what is wrong, for people. */
  @Override
  public String message() {
    return message;
  }

  /**
   * Returns this violation as found inside a larger structure at {@code prefix}.
   *
   * @param prefix the path of the structure this violation was found in, such as {@code counts[2]}
   * @return a violation whose path starts with {@code prefix}
   */
  public Violation under(String prefix) {
    Objects.requireNonNull(prefix, "prefix");
    if (prefix.isEmpty()) {
      return this;
    }
    if (path.isEmpty()) {
      return new Violation(prefix, code, message);
    }
    String joined = path.startsWith("[") ? prefix + path : prefix + "." + path;
    return new Violation(joined, code, message);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Violation
        && path.equals(((Violation) other).path)
        && code == ((Violation) other).code
        && message.equals(((Violation) other).message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(path, code, message);
  }

  /** Returns {@code path: message [code]}, or {@code message [code]} when the path is empty. */
  @Override
  public String toString() {
    return (path.isEmpty() ? "" : path + ": ") + message + " [" + code.code() + "]";
  }
}
