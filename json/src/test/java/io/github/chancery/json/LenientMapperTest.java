package io.github.chancery.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chancery.core.vote.Count;
import io.github.chancery.core.vote.Vote;
import io.github.chancery.json.problem.JsonProblem;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The lenient ChanceryJson's Jackson 2 mapper ignores unknown properties and says so, as its
 * {@code read} does (which the conformance suite checks through both lines).
 */
final class LenientMapperTest {
  private static final String FROM_A_LATER_VERSION =
      "{\"type\":\"vote\",\"id\":\"vote-1\",\"motion_id\":\"m\",\"result\":\"adopted\",\"quorum\":200,"
          + "\"counts\":[{\"option\":\"yes\",\"value\":3,\"verified\":true}]}";

  @Test
  void ignoresUnknownPropertiesThroughItsMapperTooAndSaysSo() throws Exception {
    List<JsonProblem> ignored = new ArrayList<>();

    Vote vote = ChanceryJson.lenient(ignored::add).mapper().readValue(FROM_A_LATER_VERSION, Vote.class);

    assertThat(vote.id()).isEqualTo("vote-1");
    assertThat(ignored).extracting(JsonProblem::path).containsExactly("$.quorum", "$.counts[0].verified");
  }

  @Test
  void ignoresUnknownPropertiesOfAPartReadOnItsOwnAndSaysSo() throws Exception {
    List<JsonProblem> ignored = new ArrayList<>();

    Count count =
        ChanceryJson.lenient(ignored::add)
            .mapper()
            .readValue("{\"option\":\"yes\",\"value\":3,\"verified\":true}", Count.class);

    assertThat(count.value()).isEqualTo(3);
    assertThat(ignored).extracting(JsonProblem::path).containsExactly("$.verified");
  }
}
