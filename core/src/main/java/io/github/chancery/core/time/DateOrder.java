package io.github.chancery.core.time;

import io.github.chancery.core.validation.ViolationCode;
import io.github.chancery.core.validation.Violations;
import io.github.chancery.core.wire.WireName;
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

  /**
   * Records a {@code date-order} violation when one date property of a record is definitely
   * before another that should come first, such as {@code end} before {@code start}; see {@link
   * #check(Violations, String, Optional, String, Optional)}.
   *
   * @param violations where the violation goes
   * @param laterProperty the property that should come second, reported when broken
   * @param later its date, if known
   * @param earlierProperty the property that should come first, named in the message
   * @param earlier its date, if known
   */
  public static void check(
      Violations violations,
      WireName laterProperty,
      Optional<PartialDate> later,
      WireName earlierProperty,
      Optional<PartialDate> earlier) {
    check(violations, laterProperty.name(), later, earlierProperty.name(), earlier);
  }

  /**
   * Records a {@code date-order} violation for one element of a list of parts, such as a person's
   * offices ({@code offices[2].end} before {@code offices[2].start}); see {@link #check(Violations,
   * String, Optional, String, Optional)}. The paths are built only when the rule is broken: lists
   * of parts are checked by the million.
   *
   * @param violations where the violation goes
   * @param list the list property holding the part
   * @param index the part's index in the list
   * @param laterProperty the part's property that should come second, reported when broken
   * @param later its date, if known
   * @param earlierProperty the part's property that should come first, named in the message
   * @param earlier its date, if known
   */
  public static void check(
      Violations violations,
      WireName list,
      int index,
      WireName laterProperty,
      Optional<PartialDate> later,
      WireName earlierProperty,
      Optional<PartialDate> earlier) {
    if (later.isPresent() && earlier.isPresent() && later.get().isDefinitelyBefore(earlier.get())) {
      check(violations, list.at(index, laterProperty), later, list.at(index, earlierProperty), earlier);
    }
  }

  /**
   * Returns whether a date may fall within a period: it is not definitely before the start nor
   * definitely after the end. An unknown bound does not exclude. This is the question an office,
   * a membership, a session or a name asks of a date.
   *
   * @param date the date
   * @param start the period's start, if known
   * @param end the period's end, if known
   * @return false only when the dates make it certain the date is outside the period
   */
  public static boolean mayBeWithin(PartialDate date, Optional<PartialDate> start, Optional<PartialDate> end) {
    java.util.Objects.requireNonNull(date, "date");
    return start.map(s -> !date.isDefinitelyBefore(s)).orElse(true) && end.map(e -> !date.isDefinitelyAfter(e)).orElse(true);
  }
}
