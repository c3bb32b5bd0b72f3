package io.github.chancery.core.record;

/**
 * How many values a {@link Property} holds, and whether it may be left out.
 *
 * <p>Immutable and thread-safe, as every enum is.
 */
public enum Cardinality {
  /** Exactly one value; a record without it is invalid. */
  REQUIRED,
  /** At most one value, held as an {@code Optional}. */
  OPTIONAL,
  /** Any number of values, held as a {@code List}; left out of the wire form when empty. */
  LIST,
  /** At least one value, held as a {@code List}. */
  NON_EMPTY_LIST
}
