package io.github.chancery.core.dossier;

import io.github.chancery.core.legislature.Legislature;
import io.github.chancery.core.legislature.Motion;
import io.github.chancery.core.legislature.Session;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.vote.Ballot;
import io.github.chancery.core.vote.Count;
import io.github.chancery.core.vote.Vote;
import io.github.chancery.core.vote.VoteOption;
import io.github.chancery.core.vote.VoteResult;
import io.github.chancery.core.vote.VotingRule;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The consistency rules of votes: the date against the motion and the session, the counts
 * against the seats and the ballots, the declared result against what the counts give under the
 * rule, the voters (through {@link BallotRules}), and roll calls numbered twice in a session.
 */
final class VoteRules {
  private final CheckContext context;
  private final BallotRules ballots;

  VoteRules(CheckContext context) {
    this.context = context;
    this.ballots = new BallotRules(context);
  }

  void vote(Vote vote, String at) {
    Optional<Motion> motion = context.dossier().resolve(vote.motion(), Motion.class);
    Optional<Legislature> legislature =
        vote.legislature()
            .or(() -> motion.map(Motion::legislature))
            .flatMap(reference -> context.dossier().resolve(reference, Legislature.class));
    OptionalInt seats = legislature.map(Legislature::seatCount).orElse(OptionalInt.empty());

    if (vote.date().isPresent() && motion.flatMap(Motion::tabledOn).isPresent()) {
      PartialDate tabled = motion.get().tabledOn().get();
      if (vote.date().get().isDefinitelyBefore(tabled)) {
        context.add(
            FindingCode.VOTE_BEFORE_MOTION,
            vote,
            at + Vote.DATE.name(),
            "the vote of " + vote.date().get() + " is before motion '" + motion.get().id() + "' was tabled on " + tabled);
      }
    }

    long counted = vote.counts().stream().filter(c -> c.group().isEmpty()).mapToLong(Count::value).sum();
    int vacant = vote.vacantSeats().orElse(0);
    if (seats.isPresent() && counted > seats.getAsInt()) {
      context.add(
          FindingCode.MORE_VOTES_THAN_SEATS,
          vote,
          at + Vote.COUNTS.name(),
          counted + " votes are counted but " + legislature.get().id() + " has " + seats.getAsInt() + " seats");
    } else if (seats.isPresent() && vacant > 0 && counted > seats.getAsInt() - vacant && vote.ballots().isEmpty()) {
      // Vacant seats cast no vote: counts above the seats filled include them. With ballots, the
      // count of each option is compared with them instead, which says which count includes them.
      int filled = seats.getAsInt() - vacant;
      long excess = counted - filled; // at most the vacant seats, as the counts are within the seats
      context.add(
          FindingCode.COUNTS_EXPLAINED_BY_VACANCIES_OR_RECUSALS,
          vote,
          at + Vote.COUNTS.name(),
          counted + " votes are counted but only " + filled + " of the " + seats.getAsInt() + " seats of "
              + legislature.get().id() + " were filled; the difference is "
              + (excess == vacant ? GapExplanation.seats(vacant) : excess + " of the " + vacant + " vacant seats")
              + ", which the counts include");
    }

    ballots.votersByName(vote, at);
    ballots.statesThatVoted(vote, at);
    voteInSession(vote, at, legislature);
    countsAgainstBallots(vote, at);
    PermanentSeats permanent = PermanentSeats.of(legislature, vote.date());
    boolean decided = resultAgainstCounts(vote, at, new VoteOutcome.Seats(seats, vote.vacantSeats()), permanent);
    if (!decided) {
      ballots.vetoByPermanentMember(vote, at, permanent, legislature);
    }
    ballots.recusedMembersWhoVoted(vote, at);
    legislature.ifPresent(body -> ballots.ballotsOfMembers(vote, at, body));
    ballots.ballotGroups(vote, at);
  }

  private void voteInSession(Vote vote, String at, Optional<Legislature> legislature) {
    Optional<Session> found = vote.session().flatMap(s -> context.dossier().resolve(s, Session.class));
    if (found.isEmpty()) {
      return;
    }
    Session session = found.get();
    if (vote.date().isPresent() && !session.mayInclude(vote.date().get())) {
      context.add(
          FindingCode.VOTE_OUTSIDE_SESSION,
          vote,
          at + Vote.DATE.name(),
          "the vote of " + vote.date().get() + " is outside session '" + session.id() + "' ("
              + session.start().map(Object::toString).orElse("?") + " to "
              + session.end().map(Object::toString).orElse("?") + ")");
    }
    if (legislature.isPresent() && !legislature.get().id().equals(session.legislature().id())) {
      context.add(
          FindingCode.SESSION_OF_OTHER_LEGISLATURE,
          vote,
          at + Vote.SESSION.name(),
          "session '" + session.id() + "' is of " + session.legislature() + ", the vote is of " + legislature.get().id());
    }
  }

