package io.github.chancery.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.chancery.json.internal.ParseFailure.Kind;
import io.github.chancery.json.problem.JsonProblem;
import io.github.chancery.json.problem.JsonRule;
import org.junit.jupiter.api.Test;

final class ParseFailureTest {
  @Test
  void malformedTextIsMalformedJsonAtItsLineAndColumn() {
    ParseFailure failure = ParseFailure.of(Kind.MALFORMED, "$.counts[1]", 3, 7);

    assertThat(failure.kind()).isEqualTo(Kind.MALFORMED);
    assertThat(failure.problem(0)).isEqualTo(
        JsonProblem.of(JsonRule.MALFORMED_JSON, "$.counts[1]", "the text is not well-formed JSON (line 3, column 7)", null));
  }

  @Test
  void textThatEndsEarlyIsMalformedJsonThatSaysSo() {
    assertThat(ParseFailure.of(Kind.ENDS_EARLY, "$.name", 1, 12).problem(0)).isEqualTo(
        JsonProblem.of(JsonRule.MALFORMED_JSON, "$.name", "the text ends before the JSON value is complete (line 1, column 12)", null));
  }

  @Test
  void theLineOffsetPlacesALineOfAnNdjsonFileInTheFile() {
    assertThat(ParseFailure.of(Kind.MALFORMED, "$", 1, 5).problem(41).message()).isEqualTo("the text is not well-formed JSON (line 42, column 5)");
    assertThat(ParseFailure.of(Kind.ENDS_EARLY, "$", 2, 1).problem(10).message()).endsWith("(line 12, column 1)");
  }

  @Test
  void anUnknownPlaceIsLeftOutOfTheMessage() {
    assertThat(ParseFailure.of(Kind.MALFORMED, "$", 0, 0).problem(41).message()).isEqualTo("the text is not well-formed JSON");
    assertThat(ParseFailure.of(Kind.ENDS_EARLY, "$", 0, 0).problem(0).message()).isEqualTo("the text ends before the JSON value is complete");
  }

  @Test
  void aLimitPassedIsLimitExceededInTheLimitsOwnWords() {
    ParseFailure failure = ParseFailure.limit("$.text", LimitMessages.string(10));

    assertThat(failure.kind()).isEqualTo(Kind.LIMIT);
    assertThat(failure.problem(5)).isEqualTo(
        JsonProblem.of(JsonRule.LIMIT_EXCEEDED, "$.text", "a string is longer than the limit of 10 characters (maxStringLength)", null));
  }

  @Test
  void aLimitIsMadeOnlyWithItsMessage() {
    assertThatThrownBy(() -> ParseFailure.of(Kind.LIMIT, "$", 0, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void bytesInNoEncodingAreMalformedJsonOfTheWholeDocument() {
    assertThat(ParseFailure.of(Kind.NOT_AN_ENCODING, "$.somewhere", 1, 1).problem(0)).isEqualTo(
        JsonProblem.of(JsonRule.MALFORMED_JSON, "$", "the text is not in a JSON encoding (UTF-8, UTF-16 or UTF-32)", null));
  }

  @Test
  void anInputThatFailedIsUnreadable() {
    assertThat(ParseFailure.of(Kind.INPUT_FAILED, "$[3]", 0, 0).problem(0)).isEqualTo(
        JsonProblem.of(JsonRule.UNREADABLE, "$[3]", "the document could not be read: the input failed", null));
  }

  @Test
  void anyOtherFailureOfTheParserIsMalformedJson() {
    assertThat(ParseFailure.of(Kind.UNREADABLE, "$.a", 2, 3).problem(0)).isEqualTo(
        JsonProblem.of(JsonRule.MALFORMED_JSON, "$.a", "the document cannot be read as JSON", null));
  }

  @Test
  void carriesNoStackTraceAndNamesItsKind() {
    ParseFailure failure = ParseFailure.of(Kind.MALFORMED, "$", 1, 1);

    assertThat(failure.getStackTrace()).isEmpty();
    assertThat(failure).hasMessage("MALFORMED");
  }
}
