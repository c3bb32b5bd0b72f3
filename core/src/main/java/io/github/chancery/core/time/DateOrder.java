package io.github.chancery.core.time;

import io.github.chancery.core.validation.ViolationCode;
import io.github.chancery.core.validation.Violations;
import java.util.Optional;

/**
 * The rule that one date of a record does not come before another (an office's end before its
 * start, a retrieval before the publication). It lives with the dates rather than in the
 * validation package, which knows no value types. Stateless and thread-safe.
 */
public final class DateOrder {
  private DateOrder() {}

  /**
   * Records a {@code date-order} violation when {@code later} is definitely before {@code
   * earlier}. Dates of different precision are compared as intervals, so the rule fires only when
   * the data makes the wrong order certain: {@code 2020-11} is not reported against {@code
   * 2020-11-25}.
   *
   * @param violations where the violation goes
   * @param laterPath the path of the date that should come second, reported when broken
   * @param later that date, if known
   * @param earlierPath the path of the date that should come first, named in the message
   * @param earlier that date, if known
   */
  public static void check(
      Violations violations,
      String laterPath,
      Optional<PartialDate> later,
      String earlierPath,
      Optional<PartialDate> earlier) {
    if (later.isPresent() && earlier.isPresent() && later.get().isDefinitelyBefore(earlier.get())) {
      violations.add(
          laterPath,
          ViolationCode.DATE_ORDER,
          later.get() + " is definitely before " + earlierPath + " " + earlier.get());
    }
  }
}
