package io.github.chancery.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.chancery.core.dossier.ConsistencyReport;
import io.github.chancery.core.dossier.Dossier;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.validation.ValidationException;
import io.github.chancery.core.vote.Count;
import io.github.chancery.core.vote.Vote;
import io.github.chancery.core.vote.VoteOption;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Chancery's types in the Jackson 2 mappers applications have: strict whatever the mapper's
 * settings (Spring Boot's ignore unknown properties), every public type written in full and read
 * back, and a mapper without the module refusing to write part of a record.
 */
final class MapperTest extends JsonTestSupport {
  /** A mapper as Spring Boot and many applications set it up: unknown properties ignored, scalars coerced. */
  private static final ObjectMapper LOOSE =
      JsonMapper.builder()
          .findAndAddModules()
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
          .enable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
          .build();

  private static Vote vote() throws Exception {
    return JSON.read(recordFixture("vote"), Vote.class);
  }

  @Test
  void readsRecordsStrictlyThroughAMapperThatIgnoresUnknownProperties() {
    String withUnknown = recordFixture("vote").replaceFirst("\\{", "{\"colour\":\"blue\",");

    assertThat(pathsAndRules(() -> LOOSE.readValue(withUnknown, Vote.class))).containsExactly("$.colour unknown-property");
    assertThat(pathsAndRules(() -> LOOSE.readValue(fixture("invalid/quoted-integer.json"), ChanceryRecord.class)))
        .isEqualTo(pathsAndRules(() -> JSON.read(fixture("invalid/quoted-integer.json"))));
  }

  @Test
  void aLenientReaderStillIgnoresAndReportsUnknownProperties() throws Exception {
    List<String> ignored = new java.util.ArrayList<>();
    String withUnknown = recordFixture("vote").replaceFirst("\\{", "{\"colour\":\"blue\",");

    Vote vote = ChanceryJson.lenient(p -> ignored.add(p.path())).mapper().readValue(withUnknown, Vote.class);

    assertThat(vote).isEqualTo(vote());
    assertThat(ignored).containsExactly("$.colour");
  }

  @Test
  void aMapperWithoutTheModuleRefusesToWriteRecordsValuesDossiersAndReportsNamingTheModule() throws Exception {
    ObjectMapper plain = new ObjectMapper();
    Vote vote = vote();
    List<Object> values =
        List.of(vote, PartialDate.parse("2020-11-25"), VoteOption.YES, Count.of(VoteOption.YES, 305), Dossier.of(List.of(vote)),
            Dossier.of(List.of(vote)).check());

    for (Object value : values) {
      Throwable thrown = catchThrowable(() -> plain.writeValueAsString(value));
      assertThat(thrown).as(value.getClass().getSimpleName()).isInstanceOf(JsonMappingException.class);
      assertThat(thrown.getMessage()).contains("io.github.chancery.json.ChanceryModule").contains("findAndRegisterModules()");
    }
  }

  @Test
  void writesADossierInFullAndReadsItBack() throws Exception {
    Dossier dossier = JSON.readDossier(new ByteArrayInputStream(fixtureBytes("dossiers/records.dossier.json")));

    String json = LOOSE.writeValueAsString(dossier);

    assertThat(json).startsWith("{\"format\":\"chancery-dossier\",\"version\":1,\"records\":[");
    assertThat(LOOSE.readValue(json, Dossier.class).records()).isEqualTo(dossier.records());
  }

  @Test
  void refusesADossierWithBadRecordsWithThePathsOfTheDossierReader() {
    byte[] document = fixtureBytes("dossiers/bad-records.dossier.json");

    assertThat(pathsAndRules(() -> LOOSE.readValue(document, Dossier.class)))
        .isNotEmpty()
        .isEqualTo(pathsAndRules(() -> JSON.readDossier(new ByteArrayInputStream(document))));
  }

  @Test
  void writesAConsistencyReportInFullAsWriteReportDoesAndReadsItBack() throws Exception {
    ConsistencyReport report = Dossier.of(List.of(vote())).check();
    assertThat(report.findings()).as("a vote without its motion has findings").isNotEmpty();

    String json = LOOSE.writeValueAsString(report);
    ConsistencyReport back = LOOSE.readValue(json, ConsistencyReport.class);

    assertThat(json).isEqualTo(JSON.writeReport(report).strip());
    assertThat(back.findings()).isEqualTo(report.findings());
    assertThat(back.errorCount()).isEqualTo(report.errorCount());
    assertThat(back.warningCount()).isEqualTo(report.warningCount());
  }

  @Test
  void writesAndReadsValueTypesAsMapKeys() throws Exception {
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
  void exceptionsKeepTheirProblemsAndViolationsThroughJavaSerialization() throws Exception {
    ChanceryJsonException failure = failure(() -> JSON.read(fixture("invalid/json-and-model-problems.json")));
    ValidationException invalid = (ValidationException) catchThrowable(() -> PartialDate.parse("2020-13-01"));

    ChanceryJsonException failureBack = serializedAndBack(failure);
    ValidationException invalidBack = serializedAndBack(invalid);

    assertThat(failureBack.problems()).isEqualTo(failure.problems());
    assertThat(failureBack.getMessage()).isEqualTo(failure.getMessage());
    assertThat(invalidBack.violations()).isNotEmpty().isEqualTo(invalid.violations());
  }

  @SuppressWarnings("unchecked")
  private static <T extends Serializable> T serializedAndBack(T value) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (T) in.readObject();
    }
  }

  @Test
  void everyProblemHasAPointerBesideItsPath() {
    ChanceryJsonException failure = failure(() -> JSON.read(fixture("invalid/negative-count.json")));

    assertThat(failure.problems()).allSatisfy(problem -> assertThat(problem.pointer())
        .isEqualTo(problem.path().substring(1).replaceAll("\\[(\\d+)\\]", ".$1").replace('.', '/')));
  }

  @Test
  @SuppressWarnings("deprecation")
  void writesTheSameBytesWhateverTheMappersNumberSettings() throws Exception {
    ObjectMapper settings =
        JsonMapper.builder()
            .findAndAddModules()
            .enable(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_NUMBERS_AS_STRINGS)
            .enable(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    assertThat(settings.writeValueAsString(vote())).isEqualTo(recordFixture("vote"));
    assertThat(settings.readValue(settings.writeValueAsString(vote()), Vote.class)).isEqualTo(vote());
  }

  @Test
  void wrapsARootValueInItsWireNameNeverAClassName() throws Exception {
    ObjectMapper wrapping =
        JsonMapper.builder()
            .findAndAddModules()
            .enable(com.fasterxml.jackson.databind.SerializationFeature.WRAP_ROOT_VALUE)
            .enable(DeserializationFeature.UNWRAP_ROOT_VALUE)
            .build();

    String json = wrapping.writeValueAsString(vote());

    assertThat(json).isEqualTo("{\"vote\":" + recordFixture("vote") + "}");
    assertThat(wrapping.readValue(json, Vote.class)).isEqualTo(vote());
  }

  @Test
  void keepsTheWireFormatInsideDefaultTypingsTypeIds() throws Exception {
    ObjectMapper typing =
        JsonMapper.builder()
            .findAndAddModules()
            .activateDefaultTyping(
                com.fasterxml.jackson.databind.jsontype.BasicPolymorphicTypeValidator.builder()
                    .allowIfSubType("io.github.chancery.").allowIfSubType("java.util.").build(),
                ObjectMapper.DefaultTyping.NON_FINAL)
            .build();
    Map<String, Object> held = new LinkedHashMap<>();
    held.put("vote", vote());
    held.put("count", vote().counts().get(0));
    held.put("date", PartialDate.parse("2020-11"));

    String json = typing.writeValueAsString(held);

    assertThat(typing.readValue(json, new TypeReference<Map<String, Object>>() {})).isEqualTo(held);
    assertThat(json).contains("\"io.github.chancery.core.vote.Vote\"").doesNotContain("Immutable");
  }

  @Test
  void refusesTwoMapKeysThatAreOneValue() {
    assertThat(pathsAndRules(() -> LOOSE.readValue("{\"FR\":1,\"fr\":2}", new TypeReference<Map<io.github.chancery.core.code.CountryCode, Integer>>() {})))
        .containsExactly("$.fr duplicate-key");
    assertThat(pathsAndRules(() -> LOOSE.readValue("{\"2020-01-01T00:00:00Z\":1,\"2020-01-01T00:00Z\":2}", new TypeReference<Map<PartialDate, Integer>>() {})))
        .containsExactly("$['2020-01-01T00:00Z'] duplicate-key");
  }

  @Test
  void aReportAndARecordSurviveATreeAndAConversion() throws Exception {
    ConsistencyReport report = Dossier.of(List.of(vote())).check();

    assertThat(LOOSE.treeToValue(LOOSE.valueToTree(report), ConsistencyReport.class).findings()).isEqualTo(report.findings());
    assertThat(LOOSE.convertValue(report, ConsistencyReport.class).errorCount()).isEqualTo(report.errorCount());
    assertThat(LOOSE.convertValue(vote(), Vote.class)).isEqualTo(vote());
  }

  @Test
  void namesAPropertyOfDigitsAsAPropertyAndANestedReportAtItsPlace() {
    assertThat(pathsAndRules(() -> LOOSE.readValue("{\"12\":{\"type\":\"vote\",\"id\":\"v\"}}", new TypeReference<Map<String, Vote>>() {})))
        .containsExactly("$['12'].motion_id required");
    assertThat(pathsAndRules(() -> LOOSE.readValue("{\"r\":5}", new TypeReference<Map<String, ConsistencyReport>>() {})))
        .containsExactly("$.r wrong-type");
  }

  @Test
  void aLanguageKeyWithAQuoteHasOnePointerSegment() {
    String state = recordFixture("state").replaceFirst("\"en\":", "\"a'b\":");

    ChanceryJsonException failure = failure(() -> JSON.read(state));

    assertThat(failure.problems()).singleElement().satisfies(problem -> {
      assertThat(problem.path()).isEqualTo("$.name['a\\'b']");
      assertThat(problem.pointer()).isEqualTo("/name/a'b");
    });
  }
}
