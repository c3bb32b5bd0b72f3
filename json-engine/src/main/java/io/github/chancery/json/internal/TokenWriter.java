package io.github.chancery.json.internal;

import java.io.IOException;
import java.math.BigDecimal;

/**
 * What the engine writes JSON through: the thin edge between the engine and whichever JSON
 * generator writes the text, so that the engine depends on no Jackson version.
 *
 * <p>Not thread-safe: one writer per text.
 */
public interface TokenWriter extends java.io.Closeable, java.io.Flushable {
  /**
   * Starts an object.
   *
   * @throws IOException if the generator cannot write
   */
  void startObject() throws IOException;

  /**
   * Ends an object.
   *
   * @throws IOException if the generator cannot write
   */
  void endObject() throws IOException;

  /**
   * Starts an array.
   *
   * @throws IOException if the generator cannot write
   */
  void startArray() throws IOException;

  /**
   * Ends an array.
   *
   * @throws IOException if the generator cannot write
   */
  void endArray() throws IOException;

  /**
   * Writes a property name.
   *
   * @param name the name, written escaped as needed; not null
   * @throws IOException if the generator cannot write
   */
  void name(String name) throws IOException;

  /**
   * Writes the name of a property of the format: one of a small, fixed set (a shape's property
   * names and {@code type}), which a writer may keep encoded. Names from the data, such as the
   * language tags of a multilingual text, go through {@link #name(String)}.
   *
   * @param name the name, one of the format's own; not null
   * @throws IOException if the generator cannot write
   */
  default void propertyName(String name) throws IOException {
    name(name);
  }

  /**
   * Writes a string.
   *
   * @param value the string, written escaped as needed; not null
   * @throws IOException if the generator cannot write
   */
  void string(String value) throws IOException;

  /**
   * Writes a string held in characters, such as a date printed into {@link #characters(int)}.
   *
   * @param chars the characters; not null
   * @param offset where the string starts
   * @param length its length
   * @throws IOException if the generator cannot write
   */
  default void string(char[] chars, int offset, int length) throws IOException {
    string(new String(chars, offset, length));
  }

  /**
   * Lends characters to print a value into before it is written with {@link #string(char[], int,
   * int)}: the same array for each value of one writer, so that printing makes no string.
   *
   * @param length how many characters are needed at least
   * @return an array of at least that length, valid until the next call
   */
  default char[] characters(int length) {
    return new char[length];
  }

  /**
   * Writes an integer.
   *
   * @param value the integer
   * @throws IOException if the generator cannot write
   */
  void number(int value) throws IOException;

  /**
   * Writes a long integer, such as a count of findings.
   *
   * @param value the integer
   * @throws IOException if the generator cannot write
   */
  void number(long value) throws IOException;

  /**
   * Writes a decimal number as it is.
   *
   * @param value the number, written as it is; not null
   * @throws IOException if the generator cannot write
   */
  void number(BigDecimal value) throws IOException;

  /**
   * Writes text as it is, between values: the line breaks of NDJSON and of a dossier document.
   *
   * @param text the text; not null
   * @throws IOException if the generator cannot write
   */
  void raw(String text) throws IOException;

  /**
   * Writes out what the writer holds.
   *
   * @throws IOException if the generator cannot write
   */
  @Override
  void flush() throws IOException;

  /**
   * Writes out what the writer holds and closes it, without closing a stream it was given.
   *
   * @throws IOException if the generator cannot write
   */
  @Override
  void close() throws IOException;
}
