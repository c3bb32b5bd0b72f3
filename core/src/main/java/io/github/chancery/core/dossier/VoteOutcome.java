package io.github.chancery.core.dossier;

import io.github.chancery.core.legislature.Legislature;
import io.github.chancery.core.record.Actor;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.vote.Ballot;
import io.github.chancery.core.vote.Count;
import io.github.chancery.core.vote.Vote;
import io.github.chancery.core.vote.VoteOption;
import io.github.chancery.core.vote.VoteResult;
import io.github.chancery.core.vote.VotingRule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * What a vote's figures give under its rule, when they decide it, and why: the result a declared
 * one is compared with. Immutable.
 */
final class VoteOutcome {
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

  /** Returns what the figures give under the rule, or null when they do not decide it. */
  static VoteOutcome of(Vote vote, VotingRule rule, OptionalInt seats, Optional<Legislature> legislature) {
    OptionalInt yes = vote.count(VoteOption.YES);
    OptionalInt no = vote.count(VoteOption.NO);
    if (rule.equals(VotingRule.SIMPLE_MAJORITY) && yes.isPresent() && no.isPresent()) {
      return new VoteOutcome(
          yes.getAsInt() > no.getAsInt() ? VoteResult.ADOPTED : VoteResult.REJECTED,
          yes.getAsInt() + " for and " + no.getAsInt() + " against");
    }
    if (rule.equals(VotingRule.TWO_THIRDS_PRESENT_AND_VOTING) && yes.isPresent() && no.isPresent()) {
      long voting = (long) yes.getAsInt() + no.getAsInt();
      return new VoteOutcome(
          3L * yes.getAsInt() >= 2L * voting && voting > 0 ? VoteResult.ADOPTED : VoteResult.REJECTED,
          yes.getAsInt() + " for of " + voting + " present and voting");
    }
    if (rule.equals(VotingRule.ABSOLUTE_MAJORITY) && yes.isPresent() && seats.isPresent()) {
      return new VoteOutcome(
          2L * yes.getAsInt() > seats.getAsInt() ? VoteResult.ADOPTED : VoteResult.REJECTED,
          yes.getAsInt() + " for out of " + seats.getAsInt() + " seats");
    }
    if (rule.equals(VotingRule.SECURITY_COUNCIL_SUBSTANTIVE)) {
      return securityCouncil(vote, yes, no, legislature);
    }
    if (rule.equals(VotingRule.CONCURRENT_MAJORITIES)) {
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
      if (groups.size() >= 2) {
        return new VoteOutcome(
            groups.values().stream().allMatch(t -> t[0] > t[1]) ? VoteResult.ADOPTED : VoteResult.REJECTED,
            "the majorities per group, "
                + groups.entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue()[0] + "-" + e.getValue()[1])
                    .collect(Collectors.joining(", "))
                + ",");
      }
    }
    // Consensus is adoption without a vote, and a publisher's own rule has no known threshold:
    // no figures decide either.
    return null;
  }

  /**
   * Nine affirmative votes are needed, and a negative vote of a permanent member defeats a draft
   * that has them (an abstention does not): the permanent members are those the voting body's
   * record lists, and their ballots or the count of votes against tell whether one voted no.
   */
  private static VoteOutcome securityCouncil(Vote vote, OptionalInt yes, OptionalInt no, Optional<Legislature> legislature) {
    if (yes.isEmpty()) {
      return null;
    }
    int affirmative = yes.getAsInt();
    if (affirmative < 9) {
      return new VoteOutcome(VoteResult.REJECTED, "only " + affirmative + " affirmative votes, where nine are needed,");
    }
    if (no.isPresent() && no.getAsInt() == 0) {
      return new VoteOutcome(VoteResult.ADOPTED, affirmative + " affirmative votes and none against");
    }
    List<Reference<? extends Actor>> permanent =
        legislature.map(Legislature::permanentMembers).orElse(List.of());
    if (permanent.isEmpty() || vote.ballots().isEmpty()) {
      return null;
    }
    List<String> against = new ArrayList<>();
    int known = 0;
    for (Reference<?> member : permanent) {
      Optional<Ballot> ballot = vote.ballots().stream().filter(b -> b.voter().filter(member::equals).isPresent()).findFirst();
      if (ballot.isPresent()) {
        known++;
        if (ballot.get().option().equals(VoteOption.NO)) {
          against.add(member.id());
        }
      }
    }
    if (!against.isEmpty()) {
      return new VoteOutcome(
          VoteResult.VETOED,
          affirmative + " affirmative votes and the negative vote of permanent member " + String.join(", ", against));
    }
    if (known == permanent.size() || vote.listsInFull(VoteOption.NO)) {
      return new VoteOutcome(VoteResult.ADOPTED, affirmative + " affirmative votes and no permanent member against");
    }
    return null;
  }
}
