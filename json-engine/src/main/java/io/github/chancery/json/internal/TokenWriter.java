package io.github.chancery.json.internal;

import java.io.IOException;
import java.math.BigDecimal;

/**
 * What the engine writes JSON through: the thin edge between the engine and whichever JSON
 * generator writes the text, so that the engine depends on no Jackson version.
 *
 * <p>Not thread-safe: one writer per text.
 */
public interface TokenWriter {
  /** Starts an object. */
  void startObject() throws IOException;

  /** Ends an object. */
  void endObject() throws IOException;

  /** Starts an array. */
  void startArray() throws IOException;

  /** Ends an array. */
  void endArray() throws IOException;

  /** Writes a property name. */
  void name(String name) throws IOException;

  /**
   * Writes the name of a property of the format: one of a small, fixed set (a shape's property
   * names and {@code type}), which a writer may keep encoded. Names from the data, such as the
   * language tags of a multilingual text, go through {@link #name(String)}.
   */
  default void propertyName(String name) throws IOException {
    name(name);
  }

  /** Writes a string. */
  void string(String value) throws IOException;

  /** Writes an integer. */
  void number(int value) throws IOException;

  /** Writes a long integer, such as a count of findings. */
  void number(long value) throws IOException;

  /** Writes a decimal number as it is. */
  void number(BigDecimal value) throws IOException;
}
