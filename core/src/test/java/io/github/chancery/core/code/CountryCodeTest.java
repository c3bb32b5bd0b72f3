package io.github.chancery.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.chancery.core.validation.ValidationException;
import io.github.chancery.core.testing.Violated;
import io.github.chancery.core.validation.ViolationCode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class CountryCodeTest {
  @Test
  void acceptsEveryCodeTheJdkKnowsInEitherCase() {
    for (String code : Locale.getISOCountries()) {
      CountryCode parsed = CountryCode.parse(code);

      assertThat(parsed).as(code).hasToString(code);
      assertThat(parsed.code()).as(code).isEqualTo(code);
      assertThat(parsed.isFormer()).as(code).isFalse();
      assertThat(parsed.isUserAssigned()).as(code).isFalse();
      assertThat(CountryCode.parse(code.toLowerCase(Locale.ROOT))).as(code).isEqualTo(parsed);
    }
  }

  @Test
  void knowsKosovoWhichTheJdkDoesNot() {
    CountryCode kosovo = CountryCode.parse("XK");

    assertThat(Arrays.asList(Locale.getISOCountries())).doesNotContain("XK");
    assertThat(kosovo).hasToString("XK");
    assertThat(kosovo.isUserAssigned()).isTrue();
    assertThat(kosovo.isFormer()).isFalse();
    assertThat(CountryCode.parse("xk")).isEqualTo(kosovo);
  }

  @ParameterizedTest
  @ValueSource(strings = {"SUHH", "YUCS", "CSHH", "DDDE"})
  void knowsFormerCountries(String code) {
    CountryCode former = CountryCode.parse(code);

    assertThat(former).hasToString(code);
    assertThat(former.isFormer()).isTrue();
    assertThat(former.isUserAssigned()).isFalse();
    assertThat(CountryCode.parse(code.toLowerCase(Locale.ROOT))).isEqualTo(former);
  }

  @Test
  void canonicalisesLowerAndMixedCaseToUpperCase() {
    assertThat(CountryCode.parse("az")).isEqualTo(CountryCode.of("AZ")).hasSameHashCodeAs(CountryCode.of("AZ")).hasToString("AZ");
    assertThat(CountryCode.parse("aM")).hasToString("AM");
    assertThat(CountryCode.of("suHH")).hasToString("SUHH");
    assertThat(CountryCode.parse(new StringBuilder("fr"))).hasToString("FR");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ZZ", "FRA", "F1", "", "USA", "A", "XX", "AA", " FR", "FR ", "F R", "SUH", "SUHHH", "12"})
  void rejectsCodesThatAreNotAssignedAndNamesThem(String code) {
    assertInvalidCountryCode(() -> CountryCode.parse(code), code);
    assertInvalidCountryCode(() -> CountryCode.of(code), code);
  }

  /**
   * Some letters outside ASCII upper-case to ASCII ones: the ligature U+FB01 to "FI", dotless i
   * (U+0131) to "I", long s (U+017F) to "S". None of these inputs is a country code.
   */
  @ParameterizedTest
  @ValueSource(strings = {"\uFB01", "\u0131l", "\u017Fe", "\u0131T"})
  void rejectsLettersOutsideAsciiThatOnlyLookLikeACodeOnceUpperCased(String code) {
    Throwable thrown = catchThrowable(() -> CountryCode.parse(code));

    assertThat(thrown)
        .as("'%s' (%s) was accepted as %s", code, codePoints(code), thrown == null ? CountryCode.parse(code) : null)
        .isInstanceOf(ValidationException.class);
    assertInvalidCountryCode(() -> CountryCode.parse(code), code);
  }

  private static String codePoints(String text) {
    return text.codePoints().mapToObj(c -> String.format("U+%04X", c)).collect(Collectors.joining(" "));
  }

  @Test
  void listsTheCurrentCodesWithKosovoAndNoFormerCountry() {
    Set<CountryCode> current = CountryCode.currentCodes();
    Set<String> codes = current.stream().map(CountryCode::code).collect(Collectors.toSet());
    Set<String> expected = new TreeSet<>(Arrays.asList(Locale.getISOCountries()));
    expected.add("XK");

    assertThat(current).hasSize(Locale.getISOCountries().length + 1);
    assertThat(codes).containsExactlyInAnyOrderElementsOf(expected).doesNotContain("SUHH", "YUCS", "CSHH", "DDDE");
    assertThat(current).noneMatch(CountryCode::isFormer);
    assertThatThrownBy(() -> current.add(CountryCode.parse("SUHH"))).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void sortsAndComparesByCode() {
    List<CountryCode> codes =
        new ArrayList<>(List.of(CountryCode.parse("ru"), CountryCode.parse("AM"), CountryCode.parse("SUHH"), CountryCode.parse("az")));
    Collections.sort(codes);

    assertThat(codes).extracting(CountryCode::code).containsExactly("AM", "AZ", "RU", "SUHH");
    assertThat(CountryCode.parse("fr")).isNotEqualTo(CountryCode.parse("FI")).isNotEqualTo("FR");
  }

  @Test
  void rejectsNullWithTheParametersName() {
    assertThatThrownBy(() -> CountryCode.parse(null)).isInstanceOf(NullPointerException.class).hasMessage("text");
  }

  private static void assertInvalidCountryCode(ThrowingCallable construction, String input) {
    assertThat(Violated.once(construction, "", ViolationCode.INVALID_COUNTRY_CODE).message()).contains("'" + input + "'");
  }
}
