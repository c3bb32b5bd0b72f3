package io.github.chancery.core.dossier;

import static io.github.chancery.core.testing.PublicRecords.EU_POPULATION_SHARES_2025;
import static io.github.chancery.core.testing.PublicRecords.findings;
import static io.github.chancery.core.testing.PublicRecords.state;
import static io.github.chancery.core.testing.PublicRecords.states;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.chancery.core.legislature.Legislature;
import io.github.chancery.core.legislature.Motion;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.text.MultilingualText;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.vote.Ballot;
import io.github.chancery.core.vote.Count;
import io.github.chancery.core.vote.Vote;
import io.github.chancery.core.vote.VoteOption;
import io.github.chancery.core.vote.VoteResult;
import io.github.chancery.core.vote.VotingRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The voting rules real chambers use beyond majorities of those voting, each on a named public
 * vote: the US Senate's cloture (three-fifths of the senators duly chosen and sworn), two-thirds of
 * the members (the House of Commons under the Fixed-term Parliaments Act 2011, the Bundestag
 * amending the Basic Law), unanimity of those present (the European Council) and the Council of the
 * European Union's qualified majority, with the population shares of 2025.
 */
final class VotingRulesTest {
  private static Legislature body(String id, String name, Integer seats) {
    Legislature.Builder body = Legislature.builder().id(id).name(MultilingualText.of("en", name));
    return (seats == null ? body : body.seatCount(seats)).build();
  }

  private static final Legislature SENATE = body("us-senate", "United States Senate", 100);
  private static final Legislature COMMONS = body("uk-house-of-commons", "House of Commons", 650);
  private static final Legislature BUNDESTAG = body("de-bundestag", "Deutscher Bundestag", 733);
  private static final Legislature EUROPEAN_COUNCIL = body("european-council", "European Council", null);
  private static final Legislature COUNCIL_OF_THE_EU = body("council-of-the-eu", "Council of the European Union", null);
  private static final List<Legislature> BODIES = List.of(SENATE, COMMONS, BUNDESTAG, EUROPEAN_COUNCIL, COUNCIL_OF_THE_EU);

  private static Motion motion(String id, Legislature body, String title) {
    return Motion.builder().id(id).legislature(Reference.of(body)).title(MultilingualText.of("en", title)).build();
  }

  private static final Motion FINANCIAL_STABILITY_CLOTURE =
      motion("s-3217-cloture", SENATE, "Motion to invoke cloture on S. 3217, Restoring American Financial Stability Act of 2010");
  private static final Motion DODD_FRANK_CLOTURE =
      motion("h-r-4173-conference-report-cloture", SENATE, "Motion to invoke cloture on the conference report to H.R. 4173");
  private static final Motion EARLY_ELECTION =
      motion("early-parliamentary-general-election", COMMONS, "Early parliamentary general election");
  private static final Motion BASIC_LAW_AMENDMENT =
      motion("basic-law-articles-109-115-143h", BUNDESTAG, "Act amending the Basic Law (Articles 109, 115 and 143h)");
  private static final Motion ACCESSION_NEGOTIATIONS_UKRAINE =
      motion("accession-negotiations-ukraine", EUROPEAN_COUNCIL, "Opening of accession negotiations with Ukraine");
  private static final Motion MFF_REVISION =
      motion("mff-2021-2027-revision", EUROPEAN_COUNCIL, "Revision of the multiannual financial framework 2021-2027");
  private static final Motion RUSSIAN_GAS_PHASE_OUT =
      motion(
          "regulation-phasing-out-russian-gas-imports",
          COUNCIL_OF_THE_EU,
          "Regulation on phasing out Russian natural gas imports (general approach)");
  private static final List<Motion> MOTIONS =
      List.of(
          FINANCIAL_STABILITY_CLOTURE,
          DODD_FRANK_CLOTURE,
          EARLY_ELECTION,
          BASIC_LAW_AMENDMENT,
          ACCESSION_NEGOTIATIONS_UKRAINE,
          MFF_REVISION,
          RUSSIAN_GAS_PHASE_OUT);
  private static final List<String> EU_MEMBERS = List.copyOf(EU_POPULATION_SHARES_2025.keySet());

