package io.github.chancery.core.dossier;

import static io.github.chancery.core.testing.PublicRecords.UN_MEMBERS;
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
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Roll calls published as ballots without counts, as roll-call datasets and Popolo exports give
 * them: the report tallies the ballots of the options listed in full and checks the result, the
 * rule and the veto on that tally, saying that it came from the ballots.
 */
final class BallotTallyTest {
  private static final Legislature ASSEMBLY =
      Legislature.builder().id("un-general-assembly").name(MultilingualText.of("en", "United Nations General Assembly")).build();
  private static final Legislature COUNCIL =
      Legislature.builder()
          .id("un-security-council")
          .name(MultilingualText.of("en", "United Nations Security Council"))
          .seatCount(15)
          .addAllPermanentMembers(List.of(state("CN"), state("FR"), state("RU"), state("GB"), state("US")))
          .build();
  private static final Motion AGGRESSION_AGAINST_UKRAINE =
      Motion.builder()
          .id("a-es-11-l-1")
          .legislature(Reference.of(ASSEMBLY))
          .title(MultilingualText.of("en", "Aggression against Ukraine"))
          .build();
  private static final Motion DRAFT_S_2022_155 =
      Motion.builder()
          .id("s-2022-155")
          .legislature(Reference.of(COUNCIL))
          .title(MultilingualText.of("en", "Draft resolution S/2022/155"))
          .build();

  private static final List<String> AGAINST_ES_11_1 = List.of("BY", "KP", "ER", "RU", "SY");
  private static final List<String> ABSTAINING_ES_11_1 =
      List.of(
          "DZ", "AO", "AM", "BD", "BO", "BI", "CF", "CN", "CG", "CU", "SV", "GQ", "IN", "IR", "IQ", "KZ", "KG", "LA",
          "MG", "ML", "MN", "MZ", "NA", "NI", "PK", "SN", "ZA", "SS", "LK", "SD", "TJ", "UG", "TZ", "VN", "ZW");
  private static final List<String> NOT_VOTING_ES_11_1 =
      List.of("AZ", "BF", "CM", "SZ", "ET", "GN", "GW", "MA", "TG", "TM", "UZ", "VE");

  /**
   * The recorded vote of 2 March 2022 on draft A/ES-11/L.1, adopted as resolution ES-11/1: 141 in
   * favour, 5 against, 35 abstentions and 12 not voting, one ballot per member state and no counts.
   */
  private static Vote.Builder rollCallEs11(VoteResult declared) {
    List<Ballot> ballots = new ArrayList<>();
    for (String code : UN_MEMBERS) {
      VoteOption option =
          AGAINST_ES_11_1.contains(code) ? VoteOption.NO
              : ABSTAINING_ES_11_1.contains(code) ? VoteOption.ABSTAIN
              : NOT_VOTING_ES_11_1.contains(code) ? VoteOption.ABSENT
              : VoteOption.YES;
      ballots.add(Ballot.of(state(code), option));
    }
    Vote.Builder vote =
        Vote.builder()
            .id("vote-a-res-es-11-1")
            .motion(Reference.of(AGGRESSION_AGAINST_UKRAINE))
            .date(PartialDate.of(2022, 3, 2))
            .rule(VotingRule.TWO_THIRDS_PRESENT_AND_VOTING)
            .addAllBallots(ballots);
    return declared == null ? vote : vote.result(declared);
  }

  /**
   * The Security Council's vote of 25 February 2022 on draft S/2022/155: 11 in favour, the Russian
   * Federation against, China, India and the United Arab Emirates abstaining; ballots, no counts.
   */
  private static Vote draftS2022155(VoteResult declared) {
    List<Ballot> ballots = new ArrayList<>();
    for (String code : List.of("AL", "BR", "FR", "GA", "GH", "IE", "KE", "MX", "NO", "GB", "US")) {
      ballots.add(Ballot.of(state(code), VoteOption.YES));
    }
    ballots.add(Ballot.of(state("RU"), VoteOption.NO));
    for (String code : List.of("CN", "IN", "AE")) {
      ballots.add(Ballot.of(state(code), VoteOption.ABSTAIN));
    }
    Vote.Builder vote =
        Vote.builder()
            .id("vote-s-2022-155")
            .motion(Reference.of(DRAFT_S_2022_155))
            .date(PartialDate.of(2022, 2, 25))
            .rule(VotingRule.SECURITY_COUNCIL_SUBSTANTIVE)
            .addAllBallots(ballots);
    return (declared == null ? vote : vote.result(declared)).build();
  }

