package io.github.chancery.json;

import io.github.chancery.json.format.RecordReader;
import io.github.chancery.json.limits.ReadLimits;
import io.github.chancery.json.problem.JsonRule;
import io.github.chancery.json.problem.JsonProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

final class LimitsTest extends JsonTestSupport {
  private static String voteWithIdentifier(String identifier) {
    return "{\"type\":\"vote\",\"id\":\"vote-1\",\"motion_id\":\"m\",\"result\":\"adopted\",\"identifier\":\""
        + identifier + "\"}";
  }

  @Test
  void refusesAStringLongerThanTheLimit() throws Exception {
    ChanceryJson json = ChanceryJson.strict(ReadLimits.defaults().withMaxStringLength(100));

    assertThat(json.read(voteWithIdentifier("x".repeat(100))).id()).isEqualTo("vote-1");
    ChanceryJsonException failure = failure(() -> json.read(voteWithIdentifier("x".repeat(101))));
    assertThat(failure.problems()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(JsonRule.LIMIT_EXCEEDED);
      assertThat(p.message()).contains("100").contains("maxStringLength");
    });
  }

  @Test
  void refusesNestingDeeperThanTheLimit() {
    ChanceryJson json = ChanceryJson.strict(ReadLimits.defaults().withMaxNestingDepth(4));
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
    ChanceryJson json = ChanceryJson.strict(ReadLimits.defaults().withMaxDocumentLength(50));

    assertThat(failure(() -> json.read(recordFixture("vote"))).problems()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(JsonRule.LIMIT_EXCEEDED);
      assertThat(p.message()).contains("maxDocumentLength");
    });
  }

  @Test
  void refusesAStreamRecordLongerThanTheLimitAndGoesOnWhenSkipping() throws Exception {
    ChanceryJson json = ChanceryJson.strict(ReadLimits.defaults().withMaxRecordLength(300));
    String stream = recordFixture("state") + "\n" + recordFixture("treaty") + "\n" + recordFixture("organization") + "\n";
    java.util.List<ChanceryJsonException> skipped = new java.util.ArrayList<>();

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
}