  /** A vote as a chamber's journal gives it: the figures of each option, and the declared result. */
  private static Vote.Builder counted(String id, Motion motion, PartialDate date, VotingRule rule, int yes, int no) {
    return Vote.builder()
        .id(id)
        .motion(Reference.of(motion))
        .date(date)
        .rule(rule)
        .addCounts(Count.of(VoteOption.YES, yes), Count.of(VoteOption.NO, no));
  }

  /** A roll call of the 27 members of an EU body: the given option for the named members, yes for the others. */
  private static List<Ballot> rollOfTheTwentySeven(Map<String, VoteOption> otherThanYes, boolean weighted) {
    List<Ballot> ballots = new ArrayList<>();
    for (String code : EU_MEMBERS) {
      Ballot ballot = Ballot.of(state(code), otherThanYes.getOrDefault(code, VoteOption.YES));
      ballots.add(weighted ? ballot.withWeight(EU_POPULATION_SHARES_2025.get(code)) : ballot);
    }
    return ballots;
  }

  private static List<String> found(Vote vote) {
    List<ChanceryRecord> records = new ArrayList<>(BODIES);
    records.addAll(MOTIONS);
    records.add(vote);
    records.addAll(states(EU_MEMBERS));
    return findings(records);
  }

  private static final String AT = "records[12].result: ";

  @Test
  void clotureNeedsThreeFifthsOfTheSenatorsDulyChosenAndSwornNotAMajority() {
    // 19 May 2010: cloture on S. 3217 fails 57 to 42; the next day it is invoked 60 to 40.
    Vote failed =
        counted("vote-2010-05-19", FINANCIAL_STABILITY_CLOTURE, PartialDate.of(2010, 5, 19), VotingRule.THREE_FIFTHS_DULY_CHOSEN_AND_SWORN, 57, 42)
            .addCounts(Count.of(VoteOption.NOT_VOTING, 1))
            .result(VoteResult.REJECTED)
            .build();
    Vote invoked =
        counted("vote-2010-05-20", FINANCIAL_STABILITY_CLOTURE, PartialDate.of(2010, 5, 20), VotingRule.THREE_FIFTHS_DULY_CHOSEN_AND_SWORN, 60, 40)
            .result(VoteResult.ADOPTED)
            .build();

    assertThat(found(failed)).isEmpty();
    assertThat(found(invoked)).isEmpty();
    assertThat(found(failed.withResult(VoteResult.ADOPTED)))
        .containsExactly(
            "result-contradicts-counts " + AT + "declared adopted under three-fifths-duly-chosen-and-sworn,"
                + " but 57 for of 100 members duly chosen and sworn give rejected");
    assertThat(found(invoked.withResult(VoteResult.REJECTED)))
        .containsExactly(
            "result-contradicts-counts " + AT + "declared rejected under three-fifths-duly-chosen-and-sworn,"
                + " but 60 for of 100 members duly chosen and sworn give adopted");
  }

  @Test
  void aVacantSeatIsNotASenatorDulyChosenAndSworn() {
    // 15 July 2010: cloture on the Dodd-Frank conference report, 60 to 38, Senator Crapo not
    // voting, and Senator Byrd's seat vacant since his death on 28 June.
    Vote.Builder doddFrank =
        counted("vote-2010-07-15", DODD_FRANK_CLOTURE, PartialDate.of(2010, 7, 15), VotingRule.THREE_FIFTHS_DULY_CHOSEN_AND_SWORN, 60, 38)
            .addCounts(Count.of(VoteOption.NOT_VOTING, 1))
            .vacantSeats(1);

    assertThat(found(doddFrank.build()))
        .containsExactly(
            "result-implied " + AT + "no result is declared; under three-fifths-duly-chosen-and-sworn,"
                + " 60 for of 99 members duly chosen and sworn (100 seats, 1 vacant) give adopted");
    // Three-fifths of 98 is 58.8: with two seats vacant, 59 senators would have sufficed; of 99, not.
    Vote fiftyNine = doddFrank.counts(List.of(Count.of(VoteOption.YES, 59), Count.of(VoteOption.NO, 39))).result(VoteResult.ADOPTED).build();
    assertThat(found(fiftyNine.withVacantSeats(2))).isEmpty();
    assertThat(found(fiftyNine))
        .containsExactly(
            "result-contradicts-counts " + AT + "declared adopted under three-fifths-duly-chosen-and-sworn,"
                + " but 59 for of 99 members duly chosen and sworn (100 seats, 1 vacant) give rejected");
  }

