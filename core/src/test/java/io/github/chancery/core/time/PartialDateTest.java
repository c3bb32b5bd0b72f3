package io.github.chancery.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.chancery.core.testing.Violated;
import io.github.chancery.core.validation.ViolationCode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

final class PartialDateTest {
  private static final PartialDate MOSCOW_MIDNIGHT = PartialDate.parse("2020-11-10T00:00+03:00[Europe/Moscow]");

  // ---------------------------------------------------------------- reading and printing

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2020",
        "2020-11",
        "2020-11-25",
        "2020-11-10T00:00+03:00",
        "2020-11-10T00:00+03:00[Europe/Moscow]",
        "2020-02-29",
        "0001",
        "9999-12-31",
        "2020-11-10T00:00Z",
        "2020-11-10T00:00:30Z",
        "2020-11-10T12:15:30.500-05:00",
        "1900-06-01T12:00+02:30:17[Europe/Moscow]"
      })
  void printsTheCanonicalFormThatParseReadsBack(String text) {
    PartialDate date = PartialDate.parse(text);

    assertThat(date).hasToString(text);
    assertThat(PartialDate.parse(date.toString())).isEqualTo(date).hasSameHashCodeAs(date);
  }

  @ParameterizedTest
  @CsvSource({
    "2020-11-10T12:15:30.5-05:00, 2020-11-10T12:15:30.500-05:00",
    "2020-11-10T00:00:00+03:00, 2020-11-10T00:00+03:00",
    "2020-11-10T00:00+00:00, 2020-11-10T00:00Z"
  })
  void printsAnInstantWrittenLooselyInItsCanonicalForm(String given, String canonical) {
    PartialDate date = PartialDate.parse(given);

    assertThat(date).hasToString(canonical);
    assertThat(PartialDate.parse(canonical)).isEqualTo(date);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0001", "2008-02", "1991-08-24", "9999-12-31", "2008-02-17T15:30:00+01:00",
      "2008-02-17T15:30+01:00[Europe/Belgrade]", "2008-02-17T15:30", "2008-02-17T15:30[America/Argentina/ComodRivadavia]"})
  void printsIntoCharactersTheTextItsToStringGives(String text) {
    PartialDate date = PartialDate.parse(text);
    char[] chars = new char[80];
    java.util.Arrays.fill(chars, '#');

    int length = date.printTo(chars, 3);

    assertThat(new String(chars, 3, length)).isEqualTo(date.toString());
    assertThat(chars[2]).isEqualTo('#');
    assertThat(chars[3 + length]).isEqualTo('#');
  }

  @Test
  void refusesToPrintIntoCharactersWithoutRoomForItsText() {
    PartialDate day = PartialDate.parse("1991-08-24");

    assertThatThrownBy(() -> day.printTo(new char[12], 3)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThat(day.printTo(new char[13], 3)).isEqualTo(10);
  }

  @Test
  void keepsThePrecisionItWasGivenAndNoMore() {
    PartialDate year = PartialDate.parse("2020");
    PartialDate month = PartialDate.parse("2020-11");
    PartialDate day = PartialDate.parse("2020-11-25");
    PartialDate instant = PartialDate.parse("2020-11-10T00:00+03:00");

    assertThat(year.precision()).isEqualTo(DatePrecision.YEAR);
    assertThat(year.year()).isEqualTo(2020);
    assertThat(year.month()).isEmpty();
    assertThat(year.dayOfMonth()).isEmpty();
    assertThat(year.toLocalDate()).isEmpty();
    assertThat(year.instant()).isEmpty();

    assertThat(month.precision()).isEqualTo(DatePrecision.MONTH);
    assertThat(month.month()).hasValue(11);
    assertThat(month.dayOfMonth()).isEmpty();
    assertThat(month.toLocalDate()).isEmpty();

    assertThat(day.precision()).isEqualTo(DatePrecision.DAY);
    assertThat(day.month()).hasValue(11);
    assertThat(day.dayOfMonth()).hasValue(25);
    assertThat(day.toLocalDate()).hasValue(LocalDate.of(2020, 11, 25));
    assertThat(day.instant()).isEmpty();

    assertThat(instant.precision()).isEqualTo(DatePrecision.INSTANT);
    assertThat(instant.toLocalDate()).hasValue(LocalDate.of(2020, 11, 10));
    assertThat(instant.instant()).hasValue(ZonedDateTime.of(2020, 11, 10, 0, 0, 0, 0, ZoneOffset.ofHours(3)));
  }

  @Test
  void readsTheNamedZoneOfAnInstant() {
    assertThat(MOSCOW_MIDNIGHT.instant().orElseThrow().getZone()).isEqualTo(ZoneId.of("Europe/Moscow"));
    assertThat(PartialDate.parse("2020-11-10T00:00+03:00").instant().orElseThrow().getZone())
        .isEqualTo(ZoneOffset.ofHours(3));
  }

  @Test
  void roundTripsAnInstantInEveryZoneTheJdkKnows() {
    for (String zone : new TreeSet<>(ZoneId.getAvailableZoneIds())) {
      for (int month : new int[] {1, 7}) {
        PartialDate date = PartialDate.of(ZonedDateTime.of(2020, month, 15, 12, 0, 0, 0, ZoneId.of(zone)));

        assertThat(PartialDate.parse(date.toString())).as(zone).isEqualTo(date);
      }
    }
  }

  // ---------------------------------------------------------------- rejection

  @Test
  void rejectsTheTwentyNinthOfFebruaryInACommonYear() {
    assertInvalidDate(() -> PartialDate.parse("2021-02-29"), "2021-02-29", "28 days");
    assertInvalidDate(() -> PartialDate.of(2021, 2, 29), "2021-02-29", "28 days");
    assertInvalidDate(() -> PartialDate.of(1900, 2, 29), "1900-02-29", "28 days");
  }

  @Test
  void acceptsTheTwentyNinthOfFebruaryInALeapYear() {
    assertThat(PartialDate.parse("2020-02-29").toLocalDate()).hasValue(LocalDate.of(2020, 2, 29));
    assertThat(PartialDate.of(2000, 2, 29)).hasToString("2000-02-29");
  }

  @Test
  void rejectsAThirteenthMonth() {
    assertInvalidDate(() -> PartialDate.parse("2020-13"), "2020-13", "month 13");
    assertInvalidDate(() -> PartialDate.parse("2020-13-01"), "2020-13", "month 13");
    assertInvalidDate(() -> PartialDate.of(2020, 0), "2020-00", "month 0");
  }

  @Test
  void rejectsDayZeroAndDaysAfterTheEndOfTheMonth() {
    assertInvalidDate(() -> PartialDate.parse("2020-11-00"), "2020-11-00");
    assertInvalidDate(() -> PartialDate.parse("2020-04-31"), "2020-04-31", "30 days");
    assertInvalidDate(() -> PartialDate.of(2020, 11, 32), "2020-11-32");
  }

  @Test
  void rejectsYearZeroAndYearsAfterNineThousandNineHundredNinetyNine() {
    assertInvalidDate(() -> PartialDate.parse("0000"), "year 0");
    assertInvalidDate(() -> PartialDate.parse("0000-01-01"), "year 0");
    assertInvalidDate(() -> PartialDate.of(0), "year 0");
    assertInvalidDate(() -> PartialDate.of(10000, 1), "year 10000");
    assertInvalidDate(() -> PartialDate.of(-1), "year -1");
    assertInvalidDate(() -> PartialDate.parse("0000-01-01T00:00Z"), "year 0");
    assertInvalidDate(() -> PartialDate.parse("+10000-01-01T00:00Z"), "year 10000");
    assertInvalidDate(() -> PartialDate.of(Year.of(0)), "year 0");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2020-1",
        "2020-11-1",
        "20201125",
        "202011",
        "20",
        "25/11/2020",
        "November 2020",
        "garbage",
        "",
        " 2020",
        "2020 ",
        "2020-11-25T",
        "2020-11-10T00:00+03",
        "2020-11-10T00:00[+03:00]",
        "2020-11-10T00:00[Europe/Nowhere]",
        "2020-11-10T24:00",
        "2020-11-10T00:00:61",
        "2020-11-10T25:00+03:00",
        "2020-02-30T00:00Z",
        "2020-11-10T00:00+03:00[Europe/Nowhere]",
        "2026-11-28T09:15:30.Z",
        "2026-11-28T09:15:30.1234567891Z",
        "2026-11-28T9:15Z"
      })
  void rejectsTextItCannotReadAndSaysWhichText(String text) {
    assertInvalidDate(() -> PartialDate.parse(text), "'" + text + "'");
  }

  @Test
  void rejectsAnOffsetThatDoesNotMatchTheNamedZone() {
    String text = "2020-11-10T00:00+05:00[Europe/Moscow]";

    assertInvalidDate(() -> PartialDate.parse(text), text);
    assertInvalidDate(() -> PartialDate.parse("2020-11-09T21:00Z[Europe/Moscow]"), "Europe/Moscow");
    // In summer 2020 Toronto was at -04:00, not its winter -05:00.
    assertInvalidDate(() -> PartialDate.parse("2020-07-01T12:00-05:00[America/Toronto]"), "America/Toronto");
    assertThat(PartialDate.parse("2020-07-01T12:00-04:00[America/Toronto]").year()).isEqualTo(2020);
  }

  @Test
  void rejectsALocalTimeSkippedByAChangeOfClocks() {
    // Toronto went from 02:00 to 03:00 on 2020-03-08: 02:30 never happened there.
    assertInvalidDate(() -> PartialDate.parse("2020-03-08T02:30-05:00[America/Toronto]"), "2020-03-08T02:30");
  }

  // ---------------------------------------------------------------- intervals

  @Test
  void coversTheWholeYearOfAYear() {
    assertThat(PartialDate.of(2020).earliestDay()).isEqualTo(LocalDate.of(2020, 1, 1));
    assertThat(PartialDate.of(2020).latestDay()).isEqualTo(LocalDate.of(2020, 12, 31));
  }

  @ParameterizedTest
  @CsvSource({
    "2020, 2, 2020-02-29",
    "2021, 2, 2021-02-28",
    "1900, 2, 1900-02-28",
    "2000, 2, 2000-02-29",
    "2020, 11, 2020-11-30",
    "2020, 12, 2020-12-31",
    "2020, 4, 2020-04-30"
  })
  void coversEveryDayOfAMonth(int year, int month, LocalDate last) {
    PartialDate date = PartialDate.of(year, month);

    assertThat(date.earliestDay()).isEqualTo(LocalDate.of(year, month, 1));
    assertThat(date.latestDay()).isEqualTo(last);
  }

  @Test
  void aDayIsItsOwnEarliestAndLatestDay() {
    PartialDate day = PartialDate.of(2020, 11, 25);

    assertThat(day.earliestDay()).isEqualTo(LocalDate.of(2020, 11, 25));
    assertThat(day.latestDay()).isEqualTo(LocalDate.of(2020, 11, 25));
  }

  @Test
  void anInstantMeansTheDayItWasWhereItHappened() {
    // 23:30 in New York is already 04:30 on the 11th in UTC; the day meant is still the 10th.
    PartialDate evening = PartialDate.parse("2020-11-10T23:30-05:00");

    assertThat(evening.earliestDay()).isEqualTo(LocalDate.of(2020, 11, 10));
    assertThat(evening.latestDay()).isEqualTo(LocalDate.of(2020, 11, 10));
    assertThat(MOSCOW_MIDNIGHT.earliestDay()).isEqualTo(LocalDate.of(2020, 11, 10));
  }

  @Test
  void tellsWhetherADayIsOneItCanMean() {
    PartialDate november = PartialDate.of(2020, 11);
    PartialDate year = PartialDate.of(2020);
    PartialDate day = PartialDate.of(2020, 11, 25);

    assertThat(november.mayBe(LocalDate.of(2020, 11, 1))).isTrue();
    assertThat(november.mayBe(LocalDate.of(2020, 11, 30))).isTrue();
    assertThat(november.mayBe(LocalDate.of(2020, 10, 31))).isFalse();
    assertThat(november.mayBe(LocalDate.of(2020, 12, 1))).isFalse();
    assertThat(year.mayBe(LocalDate.of(2020, 12, 31))).isTrue();
    assertThat(year.mayBe(LocalDate.of(2021, 1, 1))).isFalse();
    assertThat(year.mayBe(LocalDate.of(2019, 12, 31))).isFalse();
    assertThat(day.mayBe(LocalDate.of(2020, 11, 25))).isTrue();
    assertThat(day.mayBe(LocalDate.of(2020, 11, 26))).isFalse();
    assertThat(MOSCOW_MIDNIGHT.mayBe(LocalDate.of(2020, 11, 10))).isTrue();
    assertThat(MOSCOW_MIDNIGHT.mayBe(LocalDate.of(2020, 11, 9))).isFalse();
  }

  // ---------------------------------------------------------------- order

  @Test
  void neverClaimsAnOrderThePrecisionDoesNotSupport() {
    PartialDate november = PartialDate.of(2020, 11);
    PartialDate twentyFifth = PartialDate.of(2020, 11, 25);

    assertThat(november.isDefinitelyBefore(twentyFifth)).isFalse();
    assertThat(november.isDefinitelyAfter(twentyFifth)).isFalse();
    assertThat(twentyFifth.isDefinitelyBefore(november)).isFalse();
    assertThat(twentyFifth.isDefinitelyAfter(november)).isFalse();
    assertThat(november.mayCoincideWith(twentyFifth)).isTrue();
    assertThat(twentyFifth.mayCoincideWith(november)).isTrue();

    assertThat(PartialDate.of(2020).isDefinitelyBefore(PartialDate.of(2020, 12, 31))).isFalse();
    assertThat(PartialDate.of(2020).isDefinitelyAfter(PartialDate.of(2020, 1, 1))).isFalse();
    assertThat(PartialDate.of(2020).mayCoincideWith(PartialDate.of(2020, 6))).isTrue();
    assertThat(PartialDate.of(2020, 11).mayCoincideWith(MOSCOW_MIDNIGHT)).isTrue();
  }

  @Test
  void ordersDatesWhoseIntervalsDoNotOverlap() {
    assertThat(PartialDate.of(2020, 10).isDefinitelyBefore(PartialDate.of(2020, 11, 1))).isTrue();
    assertThat(PartialDate.of(2020, 11, 1).isDefinitelyAfter(PartialDate.of(2020, 10))).isTrue();
    assertThat(PartialDate.of(2020, 10).mayCoincideWith(PartialDate.of(2020, 11, 1))).isFalse();

    assertThat(PartialDate.of(2020).isDefinitelyBefore(PartialDate.of(2021, 1))).isTrue();
    assertThat(PartialDate.of(2021, 1).isDefinitelyBefore(PartialDate.of(2020))).isFalse();
    assertThat(PartialDate.of(2021, 1).isDefinitelyAfter(PartialDate.of(2020))).isTrue();

    assertThat(PartialDate.of(2020, 11, 25).isDefinitelyAfter(PartialDate.of(2020, 11, 24))).isTrue();
    assertThat(PartialDate.of(2020, 11, 30).isDefinitelyBefore(PartialDate.of(2020, 12))).isTrue();
  }

  @Test
  void isNeverBeforeOrAfterItself() {
    for (PartialDate date :
        List.of(PartialDate.of(2020), PartialDate.of(2020, 11), PartialDate.of(2020, 11, 25), MOSCOW_MIDNIGHT)) {
      assertThat(date.isDefinitelyBefore(date)).as(date.toString()).isFalse();
      assertThat(date.isDefinitelyAfter(date)).as(date.toString()).isFalse();
      assertThat(date.mayCoincideWith(date)).as(date.toString()).isTrue();
    }
  }

  @Test
  void comparesTwoInstantsExactlyAcrossZones() {
    // Midnight in Moscow (UTC+3) is 21:00 UTC the day before.
    assertThat(MOSCOW_MIDNIGHT.isDefinitelyBefore(PartialDate.parse("2020-11-09T23:00Z"))).isTrue();
    assertThat(MOSCOW_MIDNIGHT.isDefinitelyAfter(PartialDate.parse("2020-11-09T23:00Z"))).isFalse();
    assertThat(MOSCOW_MIDNIGHT.isDefinitelyAfter(PartialDate.parse("2020-11-09T20:00Z"))).isTrue();
    assertThat(MOSCOW_MIDNIGHT.isDefinitelyBefore(PartialDate.parse("2020-11-09T20:00Z"))).isFalse();
    assertThat(MOSCOW_MIDNIGHT.isDefinitelyBefore(PartialDate.parse("2020-11-09T21:00:00.000000001Z"))).isTrue();
    assertThat(MOSCOW_MIDNIGHT.isDefinitelyAfter(PartialDate.parse("2020-11-09T20:59:59.999999999Z"))).isTrue();

    PartialDate sameMomentInUtc = PartialDate.parse("2020-11-09T21:00Z");
    assertThat(MOSCOW_MIDNIGHT.isDefinitelyBefore(sameMomentInUtc)).isFalse();
    assertThat(MOSCOW_MIDNIGHT.isDefinitelyAfter(sameMomentInUtc)).isFalse();
    assertThat(MOSCOW_MIDNIGHT.mayCoincideWith(sameMomentInUtc)).isTrue();
    // The same moment written in another zone is a different value.
    assertThat(MOSCOW_MIDNIGHT).isNotEqualTo(sameMomentInUtc);

    // Baku (UTC+4) at 00:30 is 20:30 UTC: before Moscow midnight although its clock shows a later time.
    PartialDate baku = PartialDate.parse("2020-11-10T00:30+04:00[Asia/Baku]");
    assertThat(baku.isDefinitelyBefore(MOSCOW_MIDNIGHT)).isTrue();
    assertThat(MOSCOW_MIDNIGHT.isDefinitelyAfter(baku)).isTrue();
  }

  @Test
  void comparesAnInstantWithADayAsTheDaySpansEveryZone() {
    // Moscow midnight is 21:00 UTC on the 9th: it may be the 9th in one place and the 10th in another.
    assertThat(MOSCOW_MIDNIGHT.mayCoincideWith(PartialDate.of(2020, 11, 10))).isTrue();
    assertThat(MOSCOW_MIDNIGHT.mayCoincideWith(PartialDate.of(2020, 11, 9))).isTrue();
    assertThat(PartialDate.parse("2020-11-09T21:00Z").mayCoincideWith(PartialDate.of(2020, 11, 10))).isTrue();
    assertThat(MOSCOW_MIDNIGHT.isDefinitelyBefore(PartialDate.of(2020, 11, 11))).isTrue();
    assertThat(MOSCOW_MIDNIGHT.isDefinitelyAfter(PartialDate.of(2020, 11, 8))).isTrue();
    assertThat(PartialDate.of(2020, 11, 8).isDefinitelyBefore(MOSCOW_MIDNIGHT)).isTrue();
  }

  // ---------------------------------------------------------------- equality and sorting

  @Test
  void aYearIsNotItsFirstMonthNorItsFirstDay() {
    assertThat(PartialDate.of(2020)).isNotEqualTo(PartialDate.of(2020, 1, 1));
    assertThat(PartialDate.of(2020)).isNotEqualTo(PartialDate.of(2020, 1));
    assertThat(PartialDate.of(2020, 1)).isNotEqualTo(PartialDate.of(2020, 1, 1));
    assertThat(PartialDate.of(2020, 11, 10)).isNotEqualTo(PartialDate.parse("2020-11-10T00:00Z"));
  }

  @Test
  void isEqualToTheSameDateReadAgain() {
    assertThat(PartialDate.of(2020, 11)).isEqualTo(PartialDate.parse("2020-11")).hasSameHashCodeAs(PartialDate.parse("2020-11"));
    assertThat(MOSCOW_MIDNIGHT)
        .isEqualTo(PartialDate.parse("2020-11-10T00:00+03:00[Europe/Moscow]"))
        .hasSameHashCodeAs(PartialDate.parse("2020-11-10T00:00+03:00[Europe/Moscow]"));
    assertThat(MOSCOW_MIDNIGHT).isNotEqualTo(PartialDate.parse("2020-11-10T00:00+03:00"));
    assertThat(PartialDate.of(2020)).isNotEqualTo(PartialDate.of(2021)).isNotEqualTo("2020");
  }

  @Test
  void sortsAShuffledTimelineChronologicallyWithCoarserDatesFirst() {
    List<String> expected =
        List.of(
            "1993",
            "2020",
            "2020-11",
            "2020-11-10",
            "2020-11-10T00:00+03:00",
            "2020-11-25",
            "2020-11-26",
            "2020-12",
            "2021-01-01");
    List<PartialDate> dates = expected.stream().map(PartialDate::parse).collect(Collectors.toCollection(ArrayList::new));
    Random random = new Random(20201110L);

    for (int round = 0; round < 20; round++) {
      Collections.shuffle(dates, random);
      dates.sort(PartialDate.chronologicalOrder());

      assertThat(dates).extracting(PartialDate::toString).containsExactlyElementsOf(expected);
    }
  }

  @Test
  void sortsInstantsOfTheSameDayByTheirMoment() {
    PartialDate moscow = PartialDate.parse("2020-11-10T08:00+03:00[Europe/Moscow]");
    PartialDate bakuAtTheSameMoment = PartialDate.parse("2020-11-10T09:00+04:00[Asia/Baku]");
    PartialDate utcTwoHoursLater = PartialDate.parse("2020-11-10T07:00Z");

    List<PartialDate> dates = new ArrayList<>(List.of(utcTwoHoursLater, bakuAtTheSameMoment, moscow));
    dates.sort(PartialDate.chronologicalOrder());

    // 05:00Z, 05:00Z and 07:00Z: the two equal moments are ordered by their text, so sorting is stable.
    assertThat(dates).containsExactly(moscow, bakuAtTheSameMoment, utcTwoHoursLater);
    assertThat(PartialDate.chronologicalOrder().compare(moscow, bakuAtTheSameMoment)).isNegative();
  }

  // ---------------------------------------------------------------- factories

  @Test
  void agreesWithJavaTimeValues() {
    assertThat(PartialDate.of(Year.of(2020))).isEqualTo(PartialDate.parse("2020")).isEqualTo(PartialDate.of(2020));
    assertThat(PartialDate.of(YearMonth.of(2020, 11)))
        .isEqualTo(PartialDate.parse("2020-11"))
        .isEqualTo(PartialDate.of(2020, 11));
    assertThat(PartialDate.of(LocalDate.of(2020, 11, 25)))
        .isEqualTo(PartialDate.parse("2020-11-25"))
        .isEqualTo(PartialDate.of(2020, 11, 25));
    assertThat(PartialDate.of(OffsetDateTime.of(2020, 11, 10, 0, 0, 0, 0, ZoneOffset.ofHours(3))))
        .isEqualTo(PartialDate.parse("2020-11-10T00:00+03:00"));
    assertThat(PartialDate.of(ZonedDateTime.of(2020, 11, 10, 0, 0, 0, 0, ZoneId.of("Europe/Moscow"))))
        .isEqualTo(MOSCOW_MIDNIGHT);
    assertThat(PartialDate.of(LocalDate.of(2020, 2, 29))).isEqualTo(PartialDate.parse("2020-02-29"));
  }

  @Test
  void rejectsNullWithTheParametersName() {
    PartialDate date = PartialDate.of(2020);

    assertNullNamed(() -> PartialDate.parse(null), "text");
    assertNullNamed(() -> PartialDate.of((Year) null), "year");
    assertNullNamed(() -> PartialDate.of((YearMonth) null), "yearMonth");
    assertNullNamed(() -> PartialDate.of((LocalDate) null), "date");
    assertNullNamed(() -> PartialDate.of((OffsetDateTime) null), "dateTime");
    assertNullNamed(() -> PartialDate.of((ZonedDateTime) null), "dateTime");
    assertNullNamed(() -> date.isDefinitelyBefore(null), "other");
    assertNullNamed(() -> date.isDefinitelyAfter(null), "other");
    assertNullNamed(() -> date.mayCoincideWith(null), "other");
    assertNullNamed(() -> date.mayBe(null), "date");
  }

  // ---------------------------------------------------------------- helpers

  private static void assertInvalidDate(ThrowingCallable construction, String... messageParts) {
    assertThat(Violated.once(construction, "", ViolationCode.INVALID_DATE).message()).contains(messageParts);
  }

  private static void assertNullNamed(ThrowingCallable call, String parameter) {
    assertThatThrownBy(call).isInstanceOf(NullPointerException.class).hasMessage(parameter);
  }

  // --- local date-times: most parliaments publish a time of day without an offset ---

  @Test
  void readsATimeOfDayWithoutAnOffsetAsALocalDateTimeAndPrintsItBack() {
    // The House of Commons Hansard gives a division's time as "2.30 pm" on a sitting day, with no offset.
    PartialDate division = PartialDate.parse("2022-03-02T14:30");
    PartialDate kyiv = PartialDate.parse("2022-03-02T10:00[Europe/Kyiv]");

    assertThat(division.precision()).isEqualTo(DatePrecision.LOCAL_DATE_TIME);
    assertThat(division.localDateTime()).contains(java.time.LocalDateTime.of(2022, 3, 2, 14, 30));
    assertThat(division.instant()).isEmpty();
    assertThat(division.zone()).isEmpty();
    assertThat(division.toLocalDate()).contains(LocalDate.of(2022, 3, 2));
    assertThat(kyiv.zone()).contains(java.time.ZoneId.of("Europe/Kyiv"));
    assertThat(division).hasToString("2022-03-02T14:30");
    assertThat(kyiv).hasToString("2022-03-02T10:00[Europe/Kyiv]");
    assertThat(PartialDate.parse("2022-03-02T14:30:15.5")).hasToString("2022-03-02T14:30:15.500");
    assertThat(PartialDate.parse(kyiv.toString())).isEqualTo(kyiv);
    assertThat(division).isNotEqualTo(PartialDate.of(2022, 3, 2)).isNotEqualTo(kyiv);
  }

  @Test
  void keepsAClockTimeThatAChangeOfClocksSkippedRatherThanMovingIt() {
    // Toronto went from 02:00 to 03:00 on 2020-03-08; a local time names the clock, not an instant.
    assertThat(PartialDate.parse("2020-03-08T02:30[America/Toronto]")).hasToString("2020-03-08T02:30[America/Toronto]");
    assertInvalidDate(
        () -> PartialDate.of(java.time.LocalDateTime.of(2020, 3, 8, 2, 30), java.time.ZoneOffset.ofHours(3)), "offset");
  }

  @Test
  void comparesALocalDateTimeAsItsDayAgainstDaysAndByTheClockOnTheSameClock() {
    PartialDate morning = PartialDate.parse("2022-03-02T10:00");
    PartialDate afternoon = PartialDate.parse("2022-03-02T14:30");

    assertThat(morning.isDefinitelyBefore(afternoon)).isTrue();
    assertThat(afternoon.isDefinitelyBefore(morning)).isFalse();
    assertThat(morning.mayCoincideWith(PartialDate.of(2022, 3, 2))).isTrue();
    assertThat(morning.isDefinitelyAfter(PartialDate.of(2022, 3, 1))).isTrue();
    assertThat(morning.isDefinitelyBefore(PartialDate.of(2022, 3))).isFalse();
    assertThat(PartialDate.of(2022, 2).isDefinitelyBefore(morning)).isTrue();
  }

  @Test
  void comparesALocalDateTimeWithAnInstantOnlyWhenEveryZoneAgrees() {
    PartialDate local = PartialDate.parse("2022-03-02T10:00");
    PartialDate kyiv = PartialDate.parse("2022-03-02T10:00[Europe/Kyiv]"); // 08:00 UTC

    // Without a zone, 10:00 may be as early as 20:00 UTC the day before or as late as 22:00 UTC.
    assertThat(local.mayCoincideWith(PartialDate.parse("2022-03-02T21:00Z"))).isTrue();
    assertThat(local.isDefinitelyBefore(PartialDate.parse("2022-03-02T22:01Z"))).isTrue();
    assertThat(local.isDefinitelyAfter(PartialDate.parse("2022-03-01T19:59Z"))).isTrue();
    // With its zone, it is one instant.
    assertThat(kyiv.isDefinitelyBefore(PartialDate.parse("2022-03-02T08:01Z"))).isTrue();
    assertThat(kyiv.isDefinitelyAfter(PartialDate.parse("2022-03-02T07:59Z"))).isTrue();
    assertThat(kyiv.mayCoincideWith(PartialDate.parse("2022-03-02T08:00Z"))).isTrue();
    // Another clock: Kyiv's 10:00 is before New York's 09:00 the same day.
    assertThat(kyiv.isDefinitelyBefore(PartialDate.parse("2022-03-02T09:00[America/New_York]"))).isTrue();
  }

  @Test
  void sortsLocalDateTimesAmongTheOtherPrecisions() {
    List<PartialDate> dates =
        new java.util.ArrayList<>(
            List.of(PartialDate.parse("2022-03-02T14:30"), PartialDate.of(2022, 3, 2), PartialDate.parse("2022-03-02T10:00"), PartialDate.of(2022, 3, 1)));

    dates.sort(PartialDate.chronologicalOrder());

    assertThat(dates).extracting(PartialDate::toString).containsExactly("2022-03-01", "2022-03-02", "2022-03-02T10:00", "2022-03-02T14:30");
  }

  @Test
  void sortsALocalTimeAndAnInstantOfTheSameDayAsTheirDefiniteOrderSays() {
    PartialDate morning = PartialDate.parse("2022-03-02T08:00");
    PartialDate lateEvening = PartialDate.parse("2022-03-02T23:00+02:00");

    assertThat(morning.isDefinitelyBefore(lateEvening)).isTrue();
    assertThat(java.util.stream.Stream.of(lateEvening, morning).sorted(PartialDate.chronologicalOrder()))
        .containsExactly(morning, lateEvening);
  }

  @Test
  void refusesAnOffsetGivenUnderTheNameOfAZone() {
    for (String offset : java.util.List.of("UTC", "UTC+3", "GMT+03:00", "Etc/GMT-3")) {
      Violated.once(() -> PartialDate.parse("2022-03-02T10:00[" + offset + "]"), "", ViolationCode.INVALID_DATE);
    }
    assertThat(PartialDate.parse("2022-03-02T10:00[Europe/Kyiv]").zone()).contains(java.time.ZoneId.of("Europe/Kyiv"));
  }
}
