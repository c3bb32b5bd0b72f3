package io.github.chancery.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Properties of partial dates over seeded random samples: reproducible, and wide.
 *
 * <p>Each sample carries what it should mean, worked out here from the numbers it was made from
 * (its first and last day, its moment), so the properties check the implementation against an
 * independent oracle rather than against itself. Years are mostly drawn from a narrow window so
 * that random pairs often overlap, which is where the precision rules matter.
 */
final class PartialDateSeededTest {
  private static final long SEED = 20201110L;
  private static final int SAMPLES = 5_000;
  private static final List<ZoneId> ZONES =
      List.of(
          ZoneOffset.UTC,
          ZoneOffset.ofHours(3),
          ZoneOffset.ofHoursMinutes(-3, -30),
          ZoneId.of("UTC"),
          ZoneId.of("Europe/Moscow"),
          ZoneId.of("Asia/Baku"),
          ZoneId.of("Asia/Yerevan"),
          ZoneId.of("America/Toronto"),
          ZoneId.of("Asia/Kolkata"),
          ZoneId.of("Pacific/Kiritimati"),
          ZoneId.of("Pacific/Pago_Pago"));

  /** A date and what it should mean, computed without the class under test. */
  private static final class Sample {
    final PartialDate date;
    final DatePrecision precision;
    final String text;
    final LocalDate first;
    final LocalDate last;
    final Instant moment;
    /** For a local date-time: its clock time, and the first and last instants it can be. */
    final LocalDateTime clock;
    final ZoneId clockZone;
    final Instant earliest;
    final Instant latest;

    Sample(PartialDate date, DatePrecision precision, String text, LocalDate first, LocalDate last, Instant moment) {
      this(date, precision, text, first, last, moment, null, null, moment, moment);
    }

    Sample(
        PartialDate date,
        DatePrecision precision,
        String text,
        LocalDate first,
        LocalDate last,
        Instant moment,
        LocalDateTime clock,
        ZoneId clockZone,
        Instant earliest,
        Instant latest) {
      this.date = date;
      this.precision = precision;
      this.text = text;
      this.first = first;
      this.last = last;
      this.moment = moment;
      this.clock = clock;
      this.clockZone = clockZone;
      this.earliest = earliest;
      this.latest = latest;
    }

    /** Whether this sample has a time of day, on a clock or as an instant. */
    boolean timed() {
      return moment != null || clock != null;
    }

    @Override
    public String toString() {
      return text;
    }
  }

  private static Sample sample(Random random) {
    int year = random.nextInt(10) < 8 ? 2019 + random.nextInt(3) : 1 + random.nextInt(9999);
    int month = 1 + random.nextInt(12);
    int length = YearMonth.of(year, month).lengthOfMonth();
    switch (random.nextInt(5)) {
      case 0:
        return new Sample(
            PartialDate.of(year),
            DatePrecision.YEAR,
            String.format("%04d", year),
            LocalDate.of(year, 1, 1),
            LocalDate.of(year, 12, 31),
            null);
      case 1:
        return new Sample(
            PartialDate.of(year, month),
            DatePrecision.MONTH,
            String.format("%04d-%02d", year, month),
            LocalDate.of(year, month, 1),
            LocalDate.of(year, month, length),
            null);
      case 2:
        int day = 1 + random.nextInt(length);
        LocalDate date = LocalDate.of(year, month, day);
        return new Sample(
            random.nextBoolean() ? PartialDate.of(year, month, day) : PartialDate.of(date),
            DatePrecision.DAY,
            String.format("%04d-%02d-%02d", year, month, day),
            date,
            date,
            null);
      case 3:
        return localSample(random, year, month);
      default:
        // Instants stay away from the ends of the range so that a shift over a gap cannot leave it.
        int instantYear = Math.max(2, Math.min(9998, year));
        ZonedDateTime moment =
            ZonedDateTime.of(
                instantYear,
                month,
                1 + random.nextInt(YearMonth.of(instantYear, month).lengthOfMonth()),
                random.nextInt(24),
                random.nextInt(60),
                random.nextInt(4) == 0 ? random.nextInt(60) : 0,
                random.nextInt(4) == 0 ? random.nextInt(1_000_000_000) : 0,
                ZONES.get(random.nextInt(ZONES.size())));
        return new Sample(
            PartialDate.of(moment),
            DatePrecision.INSTANT,
            moment.toString(),
            moment.toLocalDate(),
            moment.toLocalDate(),
            moment.toInstant());
    }
  }

