package io.github.chancery.json.problem;

import io.github.chancery.core.validation.ProblemCode;

/**
 * The rules of the JSON format itself, each with its stable code. Problems found by the core
 * model's validation keep the core's {@link io.github.chancery.core.validation.ViolationCode}
 * ({@code negative}, {@code date-order}, ...).
 *
 * <p>Immutable and thread-safe, as every enum is.
 */
public enum JsonRule implements ProblemCode {
  /** The text is not well-formed JSON. */
  MALFORMED_JSON("malformed-json"),
  /** An object has the same key twice. */
  DUPLICATE_KEY("duplicate-key"),
  /** An object has a property the format does not define (strict reading). */
  UNKNOWN_PROPERTY("unknown-property"),
  /** A value has the wrong JSON type: a string for a number, a fraction for an integer, ... */
  WRONG_TYPE("wrong-type"),
  /** A required property is missing or null. */
  REQUIRED("required"),
  /** Something follows the end of the document. */
  TRAILING_TOKENS("trailing-tokens"),
  /** A configured limit on size or nesting was exceeded. */
  LIMIT_EXCEEDED("limit-exceeded"),
  /** The {@code type} names no record type, or not the one expected. */
  UNKNOWN_TYPE("unknown-type"),
  /** A document could not be read at all (an I/O failure of the underlying stream). */
  UNREADABLE("unreadable"),
  /** A dossier or stream document declares a format version this library cannot read. */
  UNSUPPORTED_VERSION("unsupported-version");

  private final String code;

  JsonRule(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }

  /** Returns the code. */
  @Override
  public String toString() {
    return code;
  }
}
