package io.github.chancery.core.record;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chancery.core.vote.Ballot;
import io.github.chancery.core.vote.Vote;
import io.github.chancery.core.vote.VoteOption;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A property's value as writers read it, {@link Property#getOrNull}: an optional property's
 * value or null, the same as its {@code Optional}, whether its class holds nulls (a ballot) or is
 * generated (a vote).
 */
final class PropertyGetOrNullTest {
  private static final Ballot PAIRED =
      Ballot.of(Reference.to("person-a"), VoteOption.PAIRED)
          .withPair(Reference.to("person-b"))
          .withRole("teller")
          .withWeight(new BigDecimal("0.5"));
  private static final Ballot BY_NAME = Ballot.byName("Smith, J.", VoteOption.YES);

  @Test
  void givesEachPropertyOfABallotAsItsOptionalHoldsIt() {
    for (Ballot ballot : List.of(PAIRED, BY_NAME)) {
      for (Property<Ballot, ?> property : Ballot.shape().properties()) {
        Object held = property.get(ballot);
        Object expected = held instanceof Optional ? ((Optional<?>) held).orElse(null) : held;
        assertThat(property.getOrNull(ballot)).as("%s of %s", property.name(), ballot).isEqualTo(expected);
      }
    }
    assertThat(Ballot.PAIR.getOrNull(PAIRED)).isEqualTo(Reference.to("person-b"));
    assertThat(Ballot.VOTER.getOrNull(BY_NAME)).isNull();
    assertThat(Ballot.VOTER.get(BY_NAME)).isEqualTo(Optional.empty());
  }

  @Test
  void givesEachPropertyOfAGeneratedRecordAsItsOptionalHoldsIt() {
    Vote vote = Vote.builder().id("vote-1").motion(Reference.to("motion-1")).addBallot(PAIRED).build();

    for (Property<Vote, ?> property : Vote.shape().properties()) {
      Object held = property.get(vote);
      Object expected = held instanceof Optional ? ((Optional<?>) held).orElse(null) : held;
      assertThat(property.getOrNull(vote)).as(property.name()).isEqualTo(expected);
    }
    assertThat(Vote.BALLOTS.getOrNull(vote)).isEqualTo(List.of(PAIRED));
  }
}
