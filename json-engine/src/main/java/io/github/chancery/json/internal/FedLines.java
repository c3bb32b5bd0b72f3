package io.github.chancery.json.internal;

import java.io.IOException;

/**
 * The tokens of NDJSON lines fed one at a time to one parser ({@link JsonSyntax#fedLines()}): after
 * {@link #feed}, the reader is before the line's first token, and {@link #next()} returns null
 * once the line is used up between values. A line used up inside a value, one the parser finds
 * malformed, and a limit passed are each a {@link ParseFailure}, after which the reader is spent:
 * a reader of the line alone then says what is wrong with it, in the words it always has.
 *
 * <p>Not thread-safe: one reader per stream.
 */
public interface FedLines extends TokenReader {
  /**
   * Gives the parser the next line, when the last one is used up.
   *
   * @param bytes the buffer holding the line, in UTF-8; read in place until the line is used up
   * @param offset where the line starts
   * @param end where it ends, after the line break that ends it
   * @throws IOException if the parser cannot take the bytes
   */
  void feed(byte[] bytes, int offset, int end) throws IOException;

  /**
   * Returns whether the last line fed is used up, so that the next can be fed.
   *
   * @return true when the parser needs the next line
   */
  boolean lineUsedUp();
}