  /**
   * A time on a local clock, with a region zone or none. The instants it can be are worked out
   * from the zone's valid offsets at that clock time; a time in a gap, which has none, is drawn
   * without a zone instead.
   */
  private static Sample localSample(Random random, int year, int month) {
    int localYear = Math.max(2, Math.min(9998, year));
    LocalDateTime clock =
        LocalDateTime.of(
            localYear,
            month,
            1 + random.nextInt(YearMonth.of(localYear, month).lengthOfMonth()),
            random.nextInt(24),
            random.nextInt(60),
            random.nextInt(4) == 0 ? random.nextInt(60) : 0,
            random.nextInt(4) == 0 ? random.nextInt(1_000_000_000) : 0);
    return localAt(random, clock);
  }

  private static Sample localAt(Random random, LocalDateTime clock) {
    ZoneId zone = ZONES.get(random.nextInt(ZONES.size()));
    List<ZoneOffset> offsets = zone.getRules().getValidOffsets(clock);
    // A zone that is a fixed offset by another name (UTC) makes an instant, not a local time.
    boolean zoned = !(zone.normalized() instanceof ZoneOffset) && !offsets.isEmpty() && random.nextBoolean();
    Instant earliest;
    Instant latest;
    if (zoned) {
      // The largest offset gives the earliest instant of a repeated clock time.
      earliest = offsets.stream().map(clock::toInstant).min(Comparator.naturalOrder()).orElseThrow();
      latest = offsets.stream().map(clock::toInstant).max(Comparator.naturalOrder()).orElseThrow();
    } else {
      earliest = clock.toInstant(ZoneOffset.ofHours(14));
      latest = clock.toInstant(ZoneOffset.ofHours(-12));
    }
    String text = clock.toString() + (zoned ? "[" + zone.getId() + "]" : "");
    return new Sample(
        zoned ? PartialDate.of(clock, zone) : PartialDate.of(clock),
        DatePrecision.LOCAL_DATE_TIME,
        text,
        clock.toLocalDate(),
        clock.toLocalDate(),
        null,
        clock,
        zoned ? zone : null,
        earliest,
        latest);
  }

  /** A time of day near {@code clock}: on a local clock, as an instant, or only its day. */
  private static Sample near(Random random, LocalDateTime clock) {
    LocalDateTime shifted = clock.plusMinutes(random.nextInt(72 * 60) - 36 * 60);
    switch (random.nextInt(3)) {
      case 0:
        return localAt(random, shifted);
      case 1:
        ZonedDateTime moment = shifted.atZone(ZONES.get(random.nextInt(ZONES.size())));
        return new Sample(
            PartialDate.of(moment),
            DatePrecision.INSTANT,
            moment.toString(),
            moment.toLocalDate(),
            moment.toLocalDate(),
            moment.toInstant());
      default:
        LocalDate day = shifted.toLocalDate();
        return new Sample(PartialDate.of(day), DatePrecision.DAY, day.toString(), day, day, null);
    }
  }

  /** Whether {@code a} is certainly before {@code b}, from what the samples were made of. */
  private static boolean expectedBefore(Sample a, Sample b) {
    // A zoneless day, month or year spans every zone: from 00:00 at +14:00 to 24:00 at -12:00.
    // A local time is its date against a day, its clock against the same clock, and the
    // instants it can be against anything else with a time of day.
    if (a.clock != null && b.clock != null && java.util.Objects.equals(a.clockZone, b.clockZone)) {
      return a.clock.isBefore(b.clock);
    } else if (a.clock != null && !b.timed() || b.clock != null && !a.timed()) {
      return a.last.isBefore(b.first);
    } else if (a.clock != null || b.clock != null) {
      return a.latest.isBefore(b.earliest);
    } else if (a.moment != null && b.moment != null) {
      return a.moment.isBefore(b.moment);
    } else if (a.moment != null) {
      return a.moment.isBefore(b.first.atStartOfDay(java.time.ZoneOffset.ofHours(14)).toInstant());
    } else if (b.moment != null) {
      return !a.last.plusDays(1).atStartOfDay(java.time.ZoneOffset.ofHours(-12)).toInstant().isAfter(b.moment);
    } else {
      return a.last.isBefore(b.first);
    }
  }

