package io.github.chancery.json.internal;

/**
 * What each Jackson artifact says when a parser passes one of the {@code ReadLimits}: the same
 * words, naming the limit and its value, whichever Jackson read; and, for the read constraints a
 * line gives its parser, when a length or depth passes its limit ({@link #nestingOver} and the
 * like, which answer null within the limit). Stateless.
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

  // --- the checks a line's read constraints make, as its parser reads ---

  /**
   * Checks a nesting depth.
   *
   * @param depth the depth reached
   * @param limit the maximum nesting depth
   * @return the message of {@link #nesting(int)} when the depth is over the limit, else null
   */
  public static String nestingOver(int depth, int limit) {
    return depth > limit ? nesting(limit) : null;
  }

  /**
   * Checks the length of a document read whole.
   *
   * @param length the length read so far
   * @param limit the maximum document length; zero or less for none, as for a stream
   * @return the message of {@link #document(long)} when the length is over the limit, else null
   */
  public static String documentOver(long length, long limit) {
    return limit > 0 && length > limit ? document(limit) : null;
  }

  /**
   * Checks the length of a number.
   *
   * @param length the number's length, in characters
   * @param limit the maximum number length
   * @return the message of {@link #number(int)} when the length is over the limit, else null
   */
  public static String numberOver(int length, int limit) {
    return length > limit ? number(limit) : null;
  }

  /**
   * Checks the length of a string.
   *
   * @param length the string's length, in characters
   * @param limit the maximum string length
   * @return the message of {@link #string(long)} when the length is over the limit, else null
   */
  public static String stringOver(long length, long limit) {
    return length > limit ? string(limit) : null;
  }

  /**
   * Checks the length of a property name.
   *
   * @param length the name's length, in characters
   * @param limit the maximum property name length
   * @return the message of {@link #name(int)} when the length is over the limit, else null
   */
  public static String nameOver(int length, int limit) {
    return length > limit ? name(limit) : null;
  }
}