  private void countsAgainstBallots(Vote vote, String at) {
    if (vote.ballots().isEmpty()) {
      return;
    }
    Map<VoteOption, long[]> cast = new HashMap<>();
    for (Ballot ballot : vote.ballots()) {
      if (!ballot.isTeller()) { // division totals leave the tellers out
        cast.computeIfAbsent(ballot.option(), option -> new long[1])[0]++;
      }
    }
    for (int i = 0; i < vote.counts().size(); i++) {
      Count count = vote.counts().get(i);
      // A partial roll call names only some voters: its other options have no list to compare.
      if (count.group().isPresent() || !vote.listsInFull(count.option())) {
        continue;
      }
      long[] tally = cast.get(count.option());
      long ballots = tally == null ? 0 : tally[0];
      if (ballots != count.value()) {
        String explained = GapExplanation.of(vote, count.option(), count.value() - ballots);
        context.add(
            explained == null ? FindingCode.COUNTS_DISAGREE_WITH_BALLOTS : FindingCode.COUNTS_EXPLAINED_BY_VACANCIES_OR_RECUSALS,
            vote,
            at + Vote.COUNTS.at(i, Count.VALUE),
            "'" + count.option() + "' is counted " + count.value() + " but " + ballots
                + (ballots == 1 ? " ballot was" : " ballots were") + " cast for it"
                + (explained == null ? "" : "; the difference is " + explained));
      }
    }
  }

  /**
   * The declared result against what the rule makes of the counts (or of the ballots' tally when
   * there are no counts); returns whether the figures decided a result to compare with.
   */
  private boolean resultAgainstCounts(Vote vote, String at, VoteOutcome.Seats seats, PermanentSeats permanent) {
    if (vote.rule().isEmpty()) {
      return false;
    }
    VotingRule rule = vote.rule().get();
    Tally tally = Tally.of(vote);
    VoteOutcome outcome = VoteOutcome.of(vote, rule, tally, seats, permanent);
    OptionalInt yes = tally.yes();
    OptionalInt no = tally.no();
    if (vote.result().isEmpty()) {
      if (outcome != null) {
        context.add(
            FindingCode.RESULT_IMPLIED,
            vote,
            at + Vote.RESULT.name(),
            "no result is declared; under " + rule + ", " + outcome.why() + " give " + outcome.result());
      }
      return outcome != null;
    }
    VoteResult declared = vote.result().get();
    String contradiction = null;
    if (declared.equals(VoteResult.TIED)) {
      if (rule.equals(VotingRule.SIMPLE_MAJORITY) && yes.isPresent() && no.isPresent() && yes.getAsInt() != no.getAsInt()) {
        contradiction = yes.getAsInt() + " for and " + no.getAsInt() + " against"
            + (tally.fromBallots() ? ", tallied from the ballots," : "") + " are not a tie";
      }
    } else if (outcome != null) {
      boolean agrees;
      if (declared.equals(VoteResult.ADOPTED)) {
        agrees = outcome.result().equals(VoteResult.ADOPTED);
      } else if (declared.equals(VoteResult.REJECTED)) {
        agrees = !outcome.result().equals(VoteResult.ADOPTED);
      } else if (declared.equals(VoteResult.VETOED)) {
        agrees = outcome.result().equals(VoteResult.VETOED);
      } else {
        agrees = true; // withdrawn, or a code of the publisher's own: nothing to compare
      }
      contradiction = agrees ? null : outcome.why() + " give " + outcome.result();
    }
    if (contradiction != null) {
      context.add(
          FindingCode.RESULT_CONTRADICTS_COUNTS,
          vote,
          at + Vote.RESULT.name(),
          "declared " + declared + " under " + rule + ", but " + contradiction);
    }
    return outcome != null;
  }

  /** Later votes of a session that repeat an earlier one's identifier, unless one reports the other. */
  void rollCalls() {
    Map<String, Vote> first = new HashMap<>();
    List<ChanceryRecord> records = context.dossier().records();
    for (int i = 0; i < records.size(); i++) {
      if (!(records.get(i) instanceof Vote)) {
        continue;
      }
      Vote vote = (Vote) records.get(i);
      if (vote.session().isEmpty() || vote.identifier().isEmpty()) {
        continue;
      }
      String key = vote.session().get().id() + '\n' + vote.identifier().get();
      Vote earlier = first.putIfAbsent(key, vote);
      if (earlier != null && !CheckContext.sameAct(vote, earlier)) {
        context.add(
            FindingCode.DUPLICATE_ROLL_CALL,
            vote,
            Dossier.at(i) + Vote.IDENTIFIER.name(),
            "vote '" + earlier.id() + "' of session '" + vote.session().get().id() + "' already has identifier '"
                + vote.identifier().get() + "'");
      }
    }
  }
}