  private static List<Sample> samples(long seed) {
    Random random = new Random(seed);
    List<Sample> samples = new ArrayList<>(SAMPLES);
    for (int i = 0; i < SAMPLES; i++) {
      samples.add(sample(random));
    }
    return samples;
  }

  @Test
  void everyDateRoundTripsThroughItsText() {
    for (Sample sample : samples(SEED)) {
      PartialDate read = PartialDate.parse(sample.text);

      assertThat(sample.date).as(sample.text).hasToString(sample.text);
      assertThat(read).as(sample.text).isEqualTo(sample.date).hasSameHashCodeAs(sample.date);
      assertThat(read.precision()).as(sample.text).isEqualTo(sample.precision);
      assertThat(PartialDate.parse(read.toString())).as(sample.text).isEqualTo(read);
    }
  }

  @Test
  void everyDateMeansExactlyTheDaysItCovers() {
    Random random = new Random(SEED + 1);
    for (Sample sample : samples(SEED + 2)) {
      assertThat(sample.date.earliestDay()).as(sample.text).isEqualTo(sample.first);
      assertThat(sample.date.latestDay()).as(sample.text).isEqualTo(sample.last);
      LocalDate near = sample.first.plusDays(random.nextInt(64) - 16);
      boolean covered = !near.isBefore(sample.first) && !near.isAfter(sample.last);
      assertThat(sample.date.mayBe(near)).as(sample.text + " may be " + near).isEqualTo(covered);
    }
  }

  @Test
  void aDateIsNeverDefinitelyBeforeOrAfterItself() {
    for (Sample sample : samples(SEED + 3)) {
      PartialDate copy = PartialDate.parse(sample.text);

      assertThat(sample.date.isDefinitelyBefore(sample.date)).as(sample.text).isFalse();
      assertThat(sample.date.isDefinitelyAfter(sample.date)).as(sample.text).isFalse();
      assertThat(sample.date.isDefinitelyBefore(copy)).as(sample.text).isFalse();
      assertThat(sample.date.mayCoincideWith(copy)).as(sample.text).isTrue();
    }
  }

  @Test
  void definitelyBeforeIsAStrictOrderThatNeverClaimsMoreThanTheDataHas() {
    List<Sample> left = samples(SEED + 4);
    List<Sample> right = samples(SEED + 5);
    int before = 0;
    int overlapping = 0;
    for (int i = 0; i < SAMPLES; i++) {
      Sample a = left.get(i);
      Sample b = right.get(i);
      String pair = a + " / " + b;
      boolean aBeforeB = a.date.isDefinitelyBefore(b.date);
      boolean bBeforeA = b.date.isDefinitelyBefore(a.date);

      boolean expected = expectedBefore(a, b);
      assertThat(aBeforeB).as(pair).isEqualTo(expected);
      if (aBeforeB) {
        before++;
        assertThat(bBeforeA).as(pair).isFalse();
        assertThat(b.date.isDefinitelyAfter(a.date)).as(pair).isTrue();
        if (!a.timed() || !b.timed()) {
          assertThat(a.date.latestDay()).as(pair).isBefore(b.date.earliestDay());
        }
      }
      assertThat(a.date.isDefinitelyAfter(b.date)).as(pair).isEqualTo(bBeforeA);
      boolean coincide = a.date.mayCoincideWith(b.date);
      assertThat(coincide).as(pair).isEqualTo(!aBeforeB && !bBeforeA);
      assertThat(b.date.mayCoincideWith(a.date)).as(pair).isEqualTo(coincide);
      if (coincide) {
        overlapping++;
      }
    }
    // The samples must exercise both outcomes, or the properties above prove little.
    assertThat(before).isGreaterThan(SAMPLES / 20);
    assertThat(overlapping).isGreaterThan(SAMPLES / 20);
  }

