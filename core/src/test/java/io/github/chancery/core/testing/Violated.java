package io.github.chancery.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.chancery.core.validation.ValidationException;
import io.github.chancery.core.validation.Violation;
import io.github.chancery.core.validation.ViolationCode;
import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Runs a construction that must fail and returns its violations, for assertions. */
public final class Violated {
  private Violated() {}

  /** Returns the violations of the ValidationException the construction throws. */
  public static List<Violation> by(ThrowingCallable construction) {
    Throwable thrown = catchThrowable(construction);
    assertThat(thrown).isInstanceOf(ValidationException.class);
    return ((ValidationException) thrown).violations();
  }

  /** Returns the exception the construction throws, which must be a ValidationException. */
  public static ValidationException exception(ThrowingCallable construction) {
    Throwable thrown = catchThrowable(construction);
    assertThat(thrown).isInstanceOf(ValidationException.class);
    return (ValidationException) thrown;
  }

  /** Returns each violation as {@code path code}, for compact assertions. */
  public static List<String> pathsAndCodes(ThrowingCallable construction) {
    return by(construction).stream()
        .map(v -> v.path() + " " + v.code().code())
        .collect(Collectors.toList());
  }

  /** Asserts the construction fails with exactly one violation, at the path and with the code. */
  public static Violation once(ThrowingCallable construction, String path, ViolationCode code) {
    List<Violation> violations = by(construction);
    assertThat(violations).hasSize(1);
    assertThat(violations.get(0).path()).isEqualTo(path);
    assertThat(violations.get(0).code()).isEqualTo(code);
    return violations.get(0);
  }
}
