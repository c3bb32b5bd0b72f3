package io.github.chancery.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.chancery.core.code.CountryCode;
import io.github.chancery.core.model.Shapes;
import io.github.chancery.core.record.ValueType;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.vote.Count;
import io.github.chancery.json.problem.JsonProblem;
import java.io.IOException;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** What the lines' deserializers ask of the engine: values inside an application's own types, and map keys. */
final class DocumentEngineTest {
  private static final Function<List<JsonProblem>, TestJsonException> EXCEPTION = problems -> new TestJsonException(problems, -1, -1);
  private static final DocumentEngine.Tokens<TokenReader> TOKENS = parser -> parser;

  @SuppressWarnings("unchecked")
  private static <V> ValueType<V> valueType(Class<V> type) {
    return (ValueType<V>) Shapes.valueTypes().get(type);
  }

  private static <V> DocumentEngine.Reading<V> value(Class<V> type) {
    return (in, context) -> RecordEngine.readValue(in, valueType(type), context);
  }

  /** A reader on the first token of the text, or on none when it is empty. */
  private static TokenReader on(String json) throws IOException {
    TokenReader in = TestTokens.of(json);
    in.next();
    return in;
  }

  @Test
  void readsAValueEmbeddedInAnotherDocument() throws IOException {
    assertThat(DocumentEngine.readEmbedded(on("\"2020-12\""), TOKENS, value(PartialDate.class), ReadContext.strict(), EXCEPTION))
        .isEqualTo(PartialDate.of(2020, 12));
  }

  @Test
  void anEmbeddedValueThatIsNullOrMissingIsRequired() {
    TestJsonException nullValue = catchThrowableOfType(TestJsonException.class,
        () -> DocumentEngine.readEmbedded(on("null"), TOKENS, value(PartialDate.class), ReadContext.strict().at("$.when"), EXCEPTION));
    TestJsonException noValue = catchThrowableOfType(TestJsonException.class,
        () -> DocumentEngine.readEmbedded(on(""), TOKENS, value(PartialDate.class), ReadContext.strict().at("$.when"), EXCEPTION));

    assertThat(nullValue.problems()).extracting(JsonProblem::toString).containsExactly("$.when: must not be null [required]");
    assertThat(noValue.problems()).isEqualTo(nullValue.problems());
  }

  @Test
  void anEmbeddedValueWithProblemsIsTheLinesExceptionOfThemAll() {
    TestJsonException failure = catchThrowableOfType(TestJsonException.class,
        () -> DocumentEngine.readEmbedded(on("{\"option\":\"yes\",\"value\":\"1\",\"colour\":1}"), TOKENS, value(Count.class), ReadContext.strict().at("$.count"), EXCEPTION));

    assertThat(Fixtures.pathsAndRules(failure.problems())).containsExactly("$.count.value wrong-type", "$.count.colour unknown-property");
  }

  @Test
  void aParseFailureInAnEmbeddedValueIsTheLinesExceptionOfThatOneProblem() {
    TestJsonException failure = catchThrowableOfType(TestJsonException.class,
        () -> DocumentEngine.readEmbedded(on("{\"option\":\"yes\",\"value\":"), TOKENS, value(Count.class), ReadContext.strict(), EXCEPTION));

    assertThat(failure.problems()).extracting(JsonProblem::toString)
        .containsExactly("$.value: the text ends before the JSON value is complete (line 1, column 25) [malformed-json]");
  }

  @Test
  void readsAMapKeyUnderTheRulesOfItsValue() throws TestJsonException {
    assertThat(DocumentEngine.readKey("2020-12", valueType(PartialDate.class), "$['2020-12']", null, null, EXCEPTION)).isEqualTo(PartialDate.of(2020, 12));

    TestJsonException failure = catchThrowableOfType(TestJsonException.class,
        () -> DocumentEngine.readKey("2020-13", valueType(PartialDate.class), "$.byDate['2020-13']", null, null, EXCEPTION));
    assertThat(Fixtures.pathsAndRules(failure.problems())).containsExactly("$.byDate['2020-13'] invalid-date");
  }

  @Test
  void aPartCannotBeAMapKey() {
    TestJsonException failure = catchThrowableOfType(TestJsonException.class,
        () -> DocumentEngine.readKey("yes", valueType(Count.class), "$.yes", null, null, EXCEPTION));

    assertThat(failure.problems()).extracting(JsonProblem::toString).containsExactly("$.yes: a part cannot be a map key [wrong-type]");
  }

  @Test
  void twoKeysOfOneMapThatAreOneValueAreAProblem() throws TestJsonException {
    DocumentEngine.MapKeys keys = DocumentEngine.MapKeys.kept(null);
    ValueType<CountryCode> code = valueType(CountryCode.class);

    assertThat(DocumentEngine.readKey("FR", code, "$.byCountry.FR", "$.byCountry", keys, EXCEPTION)).isEqualTo(CountryCode.of("FR"));
    assertThat(DocumentEngine.readKey("fr", code, "$.other.fr", "$.other", keys, EXCEPTION)).isEqualTo(CountryCode.of("FR"));
    TestJsonException failure = catchThrowableOfType(TestJsonException.class,
        () -> DocumentEngine.readKey("fr", code, "$.byCountry.fr", "$.byCountry", keys, EXCEPTION));

    assertThat(failure.problems()).extracting(JsonProblem::toString)
        .containsExactly("$.byCountry.fr: the key 'fr' is a value another key of this map already is [duplicate-key]");
    assertThat(DocumentEngine.MapKeys.kept(keys)).isSameAs(keys);
  }
}
