package io.github.chancery.json.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chancery.core.vote.Vote;
import io.github.chancery.json.format.AbstractChanceryJson;
import io.github.chancery.json.problem.JsonProblem;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class LenientReadingTest extends SuiteSupport {
  private static final String FROM_A_LATER_VERSION =
      "{\"type\":\"vote\",\"id\":\"vote-1\",\"motion_id\":\"m\",\"result\":\"adopted\",\"quorum\":200,"
          + "\"counts\":[{\"option\":\"yes\",\"value\":3,\"verified\":true}]}";

  @Test
  void ignoresUnknownPropertiesAndSaysWhichItIgnored() throws Exception {
    List<JsonProblem> ignored = new ArrayList<>();

    Vote vote = LINE.lenient(ignored::add).read(FROM_A_LATER_VERSION, Vote.class);

    assertThat(vote.count(io.github.chancery.core.vote.VoteOption.YES)).hasValue(3);
    assertThat(ignored).extracting(JsonProblem::path).containsExactly("$.quorum", "$.counts[0].verified");
    assertThat(ignored).allSatisfy(p -> assertThat(p.recordId()).hasValue("vote-1"));
  }

  @Test
  void staysStrictAboutEverythingElse() {
    AbstractChanceryJson<?> lenient = LINE.lenient(problem -> {});

    assertThat(pathsAndRules(() -> lenient.read(fixture("invalid/quoted-integer.json"))))
        .containsExactly("$.counts[0].value wrong-type");
    assertThat(pathsAndRules(() -> lenient.read(fixture("invalid/duplicate-key.json"))))
        .containsExactly("$.id duplicate-key");
  }

  @Test
  void theStrictReaderRefusesWhatTheLenientOneIgnores() {
    assertThat(pathsAndRules(() -> JSON.read(FROM_A_LATER_VERSION)))
        .containsExactly("$.quorum unknown-property", "$.counts[0].verified unknown-property");
  }
}
