package io.github.chancery.core.validation;

import io.github.chancery.core.wire.WireValue;
/**
 * One thing found wrong, in the one vocabulary that Chancery's three kinds of problem share: the
 * rule broken ({@link #code()}), where ({@link #path()}, in the names of the wire format) and what
 * is wrong, for people ({@link #message()}). A {@link Violation} is a construction rule broken by
 * a record or value being built, a {@code Finding} a rule of the consistency report, a {@code
 * JsonProblem} a rule of a JSON document; their factories all take {@code (code, path, message)}
 * in that order, followed by the record id where the kind has one.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface Problem extends WireValue {
  /**
   * Returns the rule broken.
   *
   * @return the code of the rule; never null
   */
  ProblemCode code();

  /**
   * Returns where, in the names of the wire format; what it is relative to depends on the kind.
   *
   * @return the path, possibly empty; never null
   */
  String path();

  /**
   * Returns what is wrong, for people.
   *
   * @return the message, in English; never null
   */
  String message();
}
