package io.github.chancery.popolo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.chancery.json.problem.InvalidJson;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * A Popolo read's refusal as either JSON line throws it: its {@code ChanceryJsonException}, an
 * {@link InvalidJson}, checked with Jackson 2 and unchecked with Jackson 3. Tests name only the
 * engine's types, so that they load and run with either line alone on the class path. Test code
 * only.
 */
final class Refusals {
  private Refusals() {}

  /** Runs a read that must be refused, and returns the refusal. */
  static InvalidJson refusal(ThrowingCallable read) {
    Throwable thrown = catchThrowable(read);
    assertThat(thrown).isInstanceOf(InvalidJson.class);
    return (InvalidJson) thrown;
  }

  /** The refusal's message, as a user sees it. */
  static String message(InvalidJson refusal) {
    return ((Throwable) refusal).getMessage();
  }
}
