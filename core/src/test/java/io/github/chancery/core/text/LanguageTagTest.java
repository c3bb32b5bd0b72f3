package io.github.chancery.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.chancery.core.validation.ValidationException;
import io.github.chancery.core.testing.Violated;
import io.github.chancery.core.validation.ViolationCode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

final class LanguageTagTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "fr", "en-CA", "az-Latn", "hy", "zh-Hant-TW", "und", "es-419", "de-CH-1996", "az-Cyrl-AZ",
        "sr-Latn-RS-u-ca-gregory", "en-x-legal", "x-private", "i-klingon", "qaa", "abcdefgh"
      })
  void acceptsAWellFormedTagAndReadsItsOwnTextBack(String text) {
    LanguageTag tag = LanguageTag.parse(text);

    assertThat(tag).hasToString(text);
    assertThat(LanguageTag.parse(tag.toString())).isEqualTo(tag).hasSameHashCodeAs(tag);
  }

  @ParameterizedTest
  @CsvSource({
    "EN-ca, en-CA",
    "AZ-LATN, az-Latn",
    "Fr, fr",
    "zh-hant-tw, zh-Hant-TW",
    "ZH-HANT-TW, zh-Hant-TW",
    "de-ch-1996, de-CH-1996",
    "EN-LATN-GB-OXENDICT, en-Latn-GB-oxendict",
    "sr-latn-rs-U-CA-GREGORY, sr-Latn-RS-u-ca-gregory",
    "X-PRIVATE, x-private",
    "en-X-US, en-x-us",
    "UND, und"
  })
  void writesEachSubtagInItsCanonicalCase(String given, String canonical) {
    LanguageTag tag = LanguageTag.parse(given);

    assertThat(tag).hasToString(canonical);
    assertThat(tag).isEqualTo(LanguageTag.parse(canonical)).hasSameHashCodeAs(LanguageTag.parse(canonical));
  }

  @Test
  void keepsADeprecatedCodeInsteadOfReplacingIt() {
    assertThat(LanguageTag.parse("iw")).hasToString("iw").isNotEqualTo(LanguageTag.parse("he"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "en_US", "e", "toolonglanguage1", "toolonglanguage", "abcdefghi", "fr--CA", "12", "en-", "-en", " fr",
        "fr ", "en-a", "en-US-x", "fr-CA-CA", "fr-ÇA", "fr CA"
      })
  void rejectsAMalformedTagAndNamesIt(String text) {
    assertThat(Violated.once(() -> LanguageTag.parse(text), "", ViolationCode.INVALID_LANGUAGE_TAG).message()).contains("'" + text + "'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t", "\n"})
  void rejectsABlankTag(String text) {
    assertThatThrownBy(() -> LanguageTag.parse(text))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.violations())
                    .singleElement()
                    .satisfies(
                        v -> {
                          assertThat(v.code()).isEqualTo(ViolationCode.INVALID_LANGUAGE_TAG);
                          assertThat(v.message()).contains("blank");
                        }));
  }

  @Test
  void knowsItsPrimaryLanguage() {
    assertThat(LanguageTag.parse("en-CA").language()).isEqualTo("en");
    assertThat(LanguageTag.parse("ZH-hant-TW").language()).isEqualTo("zh");
    assertThat(LanguageTag.parse("hy").language()).isEqualTo("hy");
  }

  @Test
  void convertsToAndFromLocales() {
    assertThat(LanguageTag.parse("fr-CA").toLocale()).isEqualTo(Locale.CANADA_FRENCH);
    assertThat(LanguageTag.parse("az-Latn").toLocale().getScript()).isEqualTo("Latn");
    assertThat(LanguageTag.of(Locale.FRANCE)).hasToString("fr-FR");
    assertThat(LanguageTag.of(Locale.forLanguageTag("zh-Hant-TW"))).isEqualTo(LanguageTag.parse("zh-hant-tw"));
    assertThat(LanguageTag.of(Locale.ROOT)).hasToString("und");
  }

  @Test
  void sortsByItsCanonicalText() {
    List<LanguageTag> tags =
        new ArrayList<>(List.of(LanguageTag.parse("RU"), LanguageTag.parse("en-ca"), LanguageTag.parse("EN"), LanguageTag.parse("az")));
    Collections.sort(tags);

    assertThat(tags.stream().map(LanguageTag::toString).collect(Collectors.toList()))
        .containsExactly("az", "en", "en-CA", "ru");
    assertThat(LanguageTag.parse("FR").compareTo(LanguageTag.parse("fr"))).isZero();
  }

  @Test
  void rejectsNullWithTheParametersName() {
    assertThatThrownBy(() -> LanguageTag.parse(null)).isInstanceOf(NullPointerException.class).hasMessage("text");
    assertThatThrownBy(() -> LanguageTag.of(null)).isInstanceOf(NullPointerException.class).hasMessage("locale");
  }
}
