package io.github.chancery.core.time;

import io.github.chancery.core.wire.WireValue;
import io.github.chancery.core.validation.ValidationException;
import io.github.chancery.core.validation.ViolationCode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date known to the precision the source gives: a year, a month, a day, a date and time of day
 * on a local clock (with the clock's zone when known), or an instant with an offset and
 * optionally a named zone.
 *
 * <p>The canonical text is reduced ISO 8601, as Popolo uses it: {@code 2020}, {@code 2020-11},
 * {@code 2020-11-25}, a local date-time with an optional zone, {@code 2022-03-02T10:00} or {@code
 * 2022-03-02T10:00[Europe/Kyiv]}, or an ISO offset date-time with an optional zone, {@code
 * 2020-11-10T00:00+03:00[Europe/Moscow]}. {@link #toString()} prints it and {@link #parse} reads
 * it back. Years run from 1 to 9999.
 *
 * <p>A partial date means an interval of days: {@code 2020-11} may be any day from {@link
 * #earliestDay()} 2020-11-01 to {@link #latestDay()} 2020-11-30. Comparisons never claim more
 * than the data has: {@link #isDefinitelyBefore} is true only when every day this date can mean
 * comes before every day the other can mean. Two instants are compared exactly. A day, month or
 * year carries no zone, so against an instant it spans every zone, from 00:00 at +14:00 to 24:00
 * at -12:00: midnight in Moscow on 10 November (21:00 UTC on the 9th) may be the 10th. An
 * instant's {@link #earliestDay()} and {@link #latestDay()} are its local date in its own zone.
 *
 * <p>A local date-time is a day on its own clock: against a day, month or year it is compared as
 * its date. Two local date-times on the same clock (the same zone, or neither naming one) are
 * compared by the clock. Against an instant, or a local date-time of another zone, it means every
 * instant its clock time can be: in its zone, the one or two instants of that clock time; with no
 * zone, that time anywhere from +14:00 to -12:00.
 *
 * <p>Equality is by value and precision: {@code 2020} does not equal {@code 2020-01-01}.
 * Instances are immutable and thread-safe.
 */
public final class PartialDate implements WireValue {
  private static final Pattern INSTANT_OFFSET =
      Pattern.compile("(Z|[+-][0-9]{2}:[0-9]{2}(:[0-9]{2})?)(\\[[^\\]]+\\])?$");
  /** The shape of an instant, as the JSON Schema gives it; java.time alone accepts "10:00:30.Z". */
  private static final Pattern INSTANT_SHAPE =
      Pattern.compile(
          "[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?"
              + "(Z|[+-][0-9]{2}:[0-9]{2}(:[0-9]{2})?)(\\[[^\\]]+\\])?");
  private static final Pattern REDUCED = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
  /** The shape of a local date-time, with the region of its clock when known. */
  private static final Pattern LOCAL_SHAPE =
      Pattern.compile("([0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\\.[0-9]{1,9})?)?)(?:\\[([^\\]]+)\\])?");

  private static final Comparator<PartialDate> CHRONOLOGICAL =
      Comparator.comparing(PartialDate::earliestDay)
          .thenComparing(PartialDate::latestDay)
          // Times of day by one instant each: an instant itself, a local time in its zone, and a
          // local time without a zone at +01:00, midway between the offsets it can have, so that
          // whatever isDefinitelyBefore decides, this order agrees with.
          .thenComparing(PartialDate::sortInstant, Comparator.nullsFirst(Comparator.<java.time.Instant>naturalOrder()))
          .thenComparing(PartialDate::toString);

  private static final ZoneOffset EARLIEST_ZONE = ZoneOffset.ofHours(14);
  private static final ZoneOffset LATEST_ZONE = ZoneOffset.ofHours(-12);

  private final DatePrecision precision;
  private final int year;
  private final int month;
  private final int day;
  private final ZonedDateTime instant;
  private final LocalDateTime local;
  private final ZoneId zone;

  private PartialDate(DatePrecision precision, int year, int month, int day, ZonedDateTime instant) {
    this(precision, year, month, day, instant, null, null);
  }

  private PartialDate(
      DatePrecision precision, int year, int month, int day, ZonedDateTime instant, LocalDateTime local, ZoneId zone) {
    this.precision = precision;
    this.year = year;
    this.month = month;
    this.day = day;
    this.instant = instant;
    this.local = local;
    this.zone = zone;
  }

  /**
   * Returns a year.
   *
   * @param year from 1 to 9999
   * @return the date with year precision
   * @throws ValidationException if the year is out of range
   */
  public static PartialDate of(int year) {
    checkYear(year);
    return new PartialDate(DatePrecision.YEAR, year, 0, 0, null);
  }

  /**
   * Returns a month of a year.
   *
   * @param year from 1 to 9999
   * @param month from 1 to 12
   * @return the date with month precision
   * @throws ValidationException if the year or month is out of range
   */
  public static PartialDate of(int year, int month) {
    checkYear(year);
    checkMonth(year, month);
    return new PartialDate(DatePrecision.MONTH, year, month, 0, null);
  }

  /**
   * Returns a day.
   *
   * @param year from 1 to 9999
   * @param month from 1 to 12
   * @param day a day that exists in that month ({@code 2021-02-29} does not)
   * @return the date with day precision
   * @throws ValidationException if the day does not exist
   */
  public static PartialDate of(int year, int month, int day) {
    checkYear(year);
    checkMonth(year, month);
    int length = YearMonth.of(year, month).lengthOfMonth();
    if (day < 1 || day > length) {
      throw ValidationException.of(
          "",
          ViolationCode.INVALID_DATE,
          String.format(
              "%04d-%02d-%02d does not exist: %04d-%02d has %d days", year, month, day, year, month,
              length));
    }
    return new PartialDate(DatePrecision.DAY, year, month, day, null);
  }

  /**
   * Returns a year.
   *
   * @param year the year, from 1 to 9999
   * @return the date with year precision
   */
  public static PartialDate of(Year year) {
    Objects.requireNonNull(year, "year");
    return of(year.getValue());
  }

  /**
   * Returns a month of a year.
   *
   * @param yearMonth the month, in years 1 to 9999
   * @return the date with month precision
   */
  public static PartialDate of(YearMonth yearMonth) {
    Objects.requireNonNull(yearMonth, "yearMonth");
    return of(yearMonth.getYear(), yearMonth.getMonthValue());
  }

  /**
   * Returns a day.
   *
   * @param date the day, in years 1 to 9999
   * @return the date with day precision
   */
  public static PartialDate of(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return of(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  /**
   * Returns an instant in a named zone, such as the moment a ceasefire took effect.
   *
   * @param dateTime the instant with its zone (a {@link ZoneOffset} when no region is known)
   * @return the date with instant precision
   */
  public static PartialDate of(ZonedDateTime dateTime) {
    Objects.requireNonNull(dateTime, "dateTime");
    checkYear(dateTime.getYear());
    return new PartialDate(
        DatePrecision.INSTANT,
        dateTime.getYear(),
        dateTime.getMonthValue(),
        dateTime.getDayOfMonth(),
        dateTime);
  }

  /**
   * Returns a date and time of day on a local clock whose zone is not known, as a parliament's
   * record gives the time of a sitting or a division.
   *
   * @param dateTime the date and time of day
   * @return the date with local date-time precision
   */
  public static PartialDate of(LocalDateTime dateTime) {
    Objects.requireNonNull(dateTime, "dateTime");
    checkYear(dateTime.getYear());
    return new PartialDate(
        DatePrecision.LOCAL_DATE_TIME,
        dateTime.getYear(),
        dateTime.getMonthValue(),
        dateTime.getDayOfMonth(),
        null,
        dateTime,
        null);
  }

  /**
   * Returns a date and time of day on the clock of a named zone, kept as given: it is not
   * resolved to an instant, so a time the zone skipped or repeated at a change of clocks is kept
   * too.
   *
   * @param dateTime the date and time of day
   * @param zone the region whose clock it is, such as {@code Europe/Kyiv}; not an offset, since
   *     a time with an offset is an instant ({@link #of(OffsetDateTime)})
   * @return the date with local date-time precision
   * @throws ValidationException ({@code invalid-date}) if the zone is a fixed offset
   */
  public static PartialDate of(LocalDateTime dateTime, ZoneId zone) {
    Objects.requireNonNull(dateTime, "dateTime");
    Objects.requireNonNull(zone, "zone");
    // UTC, UTC+3 and GMT+03:00 are offsets by other names: fixed, not a region's clock.
    if (zone.normalized() instanceof ZoneOffset) {
      throw ValidationException.of(
          "", ViolationCode.INVALID_DATE, "'" + zone + "' is an offset, which makes " + dateTime + " an instant: write " + dateTime
              + zone.normalized());
    }
    checkYear(dateTime.getYear());
    return new PartialDate(
        DatePrecision.LOCAL_DATE_TIME,
        dateTime.getYear(),
        dateTime.getMonthValue(),
        dateTime.getDayOfMonth(),
        null,
        dateTime,
        zone);
  }

  /**
   * Returns an instant with an offset and no named zone.
   *
   * @param dateTime the instant with its offset
   * @return the date with instant precision
   */
  public static PartialDate of(OffsetDateTime dateTime) {
    Objects.requireNonNull(dateTime, "dateTime");
    return of(dateTime.toZonedDateTime());
  }

  /**
   * Reads the canonical text: {@code 2020}, {@code 2020-11}, {@code 2020-11-25}, a local
   * date-time {@code 2022-03-02T10:00} or {@code 2022-03-02T10:00[Europe/Kyiv]}, or an instant
   * {@code 2020-11-10T00:00+03:00} or {@code 2020-11-10T00:00+03:00[Europe/Moscow]}. When an
   * instant also names a zone, its offset must be the zone's at that time.
   *
   * @param text the text to read
   * @return the date, at the precision the text has
   * @throws ValidationException ({@code invalid-date}) if the text is malformed or the date does
   *     not exist
   */
  public static PartialDate parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    // YYYY, YYYY-MM and YYYY-MM-DD, as nearly every date is written, read without a matcher:
    // dates are read by the million.
    int length = text.length();
    if ((length == 4 || length == 7 || length == 10) && digits(text, 0, 4)) {
      int year = number(text, 0, 4);
      if (length == 4) {
        return of(year);
      }
      if (text.charAt(4) == '-' && digits(text, 5, 7)) {
        int month = number(text, 5, 7);
        if (length == 7) {
          return of(year, month);
        }
        if (text.charAt(7) == '-' && digits(text, 8, 10)) {
          return of(year, month, number(text, 8, 10));
        }
      }
    }
    String value = text.toString();
    Matcher reduced = REDUCED.matcher(value);
    if (reduced.matches()) {
      int year = Integer.parseInt(reduced.group(1));
      if (reduced.group(2) == null) {
        return of(year);
      }
      int month = Integer.parseInt(reduced.group(2));
      if (reduced.group(3) == null) {
        return of(year, month);
      }
      return of(year, month, Integer.parseInt(reduced.group(3)));
    }
    if (value.indexOf('T') > 0) {
      Matcher local = LOCAL_SHAPE.matcher(value);
      return local.matches() ? parseLocal(value, local) : parseInstant(value);
    }
    throw ValidationException.of(
        "",
        ViolationCode.INVALID_DATE,
        "'" + value + "' is not a date: expected YYYY, YYYY-MM, YYYY-MM-DD or an ISO 8601"
            + " date-time");
  }

  /** Whether the characters from {@code from} to {@code to} are ASCII digits, as the pattern's {@code \\d}. */
  private static boolean digits(CharSequence text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static int number(CharSequence text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      value = value * 10 + (text.charAt(i) - '0');
    }
    return value;
  }

  private static PartialDate parseLocal(String value, Matcher local) {
    LocalDateTime dateTime;
    try {
      dateTime = LocalDateTime.parse(local.group(1));
    } catch (DateTimeParseException e) {
      throw ValidationException.of("", ViolationCode.INVALID_DATE, "'" + value + "' is not a valid date and time of day");
    }
    if (local.group(2) == null) {
      return of(dateTime);
    }
    ZoneId zone;
    try {
      zone = ZoneId.of(local.group(2));
    } catch (DateTimeException e) {
      throw ValidationException.of("", ViolationCode.INVALID_DATE, "'" + local.group(2) + "' in '" + value + "' is not a known time zone");
    }
    if (zone.normalized() instanceof ZoneOffset) {
      throw ValidationException.of(
          "", ViolationCode.INVALID_DATE, "'" + value + "' gives an offset as its zone: write " + local.group(1) + zone.normalized()
              + " for an instant");
    }
    return of(dateTime, zone);
  }

  private static PartialDate parseInstant(String value) {
    if (!INSTANT_OFFSET.matcher(value).find()) {
      // java.time would also take "+03"; the canonical form, and the schema, want "+03:00".
      throw ValidationException.of(
          "", ViolationCode.INVALID_DATE, "'" + value + "' needs an offset written Z or +HH:MM");
    }

    try {
      TemporalAccessor parsed = DateTimeFormatter.ISO_ZONED_DATE_TIME.parse(value);
      LocalDateTime local = LocalDateTime.from(parsed);
      ZoneOffset offset = ZoneOffset.from(parsed);
      ZoneId zone = parsed.query(TemporalQueries.zoneId());
      // ofStrict refuses an offset the named zone did not have at that time, rather than
      // silently moving the instant.
      PartialDate instant = of(ZonedDateTime.ofStrict(local, offset, zone == null ? offset : zone));
      if (!INSTANT_SHAPE.matcher(value).matches()) {
        throw ValidationException.of(
            "",
            ViolationCode.INVALID_DATE,
            "'" + value + "' is not an ISO 8601 date-time of the form YYYY-MM-DDTHH:MM[:SS[.fraction]] with offset");
      }
      return instant;
    } catch (DateTimeParseException e) {
      throw ValidationException.of(
          "",
          ViolationCode.INVALID_DATE,
          "'" + value + "' is not a valid ISO 8601 date-time with offset (and optional [zone])");
    } catch (DateTimeException e) {
      throw ValidationException.of(
          "", ViolationCode.INVALID_DATE, "'" + value + "' is not a valid instant: " + e.getMessage());
    }
  }

  private static void checkYear(int year) {
    if (year < 1 || year > 9999) {
      throw ValidationException.of(
          "", ViolationCode.INVALID_DATE, "year " + year + " is outside 1 to 9999");
    }
  }

  private static void checkMonth(int year, int month) {
    if (month < 1 || month > 12) {
      throw ValidationException.of(
          "",
          ViolationCode.INVALID_DATE,
          String.format("%04d-%02d does not exist: month %d is outside 1 to 12", year, month, month));
    }
  }

  /**
   * Returns an order for sorting dates on a timeline: by earliest day, then latest day, then
   * instant. It is not a claim that one date is before another; use {@link #isDefinitelyBefore}
   * for that.
   *
   * @return the comparator, the same instance on every call; it does not accept nulls
   */
  public static Comparator<PartialDate> chronologicalOrder() {
    return CHRONOLOGICAL;
  }

  /**
   * Returns how precisely this date is known.
   *
   * @return the precision; never null
   */
  public DatePrecision precision() {
    return precision;
  }

  /**
   * Returns the year.
   *
   * @return the year, from 1 to 9999
   */
  public int year() {
    return year;
  }

  /**
   * Returns the month, from 1 to 12, when known.
   *
   * @return the month, or empty for a date known only to the year
   */
  public OptionalInt month() {
    return precision == DatePrecision.YEAR ? OptionalInt.empty() : OptionalInt.of(month);
  }

  /**
   * Returns the day of the month when known.
   *
   * @return the day of the month, from 1, or empty for a date known only to the year or month
   */
  public OptionalInt dayOfMonth() {
    return precision.compareTo(DatePrecision.DAY) < 0 ? OptionalInt.empty() : OptionalInt.of(day);
  }

  /**
   * Returns the instant with its zone, when this date has instant precision.
   *
   * @return the instant, or empty for any other precision
   */
  public Optional<ZonedDateTime> instant() {
    return Optional.ofNullable(instant);
  }

  /**
   * Returns the date and time of day on the local clock, when this date has that precision.
   *
   * @return the local date-time, or empty for any other precision
   */
  public Optional<LocalDateTime> localDateTime() {
    return Optional.ofNullable(local);
  }

  /**
   * Returns the zone whose clock a local date-time is on, when the source names it; an instant's
   * zone is that of {@link #instant()}.
   *
   * @return the named zone of a local date-time, or empty when none is named or the date is of
   *     another precision
   */
  public Optional<ZoneId> zone() {
    return Optional.ofNullable(zone);
  }

  /**
   * Returns the day, when this date has day precision or finer.
   *
   * @return the day, or empty for a date known only to the year or month
   */
  public Optional<LocalDate> toLocalDate() {
    return precision.compareTo(DatePrecision.DAY) < 0
        ? Optional.empty()
        : Optional.of(LocalDate.of(year, month, day));
  }

  /**
   * Returns the first day this date can mean: 2020-11-01 for {@code 2020-11}.
   *
   * @return the earliest day; never null
   */
  public LocalDate earliestDay() {
    switch (precision) {
      case YEAR:
        return LocalDate.of(year, 1, 1);
      case MONTH:
        return LocalDate.of(year, month, 1);
      default:
        return LocalDate.of(year, month, day);
    }
  }

  /**
   * Returns the last day this date can mean: 2020-11-30 for {@code 2020-11}.
   *
   * @return the latest day; never null
   */
  public LocalDate latestDay() {
    switch (precision) {
      case YEAR:
        return LocalDate.of(year, 12, 31);
      case MONTH:
        return YearMonth.of(year, month).atEndOfMonth();
      default:
        return LocalDate.of(year, month, day);
    }
  }

  /**
   * Returns true only when this date is certainly before {@code other}: every day it can mean
   * precedes every day the other can mean, or, for two instants, this instant is earlier.
   * {@code 2020-11} is not definitely before {@code 2020-11-25}, nor after it.
   *
   * @param other the date to compare with
   * @return whether the order is certain
   */
  public boolean isDefinitelyBefore(PartialDate other) {
    Objects.requireNonNull(other, "other");
    if (instant != null && other.instant != null) {
      return instant.toInstant().isBefore(other.instant.toInstant());
    }
    if (local != null || other.local != null) {
      return localBefore(other);
    }
    // A day without a zone may be a day anywhere on Earth: it starts as early as 00:00 at +14:00
    // and ends as late as 24:00 at -12:00, and an instant is compared with that whole span.
    if (instant != null) {
      return instant.toInstant().isBefore(other.earliestDay().atStartOfDay(EARLIEST_ZONE).toInstant());
    }
    if (other.instant != null) {
      return !latestDay().plusDays(1).atStartOfDay(LATEST_ZONE).toInstant().isAfter(other.instant.toInstant());
    }
    return latestDay().isBefore(other.earliestDay());
  }

  /** The order where one side or both are local date-times, as the class comment says. */
  private boolean localBefore(PartialDate other) {
    if (local != null && other.local != null && Objects.equals(zone, other.zone)) {
      return local.isBefore(other.local);
    }
    if (local != null && other.local == null && other.instant == null) {
      return local.toLocalDate().isBefore(other.earliestDay());
    }
    if (other.local != null && local == null && instant == null) {
      return latestDay().isBefore(other.local.toLocalDate());
    }
    return latestInstant().isBefore(other.earliestInstant());
  }

  private java.time.Instant sortInstant() {
    if (instant == null && local == null) {
      return null;
    }
    if (instant == null && zone == null) {
      return local.atOffset(ZoneOffset.ofHours(1)).toInstant();
    }
    return earliestInstant();
  }

  /** The earliest instant an instant or a local date-time can be. */
  private java.time.Instant earliestInstant() {
    if (instant != null) {
      return instant.toInstant();
    }
    if (zone == null) {
      return local.atOffset(EARLIEST_ZONE).toInstant();
    }
    // In a repeated hour the clock time is two instants; the earlier offset gives the first.
    return local.atZone(zone).withEarlierOffsetAtOverlap().toInstant();
  }

  /** The latest instant an instant or a local date-time can be. */
  private java.time.Instant latestInstant() {
    if (instant != null) {
      return instant.toInstant();
    }
    if (zone == null) {
      return local.atOffset(LATEST_ZONE).toInstant();
    }
    return local.atZone(zone).withLaterOffsetAtOverlap().toInstant();
  }

  /**
   * Returns true only when this date is certainly after {@code other}.
   *
   * @param other the date to compare with
   * @return whether the order is certain
   */
  public boolean isDefinitelyAfter(PartialDate other) {
    Objects.requireNonNull(other, "other");
    return other.isDefinitelyBefore(this);
  }

  /**
   * Returns true when this date and {@code other} can mean the same day: neither is definitely
   * before the other.
   *
   * @param other the date to compare with
   * @return whether the two may coincide
   */
  public boolean mayCoincideWith(PartialDate other) {
    return !isDefinitelyBefore(other) && !isDefinitelyAfter(other);
  }

  /**
   * Returns true when {@code date} is one of the days this date can mean.
   *
   * @param date a day
   * @return whether the day lies within this date's interval
   */
  public boolean mayBe(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return !date.isBefore(earliestDay()) && !date.isAfter(latestDay());
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof PartialDate)) {
      return false;
    }
    PartialDate that = (PartialDate) other;
    return precision == that.precision
        && year == that.year
        && month == that.month
        && day == that.day
        && Objects.equals(instant, that.instant)
        && Objects.equals(local, that.local)
        && Objects.equals(zone, that.zone);
  }

  @Override
  public int hashCode() {
    return Objects.hash(precision, year, month, day, instant, local, zone);
  }

  /**
   * Writes the canonical text, the one {@link #toString()} returns, into characters: for writers,
   * which print the dates of every record they write without a string for each.
   *
   * @param destination where to write; not null
   * @param offset where the text starts in it
   * @return how many characters were written
   * @throws IndexOutOfBoundsException if the text does not fit between the offset and the end
   */
  public int printTo(char[] destination, int offset) {
    Objects.requireNonNull(destination, "destination");
    if (precision == DatePrecision.INSTANT || precision == DatePrecision.LOCAL_DATE_TIME) {
      String text = toString(); // java.time's own forms, which are rare in records
      Objects.checkFromIndexSize(offset, text.length(), destination.length);
      text.getChars(0, text.length(), destination, offset);
      return text.length();
    }
    int length = precision == DatePrecision.YEAR ? 4 : precision == DatePrecision.MONTH ? 7 : 10;
    Objects.checkFromIndexSize(offset, length, destination.length);
    digits(destination, offset, year, 4);
    if (length > 4) {
      destination[offset + 4] = '-';
      digits(destination, offset + 5, month, 2);
      if (length > 7) {
        destination[offset + 7] = '-';
        digits(destination, offset + 8, day, 2);
      }
    }
    return length;
  }

  /** Returns the canonical reduced ISO 8601 text, which {@link #parse} reads back. */
  @Override
  public String toString() {
    if (precision == DatePrecision.INSTANT) {
      // ZonedDateTime's own form: seconds only when not zero, the region only when named.
      return instant.toString();
    }
    if (precision == DatePrecision.LOCAL_DATE_TIME) {
      return zone == null ? local.toString() : local + "[" + zone.getId() + "]";
    }
    // Years are 1 to 9999, so always four digits, written straight into the characters.
    char[] out = new char[10];
    return new String(out, 0, printTo(out, 0));
  }

  private static void digits(char[] out, int at, int value, int width) {
    for (int i = at + width - 1; i >= at; i--) {
      out[i] = (char) ('0' + value % 10);
      value /= 10;
    }
  }
}
