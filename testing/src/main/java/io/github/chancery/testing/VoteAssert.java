package io.github.chancery.testing;

import io.github.chancery.core.vote.Ballot;
import io.github.chancery.core.vote.Vote;
import io.github.chancery.core.vote.VoteOption;
import io.github.chancery.core.vote.VoteResult;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * AssertJ assertions on a {@link Vote}, in the words of the domain: its result, counts and
 * ballots, besides those of every record. Not thread-safe.
 */
public final class VoteAssert extends RecordAssert<VoteAssert, Vote> {
  VoteAssert(Vote actual) {
    super(actual, VoteAssert.class);
  }

  /**
   * Verifies that the declared result is adopted.
   *
   * @return this assertion
   */
  public VoteAssert isAdopted() {
    return hasResult(VoteResult.ADOPTED);
  }

  /**
   * Verifies that the declared result is rejected.
   *
   * @return this assertion
   */
  public VoteAssert isRejected() {
    return hasResult(VoteResult.REJECTED);
  }

  /**
   * Verifies the declared result.
   *
   * @param expected the result
   * @return this assertion
   */
  public VoteAssert hasResult(VoteResult expected) {
    requireExpected(expected, "result");
    isNotNull();
    if (!actual.result().equals(Optional.of(expected))) {
      String was = actual.result().map(Object::toString).orElse("declared no result");
      failWithActualExpectedAndMessage(was, expected.toString(), "Expected vote <%s> to be <%s> but it was <%s>", actual.id(), expected, was);
    }
    return this;
  }

  /**
   * Verifies the whole-vote count of an option.
   *
   * @param option the option, such as {@code YES}
   * @param expected the count
   * @return this assertion
   */
  public VoteAssert hasCount(VoteOption option, int expected) {
    requireExpected(option, "option");
    isNotNull();
    OptionalInt count = actual.count(option);
    if (count.isEmpty()) {
      failWithMessage("Expected vote <%s> to count <%s> as %d but it has no count for it", actual.id(), option, expected);
    } else if (count.getAsInt() != expected) {
      failWithActualExpectedAndMessage(count.getAsInt(), expected, "Expected vote <%s> to count <%s> as %d but it counts %d", actual.id(), option,
          expected, count.getAsInt());
    }
    return this;
  }

  /**
   * Verifies that no count was reported, as when a source gives only the result.
   *
   * @return this assertion
   */
  public VoteAssert hasNoCounts() {
    isNotNull();
    if (!actual.counts().isEmpty()) {
      failWithMessage("Expected vote <%s> to have no counts but it has %s", actual.id(), actual.counts());
    }
    return this;
  }

  /**
   * Verifies how many ballots are recorded.
   *
   * @param expected the number of ballots
   * @return this assertion
   */
  public VoteAssert hasBallots(int expected) {
    isNotNull();
    if (actual.ballots().size() != expected) {
      failWithActualExpectedAndMessage(actual.ballots().size(), expected, "Expected vote <%s> to record %d ballots but it records %d", actual.id(),
          expected, actual.ballots().size());
    }
    return this;
  }

  /**
   * Verifies how a voter voted.
   *
   * @param voterId the voter's id
   * @param expected the option of the voter's ballot
   * @return this assertion
   */
  public VoteAssert recordsBallot(String voterId, VoteOption expected) {
    requireExpected(voterId, "voterId");
    requireExpected(expected, "option");
    isNotNull();
    Optional<Ballot> ballot = actual.ballots().stream().filter(b -> b.voter().map(v -> v.id().equals(voterId)).orElse(false)).findFirst();
    if (ballot.isEmpty()) {
      failWithMessage("Expected vote <%s> to record a ballot of <%s> but it records none", actual.id(), voterId);
    } else if (!ballot.get().option().equals(expected)) {
      failWithActualExpectedAndMessage(ballot.get().option(), expected, "Expected <%s> to vote <%s> in vote <%s> but the ballot says <%s>", voterId,
          expected, actual.id(), ballot.get().option());
    }
    return this;
  }
}
