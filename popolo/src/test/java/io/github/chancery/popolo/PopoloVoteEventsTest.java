package io.github.chancery.popolo;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chancery.core.vote.Count;
import io.github.chancery.core.vote.Vote;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Vote events, their counts and votes, inside them or given apart: what one faulty count or vote
 * costs is that count or vote, warned at its own path, never the vote event.
 */
final class PopoloVoteEventsTest {
  private static PopoloImport read(String json) throws IOException {
    return Popolo.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  private static String counts(Vote vote) {
    StringBuilder text = new StringBuilder();
    for (Count count : vote.counts()) {
      text.append(text.length() == 0 ? "" : ", ").append(count.option().code()).append(' ').append(count.value())
          .append(count.group().map(g -> " " + g.id()).orElse(""));
    }
    return text.toString();
  }

  @Test
  void aSecondCountOfAnOptionInsideAVoteEventIsDroppedAloneWithItsOwnPath() throws IOException {
    PopoloImport imported =
        read("{\"vote_events\":[{\"id\":\"v\",\"motion_id\":\"m\",\"counts\":[{\"option\":\"yes\",\"value\":3},{\"option\":\"yes\",\"value\":4},"
            + "{\"option\":\"no\",\"value\":1},{\"option\":\"yes\",\"value\":2,\"group_id\":\"g\"}],"
            + "\"votes\":[{\"voter_id\":\"ann\",\"option\":\"yes\"}]}]}");

    Vote vote = imported.dossier().get("v", Vote.class).orElseThrow();
    assertThat(counts(vote)).isEqualTo("yes 3, no 1, yes 2 g");
    assertThat(vote.ballots()).extracting(b -> b.voter().orElseThrow().id()).containsExactly("ann");
    assertThat(imported.warnings()).extracting(PopoloWarning::toString)
        .containsExactly("$.vote_events[0].counts[1]: option 'yes' is already counted in this vote event; this second count (4) is not imported");
  }

  @Test
  void aSecondCountGivenApartBeforeItsVoteEventIsDroppedAloneWithItsOwnPath() throws IOException {
    PopoloImport imported =
        read("{\"counts\":[{\"vote_event_id\":\"v\",\"option\":\"yes\",\"value\":3,\"group_id\":\"g\"},"
            + "{\"vote_event_id\":\"v\",\"option\":\"yes\",\"value\":4,\"group_id\":\"g\"}],"
            + "\"votes\":[{\"vote_event_id\":\"v\",\"voter_id\":\"ann\",\"option\":\"yes\"}],"
            + "\"vote_events\":[{\"id\":\"v\",\"motion_id\":\"m\"}]}");

    Vote vote = imported.dossier().get("v", Vote.class).orElseThrow();
    assertThat(counts(vote)).isEqualTo("yes 3 g");
    assertThat(vote.ballots()).hasSize(1);
    assertThat(imported.warnings()).extracting(PopoloWarning::toString)
        .containsExactly("$.counts[1]: option 'yes' of group 'g' is already counted in this vote event; this second count (4) is not imported");
  }

  @Test
  void aCountGivenApartAfterItsVoteEventThatRepeatsOneOfItsCountsIsDroppedAloneWithItsOwnPath() throws IOException {
    // The vote event is read first, and completed with what is given apart once the file is read.
    PopoloImport imported =
        read("{\"vote_events\":[{\"id\":\"v\",\"motion_id\":\"m\",\"counts\":[{\"option\":\"yes\",\"value\":3}],"
            + "\"votes\":[{\"voter_id\":\"ann\",\"option\":\"yes\"}]}],"
            + "\"counts\":[{\"vote_event_id\":\"v\",\"option\":\"yes\",\"value\":4},{\"vote_event_id\":\"v\",\"option\":\"no\",\"value\":1}],"
            + "\"votes\":[{\"vote_event_id\":\"v\",\"voter_id\":\"bob\",\"option\":\"no\"}]}");

    Vote vote = imported.dossier().get("v", Vote.class).orElseThrow();
    assertThat(counts(vote)).isEqualTo("yes 3, no 1");
    assertThat(vote.ballots()).extracting(b -> b.voter().orElseThrow().id()).containsExactly("ann", "bob");
    assertThat(imported.warnings()).extracting(PopoloWarning::toString)
        .containsExactly("$.counts[0]: option 'yes' is already counted in this vote event; this second count (4) is not imported");
  }

  @Test
  void aVoteOrCountInsideOneVoteEventThatNamesAnotherIsWarnedAndKeptInTheOneItIsIn() throws IOException {
    PopoloImport imported =
        read("{\"vote_events\":[{\"id\":\"v\",\"motion_id\":\"m\",\"votes\":[{\"vote_event_id\":\"w\",\"voter_id\":\"ann\",\"option\":\"yes\"},"
            + "{\"vote_event_id\":\"v\",\"voter_id\":\"bob\",\"option\":\"no\"},{\"vote_event\":{\"id\":\"x\"},\"voter_id\":\"cyd\",\"option\":\"no\"}],"
            + "\"counts\":[{\"vote_event_id\":\"w\",\"option\":\"yes\",\"value\":1}]}]}");

    Vote vote = imported.dossier().get("v", Vote.class).orElseThrow();
    assertThat(vote.ballots()).extracting(b -> b.voter().orElseThrow().id()).containsExactly("ann", "bob", "cyd");
    assertThat(counts(vote)).isEqualTo("yes 1");
    assertThat(imported.warnings()).extracting(PopoloWarning::toString)
        .containsExactly(
            "$.vote_events[0].counts[0].vote_event_id: names vote event 'w', but the count is given inside vote event 'v': it is read as a count of 'v'",
            "$.vote_events[0].votes[0].vote_event_id: names vote event 'w', but the vote is given inside vote event 'v': it is read as a vote of 'v'",
            "$.vote_events[0].votes[2].vote_event.id: names vote event 'x', but the vote is given inside vote event 'v': it is read as a vote of 'v'");
  }

  @Test
  void aVotesOrCountsPartyIsItsGroupUnlessItAlsoGivesAnotherGroup() throws IOException {
    PopoloImport imported =
        read("{\"vote_events\":[{\"id\":\"v\",\"motion_id\":\"m\",\"votes\":[{\"voter_id\":\"ann\",\"option\":\"yes\",\"party_id\":\"reds\"},"
            + "{\"voter_id\":\"bob\",\"option\":\"no\",\"party\":{\"id\":\"blues\",\"name\":\"Blue Party\",\"classification\":\"party\"}},"
            + "{\"voter_id\":\"cyd\",\"option\":\"no\",\"group_id\":\"caucus\",\"party_id\":\"blues\"}],"
            + "\"counts\":[{\"option\":\"yes\",\"value\":1,\"party_id\":\"reds\"},{\"option\":\"no\",\"value\":1,\"party\":{\"id\":\"blues\"}}]}]}");

    Vote vote = imported.dossier().get("v", Vote.class).orElseThrow();
    assertThat(vote.ballots()).extracting(b -> b.voter().orElseThrow().id() + " " + b.group().map(g -> g.id()).orElse("-"))
        .containsExactly("ann reds", "bob blues", "cyd caucus");
    assertThat(counts(vote)).isEqualTo("yes 1 reds, no 1 blues");
    assertThat(imported.dossier().get("blues", io.github.chancery.core.actor.Organization.class).orElseThrow().kind().orElseThrow().code())
        .isEqualTo("party");
    assertThat(imported.warnings()).extracting(PopoloWarning::toString)
        .containsExactly("$.vote_events[0].votes[2].party_id: the party 'blues' is not kept: the group 'caucus' is, and there is room for one");
  }
}
