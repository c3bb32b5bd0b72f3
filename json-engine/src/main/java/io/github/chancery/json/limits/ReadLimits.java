package io.github.chancery.json.limits;

/**
 * The limits that protect a reader from hostile or broken input, each set explicitly rather than
 * left to a library default. Exceeding one is a {@code limit-exceeded} problem.
 *
 * <ul>
 *   <li>{@code maxNestingDepth} (default {@value #DEFAULT_MAX_NESTING_DEPTH}): arrays and objects
 *       within each other; records nest at most five deep.
 *   <li>{@code maxStringLength} (default {@value #DEFAULT_MAX_STRING_LENGTH} characters): any one
 *       string value, such as a motion's text.
 *   <li>{@code maxNameLength} (default {@value #DEFAULT_MAX_NAME_LENGTH} characters): any one
 *       property name or language tag key.
 *   <li>{@code maxNumberLength} (default {@value #DEFAULT_MAX_NUMBER_LENGTH} digits): any one
 *       number, which stops denial of service through huge decimals.
 *   <li>{@code maxDocumentLength} (default {@value #DEFAULT_MAX_DOCUMENT_LENGTH} bytes or
 *       characters): a document read whole, such as one record or a dossier.
 *   <li>{@code maxRecordLength} (default {@value #DEFAULT_MAX_RECORD_LENGTH}, 1 MiB): one record
 *       of a stream, in bytes of an NDJSON line (a byte order mark and the carriage return of
 *       {@code \r\n} not counted) or of a JSON array element; a stream as a whole has no size
 *       limit, since it is read one record at a time. The limit is checked while the record is
 *       read, so a longer one is never held: it bounds the memory a stream reader needs. With
 *       the default, a stream holding a 40 MB record is read in a 64 MB heap, the record
 *       refused; raise it for records with very long texts, and the heap with it.
 * </ul>
 *
 * <p>The same limits apply whichever Jackson version reads: each Jackson artifact turns them into
 * its parser's constraints.
 *
 * <p>Instances are immutable and thread-safe; {@code with...} gives a changed copy.
 */
public final class ReadLimits {
  /** The default maximum nesting depth. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 32;
  /** The default maximum string length, in characters. */
  public static final int DEFAULT_MAX_STRING_LENGTH = 1_000_000;
  /** The default maximum property name length, in characters. */
  public static final int DEFAULT_MAX_NAME_LENGTH = 256;
  /** The default maximum number length, in characters. */
  public static final int DEFAULT_MAX_NUMBER_LENGTH = 64;
  /** The default maximum length of a document read whole. */
  public static final long DEFAULT_MAX_DOCUMENT_LENGTH = 256L * 1024 * 1024;
  /** The default maximum length of one record of a stream: 1 MiB. */
  public static final int DEFAULT_MAX_RECORD_LENGTH = 1024 * 1024;

  private static final ReadLimits DEFAULTS =
      new ReadLimits(
          DEFAULT_MAX_NESTING_DEPTH,
          DEFAULT_MAX_STRING_LENGTH,
          DEFAULT_MAX_NAME_LENGTH,
          DEFAULT_MAX_NUMBER_LENGTH,
          DEFAULT_MAX_DOCUMENT_LENGTH,
          DEFAULT_MAX_RECORD_LENGTH);

  private final int maxNestingDepth;
  private final int maxStringLength;
  private final int maxNameLength;
  private final int maxNumberLength;
  private final long maxDocumentLength;
  private final int maxRecordLength;

  private ReadLimits(
      int maxNestingDepth,
      int maxStringLength,
      int maxNameLength,
      int maxNumberLength,
      long maxDocumentLength,
      int maxRecordLength) {
    this.maxNestingDepth = positive("maxNestingDepth", maxNestingDepth);
    this.maxStringLength = positive("maxStringLength", maxStringLength);
    this.maxNameLength = positive("maxNameLength", maxNameLength);
    this.maxNumberLength = positive("maxNumberLength", maxNumberLength);
    this.maxDocumentLength = positive("maxDocumentLength", maxDocumentLength);
    this.maxRecordLength = positive("maxRecordLength", maxRecordLength);
  }

