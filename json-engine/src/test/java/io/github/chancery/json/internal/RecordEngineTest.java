package io.github.chancery.json.internal;

import static io.github.chancery.json.internal.Fixtures.pathsAndRules;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.chancery.core.actor.State;
import io.github.chancery.core.model.Shapes;
import io.github.chancery.core.record.Actor;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.record.RecordType;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.record.ValueType;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.validation.ViolationCode;
import io.github.chancery.core.vote.Count;
import io.github.chancery.core.vote.Vote;
import io.github.chancery.core.vote.VoteOption;
import io.github.chancery.core.vote.VoteResult;
import io.github.chancery.json.problem.JsonProblem;
import io.github.chancery.json.problem.JsonRule;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

final class RecordEngineTest {
  private static final String VOTE = "{\"type\":\"vote\",\"id\":\"vote-1\",\"motion_id\":\"motion-1\"%s}";
  private static final String STATE = "{\"type\":\"state\",\"id\":\"state-xk\",\"name\":{\"en\":\"Kosovo\"}%s}";

  private static <T> T read(String json, Class<T> type, ReadContext context) throws IOException {
    TokenReader in = TestTokens.of(json);
    in.next();
    T read = RecordEngine.readRecord(in, type, context);
    assertThat(in.next()).as("the reader is left on the record's last token").isNull();
    return read;
  }

  private static ChanceryRecord read(String json) throws IOException {
    ReadContext context = ReadContext.strict();
    ChanceryRecord record = read(json, ChanceryRecord.class, context);
    assertThat(context.problems()).isEmpty();
    return record;
  }

  /** The problems of a record that cannot be read, in order. */
  private static List<JsonProblem> problems(String json, Class<?> type) throws IOException {
    ReadContext context = ReadContext.strict();
    assertThat(read(json, type, context)).isNull();
    return context.problems();
  }

  private static List<JsonProblem> problems(String json) throws IOException {
    return problems(json, ChanceryRecord.class);
  }

  private static List<String> messages(String json) throws IOException {
    return problems(json).stream().map(JsonProblem::toString).collect(Collectors.toList());
  }

