package io.github.chancery.json.internal;

import java.io.IOException;
import java.math.BigDecimal;

/**
 * The tokens of a JSON text, as the engine reads them: the thin edge between the engine and
 * whichever JSON parser reads the text, so that the engine depends on no Jackson version. A
 * parser's own failures surface as {@link IOException}s, which the library's boundary
 * translates.
 *
 * <p>Not thread-safe: one reader per text.
 */
public interface TokenReader {
  /** The kinds of token. */
  enum Token {
    START_OBJECT,
    END_OBJECT,
    START_ARRAY,
    END_ARRAY,
    NAME,
    STRING,
    INTEGER,
    DECIMAL,
    TRUE,
    FALSE,
    NULL
  }

  /** Advances to the next token and returns it, or null at the end of the input. */
  Token next() throws IOException;

  /** Returns the current token, or null before the first and after the last. */
  Token current();

  /** Returns the text of the current string or name. */
  String text() throws IOException;

  /**
   * Returns the text of the current string, taking the candidate it equals, if any, instead of
   * a new string: known codes are read by the hundred.
   */
  default String text(java.util.List<String> candidates) throws IOException {
    String text = text();
    for (String candidate : candidates) {
      if (candidate.equals(text)) {
        return candidate;
      }
    }
    return text;
  }

  /** Returns whether the current integer fits an {@code int}. */
  boolean fitsInt() throws IOException;

  /** Returns the current integer as an {@code int}; only when it {@linkplain #fitsInt() fits}. */
  int intValue() throws IOException;

  /** Returns the current number exactly. */
  BigDecimal decimalValue() throws IOException;

  /** Returns the current number as written, for messages. */
  String numberText() throws IOException;

  /**
   * Skips the value that starts at the current token: to its end when it is an object or array,
   * leaving the reader on the value's last token.
   */
  default void skipValue() throws IOException {
    Token start = current();
    if (start != Token.START_OBJECT && start != Token.START_ARRAY) {
      return;
    }
    for (int depth = 1; depth > 0; ) {
      Token t = next();
      if (t == null) {
        return;
      }
      if (t == Token.START_OBJECT || t == Token.START_ARRAY) {
        depth++;
      } else if (t == Token.END_OBJECT || t == Token.END_ARRAY) {
        depth--;
      }
    }
  }
}
