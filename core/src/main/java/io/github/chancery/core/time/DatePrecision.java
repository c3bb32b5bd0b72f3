package io.github.chancery.core.time;

/**
 * How precisely a {@link PartialDate} is known, from the coarsest to the finest.
 *
 * <p>A date is never stored at a precision it does not have: a year stays a year, and is not
 * padded to its first day.
 *
 * <p>Immutable and thread-safe, as every enum is.
 */
public enum DatePrecision {
  /** A calendar year, written {@code 2020}. */
  YEAR,
  /** A month of a year, written {@code 2020-11}. */
  MONTH,
  /** A day, written {@code 2020-11-25}, in the calendar of the place where it happened. */
  DAY,
  /**
   * A date and time of day on the local clock, without an offset, as most parliaments publish
   * it, written {@code 2022-03-02T10:00}, and optionally the zone whose clock it is, written
   * {@code 2022-03-02T10:00[Europe/Kyiv]}. It is never turned into an instant the source did not
   * give.
   */
  LOCAL_DATE_TIME,
  /**
   * An instant with its offset and, optionally, its named zone, written {@code
   * 2020-11-10T00:00+03:00[Europe/Moscow]}.
   */
  INSTANT
}
