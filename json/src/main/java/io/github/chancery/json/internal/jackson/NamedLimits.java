package io.github.chancery.json.internal.jackson;

import io.github.chancery.json.internal.LimitMessages;
import io.github.chancery.json.limits.ReadLimits;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;

/**
 * Jackson's read constraints, which say which of Chancery's limits was exceeded by the type of
 * exception they throw ({@link Exceeded}), so that no message has to be read to know it.
 * Immutable and thread-safe.
 */
public final class NamedLimits extends StreamReadConstraints {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the constraints.
   *
   * @param maxNestingDepth objects and arrays within each other
   * @param maxDocumentLength a document read whole, or -1 for none
   * @param maxNumberLength any one number
   * @param maxStringLength any one string
   * @param maxNameLength any one property name
   */
  public NamedLimits(int maxNestingDepth, long maxDocumentLength, int maxNumberLength, int maxStringLength, int maxNameLength) {
    super(maxNestingDepth, maxDocumentLength, maxNumberLength, maxStringLength, maxNameLength, DEFAULT_MAX_TOKEN_COUNT);
  }

  /**
   * Returns Chancery's limits as Jackson's constraints, for documents read whole or streams; they
   * say by the type of their exception which limit was exceeded.
   *
   * @param limits Chancery's limits; not null
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
  public void validateNestingDepth(int depth) throws StreamConstraintsException {
    if (depth > getMaxNestingDepth()) {
      throw new Exceeded(
          LimitMessages.nesting(getMaxNestingDepth()));
    }
  }

  @Override
  public void validateDocumentLength(long length) throws StreamConstraintsException {
    if (hasMaxDocumentLength() && length > getMaxDocumentLength()) {
      throw new Exceeded(LimitMessages.document(getMaxDocumentLength()));
    }
  }

  @Override
  public void validateFPLength(int length) throws StreamConstraintsException {
    number(length);
  }

  @Override
  public void validateIntegerLength(int length) throws StreamConstraintsException {
    number(length);
  }

  @Override
  public void validateBigIntegerScale(int scale) throws StreamConstraintsException {
    try {
      super.validateBigIntegerScale(scale);
    } catch (StreamConstraintsException e) {
      throw new Exceeded(LimitMessages.exponent());
    }
  }

  private void number(int length) throws Exceeded {
    if (length > getMaxNumberLength()) {
      throw new Exceeded(LimitMessages.number(getMaxNumberLength()));
    }
  }

  @Override
  public void validateStringLength(int length) throws StreamConstraintsException {
    if (length > getMaxStringLength()) {
      throw new Exceeded(LimitMessages.string(getMaxStringLength()));
    }
  }

  @Override
  public void validateNameLength(int length) throws StreamConstraintsException {
    if (length > getMaxNameLength()) {
      throw new Exceeded(
          LimitMessages.name(getMaxNameLength()));
    }
  }
}