  @Test
  void twoThirdsOfTheMembersCountsEverySeatNotOnlyThoseVoting() {
    // 4 September 2019: the motion for an early general election, 298 to 56; the Fixed-term
    // Parliaments Act 2011 asked for two-thirds of the 650 seats, vacant ones included: 434.
    Vote.Builder earlyElection =
        counted("vote-2019-09-04", EARLY_ELECTION, PartialDate.of(2019, 9, 4), VotingRule.TWO_THIRDS_OF_MEMBERS, 298, 56);
    // 19 April 2017: the same motion, carried 522 to 13.
    Vote carried =
        counted("vote-2017-04-19", EARLY_ELECTION, PartialDate.of(2017, 4, 19), VotingRule.TWO_THIRDS_OF_MEMBERS, 522, 13)
            .result(VoteResult.ADOPTED)
            .build();

    assertThat(found(earlyElection.result(VoteResult.REJECTED).build())).isEmpty();
    assertThat(found(carried)).isEmpty();
    assertThat(found(earlyElection.result(VoteResult.ADOPTED).build()))
        .containsExactly(
            "result-contradicts-counts " + AT + "declared adopted under two-thirds-of-members,"
                + " but 298 for out of 650 seats give rejected");
    // Two-thirds of those voting, 354, it would have had.
    assertThat(found(earlyElection.rule(VotingRule.TWO_THIRDS_PRESENT_AND_VOTING).result(VoteResult.REJECTED).build()))
        .containsExactly(
            "result-contradicts-counts " + AT + "declared rejected under two-thirds-present-and-voting,"
                + " but 298 for of 354 present and voting give adopted");
  }

  @Test
  void anAmendmentOfTheBasicLawNeedsTwoThirdsOfTheBundestagsMembers() {
    // 18 March 2025: 513 for, 207 against, 1 abstaining, of 733 members; 489 were needed.
    Vote amendment =
        counted("vote-2025-03-18", BASIC_LAW_AMENDMENT, PartialDate.of(2025, 3, 18), VotingRule.TWO_THIRDS_OF_MEMBERS, 513, 207)
            .addCounts(Count.of(VoteOption.ABSTAIN, 1))
            .result(VoteResult.ADOPTED)
            .build();

    assertThat(found(amendment)).isEmpty();
    assertThat(found(amendment.withCounts(Count.of(VoteOption.YES, 489), Count.of(VoteOption.NO, 231)))).isEmpty();
    assertThat(found(amendment.withCounts(Count.of(VoteOption.YES, 488), Count.of(VoteOption.NO, 232))))
        .containsExactly(
            "result-contradicts-counts " + AT + "declared adopted under two-thirds-of-members,"
                + " but 488 for out of 733 seats give rejected");
  }

  @Test
  void unanimityOfThosePresentIsNotBrokenByAMemberWhoLeftTheRoomButIsByOneAgainst() {
    // 14 December 2023: the European Council decides to open accession negotiations with Ukraine
    // while Hungary's prime minister is out of the room; the same night Hungary blocks the revision
    // of the multiannual financial framework that all 26 others support.
    Vote accession =
        Vote.builder()
            .id("vote-2023-12-14-accession")
            .motion(Reference.of(ACCESSION_NEGOTIATIONS_UKRAINE))
            .date(PartialDate.of(2023, 12, 14))
            .rule(VotingRule.UNANIMITY_OF_THOSE_PRESENT)
            .addAllBallots(rollOfTheTwentySeven(Map.of("HU", VoteOption.ABSENT), false))
            .build();
    Vote mff =
        accession.withId("vote-2023-12-14-mff")
            .withMotion(Reference.of(MFF_REVISION))
            .withBallots(rollOfTheTwentySeven(Map.of("HU", VoteOption.NO), false))
            .withResult(VoteResult.REJECTED);

    assertThat(found(accession.withResult(VoteResult.ADOPTED))).isEmpty();
    assertThat(found(accession))
        .containsExactly(
            "result-implied " + AT + "no result is declared; under unanimity-of-those-present,"
                + " 26 for and none against, tallied from the ballots, give adopted");
    assertThat(found(mff)).isEmpty();
    assertThat(found(mff.withResult(VoteResult.ADOPTED)))
        .containsExactly(
            "result-contradicts-counts " + AT + "declared adopted under unanimity-of-those-present,"
                + " but 26 for and 1 against, tallied from the ballots, give rejected");
  }

