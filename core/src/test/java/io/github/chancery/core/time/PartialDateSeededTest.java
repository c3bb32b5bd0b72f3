package io.github.chancery.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
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

    Sample(PartialDate date, DatePrecision precision, String text, LocalDate first, LocalDate last, Instant moment) {
      this.date = date;
      this.precision = precision;
      this.text = text;
      this.first = first;
      this.last = last;
      this.moment = moment;
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
    switch (random.nextInt(4)) {
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

      // A zoneless day, month or year spans every zone: from 00:00 at +14:00 to 24:00 at -12:00.
      boolean expected;
      if (a.moment != null && b.moment != null) {
        expected = a.moment.isBefore(b.moment);
      } else if (a.moment != null) {
        expected = a.moment.isBefore(b.first.atStartOfDay(java.time.ZoneOffset.ofHours(14)).toInstant());
      } else if (b.moment != null) {
        expected = !a.last.plusDays(1).atStartOfDay(java.time.ZoneOffset.ofHours(-12)).toInstant().isAfter(b.moment);
      } else {
        expected = a.last.isBefore(b.first);
      }
      assertThat(aBeforeB).as(pair).isEqualTo(expected);
      if (aBeforeB) {
        before++;
        assertThat(bBeforeA).as(pair).isFalse();
        assertThat(b.date.isDefinitelyAfter(a.date)).as(pair).isTrue();
        if (a.moment == null && b.moment == null) {
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
      boolean allDays = a.moment == null && b.moment == null && c.moment == null;
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
      if (a.isDefinitelyBefore(b) && (a.instant().isEmpty() || b.instant().isEmpty())) {
        assertThat(order.compare(a, b)).as(pair).isNegative();
      }
    }
  }
}
