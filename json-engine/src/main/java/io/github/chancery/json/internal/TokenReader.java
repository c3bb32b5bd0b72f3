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
public interface TokenReader extends java.io.Closeable {
  /** The kinds of token. */
  enum Token {
    /** The start of an object: <code>{</code>. */
    START_OBJECT,
    /** The end of an object: <code>}</code>. */
    END_OBJECT,
    /** The start of an array: {@code [}. */
    START_ARRAY,
    /** The end of an array: {@code ]}. */
    END_ARRAY,
    /** A property name; its text is {@link #text()}. */
    NAME,
    /** A string value; its text is {@link #text()}. */
    STRING,
    /** A number without a fraction or an exponent. */
    INTEGER,
    /** A number with a fraction or an exponent. */
    DECIMAL,
    /** The literal {@code true}. */
    TRUE,
    /** The literal {@code false}. */
    FALSE,
    /** The literal {@code null}. */
    NULL
  }

  /**
   * Advances to the next token and returns it, or null at the end of the input.
   *
   * @return the next token, or null at the end of the input
   * @throws IOException if the parser cannot read the input, or finds it is not JSON
   */
  Token next() throws IOException;

  /**
   * Returns the current token, or null before the first and after the last.
   *
   * @return the current token, or null before the first and after the last
   */
  Token current();

  /**
   * Returns the text of the current string or name.
   *
   * @return the text, unescaped; never null on a string or a name
   * @throws IOException if the parser cannot read the text
   */
  String text() throws IOException;

  /**
   * Returns the text of the current string, taking the candidate it equals, if any, instead of
   * a new string: known codes are read by the hundred.
   *
   * @param candidates the texts to reuse, such as a code list's known codes; not null
   * @return the equal candidate itself, or else the text read
   * @throws IOException if the parser cannot read the text
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

  /**
   * Gives the current string's characters to a matcher without making a string of them, where
   * the reader can: a reader of ids looks the characters up among those it has met already.
   *
   * @param matcher what to give the characters to; not null
   * @param <R> what the matcher finds
   * @return what the matcher found, or null when it found nothing or the reader cannot lend its
   *     characters
   * @throws IOException if the parser cannot read the string
   */
  default <R> R match(CharsMatcher<R> matcher) throws IOException {
    return null;
  }

  /**
   * Looks characters up without a string made of them.
   *
   * @param <R> what is found
   */
  @FunctionalInterface
  interface CharsMatcher<R> {
    /**
     * Returns what these characters name, or null.
     *
     * @param chars the characters, lent for the call alone
     * @param offset where they start
     * @param length how many there are
     * @return what they name, or null when nothing
     */
    R match(char[] chars, int offset, int length);

    /**
     * Returns whether a text is these characters.
     *
     * @param text the text; not null
     * @param chars the characters
     * @param offset where they start
     * @param length how many there are
     * @return true when the text has that length and those characters
     */
    static boolean equal(String text, char[] chars, int offset, int length) {
      if (text.length() != length) {
        return false;
      }
      for (int i = 0; i < length; i++) {
        if (text.charAt(i) != chars[offset + i]) {
          return false;
        }
      }
      return true;
    }
  }

  /**
   * Returns whether the current integer fits an {@code int}.
   *
   * @return true when the integer is within the range of an {@code int}
   * @throws IOException if the parser cannot read the number
   */
  boolean fitsInt() throws IOException;

  /**
   * Returns the current integer as an {@code int}; only when it {@linkplain #fitsInt() fits}.
   *
   * @return the integer
   * @throws IOException if the parser cannot read the number
   */
  int intValue() throws IOException;

  /**
   * Returns the current number exactly.
   *
   * @return the number, with its scale as written; never null
   * @throws IOException if the parser cannot read the number
   */
  BigDecimal decimalValue() throws IOException;

  /**
   * Returns the current number as written, for messages.
   *
   * @return the number's text; never null
   * @throws IOException if the parser cannot read the number
   */
  String numberText() throws IOException;

  /**
   * Skips the value that starts at the current token: to its end when it is an object or array,
   * leaving the reader on the value's last token.
   *
   * @throws IOException if the parser cannot read the input, or finds it is not JSON
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

  /**
   * Returns where the parser stands in its input, in bytes or characters as it counts them: how
   * far a record has run, for {@code maxRecordLength}.
   *
   * @return the offset of the end of the current token, from the input's start
   */
  long position();

  /**
   * Closes the parser, without closing a stream it was given.
   *
   * @throws IOException if the parser cannot be closed
   */
  @Override
  default void close() throws IOException {}
}