  /**
   * 20 October 2025: the Council (energy) agrees its position on phasing out Russian gas imports,
   * Hungary and Slovakia voting against; each ballot weighs the member's share of the population.
   */
  private static Vote.Builder russianGas(Map<String, VoteOption> otherThanYes) {
    return Vote.builder()
        .id("vote-2025-10-20")
        .motion(Reference.of(RUSSIAN_GAS_PHASE_OUT))
        .date(PartialDate.of(2025, 10, 20))
        .rule(VotingRule.EU_COUNCIL_QUALIFIED_MAJORITY)
        .addAllBallots(rollOfTheTwentySeven(otherThanYes, true));
  }

  @Test
  void aQualifiedMajorityIsFiftyFivePerCentOfTheMembersWithSixtyFivePerCentOfThePopulation() {
    Map<String, VoteOption> against = Map.of("HU", VoteOption.NO, "SK", VoteOption.NO);

    assertThat(found(russianGas(against).result(VoteResult.ADOPTED).build())).isEmpty();
    assertThat(found(russianGas(against).build()))
        .containsExactly(
            "result-implied " + AT + "no result is declared; under eu-council-qualified-majority,"
                + " 25 of 27 members for, with 96.66% of the weight, tallied from the ballots, give adopted");
    assertThat(found(russianGas(against).result(VoteResult.REJECTED).build()))
        .containsExactly(
            "result-contradicts-counts " + AT + "declared rejected under eu-council-qualified-majority,"
                + " but 25 of 27 members for, with 96.66% of the weight, tallied from the ballots, give adopted");
  }

  @Test
  void aBlockingMinorityNeedsFourMembersAndAnAbstentionCountsAgainst() {
    // On the same shares: Germany, France and Italy, 46.89% of the population, are three members,
    // too few to block; with the Netherlands abstaining they are four, with 50.90%.
    Map<String, VoteOption> threeLargest = Map.of("DE", VoteOption.NO, "FR", VoteOption.NO, "IT", VoteOption.NO);
    Map<String, VoteOption> withTheNetherlands =
        Map.of("DE", VoteOption.NO, "FR", VoteOption.NO, "IT", VoteOption.NO, "NL", VoteOption.ABSTAIN);

    assertThat(found(russianGas(threeLargest).build()))
        .containsExactly(
            "result-implied " + AT + "no result is declared; under eu-council-qualified-majority,"
                + " 24 of 27 members for, with 53.11% of the weight but only 3 not for, too few to block,"
                + " tallied from the ballots, give adopted");
    assertThat(found(russianGas(withTheNetherlands).build()))
        .containsExactly(
            "result-implied " + AT + "no result is declared; under eu-council-qualified-majority,"
                + " 23 of 27 members for, with 49.11% of the weight, tallied from the ballots, give rejected");
  }

  @Test
  void aQualifiedMajorityIsNotJudgedWithoutEveryWeightOrTheWholeRollCall() {
    Vote vote = russianGas(Map.of("HU", VoteOption.NO, "SK", VoteOption.NO)).result(VoteResult.REJECTED).build();
    List<Ballot> unweighted = new ArrayList<>(vote.ballots());
    unweighted.set(0, Ballot.of(unweighted.get(0).voter().get(), VoteOption.YES));

    assertThat(found(vote.withBallots(unweighted))).isEmpty();
    assertThat(found(vote.withListedInFull(VoteOption.NO))).isEmpty();
  }
}
