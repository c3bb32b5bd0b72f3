package io.github.chancery.json.internal;

/**
 * What each Jackson artifact says when a parser passes one of the {@code ReadLimits}: the same
 * words, naming the limit and its value, whichever Jackson read. Stateless.
 */
public final class LimitMessages {
  private LimitMessages() {}

  /**
   * Objects and arrays nested deeper than the limit.
   *
   * @param limit the maximum nesting depth
   * @return the message, naming the limit, its value and {@code maxNestingDepth}
   */
  public static String nesting(int limit) {
    return "objects and arrays are nested deeper than the limit of " + limit + " (maxNestingDepth)";
  }

  /**
   * A document longer than the limit.
   *
   * @param limit the maximum document length
   * @return the message, naming the limit, its value and {@code maxDocumentLength}
   */
  public static String document(long limit) {
    return "the document is longer than the limit of " + limit + " (maxDocumentLength)";
  }

  /**
   * A number longer than the limit.
   *
   * @param limit the maximum number length, in characters
   * @return the message, naming the limit, its value and {@code maxNumberLength}
   */
  public static String number(int limit) {
    return "a number is longer than the limit of " + limit + " characters (maxNumberLength)";
  }

  /**
   * A number whose exponent cannot be read.
   *
   * @return the message, the same on every call
   */
  public static String exponent() {
    return "a number's exponent is beyond what can be read";
  }

  /**
   * A string longer than the limit.
   *
   * @param limit the maximum string length, in characters
   * @return the message, naming the limit, its value and {@code maxStringLength}
   */
  public static String string(long limit) {
    return "a string is longer than the limit of " + limit + " characters (maxStringLength)";
  }

  /**
   * A property name longer than the limit.
   *
   * @param limit the maximum property name length, in characters
   * @return the message, naming the limit, its value and {@code maxNameLength}
   */
  public static String name(int limit) {
    return "a property name is longer than the limit of " + limit + " characters (maxNameLength)";
  }

  /**
   * A limit of the parser's own, not one of Chancery's.
   *
   * @return the message, the same on every call
   */
  public static String other() {
    return "a configured read limit was exceeded";
  }
}