  private static List<String> found(Vote vote) {
    List<ChanceryRecord> records = new ArrayList<>(List.of(ASSEMBLY, COUNCIL, AGGRESSION_AGAINST_UKRAINE, DRAFT_S_2022_155, vote));
    records.addAll(states(UN_MEMBERS));
    return findings(records);
  }

  @Test
  void theRollCallOfResolutionEs11IsOneBallotPerMemberState() {
    Vote vote = rollCallEs11(VoteResult.ADOPTED).build();

    assertThat(vote.ballots()).hasSize(193);
    assertThat(vote.ballots().stream().collect(Collectors.groupingBy(b -> b.option().code(), Collectors.counting())))
        .containsEntry("yes", 141L)
        .containsEntry("no", 5L)
        .containsEntry("abstain", 35L)
        .containsEntry("absent", 12L);
    assertThat(vote.counts()).isEmpty();
    assertThat(found(vote)).isEmpty();
  }

  @Test
  void aRollCallOf141To5DeclaredRejectedIsReportedFromItsBallots() {
    assertThat(found(rollCallEs11(VoteResult.REJECTED).build()))
        .containsExactly(
            "result-contradicts-counts records[4].result: declared rejected under two-thirds-present-and-voting,"
                + " but 141 for of 146 present and voting, tallied from the ballots, give adopted");
  }

  @Test
  void aRollCallWithoutADeclaredResultImpliesTheResultItsBallotsGive() {
    assertThat(found(rollCallEs11(null).build()))
        .containsExactly(
            "result-implied records[4].result: no result is declared; under two-thirds-present-and-voting,"
                + " 141 for of 146 present and voting, tallied from the ballots, give adopted");
  }

  @Test
  void aSecurityCouncilDraftDeclaredAdoptedWhoseBallotsShowAPermanentMemberAgainstIsReported() {
    assertThat(found(draftS2022155(VoteResult.VETOED))).isEmpty();
    assertThat(found(draftS2022155(VoteResult.REJECTED))).isEmpty();
    assertThat(found(draftS2022155(VoteResult.ADOPTED)))
        .containsExactly(
            "result-contradicts-counts records[4].result: declared adopted under security-council-substantive,"
                + " but 11 affirmative votes and the negative vote of permanent member state-ru, tallied from the ballots,"
                + " give vetoed");
    assertThat(found(draftS2022155(null)))
        .containsExactly(
            "result-implied records[4].result: no result is declared; under security-council-substantive,"
                + " 11 affirmative votes and the negative vote of permanent member state-ru, tallied from the ballots,"
                + " give vetoed");
  }

  @Test
  void onlyTheOptionsListedInFullAreTallied() {
    // Only those against are listed: the 141 in favour cannot be counted from the ballots.
    List<Ballot> against = AGAINST_ES_11_1.stream().map(c -> Ballot.of(state(c), VoteOption.NO)).collect(Collectors.toList());
    Vote partial =
        Vote.builder()
            .id("vote-a-res-es-11-1")
            .motion(Reference.of(AGGRESSION_AGAINST_UKRAINE))
            .date(PartialDate.of(2022, 3, 2))
            .rule(VotingRule.TWO_THIRDS_PRESENT_AND_VOTING)
            .result(VoteResult.REJECTED)
            .addAllBallots(against)
            .addListedInFull(VoteOption.NO)
            .build();

    assertThat(found(partial)).isEmpty();
  }

  @Test
  void countsWhenGivenAreCheckedRatherThanTheBallots() {
    // The counts decide; the ballots are only compared with them, as before.
    Vote counted =
        rollCallEs11(VoteResult.REJECTED)
            .addCounts(Count.of(VoteOption.YES, 141), Count.of(VoteOption.NO, 5), Count.of(VoteOption.ABSTAIN, 35))
            .build();

    assertThat(found(counted))
        .containsExactly(
            "result-contradicts-counts records[4].result: declared rejected under two-thirds-present-and-voting,"
                + " but 141 for of 146 present and voting give adopted");
  }

  @Test
  void tellersAreNotTallied() {
    // As in Westminster's division totals, a teller's ballot is not a vote for the option.
    Vote vote = draftS2022155(VoteResult.VETOED);
    List<Ballot> ballots = new ArrayList<>(vote.ballots());
    ballots.set(0, ballots.get(0).withRole(Ballot.TELLER));
    ballots.set(1, ballots.get(1).withRole(Ballot.TELLER));
    ballots.set(2, ballots.get(2).withRole(Ballot.TELLER));

    assertThat(found(vote.withBallots(ballots)))
        .containsExactly(
            "result-contradicts-counts records[4].result: declared vetoed under security-council-substantive,"
                + " but only 8 affirmative votes, where nine are needed, tallied from the ballots, give rejected");
  }
}
