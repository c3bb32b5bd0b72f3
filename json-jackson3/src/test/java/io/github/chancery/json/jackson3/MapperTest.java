package io.github.chancery.json.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.chancery.core.dossier.ConsistencyReport;
import io.github.chancery.core.dossier.Dossier;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.text.LanguageTag;
import io.github.chancery.core.text.MultilingualText;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.validation.Problem;
import io.github.chancery.core.vote.Ballot;
import io.github.chancery.core.vote.Count;
import io.github.chancery.core.vote.Vote;
import io.github.chancery.core.vote.VoteOption;
import io.github.chancery.json.problem.JsonProblem;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;

/**
 * Chancery's types in the Jackson 3 mappers applications have: found by {@code
 * findAndAddModules()}, strict whatever the mapper's settings, every public type written in full
 * and read back, and a mapper without the module refusing to write part of a record.
 */
final class MapperTest extends Jackson3TestSupport {
  /** A mapper as an application builds it, with settings that loosen Jackson's own reading. */
  private static final JsonMapper LOOSE =
      JsonMapper.builder()
          .findAndAddModules()
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
          .enable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
          .withCoercionConfigDefaults(c -> c.setCoercion(CoercionInputShape.String, CoercionAction.TryConvert))
          .build();

  private static Vote vote() {
    return (Vote) JSON.read(fixture("records/vote.json"), ChanceryRecord.class);
  }

  @Test
  void findAndAddModulesFindsTheModuleWithTheBuildsVersion() {
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();

    assertThat(mapper.registeredModules()).anySatisfy(module -> {
      assertThat(module).isInstanceOf(ChanceryModule.class);
      assertThat(module.version().toString()).isEqualTo(System.getProperty("chancery.version"));
    });
    assertThat(mapper.writeValueAsString(vote())).isEqualTo(fixture("records/vote.json"));
  }

  @Test
  void readsRecordsStrictlyThroughAMapperThatIgnoresUnknownPropertiesAndCoercesScalars() {
    String withUnknown = fixture("records/vote.json").replaceFirst("\\{", "{\"colour\":\"blue\",");
    String withQuotedCount = fixture("invalid/quoted-integer.json");

    assertThat(pathsAndRules(() -> LOOSE.readValue(withUnknown, Vote.class))).containsExactly("$.colour unknown-property");
    assertThat(pathsAndRules(() -> LOOSE.readValue(withQuotedCount, ChanceryRecord.class)))
        .isEqualTo(pathsAndRules(() -> JSON.read(withQuotedCount, ChanceryRecord.class)));
  }

  @Test
  void namesThePathOfARecordInsideAnApplicationsOwnDocument() {
    String document = "{\"votes\":[" + fixture("invalid/negative-count.json") + "]}";

    List<String> found = pathsAndRules(() -> LOOSE.readValue(document, new TypeReference<Map<String, List<Vote>>>() {}));

    assertThat(found).allSatisfy(problem -> assertThat(problem).startsWith("$.votes[0]."));
    ChanceryJsonException failure = failure(() -> LOOSE.readValue(document, new TypeReference<Map<String, List<Vote>>>() {}));
    assertThat(failure.problems().get(0).pointer()).startsWith("/votes/0/");
  }

  @Test
  void aMapperWithoutTheModuleRefusesToWriteRecordsValuesDossiersAndReportsNamingTheModule() {
    JsonMapper plain = JsonMapper.builder().build();
    Vote vote = vote();
    List<Object> values =
        List.of(vote, PartialDate.parse("2020-11-25"), VoteOption.YES, Count.of(VoteOption.YES, 305), Dossier.of(List.of(vote)),
            Dossier.of(List.of(vote)).check());

    for (Object value : values) {
      Throwable thrown = catchThrowable(() -> plain.writeValueAsString(value));
      assertThat(thrown).as(value.getClass().getSimpleName()).isInstanceOf(DatabindException.class);
      assertThat(thrown.getMessage()).contains("io.github.chancery.json.jackson3.ChanceryModule").contains("findAndAddModules()");
    }
  }

  @Test
  void writesAndReadsEveryValueAndPartAsInsideARecord() {
    Vote vote = vote();
    assertThat(vote.ballots()).as("the vote fixture has ballots").isNotEmpty();

    roundTrips(PartialDate.class, vote.date().orElseThrow());
    roundTrips(VoteOption.class, VoteOption.of("abstained-in-protest"));
    roundTrips(Reference.class, vote.motion());
    roundTrips(Count.class, vote.counts().get(0));
    roundTrips(Ballot.class, vote.ballots().get(0));
    roundTrips(MultilingualText.class, MultilingualText.of(Map.of("fr", "Sur la nécessité", "hy", "Անհրաժեշտության մասին")));
    roundTrips(LanguageTag.class, LanguageTag.parse("sr-Latn"));
    assertThat(LOOSE.writeValueAsString(PartialDate.parse("2020-11"))).isEqualTo("\"2020-11\"");
  }

