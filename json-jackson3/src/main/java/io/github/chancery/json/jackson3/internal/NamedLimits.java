package io.github.chancery.json.jackson3.internal;

import io.github.chancery.json.internal.LimitMessages;
import io.github.chancery.json.limits.ReadLimits;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * Chancery's limits as Jackson 3's read constraints, which say which limit was passed by the type
 * of exception they throw ({@link Exceeded}), in the engine's words ({@link LimitMessages}), so
 * that no message of Jackson's has to be read. Immutable and thread-safe.
 */
public final class NamedLimits extends StreamReadConstraints {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the constraints of Chancery's limits, for documents read whole or streams.
   *
   * @param limits Chancery's limits; not null
   * @param wholeDocument true for a document read whole, which the document length limits; false
   *     for a stream, which it does not
   */
  public NamedLimits(ReadLimits limits, boolean wholeDocument) {
    super(limits.maxNestingDepth(), wholeDocument ? limits.maxDocumentLength() : -1, DEFAULT_MAX_TOKEN_COUNT, limits.maxNumberLength(),
        limits.maxStringLength(), limits.maxNameLength());
  }

  /** Thrown when one of the limits is passed; its message names the limit and its value. */
  public static final class Exceeded extends StreamConstraintsException {
    private static final long serialVersionUID = 1L;

    Exceeded(String message) {
      super(message);
    }
  }

  private static void exceeded(String message) {
    if (message != null) {
      throw new Exceeded(message);
    }
  }

  @Override
  public void validateNestingDepth(int depth) {
    exceeded(LimitMessages.nestingOver(depth, getMaxNestingDepth()));
  }

  @Override
  public void validateDocumentLength(long length) {
    exceeded(LimitMessages.documentOver(length, getMaxDocumentLength()));
  }

  @Override
  public void validateFPLength(int length) {
    exceeded(LimitMessages.numberOver(length, getMaxNumberLength()));
  }

  @Override
  public void validateIntegerLength(int length) {
    exceeded(LimitMessages.numberOver(length, getMaxNumberLength()));
  }

  @Override
  public void validateBigIntegerScale(int scale) {
    try {
      super.validateBigIntegerScale(scale);
    } catch (StreamConstraintsException e) {
      throw new Exceeded(LimitMessages.exponent());
    }
  }

  @Override
  public void validateStringLength(int length) {
    exceeded(LimitMessages.stringOver(length, getMaxStringLength()));
  }

  @Override
  public void validateStringLengthLong(long length) {
    exceeded(LimitMessages.stringOver(length, getMaxStringLength()));
  }

  @Override
  public void validateNameLength(int length) {
    exceeded(LimitMessages.nameOver(length, getMaxNameLength()));
  }
}
