package io.github.chancery.core.validation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Thrown when a record or value cannot be built because its data breaks one or more rules.
 *
 * <p>This is the one exception type of Chancery's core. It lists every violation found, not only
 * the first, each with its path, its stable {@link ViolationCode} and a message. When the
 * failing object is a record, the exception also names its type and, if it had one, its id.
 * Nothing half-built escapes: the object that failed was never created.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ValidationException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  // Serialized with the exception: a List.copyOf list and Violations are both serializable.
  /** The violations, in the order found: an unmodifiable list of at least one. */
  private final List<Violation> violations;

  /** The wire name of the record type that failed, or null when a part or a value failed. */
  private final String recordType;

  /** The id of the record that failed, or null when it had none or it was malformed. */
  private final String recordId;

  /**
   * Creates an exception for the given violations.
   *
   * @param recordType the wire name of the record type that failed ({@code vote}), or null for a value
   * @param recordId the id of the record that failed, or null when unknown
   * @param violations the violations, at least one
   */
  public ValidationException(String recordType, String recordId, List<Violation> violations) {
    super(describe(recordType, recordId, violations));
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("a ValidationException needs at least one violation");
    }
    this.violations = List.copyOf(violations);
    this.recordType = recordType;
    this.recordId = recordId;
  }

  /**
   * Creates an exception for a single violation of a value.
   *
   * @param path where the rule was broken; empty for the value itself
   * @param code the rule broken
   * @param message what is wrong
   * @return the exception, to be thrown by the caller
   */
  public static ValidationException of(String path, ViolationCode code, String message) {
    return new ValidationException(null, null, List.of(Violation.of(code, path, message)));
  }

  /**
   * Returns every violation found, in the order they were found; never empty.
   *
   * @return the violations, unmodifiable; never null nor empty
   */
  public List<Violation> violations() {
    return violations;
  }

  /**
   * Returns the wire name of the record type that failed, such as {@code vote}, if a record failed.
   *
   * @return the record type's wire name, or empty when a part or a value failed
   */
  public Optional<String> recordType() {
    return Optional.ofNullable(recordType);
  }

  /**
   * Returns the id of the record that failed, if it was known.
   *
   * @return the record's id, or empty when there was none or it was malformed
   */
  public Optional<String> recordId() {
    return Optional.ofNullable(recordId);
  }

  /**
   * Returns this exception as raised inside a larger structure at {@code prefix}: every path is
   * re-rooted under it. Used, for example, to report a bad date of a vote as {@code date}.
   *
   * @param prefix the path of the field that held the failing value
   * @return an exception with the same violations, re-rooted
   */
  public ValidationException under(String prefix) {
    Objects.requireNonNull(prefix, "prefix");
    return new ValidationException(
        recordType,
        recordId,
        violations.stream().map(v -> v.under(prefix)).collect(Collectors.toList()));
  }

  private static String describe(String recordType, String recordId, List<Violation> violations) {
    StringBuilder text = new StringBuilder("Invalid ");
    text.append(recordType == null ? "value" : recordType);
    if (recordId != null) {
      text.append(" '").append(recordId).append('\'');
    }
    text.append(": ");
    text.append(violations.stream().map(Violation::toString).collect(Collectors.joining("; ")));
    return text.toString();
  }
}
