package io.github.chancery.core.validation;

import static io.github.chancery.core.testing.Violated.once;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.chancery.core.actor.State;
import io.github.chancery.core.code.CountryCode;
import io.github.chancery.core.text.MultilingualText;
import io.github.chancery.core.vote.VoteOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Half of a surrogate pair is no character at all: a text holding one cannot be written as
 * UTF-8, so an id, a code or a text holding one is refused, while whole pairs (emoji, historic
 * scripts) are text like any other.
 */
final class BrokenUnicodeTest {

  @ParameterizedTest
  @ValueSource(strings = {"state\uD800", "\uDC00state", "st\uDC00\uD800ate"})
  void rejectsAnIdWithHalfASurrogatePair(String id) {
    assertThat(once(() -> armenia(id).build(), "id", ViolationCode.INVALID_ID).message()).contains("surrogate");
  }

  @Test
  void rejectsATextWithHalfASurrogatePairNamingWhere() {
    Violation violation = once(() -> MultilingualText.of("en", "Armenia \uD83C"), "['en']", ViolationCode.INVALID_TEXT);

    assertThat(violation.message()).contains("index 8");
  }

  @Test
  void rejectsACodeWithHalfASurrogatePair() {
    once(() -> VoteOption.of("yes\uDBFF!"), "", ViolationCode.INVALID_CODE);
  }

  @Test
  void acceptsWholeSurrogatePairs() {
    String flag = "\uD83C\uDDE6\uD83C\uDDF2";

    assertThat(Violations.unpairedSurrogate(flag)).isEqualTo(-1);
    assertThat(armenia("state-" + flag).build().name().asMap()).isNotEmpty();
    assertThat(MultilingualText.of("en", "Armenia " + flag).asMap()).hasSize(1);
    assertThat(VoteOption.of("yes " + flag).code()).endsWith(flag);
  }

  private static State.Builder armenia(String id) {
    return State.builder().id(id).countryCode(CountryCode.parse("AM")).name(MultilingualText.of("en", "Armenia"));
  }
}
