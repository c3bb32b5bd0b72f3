package io.github.chancery.benchmarks.payload;

import io.github.chancery.core.actor.Organization;
import io.github.chancery.core.actor.Person;
import io.github.chancery.core.actor.State;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.vote.Ballot;
import io.github.chancery.core.vote.Count;
import io.github.chancery.core.vote.Vote;
import io.github.chancery.core.vote.VoteMethod;
import io.github.chancery.core.vote.VoteOption;
import io.github.chancery.core.vote.VoteResult;
import io.github.chancery.core.vote.VotingRule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Recorded votes generated from a seed, each with one ballot per voter and counts that agree
 * with the ballots, and a result the counts give under a simple majority: a vote of the UN
 * General Assembly (states voting yes, no, abstain or absent), and a vote of a chamber or of one
 * of its committees whose members vote mostly with their political group (ballots and counts
 * per group, when there are groups).
 */
public final class RollCall {
  private static final VoteOption[] CHAMBER_OPTIONS = {
    VoteOption.YES, VoteOption.NO, VoteOption.ABSTAIN, VoteOption.NOT_VOTING
  };

  private RollCall() {}

  /**
   * Generates a recorded vote of the General Assembly on a draft resolution, one ballot per
   * member state: about two thirds yes, a tenth no, a sixth abstaining, the rest absent.
   *
   * @param members the member states voting
   * @param seed the seed of the ballots
   * @return the vote
   */
  public static Vote generalAssembly(List<State> members, long seed) {
    Random random = new Random(seed);
    int session = 75;
    int draft = 1 + random.nextInt(60);
    Vote.Builder vote =
        Vote.builder()
            .id("vote-un-ga-" + session + "-l" + draft)
            .motion(Reference.to("motion-un-ga-a-" + session + "-l" + draft))
            .legislature(Reference.to("leg-un-ga"))
            .identifier("A/" + session + "/L." + draft)
            .date(PartialDate.of(2020, 12, 7))
            .method(VoteMethod.RECORDED)
            .rule(VotingRule.SIMPLE_MAJORITY)
            .addSource(Reference.to("src-un-ga-verbatim-" + session));
    Map<VoteOption, Integer> tally = tally(VoteOption.YES, VoteOption.NO, VoteOption.ABSTAIN, VoteOption.ABSENT);
    for (State state : members) {
      int r = random.nextInt(100);
      VoteOption option =
          r < 66 ? VoteOption.YES : r < 76 ? VoteOption.NO : r < 93 ? VoteOption.ABSTAIN : VoteOption.ABSENT;
      vote.addBallot(Ballot.of(Reference.of(state), option));
      tally.merge(option, 1, Integer::sum);
    }
    tally.forEach((option, value) -> vote.addCount(Count.of(option, value)));
    return vote.result(result(tally)).build();
  }

  /**
   * Generates a recorded vote of a chamber on a motion: each member is in one of the groups and
   * votes with the group's line nine times in ten, otherwise as they please; ballots name the
   * group, and the counts are given in all and per group. Without groups, as in a committee,
   * every member votes as they please and the counts are given in all.
   *
   * @param id the vote's id
   * @param motionId the id of the motion voted on
   * @param chamberId the chamber voting
   * @param date when it voted
   * @param members the members voting
   * @param groups the political groups of the chamber; may be empty
   * @param seed the seed of the group lines, memberships and ballots
   * @return the vote
   */
  public static Vote chamber(
      String id,
      String motionId,
      String chamberId,
      PartialDate date,
      List<Person> members,
      List<Organization> groups,
      long seed) {
    Random random = new Random(seed);
    VoteOption[] lines = new VoteOption[groups.size()];
    for (int g = 0; g < lines.length; g++) {
      lines[g] = CHAMBER_OPTIONS[random.nextInt(3)];
    }
    Vote.Builder vote =
        Vote.builder()
            .id(id)
            .motion(Reference.to(motionId))
            .legislature(Reference.to(chamberId))
            .date(date)
            .method(VoteMethod.RECORDED)
            .rule(VotingRule.SIMPLE_MAJORITY)
            .addSource(Reference.to(chamberId.replace("leg-", "src-") + "-votes"));
    Map<VoteOption, Integer> tally = tally(CHAMBER_OPTIONS);
    List<Map<VoteOption, Integer>> byGroup = new ArrayList<>(groups.size());
    for (int g = 0; g < groups.size(); g++) {
      byGroup.add(tally(CHAMBER_OPTIONS));
    }
    for (Person member : members) {
      if (groups.isEmpty()) {
        VoteOption option = CHAMBER_OPTIONS[random.nextInt(3)];
        vote.addBallot(Ballot.of(Reference.of(member), option));
        tally.merge(option, 1, Integer::sum);
        continue;
      }
      int g = groupOf(member, groups.size());
      VoteOption option = random.nextInt(10) < 9 ? lines[g] : CHAMBER_OPTIONS[random.nextInt(CHAMBER_OPTIONS.length)];
      vote.addBallot(Ballot.of(Reference.of(member), option).withGroup(Reference.of(groups.get(g))));
      tally.merge(option, 1, Integer::sum);
      byGroup.get(g).merge(option, 1, Integer::sum);
    }
    tally.forEach((option, value) -> vote.addCount(Count.of(option, value)));
    for (int g = 0; g < groups.size(); g++) {
      Reference<Organization> group = Reference.of(groups.get(g));
      byGroup.get(g).forEach(
          (option, value) -> {
            if (value > 0) {
              vote.addCount(Count.of(option, value).withGroup(group));
            }
          });
    }
    return vote.result(result(tally)).build();
  }

  /**
   * Returns the group a member sits in, from their id, so that it is the same in every vote;
   * uneven, as in a real chamber, where the first groups are the largest.
   */
  private static int groupOf(ChanceryRecord member, int groups) {
    int share = Math.floorMod(member.id().hashCode() * 0x9E3779B9, groups * (groups + 1) / 2);
    int g = 0;
    for (int bound = groups; share >= bound; bound += groups - g) {
      g++;
    }
    return g;
  }

  private static Map<VoteOption, Integer> tally(VoteOption... options) {
    Map<VoteOption, Integer> tally = new LinkedHashMap<>();
    for (VoteOption option : options) {
      tally.put(option, 0);
    }
    return tally;
  }

  private static VoteResult result(Map<VoteOption, Integer> tally) {
    return tally.get(VoteOption.YES) > tally.get(VoteOption.NO) ? VoteResult.ADOPTED : VoteResult.REJECTED;
  }
}
