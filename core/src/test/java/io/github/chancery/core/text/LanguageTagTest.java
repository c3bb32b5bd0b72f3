package io.github.chancery.core.text;

import static io.github.chancery.core.testing.Violated.once;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.chancery.core.validation.ViolationCode;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

final class LanguageTagTest {
  @ParameterizedTest
  @CsvSource({"fr, fr", "EN-ca, en-CA", "AZ-LATN, az-Latn", "hy, hy", "zh-hant-tw, zh-Hant-TW", "und, und", "es-419, es-419", "iw, iw", "en-x-legal, en-x-legal"})
  void acceptsWellFormedTagsInTheirCanonicalCase(String given, String canonical) {
    LanguageTag tag = LanguageTag.parse(given);

    assertThat(tag).hasToString(canonical);
    assertThat(LanguageTag.parse(tag.toString())).isEqualTo(tag);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "en_US", "toolonglanguage", "fr--CA", "e", "12", "en-"})
  void rejectsMalformedTags(String text) {
    once(() -> LanguageTag.parse(text), "", ViolationCode.INVALID_LANGUAGE_TAG);
  }

  @Test
  void knowsItsPrimaryLanguageAndLocale() {
    assertThat(LanguageTag.parse("en-CA").language()).isEqualTo("en");
    assertThat(LanguageTag.parse("fr-CA").toLocale()).isEqualTo(Locale.CANADA_FRENCH);
    assertThat(LanguageTag.of(Locale.FRANCE)).hasToString("fr-FR");
  }
}
