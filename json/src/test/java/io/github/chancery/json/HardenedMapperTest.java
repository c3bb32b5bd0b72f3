package io.github.chancery.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.vote.Vote;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The mapper and reader {@link ChanceryJson} hands out say what is wrong in Chancery's words
 * (a {@link ChanceryJsonException} with path and rule) wherever reading fails: before the
 * record starts, inside it, and after it, and in their copies too.
 */
final class HardenedMapperTest extends JsonTestSupport {
  private final ObjectMapper mapper = JSON.mapper();
  private final ObjectReader reader = JSON.reader();

  @Test
  void anEmptyDocumentIsRefusedAsEmpty() {
    for (String empty : new String[] {"", "   ", "\n"}) {
      assertThat(failure(() -> mapper.readValue(empty, Vote.class)).problems()).singleElement().satisfies(p -> {
        assertThat(p.path()).isEqualTo("$");
        assertThat(p.rule()).isEqualTo(JsonRule.MALFORMED_JSON);
        assertThat(p.message()).contains("empty");
      });
      assertThat(pathsAndRules(() -> reader.readValue(empty))).containsExactly("$ malformed-json");
      assertThat(pathsAndRules(() -> reader.forType(Vote.class).readValue(empty.getBytes(StandardCharsets.UTF_8))))
          .containsExactly("$ malformed-json");
    }
  }

  @Test
  void textThatIsNotJsonIsRefusedWithItsLineAndColumn() {
    ChanceryJsonException failure = failure(() -> mapper.readValue("\n  x", ChanceryRecord.class));

    assertThat(failure.problems()).singleElement().satisfies(p -> {
      assertThat(p.rule()).isEqualTo(JsonRule.MALFORMED_JSON);
      assertThat(p.message()).contains("line 2");
    });
    assertThat(pathsAndRules(() -> reader.readValue(new ByteArrayInputStream(new byte[] {']'}))))
        .containsExactly("$ malformed-json");
  }

  @Test
  void malformedJsonInsideARecordIsRefusedWithItsPath() {
    assertThat(pathsAndRules(() -> mapper.readValue("{\"type\":\"vote\",\"id\":\"v\",\"counts\":[{\"value\":}]}", Vote.class)))
        .singleElement()
        .satisfies(p -> assertThat(p).startsWith("$.counts[0].value").endsWith("malformed-json"));
    assertThat(pathsAndRules(() -> reader.readValue("{\"type\":\"vote\",\"id\":")))
        .containsExactly("$.id malformed-json");
  }

  @Test
  void textThatIsNotJsonAfterARecordIsRefused() {
    String vote = recordFixture("vote");

    assertThat(pathsAndRules(() -> reader.readValue(vote + " x"))).containsExactly("$ malformed-json");
    assertThat(pathsAndRules(() -> mapper.readValue(vote + " {}", Vote.class))).containsExactly("$ trailing-tokens");
  }

  @Test
  void aPartReadOnItsOwnIsRefusedWithContentAfterIt() {
    assertThat(pathsAndRules(() -> mapper.readValue("\"2020-11\" 1", io.github.chancery.core.time.PartialDate.class)))
        .containsExactly("$ trailing-tokens");
    assertThat(pathsAndRules(() -> mapper.readValue("\"2020-11\" x", io.github.chancery.core.time.PartialDate.class)))
        .containsExactly("$ malformed-json");
    assertThat(pathsAndRules(() -> reader.forType(io.github.chancery.core.vote.Count.class).readValue("{\"option\":\"yes\",\"value\":1} 2")))
        .containsExactly("$ trailing-tokens");
  }

  @Test
  void textThatIsNotJsonOrOverALimitAnywhereInAnApplicationsDocumentIsRefused() {
    String vote = recordFixture("vote");
    com.fasterxml.jackson.core.type.TypeReference<java.util.List<Vote>> votes = new com.fasterxml.jackson.core.type.TypeReference<>() {};

    assertThat(pathsAndRules(() -> mapper.readValue("[" + vote + ",", votes))).singleElement().asString().endsWith("malformed-json");
    assertThat(pathsAndRules(() -> mapper.readValue("[" + vote + "}", votes))).singleElement().asString().endsWith("malformed-json");
    assertThat(pathsAndRules(() -> mapper.readValue("[".repeat(40) + "]".repeat(40), Object.class)))
        .singleElement().asString().endsWith("limit-exceeded");
    assertThat(pathsAndRules(() -> mapper.readTree("{\"a\":1,\"a\":2}"))).containsExactly("$.a duplicate-key");
  }

  @Test
  void readsASequenceOfRecordsWithReadValues() throws Exception {
    String two = recordFixture("vote") + "\n" + recordFixture("state");

    try (com.fasterxml.jackson.databind.MappingIterator<ChanceryRecord> records = reader.readValues(two)) {
      assertThat(records.readAll()).extracting(ChanceryRecord::id).containsExactly("vote-un-ga-1", "state-xk");
    }
  }

  @Test
  void copiesOfTheMapperAndReaderStayHardened() {
    ObjectMapper copy = mapper.copy();
    ObjectReader changed = reader.forType(Vote.class).withAttribute("purpose", "test");

    assertThat(pathsAndRules(() -> copy.readValue("", Vote.class))).containsExactly("$ malformed-json");
    assertThat(pathsAndRules(() -> changed.readValue("x"))).containsExactly("$ malformed-json");
    assertThat(pathsAndRules(() -> ((com.fasterxml.jackson.databind.json.JsonMapper) mapper).rebuild().build().readValue("", Vote.class))).containsExactly("$ malformed-json");
  }

  @Test
  void aDocumentOverTheSizeLimitIsRefusedNamingTheLimit() {
    ObjectMapper small = ChanceryJson.strict(ReadLimits.defaults().withMaxDocumentLength(40)).mapper();

    assertThat(failure(() -> small.readValue(recordFixture("vote"), Vote.class)).problems())
        .singleElement()
        .satisfies(p -> {
          assertThat(p.rule()).isEqualTo(JsonRule.LIMIT_EXCEEDED);
          assertThat(p.message()).contains("maxDocumentLength");
        });
    byte[] bytes = recordFixture("vote").getBytes(StandardCharsets.UTF_8);
    assertThat(pathsAndRules(() -> small.readValue(bytes, Vote.class))).singleElement().asString().endsWith("limit-exceeded");
    assertThat(pathsAndRules(() -> small.readerFor(Vote.class).readValue(recordFixture("vote"))))
        .singleElement().asString().endsWith("limit-exceeded");
    assertThat(pathsAndRules(() -> small.readerFor(Vote.class).readValue(new ByteArrayInputStream(bytes))))
        .singleElement().asString().endsWith("limit-exceeded");
  }
}