  @Test
  void aLocalTimeIsOrderedByEveryMomentItsClockCanShowAgainstNearbyTimes() {
    // Random pairs seldom fall within a day of each other; here each local time meets a time
    // of day within 36 hours, where the zone and the missing offset decide the order.
    Random random = new Random(SEED + 9);
    int before = 0;
    int overlapping = 0;
    for (int i = 0; i < SAMPLES; i++) {
      LocalDateTime clock =
          LocalDateTime.of(2019 + random.nextInt(3), 1 + random.nextInt(12), 1 + random.nextInt(28), random.nextInt(24), random.nextInt(60));
      Sample a = localAt(random, clock);
      Sample b = near(random, clock);
      for (Sample[] pair : new Sample[][] {{a, b}, {b, a}}) {
        String text = pair[0] + " / " + pair[1];
        boolean expected = expectedBefore(pair[0], pair[1]);
        assertThat(pair[0].date.isDefinitelyBefore(pair[1].date)).as(text).isEqualTo(expected);
        assertThat(pair[1].date.isDefinitelyAfter(pair[0].date)).as(text).isEqualTo(expected);
        if (expected) {
          before++;
        }
      }
      if (a.date.mayCoincideWith(b.date)) {
        overlapping++;
      }
    }
    assertThat(before).isGreaterThan(SAMPLES / 10);
    assertThat(overlapping).isGreaterThan(SAMPLES / 10);
  }

  @Test
  void definitelyBeforeIsTransitiveAmongDaysAndAmongInstants() {
    // Mixed chains are left out on purpose: a day is compared with an instant by the instant's
    // local date, and two instants by their moment, so a chain through both kinds of comparison
    // need not be transitive (see PartialDateTest for the documented rules).
    List<Sample> samples = samples(SEED + 6);
    int dayChains = 0;
    int instantChains = 0;
    for (int i = 0; i + 2 < SAMPLES; i++) {
      Sample a = samples.get(i);
      Sample b = samples.get(i + 1);
      Sample c = samples.get(i + 2);
      boolean allDays = !a.timed() && !b.timed() && !c.timed();
      boolean allInstants = a.moment != null && b.moment != null && c.moment != null;
      if ((allDays || allInstants) && a.date.isDefinitelyBefore(b.date) && b.date.isDefinitelyBefore(c.date)) {
        if (allDays) {
          dayChains++;
        } else {
          instantChains++;
        }
        assertThat(a.date.isDefinitelyBefore(c.date)).as(a + " / " + b + " / " + c).isTrue();
      }
    }
    assertThat(dayChains).isPositive();
    assertThat(instantChains).isPositive();
  }

  @Test
  void chronologicalOrderIsAConsistentTotalOrderThatAgreesWithCertainOrder() {
    Comparator<PartialDate> order = PartialDate.chronologicalOrder();
    List<Sample> left = samples(SEED + 7);
    List<Sample> right = samples(SEED + 8);
    for (int i = 0; i < SAMPLES; i++) {
      PartialDate a = left.get(i).date;
      PartialDate b = right.get(i).date;
      String pair = a + " / " + b;

      assertThat(Integer.signum(order.compare(a, b))).as(pair).isEqualTo(-Integer.signum(order.compare(b, a)));
      assertThat(order.compare(a, b) == 0).as(pair).isEqualTo(a.equals(b));
      assertThat(order.compare(a, PartialDate.parse(a.toString()))).as(pair).isZero();
      boolean aTimed = a.instant().isPresent() || a.localDateTime().isPresent();
      boolean bTimed = b.instant().isPresent() || b.localDateTime().isPresent();
      // Two times of day in different zones may be in either order of their dates.
      if (a.isDefinitelyBefore(b) && (!aTimed || !bTimed)) {
        assertThat(order.compare(a, b)).as(pair).isNegative();
      }
    }
  }
}
