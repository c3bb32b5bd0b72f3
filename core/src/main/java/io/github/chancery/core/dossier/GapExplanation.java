package io.github.chancery.core.dossier;

import io.github.chancery.core.record.Actor;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.vote.Ballot;
import io.github.chancery.core.vote.Vote;
import io.github.chancery.core.vote.VoteOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Why a count differs from the ballots of its option, when the vote records the reason: the
 * publisher left the recused members' ballots out of the count, counted the recused members who
 * have no ballot, or counted the vacant seats (as {@code other}, say). Vacant seats and recused
 * members without a ballot cast no vote for or against, so they explain only counts of the other
 * options. A difference they account for exactly is reported as {@code
 * counts-explained-by-vacancies-or-recusals}; any other keeps the plain {@code
 * counts-disagree-with-ballots}. Stateless.
 */
final class GapExplanation {
  private GapExplanation() {}

  /**
   * Returns the explanation of a difference, such as {@code the vacant seat, which the count
   * includes}, or null when the vote's vacancies and recusals do not account for it exactly.
   *
   * @param difference the count less the ballots of the option
   */
  static String of(Vote vote, VoteOption option, long difference) {
    int vacant = vote.vacantSeats().orElse(0);
    if (difference == 0 || (vacant == 0 && vote.recusedMembers().isEmpty())) {
      return null; // nothing recorded to explain with: the usual case
    }
    List<Reference<? extends Actor>> votedThisWay = new ArrayList<>();
    List<Reference<? extends Actor>> withoutBallot = new ArrayList<>();
    for (Reference<? extends Actor> member : vote.recusedMembers()) {
      Ballot ballot = ballotOf(vote, member);
      if (ballot == null) {
        withoutBallot.add(member);
      } else if (ballot.option().equals(option) && !ballot.isTeller()) {
        votedThisWay.add(member);
      }
    }
    if (difference < 0) {
      return votedThisWay.size() == -difference
          ? "the recused " + members(votedThisWay) + ", whose " + (votedThisWay.size() == 1 ? "ballot" : "ballots")
              + " the count leaves out"
          : null;
    }
    if (option.equals(VoteOption.YES) || option.equals(VoteOption.NO)) {
      return null; // no vacant seat, and no recused member without a ballot, is counted for or against
    }
    int recusedOut = withoutBallot.size();
    // When the vacancies and the recused members would each account for it, neither is named.
    if (vacant == difference && recusedOut != difference) {
      return seats(vacant) + ", which the count includes";
    }
    if (recusedOut == difference && vacant != difference) {
      return "the recused " + members(withoutBallot) + ", whom the count includes with no ballot";
    }
    if (vacant > 0 && recusedOut > 0 && vacant + recusedOut == difference) {
      return seats(vacant) + " and the recused " + members(withoutBallot) + ", whom the count includes with no ballot";
    }
    return null;
  }

  static String seats(int vacant) {
    return vacant == 1 ? "the vacant seat" : "the " + vacant + " vacant seats";
  }

  private static String members(List<Reference<? extends Actor>> members) {
    return (members.size() == 1 ? "member " : "members ")
        + members.stream().map(m -> "'" + m.id() + "'").collect(Collectors.joining(", "));
  }

  private static Ballot ballotOf(Vote vote, Reference<?> member) {
    for (Ballot ballot : vote.ballots()) {
      if (ballot.voter().isPresent() && ballot.voter().get().equals(member)) {
        return ballot;
      }
    }
    return null;
  }
}
