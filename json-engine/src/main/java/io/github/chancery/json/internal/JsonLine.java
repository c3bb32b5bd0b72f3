package io.github.chancery.json.internal;

import io.github.chancery.json.limits.ReadLimits;
import java.util.Objects;
import java.util.function.Function;

/**
 * A JSON line the application has on its class or module path, found with {@link
 * java.util.ServiceLoader}: Chancery's Jackson 2 artifact provides one, its Jackson 3 artifact
 * another. What reads and writes JSON without naming a line (Popolo, the test fixtures) uses the
 * one {@link JsonLines} finds.
 *
 * <p>Immutable and thread-safe.
 */
public abstract class JsonLine {
  private final String name;
  private final int rank;
  private final Function<ReadLimits, JsonSyntax> syntax;

  /**
   * Creates the line.
   *
   * @param name the line's name, for messages: {@code Jackson 2}
   * @param rank the order in which lines are preferred when more than one is present, lowest first
   * @param syntax the line's syntax under given limits, reading strictly
   */
  protected JsonLine(String name, int rank, Function<ReadLimits, JsonSyntax> syntax) {
    this.name = Objects.requireNonNull(name, "name");
    this.rank = rank;
    this.syntax = Objects.requireNonNull(syntax, "syntax");
  }

  /**
   * Returns the line's name, for messages.
   *
   * @return the name, such as {@code Jackson 2}; never null
   */
  public final String name() {
    return name;
  }

  /**
   * Returns the order in which lines are preferred when more than one is present, lowest first.
   *
   * @return the rank
   */
  public final int rank() {
    return rank;
  }

  /**
   * Returns the line's syntax under these limits, reading strictly.
   *
   * @param limits the limits; not null
   * @return the syntax
   */
  public final JsonSyntax syntax(ReadLimits limits) {
    return syntax.apply(Objects.requireNonNull(limits, "limits"));
  }

  /** Returns the line's name. */
  @Override
  public String toString() {
    return name;
  }
}
