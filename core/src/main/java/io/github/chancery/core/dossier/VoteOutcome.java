package io.github.chancery.core.dossier;

import io.github.chancery.core.record.Reference;
import io.github.chancery.core.vote.Ballot;
import io.github.chancery.core.vote.Count;
import io.github.chancery.core.vote.Vote;
import io.github.chancery.core.vote.VoteOption;
import io.github.chancery.core.vote.VoteResult;
import io.github.chancery.core.vote.VotingRule;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * What a vote's figures give under its rule, when they decide it, and why: the result a declared
 * one is compared with. The figures are the vote's counts, or the tally of its ballots when it
 * has no counts ({@link Tally}); the Council of the European Union's qualified majority is always
 * read from the ballots, which carry the weights. Immutable.
 */
final class VoteOutcome {
  private static final String FROM_BALLOTS = " tallied from the ballots,";
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final VoteResult result; // ADOPTED, REJECTED or VETOED
  private final String why;

  private VoteOutcome(VoteResult result, String why) {
    this.result = result;
    this.why = why;
  }

  VoteResult result() {
    return result;
  }

  /** The figures that give the result, as the report words them: {@code 305 for and 1 against}. */
  String why() {
    return why;
  }

  /** The seats and the vacant ones, as far as the legislature and the vote record them. */
  static final class Seats {
    final OptionalInt seats;
    final int vacant;
    final boolean vacancyRecorded;

    Seats(OptionalInt seats, OptionalInt vacant) {
      this.seats = seats;
      this.vacant = vacant.orElse(0);
      this.vacancyRecorded = vacant.isPresent();
    }
  }

  /** Returns what the figures give under the rule, or null when they do not decide it. */
  static VoteOutcome of(Vote vote, VotingRule rule, Tally tally, Seats seats, PermanentSeats permanent) {
    OptionalInt yes = tally.yes();
    OptionalInt no = tally.no();
    String source = tally.fromBallots() ? FROM_BALLOTS : "";
    if (rule.equals(VotingRule.SIMPLE_MAJORITY) && yes.isPresent() && no.isPresent()) {
      return new VoteOutcome(
          yes.getAsInt() > no.getAsInt() ? VoteResult.ADOPTED : VoteResult.REJECTED,
          yes.getAsInt() + " for and " + no.getAsInt() + " against" + comma(source));
    }
    if (rule.equals(VotingRule.TWO_THIRDS_PRESENT_AND_VOTING) && yes.isPresent() && no.isPresent()) {
      long voting = (long) yes.getAsInt() + no.getAsInt();
      return new VoteOutcome(
          3L * yes.getAsInt() >= 2L * voting && voting > 0 ? VoteResult.ADOPTED : VoteResult.REJECTED,
          yes.getAsInt() + " for of " + voting + " present and voting" + comma(source));
    }
    if (rule.equals(VotingRule.ABSOLUTE_MAJORITY) && yes.isPresent() && seats.seats.isPresent()) {
      return new VoteOutcome(
          2L * yes.getAsInt() > seats.seats.getAsInt() ? VoteResult.ADOPTED : VoteResult.REJECTED,
          yes.getAsInt() + " for out of " + seats.seats.getAsInt() + " seats" + comma(source));
    }
    if (rule.equals(VotingRule.TWO_THIRDS_OF_MEMBERS) && yes.isPresent() && seats.seats.isPresent()) {
      // Of all the seats, vacant ones included: the members, not those voting.
      return new VoteOutcome(
          3L * yes.getAsInt() >= 2L * seats.seats.getAsInt() ? VoteResult.ADOPTED : VoteResult.REJECTED,
          yes.getAsInt() + " for out of " + seats.seats.getAsInt() + " seats" + comma(source));
    }
    if (rule.equals(VotingRule.THREE_FIFTHS_DULY_CHOSEN_AND_SWORN) && yes.isPresent() && seats.seats.isPresent()) {
      return threeFifths(yes.getAsInt(), seats, source);
    }
    if (rule.equals(VotingRule.UNANIMITY_OF_THOSE_PRESENT) && yes.isPresent() && no.isPresent()) {
      // Absent and abstaining members do not break unanimity; one vote against does.
      return new VoteOutcome(
          yes.getAsInt() > 0 && no.getAsInt() == 0 ? VoteResult.ADOPTED : VoteResult.REJECTED,
          yes.getAsInt() + " for and " + (no.getAsInt() == 0 ? "none" : Integer.toString(no.getAsInt())) + " against"
              + comma(source));
    }
    if (rule.equals(VotingRule.EU_COUNCIL_QUALIFIED_MAJORITY)) {
      return qualifiedMajority(vote);
    }
    if (rule.equals(VotingRule.SECURITY_COUNCIL_SUBSTANTIVE)) {
      return securityCouncil(vote, yes, no, permanent, source);
    }
    if (rule.equals(VotingRule.CONCURRENT_MAJORITIES)) {
      return concurrentMajorities(vote);
    }
    // Consensus is adoption without a vote, and a publisher's own rule has no known threshold:
    // no figures decide either.
    return null;
  }

  /** Appends the source of a tally after the figures, before the verb: {@code ..., tallied from the ballots,}. */
  private static String comma(String source) {
    return source.isEmpty() ? "" : "," + source;
  }

