package io.github.chancery.json.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chancery.core.vote.Vote;
import io.github.chancery.json.problem.InvalidJson;
import io.github.chancery.json.problem.JsonRule;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

final class StrictReadingTest extends SuiteSupport {
  @ParameterizedTest(name = "{0} fails at {1} with {2}")
  @CsvSource({
    "unknown-property.json, $.colour, unknown-property",
    "duplicate-key.json, $.id, duplicate-key",
    "quoted-integer.json, $.counts[0].value, wrong-type",
    "fractional-integer.json, $.counts[0].value, wrong-type",
    "number-for-string.json, $.identifier, wrong-type",
    "boolean-for-string.json, $.identifier, wrong-type",
    "null-required.json, $.motion_id, required",
    "missing-required.json, $.motion_id, required",
    "trailing-tokens.json, $, trailing-tokens",
    "negative-count.json, $.counts[1].value, negative",
    "duplicate-ballot.json, $.ballots[1].voter_id, duplicate-ballot",
    "unknown-type.json, $.type, unknown-type",
    "class-name-type.json, $.type, unknown-type",
    "missing-type.json, $.type, required",
    "impossible-date.json, $.date, invalid-date",
    "month-thirteen.json, $.date, invalid-date",
    "self-addressed-note.json, $.recipient_id, self-addressed",
    "non-party-signature.json, $.signatures[0].on_behalf_of_id, non-party-signatory",
    "state-ending-before-it-begins.json, $.end, date-order",
    "malformed-country-code.json, $.country_code, invalid-country-code",
    "unassigned-country-code.json, $.country_code, invalid-country-code",
    "malformed-language-tag.json, $.name['en_US'], invalid-language-tag",
    "non-http-url.json, $.url, invalid-url",
    "null-in-list.json, $.source_ids[0], required",
    "array-for-record.json, $, wrong-type",
    "blank-id.json, $.id, invalid-id",
    "statement-without-position.json, $.positions, empty",
    "padded-code.json, $.counts[0].option, invalid-code",
  })
  void rejectsTheDocumentWithItsPathAndRule(String file, String path, String rule) {
    String document = fixture("invalid/" + file);

    assertThat(pathsAndRules(() -> JSON.read(document))).containsExactly(path + " " + rule);
  }

  @Test
  void aReadThatFailedLeavesNothingBehindForTheThreadsNextRead() throws Exception {
    // Each thread's reads share the arrays they read values into: a read stopped half-way, by a
    // broken document or by a rule, must leave no value, problem or path to the next one.
    String good = fixture("records/vote.json");
    Object expected = JSON.read(good);
    for (String broken : List.of("invalid/duplicate-ballot.json", "invalid/negative-count.json", "invalid/trailing-tokens.json")) {
      assertThat(pathsAndRules(() -> JSON.read(fixture(broken)))).hasSize(1);
      assertThat(JSON.read(good)).as("after " + broken).isEqualTo(expected);
    }
    String truncated = good.substring(0, good.indexOf("\"ballots\"") + 20);
    assertThat(pathsAndRules(() -> JSON.read(truncated))).singleElement().asString().endsWith("malformed-json");
    assertThat(JSON.read(good)).isEqualTo(expected);
  }

  @Test
  void reportsTheModelsRulesTogetherWithTheJsonProblemsWithoutRepeatingThem() {
    // A quoted count and a number for a text are JSON problems; a negative count and a voter
    // with two ballots break the model's rules. A user fixing the file learns of all four at
    // once, and not again of the quoted count as a count without a value.
    assertThat(pathsAndRules(() -> JSON.read(fixture("invalid/json-and-model-problems.json"))))
        .containsExactlyInAnyOrder(
            "$.identifier wrong-type",
            "$.counts[0].value wrong-type",
            "$.counts[1].value negative",
            "$.ballots[1].voter_id duplicate-ballot");
  }

  @Test
  void reportsALanguageGivenTwiceEvenWhenItsFirstTextHadTheWrongType() {
    // The first "en" is a number: the second is still a repeat of the key, and reported too.
    assertThat(pathsAndRules(() -> JSON.read(fixture("invalid/repeated-language-after-wrong-type.json"))))
        .containsExactlyInAnyOrder("$.summary['en'] wrong-type", "$.summary.en duplicate-key");
  }

  @Test
  void rejectsAWeightBeyondTheRangeOfTheNumbersMostReadersUse() throws Exception {
    String vote = "{\"type\":\"vote\",\"id\":\"v\",\"motion_id\":\"m\",\"result\":\"adopted\",\"ballots\":"
        + "[{\"voter_id\":\"a\",\"option\":\"yes\",\"weight\":%s}]}";

    assertThat(pathsAndRules(() -> JSON.read(String.format(vote, "1e400")))).containsExactly("$.ballots[0].weight wrong-type");
    assertThat(pathsAndRules(() -> JSON.read(String.format(vote, "1E-999999999")))).containsExactly("$.ballots[0].weight wrong-type");
    assertThat(JSON.write(JSON.read(String.format(vote, "1.50")))).contains("\"weight\":1.50");
  }

