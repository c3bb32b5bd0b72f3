package io.github.chancery.json.jackson3.internal;

import io.github.chancery.json.internal.JsonLine;

/**
 * The Jackson 3 line, as {@link java.util.ServiceLoader} finds it for what reads and writes JSON
 * without naming a line (Popolo, the test fixtures). When the Jackson 2 line is present too, that
 * one is preferred. Immutable and thread-safe.
 */
public final class Jackson3Line extends JsonLine {
  /** Creates the line; called by {@code ServiceLoader}. */
  public Jackson3Line() {
    super("Jackson 3", 3, limits -> new Jackson3Syntax(limits, null));
  }
}
