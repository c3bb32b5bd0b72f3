package io.github.chancery.json.internal.jackson;

import io.github.chancery.json.internal.JsonLine;

/**
 * The Jackson 2 line, as {@link java.util.ServiceLoader} finds it for what reads and writes JSON
 * without naming a line (Popolo, the test fixtures). Preferred to the Jackson 3 line when both are
 * present, so that an application that has both keeps the checked exception it had. Immutable and
 * thread-safe.
 */
public final class Jackson2Line extends JsonLine {
  /** Creates the line; called by {@code ServiceLoader}. */
  public Jackson2Line() {
    super("Jackson 2", 2, limits -> new Jackson2Syntax(limits, null));
  }
}
