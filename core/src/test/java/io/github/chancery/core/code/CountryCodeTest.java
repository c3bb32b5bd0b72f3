package io.github.chancery.core.code;

import static io.github.chancery.core.testing.Violated.once;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.chancery.core.validation.ViolationCode;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class CountryCodeTest {
  @Test
  void acceptsEveryCodeTheJdkKnows() {
    for (String code : Locale.getISOCountries()) {
      assertThat(CountryCode.parse(code)).hasToString(code);
    }
  }

  @Test
  void knowsKosovoWhichTheJdkDoesNot() {
    CountryCode kosovo = CountryCode.parse("XK");

    assertThat(Arrays.asList(Locale.getISOCountries())).doesNotContain("XK");
    assertThat(kosovo.isUserAssigned()).isTrue();
    assertThat(kosovo.isFormer()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"SUHH", "YUCS", "CSHH", "DDDE"})
  void knowsFormerCountries(String code) {
    assertThat(CountryCode.parse(code).isFormer()).isTrue();
  }

  @Test
  void acceptsLowerCaseAndPrintsUpperCase() {
    assertThat(CountryCode.parse("az")).isEqualTo(CountryCode.of("AZ")).hasToString("AZ");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ZZ", "FRA", "F1", "", "USA", "A", "SU"})
  void rejectsCodesThatAreNotAssigned(String code) {
    once(() -> CountryCode.parse(code), "", ViolationCode.INVALID_COUNTRY_CODE);
  }

  @Test
  void listsTheCurrentCodesWithKosovo() {
    Set<String> current = CountryCode.currentCodes().stream().map(CountryCode::code).collect(Collectors.toSet());

    assertThat(current).hasSize(Locale.getISOCountries().length + 1).contains("XK", "FR", "AZ").doesNotContain("SUHH");
  }
}