  private static <V> void roundTrips(Class<V> type, Object value) {
    String json = LOOSE.writeValueAsString(value);
    assertThat(LOOSE.readValue(json, type)).as(type.getSimpleName()).isEqualTo(value);
  }

  @Test
  void writesADossierInFullAndReadsItBack() {
    Dossier dossier = JSON.read(fixture("dossiers/records.dossier.json"), Dossier.class);

    String json = LOOSE.writeValueAsString(dossier);

    assertThat(json).startsWith("{\"format\":\"chancery-dossier\",\"version\":1,\"records\":[");
    assertThat(LOOSE.readValue(json, Dossier.class).records()).isEqualTo(dossier.records());
  }

  @Test
  void writesAConsistencyReportInFullAndReadsItBack() {
    Dossier dossier = Dossier.of(List.of(vote()));
    ConsistencyReport report = dossier.check();
    assertThat(report.findings()).as("a vote without its motion has findings").isNotEmpty();

    String json = LOOSE.writeValueAsString(report);
    ConsistencyReport back = LOOSE.readValue(json, ConsistencyReport.class);

    assertThat(json).contains("\"errors\":" + report.errorCount()).contains("\"findings\":[{\"severity\":");
    assertThat(back.findings()).isEqualTo(report.findings());
    assertThat(back.errorCount()).isEqualTo(report.errorCount());
    assertThat(back.warningCount()).isEqualTo(report.warningCount());
  }

  @Test
  void refusesAReportWhoseFindingHasAnUnknownCodeAtItsPath() {
    String json = "{\"errors\":1,\"warnings\":0,\"findings\":[{\"severity\":\"error\",\"code\":\"no-such-rule\","
        + "\"record_id\":\"v\",\"path\":\"records[0]\",\"message\":\"m\"}]}";

    assertThat(pathsAndRules(() -> LOOSE.readValue(json, ConsistencyReport.class)))
        .containsExactly("$.findings[0].code unknown-type");
  }

  @Test
  void writesProblemsInFull() {
    ChanceryJsonException failure = failure(() -> JSON.read(fixture("invalid/negative-count.json"), ChanceryRecord.class));

    String json = LOOSE.writeValueAsString(failure.problems());

    assertThat(failure.problems()).hasSize(1);
    assertThat(json).isEqualTo("[{\"code\":\"negative\",\"path\":\"" + failure.problems().get(0).path() + "\",\"message\":\""
        + failure.problems().get(0).message() + "\",\"record_id\":\"" + failure.recordId().orElseThrow() + "\"}]");
  }

  @Test
  void writesAndReadsValueTypesAsMapKeys() {
    Map<VoteOption, Integer> counts = new LinkedHashMap<>();
    counts.put(VoteOption.YES, 305);
    counts.put(VoteOption.of("present-not-voting"), 3);
    Map<PartialDate, String> events = Map.of(PartialDate.parse("2020-11-25T15:30:00+01:00"), "vote");
    Map<Reference<Vote>, String> notes = Map.of(Reference.to("vote-fr-senat-ppr-150"), "adopted");

    assertThat(LOOSE.readValue(LOOSE.writeValueAsString(counts), new TypeReference<Map<VoteOption, Integer>>() {})).isEqualTo(counts);
    assertThat(LOOSE.readValue(LOOSE.writeValueAsString(events), new TypeReference<Map<PartialDate, String>>() {})).isEqualTo(events);
    assertThat(LOOSE.readValue(LOOSE.writeValueAsString(notes), new TypeReference<Map<Reference<Vote>, String>>() {})).isEqualTo(notes);
  }

  @Test
  void refusesAMapKeyThatIsNotAValueWithItsPath() {
    List<String> found = pathsAndRules(() -> LOOSE.readValue("{\"dates\":{\"2020-13-01\":\"x\"}}",
        new TypeReference<Map<String, Map<PartialDate, String>>>() {}));

    assertThat(found).hasSize(1);
    assertThat(found.get(0)).startsWith("$.dates['2020-13-01'] ");
  }