  private static <N extends Number> N positive(String name, N value) {
    if (value.longValue() <= 0) {
      throw new IllegalArgumentException(name + " must be above zero, was " + value);
    }
    return value;
  }

  /**
   * Returns the default limits.
   *
   * @return the default limits, the same instance on every call
   */
  public static ReadLimits defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a copy with another maximum nesting depth.
   *
   * @param value the new limit, above zero
   * @return a new copy with that limit
   * @throws IllegalArgumentException if the value is zero or less
   */
  public ReadLimits withMaxNestingDepth(int value) {
    return new ReadLimits(value, maxStringLength, maxNameLength, maxNumberLength, maxDocumentLength, maxRecordLength);
  }

  /**
   * Returns a copy with another maximum string length.
   *
   * @param value the new limit, in characters, above zero
   * @return a new copy with that limit
   * @throws IllegalArgumentException if the value is zero or less
   */
  public ReadLimits withMaxStringLength(int value) {
    return new ReadLimits(maxNestingDepth, value, maxNameLength, maxNumberLength, maxDocumentLength, maxRecordLength);
  }

  /**
   * Returns a copy with another maximum property name length.
   *
   * @param value the new limit, in characters, above zero
   * @return a new copy with that limit
   * @throws IllegalArgumentException if the value is zero or less
   */
  public ReadLimits withMaxNameLength(int value) {
    return new ReadLimits(maxNestingDepth, maxStringLength, value, maxNumberLength, maxDocumentLength, maxRecordLength);
  }

  /**
   * Returns a copy with another maximum number length.
   *
   * @param value the new limit, in characters, above zero
   * @return a new copy with that limit
   * @throws IllegalArgumentException if the value is zero or less
   */
  public ReadLimits withMaxNumberLength(int value) {
    return new ReadLimits(maxNestingDepth, maxStringLength, maxNameLength, value, maxDocumentLength, maxRecordLength);
  }

  /**
   * Returns a copy with another maximum document length.
   *
   * @param value the new limit, in bytes or characters, above zero
   * @return a new copy with that limit
   * @throws IllegalArgumentException if the value is zero or less
   */
  public ReadLimits withMaxDocumentLength(long value) {
    return new ReadLimits(maxNestingDepth, maxStringLength, maxNameLength, maxNumberLength, value, maxRecordLength);
  }

  /**
   * Returns a copy with another maximum stream record length.
   *
   * @param value the new limit, in bytes, above zero
   * @return a new copy with that limit
   * @throws IllegalArgumentException if the value is zero or less
   */
  public ReadLimits withMaxRecordLength(int value) {
    return new ReadLimits(maxNestingDepth, maxStringLength, maxNameLength, maxNumberLength, maxDocumentLength, value);
  }

  /**
   * Returns the maximum nesting depth.
   *
   * @return the limit, above zero
   */
  public int maxNestingDepth() {
    return maxNestingDepth;
  }

  /**
   * Returns the maximum string length.
   *
   * @return the limit in characters, above zero
   */
  public int maxStringLength() {
    return maxStringLength;
  }

  /**
   * Returns the maximum property name length.
   *
   * @return the limit in characters, above zero
   */
  public int maxNameLength() {
    return maxNameLength;
  }

  /**
   * Returns the maximum number length.
   *
   * @return the limit in characters, above zero
   */
  public int maxNumberLength() {
    return maxNumberLength;
  }

  /**
   * Returns the maximum length of a document read whole.
   *
   * @return the limit in bytes or characters, as the document is given, above zero
   */
  public long maxDocumentLength() {
    return maxDocumentLength;
  }

  /**
   * Returns the maximum length of one record of a stream.
   *
   * @return the limit in bytes, above zero
   */
  public int maxRecordLength() {
    return maxRecordLength;
  }


  @Override
  public String toString() {
    return "ReadLimits[maxNestingDepth=" + maxNestingDepth
        + ", maxStringLength=" + maxStringLength
        + ", maxNameLength=" + maxNameLength
        + ", maxNumberLength=" + maxNumberLength
        + ", maxDocumentLength=" + maxDocumentLength
        + ", maxRecordLength=" + maxRecordLength + "]";
  }
}
