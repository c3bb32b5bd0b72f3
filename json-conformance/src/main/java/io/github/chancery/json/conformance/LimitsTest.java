package io.github.chancery.json.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.chancery.json.format.AbstractChanceryJson;
import io.github.chancery.json.format.RecordReader;
import io.github.chancery.json.limits.ReadLimits;
import io.github.chancery.json.problem.InvalidJson;
import io.github.chancery.json.problem.JsonProblem;
import io.github.chancery.json.problem.JsonRule;
import io.github.chancery.core.record.ChanceryRecord;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

final class LimitsTest extends SuiteSupport {
  private static String voteWithIdentifier(String identifier) {
    return "{\"type\":\"vote\",\"id\":\"vote-1\",\"motion_id\":\"m\",\"result\":\"adopted\",\"identifier\":\""
        + identifier + "\"}";
  }

  @Test
  void refusesAStringLongerThanTheLimit() throws Exception {
    AbstractChanceryJson<?> json = LINE.strict(ReadLimits.defaults().withMaxStringLength(100));

    assertThat(json.read(voteWithIdentifier("x".repeat(100))).id()).isEqualTo("vote-1");
    InvalidJson failure = failure(() -> json.read(voteWithIdentifier("x".repeat(101))));
    assertThat(failure.problems()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(JsonRule.LIMIT_EXCEEDED);
      assertThat(p.message()).contains("100").contains("maxStringLength");
    });
  }

  @Test
  void holdsEveryLimitOfAValueOnEachLineOfAStreamAndReadsTheLinesAfter() throws Exception {
    // The lines of a stream are fed to one parser: each limit holds on every line as on a line
    // read alone, and a line over one spoils only itself.
    String good = voteWithIdentifier("ok");
    Map<ReadLimits, String> overLimits = Map.of(
        ReadLimits.defaults().withMaxStringLength(100), voteWithIdentifier("x".repeat(101)),
        ReadLimits.defaults().withMaxNestingDepth(4),
        "{\"type\":\"vote\",\"id\":\"v\",\"motion_id\":\"m\",\"result\":\"adopted\",\"x\":[[[[[1]]]]]}",
        ReadLimits.defaults().withMaxNumberLength(20),
        "{\"type\":\"vote\",\"id\":\"v\",\"motion_id\":\"m\",\"result\":\"adopted\",\"counts\":[{\"option\":\"yes\",\"value\":1" + "0".repeat(30) + "}]}",
        ReadLimits.defaults().withMaxNameLength(40),
        "{\"type\":\"vote\",\"id\":\"v\",\"motion_id\":\"m\",\"result\":\"adopted\",\"" + "n".repeat(41) + "\":1}");
    for (Map.Entry<ReadLimits, String> over : overLimits.entrySet()) {
      AbstractChanceryJson<?> json = LINE.strict(over.getKey());
      List<InvalidJson> skipped = new ArrayList<>();
      String stream = good + "\n" + good + "\n" + over.getValue() + "\n" + good + "\n";

      List<String> ids = new ArrayList<>();
      try (RecordReader records = json.readNdjson(new ByteArrayInputStream(stream.getBytes(StandardCharsets.UTF_8)), skipped::add)) {
        for (ChanceryRecord record = records.next(); record != null; record = records.next()) {
          ids.add(record.id());
        }
      }

      assertThat(ids).as(over.getValue()).hasSize(3);
      InvalidJson alone = failure(() -> json.read(over.getValue()));
      assertThat(alone.problems()).extracting(JsonProblem::code).containsExactly(JsonRule.LIMIT_EXCEEDED);
      assertThat(skipped).as(over.getValue()).singleElement().satisfies(e -> {
        assertThat(e.line()).hasValue(3);
        assertThat(e.problems()).extracting(JsonProblem::code, JsonProblem::message)
            .containsExactly(org.assertj.core.groups.Tuple.tuple(JsonRule.LIMIT_EXCEEDED, alone.problems().get(0).message()));
      });
    }
  }

  @Test
  void readsHundredsOfPropertyNamesWhoseHashesCollideAsAnyOthersAndGoesOnReading() throws Exception {
    // "Ab" and "BA" have the same Java string hash: names made of them flood a table of names
    // hashed so. Such names are no limit of Chancery's: they are unknown properties like any
    // others, read the same from text and from bytes, and leave the next reads sound.
    StringBuilder flood = new StringBuilder("{\"type\":\"vote\",\"id\":\"v\",\"motion_id\":\"m\",\"result\":\"adopted\"");
    for (int n = 0; n < 400; n++) {
      StringBuilder name = new StringBuilder();
      for (int bit = 9; bit >= 0; bit--) {
        name.append((n >> bit & 1) == 0 ? "Ab" : "BA");
      }
      flood.append(",\"").append(name).append("\":1");
    }
    String text = flood.append('}').toString();
    String good = voteWithIdentifier("ok");

    for (int read = 0; read < 5; read++) {
      InvalidJson fromText = failure(() -> JSON.read(text));
      InvalidJson fromBytes = failure(() -> JSON.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), ChanceryRecord.class));
      assertThat(fromText.problems()).isNotEmpty().extracting(JsonProblem::code).containsOnly(JsonRule.UNKNOWN_PROPERTY);
      assertThat(fromText.problems()).isEqualTo(fromBytes.problems());
      List<JsonProblem> ignored = new ArrayList<>();
      assertThat(LINE.lenient(ignored::add).read(text).id()).isEqualTo("v");
      assertThat(ignored).hasSize(400);
      List<InvalidJson> skipped = new ArrayList<>();
      try (RecordReader records = JSON.readNdjson(new ByteArrayInputStream((text + "\n" + good + "\n").getBytes(StandardCharsets.UTF_8)), skipped::add)) {
        assertThat(records.next().id()).isEqualTo("vote-1");
        assertThat(records.next()).isNull();
      }
      assertThat(skipped).singleElement().satisfies(e -> assertThat(e.problems()).isEqualTo(fromText.problems()));
      assertThat(JSON.read(good).id()).isEqualTo("vote-1");
    }
  }

  @Test
  void refusesNestingDeeperThanTheLimit() {
    AbstractChanceryJson<?> json = LINE.strict(ReadLimits.defaults().withMaxNestingDepth(4));
    String deep = "{\"type\":\"vote\",\"id\":\"v\",\"motion_id\":\"m\",\"result\":\"adopted\",\"x\":[[[[[1]]]]]}";

    assertThat(failure(() -> json.read(deep)).problems()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(JsonRule.LIMIT_EXCEEDED);
      assertThat(p.message()).contains("maxNestingDepth");
    });
  }

  @Test
  void refusesANumberLongerThanTheLimit() {
    String huge = "{\"type\":\"vote\",\"id\":\"v\",\"motion_id\":\"m\",\"result\":\"adopted\",\"counts\":"
        + "[{\"option\":\"yes\",\"value\":1" + "0".repeat(200) + "}]}";

    assertThat(failure(() -> JSON.read(huge)).problems()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(JsonRule.LIMIT_EXCEEDED);
      assertThat(p.message()).contains("maxNumberLength");
    });
  }

  @Test
  void refusesADocumentLongerThanTheLimit() {
    AbstractChanceryJson<?> json = LINE.strict(ReadLimits.defaults().withMaxDocumentLength(50));

    assertThat(failure(() -> json.read(recordFixture("vote"))).problems()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(JsonRule.LIMIT_EXCEEDED);
      assertThat(p.message()).contains("maxDocumentLength");
    });
  }

  @Test
  void refusesAStreamRecordLongerThanTheLimitAndGoesOnWhenSkipping() throws Exception {
    AbstractChanceryJson<?> json = LINE.strict(ReadLimits.defaults().withMaxRecordLength(300));
    String stream = recordFixture("state") + "\n" + recordFixture("treaty") + "\n" + recordFixture("organization") + "\n";
    java.util.List<InvalidJson> skipped = new java.util.ArrayList<>();

    RecordReader reader =
        json.readNdjson(new ByteArrayInputStream(stream.getBytes(StandardCharsets.UTF_8)), skipped::add);

    assertThat(reader.next().id()).isEqualTo("state-xk");
    assertThat(reader.next().id()).isEqualTo("org-az-mfa");
    assertThat(reader.next()).isNull();
    assertThat(skipped).singleElement().satisfies(e -> {
      assertThat(e.line()).hasValue(2);
      assertThat(e.problems()).extracting(JsonProblem::code).containsExactly(JsonRule.LIMIT_EXCEEDED);
    });
  }

  @Test
  void refusesLimitsThatAreNotPositive() {
    assertThatThrownBy(() -> ReadLimits.defaults().withMaxStringLength(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxStringLength");
  }

  // --- from the Jackson 3 artifact's own LimitsTest, now run through both lines ---

  @Test
  void refusesADepthBombWithTheNestingLimit() {
    String bomb = "{\"type\":\"vote\",\"id\":\"v\",\"motion_id\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";

    InvalidJson failure = failure(() -> JSON.read(bomb, ChanceryRecord.class));

    assertThat(failure.problems()).singleElement().satisfies(problem -> {
      assertThat(problem.code().code()).isEqualTo("limit-exceeded");
      assertThat(problem.message()).contains("maxNestingDepth");
    });
  }

  @Test
  void refusesAStringOverItsLimitNamingTheLimit() {
    AbstractChanceryJson<?> small = LINE.strict(ReadLimits.defaults().withMaxStringLength(1000));
    String document = fixture("records/vote.json").replaceFirst("\"id\":\"[^\"]*\"", "\"id\":\"" + "x".repeat(5000) + "\"");

    InvalidJson failure = failure(() -> small.read(document, ChanceryRecord.class));

    assertThat(failure.problems()).singleElement().satisfies(problem -> {
      assertThat(problem.code().code()).isEqualTo("limit-exceeded");
      assertThat(problem.message()).contains("maxStringLength");
      assertThat(problem.path()).isEqualTo("$.id");
    });
  }

  @Test
  void refusesANumberOfTenThousandDigitsNamingTheLimit() {
    String document = fixture("records/vote.json").replaceFirst("\"value\":\\d+", "\"value\":" + "9".repeat(10_000));

    InvalidJson failure = failure(() -> JSON.read(document, ChanceryRecord.class));

    assertThat(failure.problems()).singleElement().satisfies(problem -> {
      assertThat(problem.code().code()).isEqualTo("limit-exceeded");
      assertThat(problem.message()).contains("maxNumberLength");
    });
  }

  @Test
  void refusesEmptyMalformedTruncatedAndTrailingDocumentsInChancerysWords() throws Exception {
    String vote = fixture("records/vote.json");

    assertThat(pathsAndRules(() -> JSON.read("", ChanceryRecord.class))).containsExactly("$ malformed-json");
    assertThat(pathsAndRules(() -> JSON.read("{\"type\":", ChanceryRecord.class))).containsExactly("$.type malformed-json");
    assertThat(pathsAndRules(() -> JSON.read(vote.substring(0, vote.length() / 2), ChanceryRecord.class)))
        .singleElement().asString().endsWith(" malformed-json");
    assertThat(pathsAndRules(() -> JSON.read(vote + " {}", ChanceryRecord.class))).containsExactly("$ trailing-tokens");
    assertThat(pathsAndRules(() -> JSON.read("null", ChanceryRecord.class))).containsExactly("$ wrong-type");
    assertThat(pathsAndRules(() -> JSON.read(new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF, 1, 2}, ChanceryRecord.class)))
        .singleElement().asString().endsWith(" malformed-json");
    assertThat(JSON.read(("\uFEFF" + vote).getBytes(StandardCharsets.UTF_8), ChanceryRecord.class).id())
        .isEqualTo(JSON.read(vote, ChanceryRecord.class).id());
  }
}
