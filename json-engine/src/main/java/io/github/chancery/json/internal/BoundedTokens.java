package io.github.chancery.json.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

/**
 * The tokens of one value of a longer stream, such as one record of a JSON array: it stops with
 * {@link TooLong} as soon as the value runs longer than its bound, so that a huge value is never
 * held in memory whole, and it knows how deep it is in the value, so that the rest of a value
 * that cannot be read can be skipped to read the next one. Not thread-safe.
 */
public final class BoundedTokens implements TokenReader {
  private final TokenReader in;
  private final long start;
  private final long maxLength;
  private int depth;

  /**
   * Bounds the value whose first token is the reader's current one.
   *
   * @param in the reader, on the value's first token; not null
   * @param maxLength the bound, in the reader's units, above zero
   */
  public BoundedTokens(TokenReader in, long maxLength) {
    this.in = in;
    this.maxLength = maxLength;
    this.start = in.position();
    this.depth = opens(in.current());
  }

  /** Thrown when the value runs longer than its bound. */
  public static final class TooLong extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooLong() {
      super("the value is longer than the limit", null, false, false);
    }
  }

  private static int opens(Token token) {
    if (token == Token.START_OBJECT || token == Token.START_ARRAY) {
      return 1;
    }
    return token == Token.END_OBJECT || token == Token.END_ARRAY ? -1 : 0;
  }

  @Override
  public Token next() throws IOException {
    Token token = in.next();
    depth += opens(token);
    if (in.position() - start > maxLength) {
      throw new TooLong();
    }
    return token;
  }

  /**
   * Skips what is left of the value token by token, without keeping its text, after a failure
   * inside it.
   *
   * @return true when the reader is at the value's end, ready for the next one; false when the
   *     end cannot be found
   */
  public boolean skipRest() {
    try {
      while (depth > 0) {
        Token token = in.next();
        if (token == null) {
          return false;
        }
        depth += opens(token);
      }
      return true;
    } catch (IOException cannotFindTheEnd) {
      return false;
    }
  }

  @Override
  public Token current() {
    return in.current();
  }

  @Override
  public String text() throws IOException {
    return in.text();
  }

  @Override
  public String text(List<String> candidates) throws IOException {
    return in.text(candidates);
  }

  @Override
  public <R> R match(CharsMatcher<R> matcher) throws IOException {
    return in.match(matcher);
  }

  @Override
  public boolean fitsInt() throws IOException {
    return in.fitsInt();
  }

  @Override
  public int intValue() throws IOException {
    return in.intValue();
  }

  @Override
  public BigDecimal decimalValue() throws IOException {
    return in.decimalValue();
  }

  @Override
  public String numberText() throws IOException {
    return in.numberText();
  }

  @Override
  public long position() {
    return in.position();
  }
}
