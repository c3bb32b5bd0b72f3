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
 * Ids, codes and texts are compared and shown as they are written, so characters a reader cannot
 * see (no-break spaces, zero-width spaces, byte order marks, bidirectional marks) must not make
 * two ids that look alike differ, pad a code, or pass for a text.
 */
final class InvisibleCharactersTest {

  @ParameterizedTest
  @ValueSource(strings = {"state\u200Bam", "\uFEFFstate-am", "state\u00A0am", "state-am\u2060", "state\u202Eam", "x\uDB40\uDC01"})
  void rejectsAnIdWithAnInvisibleCharacter(String id) {
    Violation violation = once(() -> armenia(id).build(), "id", ViolationCode.INVALID_ID);
    assertThat(violation.message()).contains("U+");
  }

  @Test
  void rejectsAnIdNotInNormalizationFormCNamingTheFormToUse() {
    Violation violation = once(() -> armenia("state-cafe\u0301").build(), "id", ViolationCode.INVALID_ID);

    assertThat(violation.message()).contains("normalization form C").contains("'state-caf\u00e9'");
    assertThat(armenia("state-caf\u00e9").build().id()).isEqualTo("state-caf\u00e9");
  }

  @Test
  void acceptsAnIdInAnyScript() {
    assertThat(armenia("ՀՀ/պետություն:1").build().id()).isEqualTo("ՀՀ/պետություն:1");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u00A0", "\u200B", "\u3000\u2060", "\uFEFF"})
  void treatsATextOfOnlyInvisibleCharactersAsBlank(String text) {
    assertThat(Violations.isBlankText(text)).isTrue();
    once(() -> MultilingualText.of("en", text), "['en']", ViolationCode.BLANK);
  }

  @Test
  void treatsATextWithOneVisibleCharacterAsNotBlank() {
    assertThat(Violations.isBlankText("\u00A0\u0410\u200B")).isFalse();
    assertThat(Violations.isBlankText("\uD83C\uDDE6")).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u00A0yes", "yes\u200B", "\uFEFFyes"})
  void rejectsACodePaddedWithAnInvisibleCharacter(String code) {
    once(() -> VoteOption.of(code), "", ViolationCode.INVALID_CODE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"did\nnot vote", "did\tnot vote", "did\u2028not", "a\u0000b"})
  void rejectsACodeWithALineBreakOrControlCharacter(String code) {
    assertThat(once(() -> VoteOption.of(code), "", ViolationCode.INVALID_CODE).message()).contains("control");
  }

  @Test
  void keepsACodeWithInnerSpacesVerbatim() {
    assertThat(VoteOption.of("did not vote").code()).isEqualTo("did not vote");
  }

  @Test
  void knowsEveryFormatCharacterOfThisJavaVersion() {
    // The list is fixed so that records are judged alike on every Java version; it must not
    // miss a format character the running Java knows of.
    for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
      if (Character.getType(c) == Character.FORMAT) {
        assertThat(Violations.isSpacing(c)).as("U+%04X", c).isTrue();
      }
    }
  }

  private static State.Builder armenia(String id) {
    return State.builder().id(id).countryCode(CountryCode.parse("AM")).name(MultilingualText.of("en", "Armenia"));
  }

  @Test
  void judgesEveryAsciiCharacterAsSpacingExactlyAsTheUnicodeRuleDoes() {
    // Spacing is whitespace, a Unicode space or a format character; ASCII has a quick answer.
    for (int c = 0; c < 0x80; c++) {
      boolean unicode = Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT;
      assertThat(Violations.isSpacing(c)).as("U+%04X", c).isEqualTo(unicode);
    }
  }

  @Test
  void refusesInAnIdExactlyTheAsciiCharactersThatAreSpacingOrControl() {
    for (int c = 0; c < 0x80; c++) {
      String id = "state" + (char) c + "am";
      boolean refused = Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c);
      assertThat(Violations.idProblem(id)).as("U+%04X", c).matches(problem -> (problem != null) == refused);
    }
    assertThat(Violations.idProblem("x".repeat(Violations.MAX_ID_LENGTH))).isNull();
    assertThat(Violations.idProblem("x".repeat(Violations.MAX_ID_LENGTH + 1))).contains("at most");
    assertThat(Violations.idProblem("")).isEqualTo("must not be blank");
  }
}