  @Test
  void anExceptionKeepsItsProblemsThroughJavaSerialization() throws Exception {
    ChanceryJsonException failure = failure(() -> JSON.read(fixture("invalid/json-and-model-problems.json"), ChanceryRecord.class));

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(failure);
    }
    ChanceryJsonException back;
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      back = (ChanceryJsonException) in.readObject();
    }

    assertThat(back.problems()).isEqualTo(failure.problems());
    assertThat(back.getMessage()).isEqualTo(failure.getMessage());
  }

  @Test
  void givesEachProblemAnRfc6901PointerBesideItsPath() {
    assertThat(JsonProblem.of(io.github.chancery.json.problem.JsonRule.REQUIRED, "$.counts[1].value", "m", null).pointer())
        .isEqualTo("/counts/1/value");
    assertThat(JsonProblem.of(io.github.chancery.json.problem.JsonRule.REQUIRED, "$.title['fr/be~x']", "m", null).pointer())
        .isEqualTo("/title/fr~1be~0x");
    assertThat(JsonProblem.of(io.github.chancery.json.problem.JsonRule.REQUIRED, "$", "m", null).pointer()).isEmpty();
  }

  @Test
  void problemsAreWrittenThroughTheProblemInterface() {
    Problem problem = JsonProblem.of(io.github.chancery.json.problem.JsonRule.REQUIRED, "$.id", "is required", null);

    assertThat(LOOSE.writeValueAsString(problem)).isEqualTo("{\"code\":\"required\",\"path\":\"$.id\",\"message\":\"is required\"}");
  }

  @Test
  void writesTheSameBytesWhateverTheMappersNumberAndRootSettings() {
    Vote vote = vote();
    JsonMapper settings =
        JsonMapper.builder()
            .findAndAddModules()
            .enable(tools.jackson.core.json.JsonWriteFeature.WRITE_NUMBERS_AS_STRINGS)
            .enable(tools.jackson.core.StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    assertThat(settings.writeValueAsString(vote)).isEqualTo(fixture("records/vote.json"));
    assertThat(settings.readValue(settings.writeValueAsString(vote), Vote.class)).isEqualTo(vote);
  }

  @Test
  void wrapsARootValueInItsWireNameNeverAClassName() {
    JsonMapper wrapping =
        JsonMapper.builder()
            .findAndAddModules()
            .enable(tools.jackson.databind.SerializationFeature.WRAP_ROOT_VALUE)
            .enable(DeserializationFeature.UNWRAP_ROOT_VALUE)
            .build();
    Vote vote = vote();

    String json = wrapping.writeValueAsString(vote);

    assertThat(json).isEqualTo("{\"vote\":" + fixture("records/vote.json") + "}");
    assertThat(wrapping.readValue(json, Vote.class)).isEqualTo(vote);
    assertThat(wrapping.writeValueAsString(vote.counts().get(0))).startsWith("{\"count\":{");
  }

  @Test
  void keepsTheWireFormatInsideDefaultTypingsTypeIds() {
    JsonMapper typing =
        JsonMapper.builder()
            .findAndAddModules()
            .activateDefaultTyping(
                tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator.builder().allowIfSubType("io.github.chancery.").allowIfSubType("java.util.").build(),
                tools.jackson.databind.DefaultTyping.NON_FINAL)
            .build();
    Map<String, Object> held = new LinkedHashMap<>();
    held.put("vote", vote());
    held.put("count", vote().counts().get(0));
    held.put("date", PartialDate.parse("2020-11"));

    String json = typing.writeValueAsString(held);
    Map<String, Object> back = typing.readValue(json, new TypeReference<Map<String, Object>>() {});

    assertThat(back).isEqualTo(held);
    assertThat(json).contains("\"io.github.chancery.core.vote.Vote\"").doesNotContain("Immutable");
  }

  @Test
  void refusesTwoMapKeysThatAreOneValue() {
    String json = "{\"FR\":1,\"fr\":2}";

    assertThat(pathsAndRules(() -> LOOSE.readValue(json, new TypeReference<Map<io.github.chancery.core.code.CountryCode, Integer>>() {})))
        .containsExactly("$.fr duplicate-key");
  }

  @Test
  void aReportSurvivesATreeAndAConversion() {
    ConsistencyReport report = Dossier.of(List.of(vote())).check();

    ConsistencyReport viaTree = LOOSE.treeToValue(LOOSE.valueToTree(report), ConsistencyReport.class);
    ConsistencyReport converted = LOOSE.convertValue(report, ConsistencyReport.class);

    assertThat(viaTree.findings()).isEqualTo(report.findings());
    assertThat(converted.errorCount()).isEqualTo(report.errorCount());
  }

  @Test
  void namesAPropertyOfDigitsAsAPropertyAndANestedReportAtItsPlace() {
    List<String> underDigits = pathsAndRules(() -> LOOSE.readValue("{\"12\":{\"type\":\"vote\",\"id\":\"v\"}}", new TypeReference<Map<String, Vote>>() {}));
    List<String> nestedReport = pathsAndRules(() -> LOOSE.readValue("{\"r\":5}", new TypeReference<Map<String, ConsistencyReport>>() {}));

    assertThat(underDigits).containsExactly("$['12'].motion_id required");
    assertThat(nestedReport).containsExactly("$.r wrong-type");
  }

  @Test
  void aLanguageKeyWithAQuoteHasOnePointerSegment() {
    String state = fixture("records/state.json").replaceFirst("\"en\":", "\"a'b\":");

    ChanceryJsonException failure = failure(() -> JSON.read(state, ChanceryRecord.class));

    assertThat(failure.problems()).singleElement().satisfies(problem -> {
      assertThat(problem.path()).isEqualTo("$.name['a\\'b']");
      assertThat(problem.pointer()).isEqualTo("/name/a'b");
    });
  }
}