  @Test
  void rejectsMalformedJsonNamingWhereItStopped() {
    InvalidJson failure = failure(() -> JSON.read(fixture("invalid/malformed.json")));

    assertThat(failure.problems()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(JsonRule.MALFORMED_JSON);
      assertThat(p.path()).startsWith("$");
      assertThat(p.message()).contains("line 1");
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {"/* c */{}", "// c\n{}", "[1,2", "{\"a\":NaN}", "{'a':1}", "tru", "{\"a\":01}", "\"\\x\"", "{\"type\":\"vote\","})
  void describesMalformedJsonInItsOwnWords(String document) {
    InvalidJson failure = failure(() -> JSON.read(document));

    assertThat(failure.problems()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(JsonRule.MALFORMED_JSON);
      assertThat(p.message()).doesNotContain("Feature").doesNotContain("Source:").doesNotContain("`").doesNotContain("ALLOW_");
    });
  }

  @Test
  void namesTheRecordIdInEveryProblemWhenItIsKnown() {
    InvalidJson failure = failure(() -> JSON.read(fixture("invalid/negative-count.json")));

    assertThat(failure.recordId()).hasValue("vote-1");
    assertThat(message(failure))
        .isEqualTo(
            "Invalid JSON of record 'vote-1': $.counts[1].value: must not be negative, was -1 [negative]");
  }

  @Test
  void namesTheRecordIdEvenForProblemsFoundBeforeTheIdWasRead() {
    String document = "{\"type\":\"vote\",\"type\":\"vote\",\"id\":\"vote-7\",\"motion_id\":\"m\",\"result\":\"adopted\"}";

    assertThat(failure(() -> JSON.read(document)).problems())
        .singleElement()
        .satisfies(p -> assertThat(p.recordId()).hasValue("vote-7"));
  }

  @Test
  void reportsEveryProblemOfADocumentTogether() {
    String document =
        "{\"type\":\"vote\",\"id\":\"vote-1\",\"id\":\"vote-2\",\"motion_id\":7,\"colour\":\"red\","
            + "\"counts\":[{\"option\":\"yes\",\"value\":\"1\"}],\"ballots\":[{\"option\":\"yes\"}]}";

    assertThat(pathsAndRules(() -> JSON.read(document)))
        .containsExactlyInAnyOrder(
            "$.id duplicate-key",
            "$.colour unknown-property",
            "$.motion_id wrong-type",
            "$.counts[0].value wrong-type",
            "$.ballots[0].voter_id required");
  }

  @Test
  void refusesARecordOfAnotherTypeThanTheOneAskedFor() {
    assertThat(pathsAndRules(() -> JSON.read(recordFixture("motion"), Vote.class)))
        .containsExactly("$.type unknown-type");
  }

  @Test
  void treatsANullOptionalPropertyAsAbsent() throws Exception {
    Vote vote =
        JSON.read(
            "{\"type\":\"vote\",\"id\":\"vote-1\",\"motion_id\":\"m\",\"result\":\"adopted\",\"date\":null}",
            Vote.class);

    assertThat(vote.date()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "unknown-property.json", "quoted-integer.json", "fractional-integer.json", "number-for-string.json",
        "boolean-for-string.json", "null-required.json", "missing-required.json", "negative-count.json",
        "unknown-type.json", "class-name-type.json", "missing-type.json", "malformed-country-code.json",
        "malformed-language-tag.json", "non-http-url.json", "null-in-list.json", "array-for-record.json",
        "blank-id.json", "statement-without-position.json", "padded-code.json"
      })
  void theSchemaRejectsWhatItCanExpress(String file) {
    assertThat(schemaErrors(RecordSchemas(), fixture("invalid/" + file))).isNotEmpty();
  }

  @Test
  void everyDocumentTheSchemaRejectsTheReaderRejectsToo() throws Exception {
    List<String> files = invalidFixtures();
    int rejectedBySchema = 0;
    for (String file : files) {
      String document = fixture("invalid/" + file);
      boolean schemaRejects = !schemaErrors(RecordSchemas(), document).isEmpty();
      if (schemaRejects) {
        rejectedBySchema++;
        failure(() -> JSON.read(document));
      }
    }
    assertThat(rejectedBySchema).isGreaterThanOrEqualTo(19);
  }

  private static String RecordSchemas() {
    return io.github.chancery.json.schema.RecordSchemas.ANY_RECORD;
  }

  private static List<String> invalidFixtures() {
    return Fixtures.list("fixtures/invalid").stream().filter(name -> name.endsWith(".json")).collect(Collectors.toList());
  }

  @Test
  void givesOneReferencePerIdWithinAReadAndNoneOfAnotherReadsReferences() throws Exception {
    String document = fixture("records/vote.json");

    Vote first = (Vote) JSON.read(document);
    Vote second = (Vote) JSON.read(document);

    // group-eu is named by a count and by a ballot: one reference within a read.
    assertThat(first.ballots().get(0).group().get()).isSameAs(first.counts().get(4).group().get());
    // A thread's next read remembers nothing of the one before.
    assertThat(second.ballots().get(0).group().get()).isNotSameAs(first.ballots().get(0).group().get());
    assertThat(second).isEqualTo(first);
  }
}
