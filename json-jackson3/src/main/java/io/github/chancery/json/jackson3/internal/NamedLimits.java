package io.github.chancery.json.jackson3.internal;

import io.github.chancery.json.internal.LimitMessages;
import io.github.chancery.json.limits.ReadLimits;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * Jackson 3's read constraints, which say which of Chancery's limits was exceeded by the type of
 * exception they throw ({@link Exceeded}), so that no message has to be read to know it.
 * Immutable and thread-safe.
 */
public final class NamedLimits extends StreamReadConstraints {
  private static final long serialVersionUID = 1L;

  private NamedLimits(int maxNestingDepth, long maxDocumentLength, int maxNumberLength, int maxStringLength, int maxNameLength) {
    super(maxNestingDepth, maxDocumentLength, DEFAULT_MAX_TOKEN_COUNT, maxNumberLength, maxStringLength, maxNameLength);
  }

  /**
   * Returns Chancery's limits as Jackson 3's constraints, for documents read whole or streams.
   *
   * @param limits the limits
   * @param wholeDocument true for a document read whole, which the document length limits; false
   *     for a stream, which it does not
   * @return the constraints
   */
  public static NamedLimits of(ReadLimits limits, boolean wholeDocument) {
    return new NamedLimits(
        limits.maxNestingDepth(), wholeDocument ? limits.maxDocumentLength() : -1, limits.maxNumberLength(),
        limits.maxStringLength(), limits.maxNameLength());
  }

  /** Thrown when one of the limits is exceeded; it names the limit and its value. */
  public static final class Exceeded extends StreamConstraintsException {
    private static final long serialVersionUID = 1L;

    /** What was over which limit, in Chancery's words; never null. */
    private final String description;

    Exceeded(String description) {
      super(description);
      this.description = description;
    }

    /**
     * Returns what was over which limit, in Chancery's words.
     *
     * @return the limit's message, from {@code LimitMessages}; never null
     */
    public String description() {
      return description;
    }
  }

  @Override
  public void validateNestingDepth(int depth) {
    if (depth > getMaxNestingDepth()) {
      throw new Exceeded(LimitMessages.nesting(getMaxNestingDepth()));
    }
  }

  @Override
  public void validateDocumentLength(long length) {
    if (hasMaxDocumentLength() && length > getMaxDocumentLength()) {
      throw new Exceeded(LimitMessages.document(getMaxDocumentLength()));
    }
  }

  @Override
  public void validateFPLength(int length) {
    number(length);
  }

  @Override
  public void validateIntegerLength(int length) {
    number(length);
  }

  @Override
  public void validateBigIntegerScale(int scale) {
    try {
      super.validateBigIntegerScale(scale);
    } catch (StreamConstraintsException e) {
      throw new Exceeded(LimitMessages.exponent());
    }
  }

  private void number(int length) {
    if (length > getMaxNumberLength()) {
      throw new Exceeded(LimitMessages.number(getMaxNumberLength()));
    }
  }

  @Override
  public void validateStringLength(int length) {
    if (length > getMaxStringLength()) {
      throw new Exceeded(LimitMessages.string(getMaxStringLength()));
    }
  }

  @Override
  public void validateStringLengthLong(long length) {
    if (length > getMaxStringLength()) {
      throw new Exceeded(LimitMessages.string(getMaxStringLength()));
    }
  }

  @Override
  public void validateNameLength(int length) {
    if (length > getMaxNameLength()) {
      throw new Exceeded(LimitMessages.name(getMaxNameLength()));
    }
  }
}
