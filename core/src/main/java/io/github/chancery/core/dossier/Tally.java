package io.github.chancery.core.dossier;

import io.github.chancery.core.vote.Ballot;
import io.github.chancery.core.vote.Vote;
import io.github.chancery.core.vote.VoteOption;
import java.util.OptionalInt;

/**
 * The figures of a vote that its rule is applied to: the whole-vote counts when the vote has
 * counts, else the ballots of each option they list in full, counted one by one (tellers left
 * out, as from division totals). Roll-call datasets and Popolo exports often give ballots and no
 * counts; their result is then checked against this tally, and the report says so. Immutable.
 */
final class Tally {
  private static final OptionalInt NONE = OptionalInt.empty();

  private final OptionalInt yes;
  private final OptionalInt no;
  private final boolean fromBallots;

  private Tally(OptionalInt yes, OptionalInt no, boolean fromBallots) {
    this.yes = yes;
    this.no = no;
    this.fromBallots = fromBallots;
  }

  /** The counts of the vote, or, when it has none, the tally of its ballots listed in full. */
  static Tally of(Vote vote) {
    if (!vote.counts().isEmpty() || vote.ballots().isEmpty()) {
      return new Tally(vote.count(VoteOption.YES), vote.count(VoteOption.NO), false);
    }
    boolean yesInFull = vote.listsInFull(VoteOption.YES);
    boolean noInFull = vote.listsInFull(VoteOption.NO);
    int yes = 0;
    int no = 0;
    for (Ballot ballot : vote.ballots()) {
      if (ballot.isTeller()) {
        continue;
      }
      if (ballot.option().equals(VoteOption.YES)) {
        yes++;
      } else if (ballot.option().equals(VoteOption.NO)) {
        no++;
      }
    }
    return new Tally(yesInFull ? OptionalInt.of(yes) : NONE, noInFull ? OptionalInt.of(no) : NONE, true);
  }

  /** Votes for, when known. */
  OptionalInt yes() {
    return yes;
  }

  /** Votes against, when known. */
  OptionalInt no() {
    return no;
  }

  /** Whether the figures were tallied from the ballots rather than given as counts. */
  boolean fromBallots() {
    return fromBallots;
  }
}