  /**
   * Three-fifths of the members duly chosen and sworn: the seats less the vacant ones, as the vote
   * records them (none when it records none).
   */
  private static VoteOutcome threeFifths(int yes, Seats seats, String source) {
    int sworn = seats.seats.getAsInt() - seats.vacant;
    if (sworn <= 0) {
      return null; // more vacancies than seats: the figures decide nothing
    }
    String of =
        seats.vacancyRecorded && seats.vacant > 0
            ? " (" + seats.seats.getAsInt() + " seats, " + seats.vacant + " vacant)"
            : "";
    return new VoteOutcome(
        5L * yes >= 3L * sworn ? VoteResult.ADOPTED : VoteResult.REJECTED,
        yes + " for of " + sworn + " members duly chosen and sworn" + of + comma(source));
  }

  /**
   * The Council's double majority, read from a whole roll call whose every ballot gives its
   * member's weight: at least 55% of the members for, with at least 65% of the weight, unless
   * fewer than four members are not for, who cannot block.
   */
  private static VoteOutcome qualifiedMajority(Vote vote) {
    if (!vote.isWholeRollCall()) {
      return null;
    }
    int members = 0;
    int inFavour = 0;
    BigDecimal weight = BigDecimal.ZERO;
    BigDecimal weightInFavour = BigDecimal.ZERO;
    for (Ballot ballot : vote.ballots()) {
      if (ballot.isTeller()) {
        continue;
      }
      if (ballot.weight().isEmpty()) {
        return null; // the weights are not all given
      }
      members++;
      weight = weight.add(ballot.weight().get());
      if (ballot.option().equals(VoteOption.YES)) {
        inFavour++;
        weightInFavour = weightInFavour.add(ballot.weight().get());
      }
    }
    if (members == 0) {
      return null;
    }
    boolean enoughMembers = 100L * inFavour >= 55L * members;
    boolean enoughWeight = weightInFavour.multiply(HUNDRED).compareTo(weight.multiply(BigDecimal.valueOf(65))) >= 0;
    int notInFavour = members - inFavour;
    boolean tooFewToBlock = notInFavour < 4;
    String share = weightInFavour.multiply(HUNDRED).divide(weight, 2, RoundingMode.HALF_UP).toPlainString();
    String why = inFavour + " of " + members + " members for, with " + share + "% of the weight";
    if (enoughMembers && !enoughWeight && tooFewToBlock) {
      why += " but only " + notInFavour + " not for, too few to block,";
    } else {
      why += ",";
    }
    return new VoteOutcome(
        enoughMembers && (enoughWeight || tooFewToBlock) ? VoteResult.ADOPTED : VoteResult.REJECTED, why + FROM_BALLOTS);
  }

  /** A majority in every group, from the counts per group; ballots' groups are parties, not constituencies. */
  private static VoteOutcome concurrentMajorities(Vote vote) {
    Map<Reference<?>, int[]> groups = new LinkedHashMap<>();
    for (Count count : vote.counts()) {
      if (count.group().isPresent()) {
        int[] tally = groups.computeIfAbsent(count.group().get(), g -> new int[2]);
        if (count.option().equals(VoteOption.YES)) {
          tally[0] += count.value();
        } else if (count.option().equals(VoteOption.NO)) {
          tally[1] += count.value();
        }
      }
    }
    if (groups.size() < 2) {
      return null;
    }
    return new VoteOutcome(
        groups.values().stream().allMatch(t -> t[0] > t[1]) ? VoteResult.ADOPTED : VoteResult.REJECTED,
        "the majorities per group, "
            + groups.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()[0] + "-" + e.getValue()[1])
                .collect(Collectors.joining(", "))
            + ",");
  }

  /**
   * Nine affirmative votes are needed, and a negative vote of a permanent member defeats a draft
   * that has them (an abstention does not): the permanent members are those the voting body's
   * record lists for the vote's date, and their ballots or the count of votes against tell whether
   * one voted no. A negative vote of a member whose permanent seat the dates leave in doubt decides
   * nothing.
   */
  private static VoteOutcome securityCouncil(Vote vote, OptionalInt yes, OptionalInt no, PermanentSeats permanent, String source) {
    if (yes.isEmpty()) {
      return null;
    }
    int affirmative = yes.getAsInt();
    if (affirmative < 9) {
      return new VoteOutcome(
          VoteResult.REJECTED, "only " + affirmative + " affirmative votes, where nine are needed," + source);
    }
    if (no.isPresent() && no.getAsInt() == 0) {
      return new VoteOutcome(VoteResult.ADOPTED, affirmative + " affirmative votes and none against" + comma(source));
    }
    if (permanent.isEmpty() || vote.ballots().isEmpty()) {
      return null;
    }
    List<String> against = new ArrayList<>();
    boolean doubtful = false;
    int known = 0;
    for (Reference<?> member : permanent.possible()) {
      Ballot ballot = ballotOf(vote, member);
      if (ballot != null) {
        known++;
        if (ballot.option().equals(VoteOption.NO)) {
          if (permanent.certainlyHolds(member)) {
            against.add(member.id());
          } else {
            doubtful = true;
          }
        }
      }
    }
    if (!against.isEmpty()) {
      return new VoteOutcome(
          VoteResult.VETOED,
          affirmative + " affirmative votes and the negative vote of permanent member " + String.join(", ", against)
              + comma(source));
    }
    if (!doubtful && (known == permanent.possible().size() || vote.listsInFull(VoteOption.NO))) {
      return new VoteOutcome(
          VoteResult.ADOPTED, affirmative + " affirmative votes and no permanent member against" + comma(source));
    }
    return null;
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
