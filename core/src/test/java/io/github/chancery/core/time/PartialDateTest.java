package io.github.chancery.core.time;

import static io.github.chancery.core.testing.Violated.once;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.chancery.core.validation.ViolationCode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

final class PartialDateTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "2020", "2020-11", "2020-11-25", "2020-02-29", "0001", "9999-12-31", "2020-11-10T00:00+03:00",
        "2020-11-10T00:00+03:00[Europe/Moscow]", "2020-11-10T00:00:30Z", "2020-11-10T12:15:30.500-05:00"
      })
  void printsTheCanonicalFormThatParseReadsBack(String text) {
    PartialDate date = PartialDate.parse(text);

    assertThat(date).hasToString(text);
    assertThat(PartialDate.parse(date.toString())).isEqualTo(date);
  }

  @Test
  void printsFractionsOfASecondInTheirCanonicalForm() {
    assertThat(PartialDate.parse("2020-11-10T12:15:30.5-05:00")).hasToString("2020-11-10T12:15:30.500-05:00");
  }

  @Test
  void keepsThePrecisionItWasGiven() {
    assertThat(PartialDate.parse("2020").precision()).isEqualTo(DatePrecision.YEAR);
    assertThat(PartialDate.parse("2020-11").precision()).isEqualTo(DatePrecision.MONTH);
    assertThat(PartialDate.parse("2020-11-25").precision()).isEqualTo(DatePrecision.DAY);
    assertThat(PartialDate.parse("2020-11-10T00:00+03:00").precision()).isEqualTo(DatePrecision.INSTANT);
    assertThat(PartialDate.parse("2020").month()).isEmpty();
    assertThat(PartialDate.parse("2020-11").dayOfMonth()).isEmpty();
    assertThat(PartialDate.parse("2020").toLocalDate()).isEmpty();
  }

  @Test
  void aYearIsNotItsFirstDay() {
    assertThat(PartialDate.of(2020)).isNotEqualTo(PartialDate.of(2020, 1, 1));
    assertThat(PartialDate.of(2020, 1)).isNotEqualTo(PartialDate.of(2020, 1, 1));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2021-02-29", "2020-13", "2020-00", "2020-04-31", "2020-11-00", "0000", "2020-1", "20201125", "25/11/2020", "", "2020-11-25T", "2020-11-10T00:00", "2020-11-10T25:00+03:00"})
  void rejectsDatesThatCannotExistOrCannotBeRead(String text) {
    once(() -> PartialDate.parse(text), "", ViolationCode.INVALID_DATE);
  }

  @Test
  void saysWhyTheTwentyNinthOfFebruaryIsRefusedInACommonYear() {
    assertThat(once(() -> PartialDate.of(2021, 2, 29), "", ViolationCode.INVALID_DATE).message())
        .isEqualTo("2021-02-29 does not exist: 2021-02 has 28 days");
    assertThat(once(() -> PartialDate.of(2020, 13), "", ViolationCode.INVALID_DATE).message())
        .contains("month 13");
  }

  @Test
  void rejectsAnOffsetTheNamedZoneDidNotHave() {
    once(() -> PartialDate.parse("2020-11-10T00:00+05:00[Europe/Moscow]"), "", ViolationCode.INVALID_DATE);
  }

  @Test
  void knowsTheEarliestAndLatestDayItCanMean() {
    assertThat(PartialDate.of(2020).earliestDay()).isEqualTo(LocalDate.of(2020, 1, 1));
    assertThat(PartialDate.of(2020).latestDay()).isEqualTo(LocalDate.of(2020, 12, 31));
    assertThat(PartialDate.of(2020, 2).latestDay()).isEqualTo(LocalDate.of(2020, 2, 29));
    assertThat(PartialDate.of(2021, 2).latestDay()).isEqualTo(LocalDate.of(2021, 2, 28));
    assertThat(PartialDate.of(2020, 11, 25).earliestDay()).isEqualTo(PartialDate.of(2020, 11, 25).latestDay());
    assertThat(PartialDate.parse("2020-11-10T23:30-05:00").latestDay()).isEqualTo(LocalDate.of(2020, 11, 10));
  }

  @Test
  void neverClaimsAnOrderThePrecisionDoesNotSupport() {
    PartialDate november = PartialDate.of(2020, 11);
    PartialDate twentyFifth = PartialDate.of(2020, 11, 25);

    assertThat(november.isDefinitelyBefore(twentyFifth)).isFalse();
    assertThat(november.isDefinitelyAfter(twentyFifth)).isFalse();
    assertThat(november.mayCoincideWith(twentyFifth)).isTrue();
    assertThat(PartialDate.of(2020).isDefinitelyBefore(PartialDate.of(2020, 12, 31))).isFalse();
  }

  @Test
  void ordersDatesWhoseIntervalsDoNotOverlap() {
    assertThat(PartialDate.of(2020, 10).isDefinitelyBefore(PartialDate.of(2020, 11, 1))).isTrue();
    assertThat(PartialDate.of(2020).isDefinitelyBefore(PartialDate.of(2021, 1))).isTrue();
    assertThat(PartialDate.of(2020, 11, 25).isDefinitelyAfter(PartialDate.of(2020, 11, 24))).isTrue();
    assertThat(PartialDate.of(2020, 11, 25).isDefinitelyBefore(PartialDate.of(2020, 11, 25))).isFalse();
  }

  @Test
  void comparesTwoInstantsExactlyAcrossZones() {
    PartialDate moscowMidnight = PartialDate.parse("2020-11-10T00:00+03:00[Europe/Moscow]");

    assertThat(moscowMidnight.isDefinitelyBefore(PartialDate.parse("2020-11-09T21:30Z"))).isTrue();
    assertThat(moscowMidnight.isDefinitelyAfter(PartialDate.parse("2020-11-09T20:59Z"))).isTrue();
    assertThat(moscowMidnight.mayCoincideWith(PartialDate.parse("2020-11-09T21:00Z"))).isTrue();
  }

  @Test
  void comparesAnInstantWithADayByItsLocalDate() {
    PartialDate moscowMidnight = PartialDate.parse("2020-11-10T00:00+03:00[Europe/Moscow]");

    assertThat(moscowMidnight.mayCoincideWith(PartialDate.of(2020, 11, 10))).isTrue();
    assertThat(moscowMidnight.isDefinitelyBefore(PartialDate.of(2020, 11, 11))).isTrue();
    assertThat(moscowMidnight.isDefinitelyAfter(PartialDate.of(2020, 11, 9))).isTrue();
  }

  @Test
  void tellsWhetherADayIsOneItCanMean() {
    assertThat(PartialDate.of(2020, 11).mayBe(LocalDate.of(2020, 11, 30))).isTrue();
    assertThat(PartialDate.of(2020, 11).mayBe(LocalDate.of(2020, 12, 1))).isFalse();
  }

  @Test
  void agreesWithJavaTimeValues() {
    assertThat(PartialDate.of(Year.of(2020))).isEqualTo(PartialDate.parse("2020"));
    assertThat(PartialDate.of(YearMonth.of(2020, 11))).isEqualTo(PartialDate.parse("2020-11"));
    assertThat(PartialDate.of(LocalDate.of(2020, 11, 25))).isEqualTo(PartialDate.parse("2020-11-25"));
    assertThat(PartialDate.of(OffsetDateTime.of(2020, 11, 10, 0, 0, 0, 0, ZoneOffset.ofHours(3))))
        .isEqualTo(PartialDate.parse("2020-11-10T00:00+03:00"));
    assertThat(PartialDate.parse("2020-11-25").toLocalDate()).hasValue(LocalDate.of(2020, 11, 25));
  }

  @Test
  void sortsATimelineChronologicallyWithCoarserDatesFirst() {
    List<PartialDate> shuffled =
        new ArrayList<>(
            List.of(
                PartialDate.parse("2020-11-26"), PartialDate.parse("1993"), PartialDate.parse("2020-11-10T00:00+03:00"),
                PartialDate.parse("2020-11"), PartialDate.parse("2020"), PartialDate.parse("2020-11-25")));

    shuffled.sort(PartialDate.chronologicalOrder());

    assertThat(shuffled.stream().map(Object::toString).collect(Collectors.toList()))
        .containsExactly("1993", "2020", "2020-11", "2020-11-10T00:00+03:00", "2020-11-25", "2020-11-26");
  }

  @Test
  void rejectsNullWithTheParametersName() {
    assertThatThrownBy(() -> PartialDate.parse(null)).isInstanceOf(NullPointerException.class).hasMessage("text");
    assertThatThrownBy(() -> PartialDate.of((LocalDate) null)).hasMessage("date");
  }
}