  static String write(ChanceryRecord record) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TestWriter out = new TestWriter(bytes)) {
      RecordEngine.writeRecord(out, record);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  // --- canonical documents ---

  static List<RecordType> fixtureTypes() {
    return Fixtures.recordTypes();
  }

  @Test
  void hasACanonicalDocumentOfEachOfTheThirteenRecordTypesTheFixturesWereWrittenFor() {
    // Guards the listing: a build that lost the fixtures would pass the test below vacuously.
    assertThat(Fixtures.recordTypes()).hasSizeGreaterThanOrEqualTo(13);
  }

  @ParameterizedTest
  @MethodSource("fixtureTypes")
  void readsEveryRecordTypeFromItsCanonicalDocumentAndWritesTheSameBytesBack(RecordType type) throws IOException {
    String canonical = Fixtures.record(type.wireName());

    ChanceryRecord record = read(canonical);

    assertThat(record.recordType()).isEqualTo(type);
    assertThat(write(record)).isEqualTo(canonical);
  }

  @Test
  void readsTheRecordTheCoreBuildersMakeAndWritesItInCanonicalOrderWithoutEmpties() throws IOException {
    Vote built =
        Vote.builder()
            .addSources(Reference.to("src-1"))
            .addCounts(Count.of(VoteOption.YES, 3))
            .date(PartialDate.of(2020, 12))
            .result(VoteResult.ADOPTED)
            .motion(Reference.to("motion-1"))
            .id("vote-1")
            .build();
    String canonical =
        "{\"type\":\"vote\",\"id\":\"vote-1\",\"motion_id\":\"motion-1\",\"result\":\"adopted\",\"date\":\"2020-12\","
            + "\"counts\":[{\"option\":\"yes\",\"value\":3}],\"source_ids\":[\"src-1\"]}";

    assertThat(write(built)).isEqualTo(canonical);
    assertThat(read(canonical)).isEqualTo(built);
  }

  @Test
  void readsNullOptionalPropertiesAndNullListsAsAbsent() throws IOException {
    Vote read = (Vote) read(String.format(VOTE, ",\"result\":null,\"counts\":null"));

    assertThat(read.result()).isEmpty();
    assertThat(read.counts()).isEmpty();
    assertThat(write(read)).isEqualTo(String.format(VOTE, ""));
  }

  @Test
  void readsARecordWhoseTypeComesLaterInTheObjectAsTheCanonicalOne() throws IOException {
    String canonical = Fixtures.record("vote"); // nested parts, integers, a decimal weight and lists
    String typeLast = canonical.replace("{\"type\":\"vote\",", "{").replaceFirst("}$", ",\"type\":\"vote\"}");
    String typeInside = canonical.replace("{\"type\":\"vote\",", "{").replace("\"counts\":", "\"type\":\"vote\",\"counts\":");

    assertThat(typeLast).doesNotStartWith("{\"type\"");
    assertThat(read(typeLast)).isEqualTo(read(canonical));
    assertThat(read(typeInside)).isEqualTo(read(canonical));
  }

  @Test
  void findsTheSameProblemsWithTheSamePathsWhenTheTypeComesLater() throws IOException {
    String body = "\"id\":\"vote-1\",\"counts\":[{\"option\":\"yes\",\"value\":-1}],\"colour\":\"red\"";

    List<JsonProblem> typeFirst = problems("{\"type\":\"vote\"," + body + "}");
    List<JsonProblem> typeLast = problems("{" + body + ",\"type\":\"vote\"}");

    assertThat(pathsAndRules(typeFirst)).containsExactlyInAnyOrder("$.counts[0].value negative", "$.colour unknown-property", "$.motion_id required");
    assertThat(typeLast).isEqualTo(typeFirst);
  }

  // --- the type ---

  @Test
  void requiresEveryRecordToNameItsTypeAndNamesTheRecordFound() throws IOException {
    List<JsonProblem> missing = problems("{\"id\":\"state-xk\",\"name\":{\"en\":\"Kosovo\"}}");
    List<JsonProblem> nullType = problems("{\"type\":null,\"id\":\"state-xk\"}");

    assertThat(missing).containsExactly(JsonProblem.of(JsonRule.REQUIRED, "$.type", "every record must name its type", "state-xk"));
    assertThat(pathsAndRules(nullType)).containsExactly("$.type required");
  }

  @Test
  void refusesATypeThatIsNotARecordTypeNamingTheRecordFromTheRestOfTheObject() throws IOException {
    List<JsonProblem> unknown = problems("{\"type\":\"treaty_draft\",\"colour\":{\"a\":[1]},\"id\":\"draft-1\"}");
    List<JsonProblem> number = problems("{\"type\":12,\"id\":\"draft-1\"}");

    assertThat(unknown).hasSize(1);
    assertThat(unknown.get(0).code()).isEqualTo(JsonRule.UNKNOWN_TYPE);
    assertThat(unknown.get(0).path()).isEqualTo("$.type");
    assertThat(unknown.get(0).message())
        .isEqualTo("'treaty_draft' is not a record type; expected one of "
            + java.util.Arrays.stream(RecordType.values()).map(RecordType::wireName).collect(Collectors.joining(", ")));
    assertThat(unknown.get(0).recordId()).hasValue("draft-1");
    assertThat(number).containsExactly(
        JsonProblem.of(JsonRule.WRONG_TYPE, "$.type", "expected a record type name, found the integer 12", "draft-1"));
  }

  @Test
  void refusesARecordOfAnotherTypeThanTheOneExpected() throws IOException {
    assertThat(problems(Fixtures.record("state"), Vote.class)).extracting(JsonProblem::toString)
        .containsExactly("$.type: a state record is not what is expected here (expected vote) [unknown-type]");
    assertThat(problems(Fixtures.record("vote"), Actor.class)).extracting(JsonProblem::toString)
        .containsExactly("$.type: a vote record is not what is expected here [unknown-type]");

    ReadContext context = ReadContext.strict();
    assertThat(read(Fixtures.record("state"), Actor.class, context)).isInstanceOf(State.class);
    assertThat(context.problems()).isEmpty();
  }

  @Test
  void refusesAValueThatIsNotAnObjectAndSkipsIt() throws IOException {
    assertThat(messages("[{\"type\":\"vote\"}]")).containsExactly("$: expected a record object, found an array [wrong-type]");
    assertThat(messages("\"vote\"")).containsExactly("$: expected a record object, found a string [wrong-type]");
  }

  // --- problems, their paths and rules ---

  @Test
  void refusesUnknownPropertiesAtEveryLevelNamingTheRecord() throws IOException {
    List<JsonProblem> found = problems(String.format(VOTE, ",\"colour\":\"red\",\"counts\":[{\"option\":\"yes\",\"value\":1,\"note\":\"x\"}]"));

    assertThat(found).containsExactly(
        JsonProblem.of(JsonRule.UNKNOWN_PROPERTY, "$.colour", "is not a property of this object", "vote-1"),
        JsonProblem.of(JsonRule.UNKNOWN_PROPERTY, "$.counts[0].note", "is not a property of this object", "vote-1"));
  }

  @Test
  void namesTheRecordEvenInProblemsFoundBeforeItsId() throws IOException {
    List<JsonProblem> found = problems("{\"type\":\"state\",\"colour\":1,\"type\":\"state\",\"id\":\"state-xk\",\"name\":{\"en\":\"K\"},\"size\":2}");

    assertThat(pathsAndRules(found)).containsExactly("$.colour unknown-property", "$.type duplicate-key", "$.size unknown-property");
    assertThat(found).allSatisfy(p -> assertThat(p.recordId()).hasValue("state-xk"));
  }

  @Test
  void refusesAKeyGivenTwiceWhateverItNames() throws IOException {
    assertThat(messages(String.format(STATE, ",\"id\":\"state-xk\"")))
        .containsExactly("$.id: the key 'id' appears more than once [duplicate-key]");
    assertThat(pathsAndRules(problems(String.format(STATE, ",\"colour\":1,\"colour\":2"))))
        .containsExactly("$.colour unknown-property", "$.colour duplicate-key");
    assertThat(pathsAndRules(problems("{\"id\":\"state-xk\",\"type\":\"state\",\"name\":{\"en\":\"K\"},\"type\":\"vote\"}")))
        .containsExactly("$.type duplicate-key");
    assertThat(pathsAndRules(problems(String.format(STATE, "").replace("\"en\":\"Kosovo\"", "\"en\":\"Kosovo\",\"en\":\"Kosova\""))))
        .containsExactly("$.name.en duplicate-key");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "\"seat_count\":\"348\"|$.seat_count: expected an integer, found a string [wrong-type]",
    "\"seat_count\":348.0|$.seat_count: expected an integer, found the number 348.0 [wrong-type]",
    "\"seat_count\":99999999999|$.seat_count: integer 99999999999 is out of range [wrong-type]",
    "\"seat_count\":true|$.seat_count: expected an integer, found a boolean [wrong-type]",
    "\"kind\":{}|$.kind: expected a string, found an object [wrong-type]",
    "\"source_ids\":\"src-1\"|$.source_ids: expected an array, found a string [wrong-type]",
    "\"other_names\":[1]|$.other_names[0]: expected an object, found the integer 1 [wrong-type]",
  })
  void refusesAValueOfTheWrongJsonTypeWithItsPathAndWords(String property, String problem) throws IOException {
    String legislature = "{\"type\":\"legislature\",\"id\":\"leg-1\",\"name\":{\"en\":\"Senate\"}," + property + "}";

    assertThat(messages(legislature)).containsExactly(problem);
  }

  @Test
  void refusesTextsInSeveralLanguagesThatAreNotTextsByLanguage() throws IOException {
    assertThat(messages("{\"type\":\"state\",\"id\":\"state-xk\",\"name\":\"Kosovo\"}"))
        .containsExactly("$.name: expected an object of language tag to text, found a string [wrong-type]");
    assertThat(messages("{\"type\":\"state\",\"id\":\"state-xk\",\"name\":{\"en\":1,\"sq\":\"Kosova\"}}"))
        .containsExactly("$.name['en']: expected a string, found the integer 1 [wrong-type]");
  }

  @Test
  void readsTextsInOneOrManyLanguagesAndFindsEveryKeyGivenTwice() throws IOException {
    State one = (State) read("{\"type\":\"state\",\"id\":\"state-xk\",\"name\":{\"sq\":\"Kosova\"}}");
    State three = (State) read("{\"type\":\"state\",\"id\":\"state-xk\",\"name\":{\"sq\":\"Kosova\",\"en\":\"Kosovo\",\"sr\":\"Kosovo\"}}");

    assertThat(one.name().asMap()).hasSize(1).containsValue("Kosova");
    assertThat(three.name().asMap()).hasSize(3);
    assertThat(messages("{\"type\":\"state\",\"id\":\"state-xk\",\"name\":{\"sq\":\"Kosova\",\"sq\":\"Kosovë\"}}"))
        .containsExactly("$.name.sq: the key 'sq' appears more than once [duplicate-key]");
    assertThat(messages("{\"type\":\"state\",\"id\":\"state-xk\",\"name\":{\"sq\":\"Kosova\",\"en\":\"Kosovo\",\"en\":\"K\",\"sq\":\"K\"}}"))
        .containsExactly(
            "$.name.en: the key 'en' appears more than once [duplicate-key]",
            "$.name.sq: the key 'sq' appears more than once [duplicate-key]");
    assertThat(messages("{\"type\":\"state\",\"id\":\"state-xk\",\"name\":{\"en\":1,\"en\":\"Kosovo\"}}"))
        .containsExactly(
            "$.name['en']: expected a string, found the integer 1 [wrong-type]",
            "$.name.en: the key 'en' appears more than once [duplicate-key]");
  }

  @Test
  void refusesNumbersBeyondWhatADoubleHolds() throws IOException {
    String vote = String.format(VOTE, ",\"ballots\":[{\"voter_id\":\"state-am\",\"option\":\"yes\",\"weight\":%s}]");

    assertThat(messages(String.format(vote, "1e400"))).containsExactly("$.ballots[0].weight: the number 1e400 is out of range [wrong-type]");
    assertThat(pathsAndRules(problems(String.format(vote, "1e-400")))).containsExactly("$.ballots[0].weight wrong-type");
    assertThat(pathsAndRules(problems(String.format(vote, "1E-999999999999")))).containsExactly("$.ballots[0].weight wrong-type");
    assertThat(messages(String.format(vote, "\"1.5\""))).containsExactly("$.ballots[0].weight: expected a number, found a string [wrong-type]");
  }

  @Test
  void refusesAMissingOrNullRequiredPropertyAndANullElement() throws IOException {
    assertThat(messages("{\"type\":\"vote\",\"id\":\"vote-1\"}")).containsExactly("$.motion_id: is required [required]");
    assertThat(messages("{\"type\":\"vote\",\"id\":\"vote-1\",\"motion_id\":null}")).containsExactly("$.motion_id: must not be null [required]");
    assertThat(messages(String.format(VOTE, ",\"source_ids\":[\"src-1\",null]"))).containsExactly("$.source_ids[1]: must not be null [required]");
  }

  @Test
  void reportsTheCoresRulesUnderTheJsonPathTogetherWithTheJsonProblems() throws IOException {
    List<JsonProblem> found =
        problems(String.format(VOTE, ",\"date\":\"2020-13\",\"counts\":[{\"option\":\"yes\",\"value\":\"3\"},{\"option\":\"no\",\"value\":-1}]"));

    assertThat(pathsAndRules(found)).containsExactly("$.date invalid-date", "$.counts[0].value wrong-type", "$.counts[1].value negative");
    assertThat(found.get(2).code()).isEqualTo(ViolationCode.NEGATIVE);
    assertThat(found).allSatisfy(p -> assertThat(p.recordId()).hasValue("vote-1"));
  }

  // --- lenient reading ---

  @Test
  void readingLenientlyTellsTheListenerOfEachUnknownPropertyAndReadsTheRecord() throws IOException {
    List<JsonProblem> told = new ArrayList<>();
    ReadContext lenient = new ReadContext(told::add);

    ChanceryRecord record = read(String.format(STATE, ",\"colour\":\"red\",\"other_names\":[{\"name\":\"Kosova\",\"note\":\"x\",\"extra\":1}]"), ChanceryRecord.class, lenient);

    assertThat(lenient.problems()).isEmpty();
    assertThat(record).isInstanceOf(State.class);
    assertThat(told).containsExactly(
        JsonProblem.of(JsonRule.UNKNOWN_PROPERTY, "$.colour", "unknown property ignored", "state-xk"),
        JsonProblem.of(JsonRule.UNKNOWN_PROPERTY, "$.other_names[0].extra", "unknown property ignored", "state-xk"));
  }

  @Test
  void readingLenientlyStillRefusesAKeyGivenTwice() throws IOException {
    ReadContext lenient = new ReadContext(problem -> {});

    assertThat(read(String.format(STATE, ",\"colour\":1,\"colour\":2"), ChanceryRecord.class, lenient)).isNull();
    assertThat(pathsAndRules(lenient.problems())).containsExactly("$.colour duplicate-key");
  }

  // --- values ---

  @Test
  void readsAndWritesValuesAndPartsAsInsideARecord() throws IOException {
    TokenReader in = TestTokens.of("[\"2020-12\", {\"value\":3,\"option\":\"yes\"}, 12]");
    ReadContext context = ReadContext.strict();
    in.next();
    in.next();
    PartialDate date = RecordEngine.readValue(in, valueType(PartialDate.class), context);
    in.next();
    Count count = RecordEngine.readValue(in, valueType(Count.class), context);
    in.next();
    Count notACount = RecordEngine.readValue(in, valueType(Count.class), context.at("$[2]"));

    assertThat(date).isEqualTo(PartialDate.of(2020, 12));
    assertThat(count).isEqualTo(Count.of(VoteOption.YES, 3));
    assertThat(notACount).isNull();
    assertThat(context.problems()).extracting(JsonProblem::toString).containsExactly("$[2]: expected an object, found the integer 12 [wrong-type]");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TestWriter out = new TestWriter(bytes)) {
      out.startArray();
      RecordEngine.writeValue(out, valueType(PartialDate.class), date);
      RecordEngine.writeValue(out, valueType(Count.class), count);
      out.endArray();
    }
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("[\"2020-12\",{\"option\":\"yes\",\"value\":3}]");
  }

  @SuppressWarnings("unchecked")
  private static <V> ValueType<V> valueType(Class<V> type) {
    return (ValueType<V>) Shapes.valueTypes().get(type);
  }

  @Test
  void describesEachJsonTypeInJsonsOwnTerms() throws IOException {
    TokenReader in = TestTokens.of("[\"s\", 12, 1.5, true, false, [], {}, null]");
    in.next();
    List<String> described = new ArrayList<>();
    for (TokenReader.Token t = in.next(); t != TokenReader.Token.END_ARRAY; t = in.next()) {
      described.add(RecordEngine.describe(in));
      in.skipValue();
    }

    assertThat(described).containsExactly(
        "a string", "the integer 12", "the number 1.5", "a boolean", "a boolean", "an array", "an object", "null");
    assertThat(RecordEngine.describe(TestTokens.of(""))).isEqualTo("nothing");
  }
}
