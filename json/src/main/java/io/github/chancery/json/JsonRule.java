package io.github.chancery.json;

/**
 * The stable codes of the rules of the JSON format itself. Problems found by the core model's
 * validation keep the core's codes ({@code negative}, {@code date-order}, ...).
 */
public final class JsonRule {
  /** The text is not well-formed JSON. */
  public static final String MALFORMED_JSON = "malformed-json";
  /** An object has the same key twice. */
  public static final String DUPLICATE_KEY = "duplicate-key";
  /** An object has a property the format does not define (strict reading). */
  public static final String UNKNOWN_PROPERTY = "unknown-property";
  /** A value has the wrong JSON type: a string for a number, a fraction for an integer, ... */
  public static final String WRONG_TYPE = "wrong-type";
  /** A required property is missing or null. */
  public static final String REQUIRED = "required";
  /** Something follows the end of the document. */
  public static final String TRAILING_TOKENS = "trailing-tokens";
  /** A configured limit on size or nesting was exceeded. */
  public static final String LIMIT_EXCEEDED = "limit-exceeded";
  /** The {@code type} names no record type, or not the one expected. */
  public static final String UNKNOWN_TYPE = "unknown-type";
  /** A document could not be read at all (an I/O failure of the underlying stream). */
  public static final String UNREADABLE = "unreadable";
  /** A dossier or stream document declares a format version this library cannot read. */
  public static final String UNSUPPORTED_VERSION = "unsupported-version";

  private JsonRule() {}
}
