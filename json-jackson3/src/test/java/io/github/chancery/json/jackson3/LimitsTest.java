package io.github.chancery.json.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.json.limits.ReadLimits;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Jackson 3 applies Chancery's read limits and names them as the Jackson 2 artifact does. */
final class LimitsTest extends Jackson3TestSupport {
  private static final io.github.chancery.json.ChanceryJson JACKSON2 = io.github.chancery.json.ChanceryJson.strict();

  private static String problemsOfJackson2(String document) {
    Throwable thrown = catchThrowable(() -> JACKSON2.read(document));
    assertThat(thrown).isInstanceOf(io.github.chancery.json.ChanceryJsonException.class);
    return thrown.getMessage();
  }

  @Test
  void refusesADepthBombWithTheNestingLimitAsJackson2Does() {
    String bomb = "{\"type\":\"vote\",\"id\":\"v\",\"motion_id\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";

    ChanceryJsonException failure = failure(() -> JSON.read(bomb, ChanceryRecord.class));

    assertThat(failure.problems()).singleElement().satisfies(problem -> {
      assertThat(problem.code().code()).isEqualTo("limit-exceeded");
      assertThat(problem.message()).contains("maxNestingDepth");
    });
    assertThat(failure.getMessage()).isEqualTo(problemsOfJackson2(bomb));
  }

  @Test
  void refusesAStringOverItsLimitNamingTheLimit() {
    ChanceryJson small = ChanceryJson.strict(ReadLimits.defaults().withMaxStringLength(1000));
    String document = fixture("records/vote.json").replaceFirst("\"id\":\"[^\"]*\"", "\"id\":\"" + "x".repeat(5000) + "\"");

    ChanceryJsonException failure = failure(() -> small.read(document, ChanceryRecord.class));

    assertThat(failure.problems()).singleElement().satisfies(problem -> {
      assertThat(problem.code().code()).isEqualTo("limit-exceeded");
      assertThat(problem.message()).contains("maxStringLength");
      assertThat(problem.path()).isEqualTo("$.id");
    });
  }

  @Test
  void refusesANumberOfTenThousandDigitsNamingTheLimit() {
    String document = fixture("records/vote.json").replaceFirst("\"value\":\\d+", "\"value\":" + "9".repeat(10_000));

    ChanceryJsonException failure = failure(() -> JSON.read(document, ChanceryRecord.class));

    assertThat(failure.problems()).singleElement().satisfies(problem -> {
      assertThat(problem.code().code()).isEqualTo("limit-exceeded");
      assertThat(problem.message()).contains("maxNumberLength");
    });
  }

  @Test
  void refusesEmptyMalformedTruncatedAndTrailingDocumentsInChancerysWords() {
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
