package io.github.chancery.core.dossier;

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
import org.junit.jupiter.api.Test;

/**
 * Vetoes as the lists of vetoed drafts give them: a date, the draft, and the negative votes of the
 * vetoing members, no counts. A veto needs a permanent member's negative vote, so a draft declared
 * vetoed whose negative votes are all of other members names the wrong member.
 */
final class DeclaredVetoTest {
  /** The Council as it is today, its permanent members listed undated. */
  private static final Legislature COUNCIL =
      Legislature.builder()
          .id("un-security-council")
          .name(MultilingualText.of("en", "United Nations Security Council"))
          .seatCount(15)
          .addAllPermanentMembers(List.of(state("CN"), state("FR"), state("RU"), state("GB"), state("US")))
          .build();

  private static Motion draft(String id, String title) {
    return Motion.builder().id(id).legislature(Reference.of(COUNCIL)).title(MultilingualText.of("en", title)).build();
  }

  private static final Motion UNFICYP_FINANCING = draft("s-25693", "Draft resolution S/25693 (financing of UNFICYP)");
  private static final Motion DRAFT_S_2022_155 = draft("s-2022-155", "Draft resolution S/2022/155");

  /** A vetoed draft as a list of vetoes records it: declared vetoed, the vetoing votes only. */
  private static Vote vetoed(Motion draft, PartialDate date, String... against) {
    Vote.Builder vote = Vote.builder().id("vote-" + draft.id()).motion(Reference.of(draft)).result(VoteResult.VETOED).date(date);
    for (String code : against) {
      vote.addBallots(Ballot.of(state(code), VoteOption.NO));
    }
    return vote.addListedInFull(VoteOption.NO).build();
  }

  private static List<String> found(Vote vote) {
    List<ChanceryRecord> records = new ArrayList<>(List.of(COUNCIL, UNFICYP_FINANCING, DRAFT_S_2022_155, vote));
    records.addAll(states("CN", "FR", "RU", "GB", "US", "SU", "IN", "AL", "BR", "GA", "GH", "IE", "KE", "MX", "NO", "AE"));
    return findings(records);
  }

  @Test
  void theRussianFederationsVetoOfTheFinancingOfUnficypIsARealVeto() {
    // 11 May 1993, draft S/25693: 14 in favour, the Russian Federation against.
    assertThat(found(vetoed(UNFICYP_FINANCING, PartialDate.of(1993, 5, 11), "RU"))).isEmpty();
  }

  @Test
  void aVetoRecordedUnderTheCodeOfTheSovietUnionAfterItsSeatPassedIsReported() {
    // The same veto, coded as the USSR's by a dataset that kept the old code after December 1991.
    assertThat(found(vetoed(UNFICYP_FINANCING, PartialDate.of(1993, 5, 11), "SU")))
        .containsExactly(
            "veto-by-non-permanent-member records[3].result: declared vetoed, but the negative vote is of 'state-su',"
                + " not a permanent member of un-security-council on 1993-05-11");
  }

  @Test
  void aVetoWhoseOnlyNegativeVoteIsAnElectedMembersIsReported() {
    // Draft S/2022/155 of 25 February 2022, with India (which abstained) as the vetoing member.
    assertThat(found(vetoed(DRAFT_S_2022_155, PartialDate.of(2022, 2, 25), "IN")))
        .containsExactly(
            "veto-by-non-permanent-member records[3].result: declared vetoed, but the negative vote is of 'state-in',"
                + " not a permanent member of un-security-council on 2022-02-25");
    assertThat(found(vetoed(DRAFT_S_2022_155, PartialDate.of(2022, 2, 25), "RU"))).isEmpty();
    assertThat(found(vetoed(DRAFT_S_2022_155, PartialDate.of(2022, 2, 25), "IN", "RU"))).isEmpty();
  }

  @Test
  void aVetoWithoutNegativeBallotsOrWithoutRecordedPermanentMembersIsNotJudged() {
    Vote noBallots = vetoed(DRAFT_S_2022_155, PartialDate.of(2022, 2, 25));
    Vote abstentionsOnly = noBallots.withBallots(Ballot.of(state("CN"), VoteOption.ABSTAIN));
    List<ChanceryRecord> withoutPermanentMembers =
        new ArrayList<>(List.of(COUNCIL.withPermanentMembers(List.of()), DRAFT_S_2022_155, vetoed(DRAFT_S_2022_155, PartialDate.of(2022, 2, 25), "IN")));
    withoutPermanentMembers.addAll(states("IN"));

    assertThat(found(noBallots)).isEmpty();
    assertThat(found(abstentionsOnly)).isEmpty();
    assertThat(findings(withoutPermanentMembers)).isEmpty();
  }

  @Test
  void aVetoTheCountsAlreadyContradictIsReportedOnceUnderItsRule() {
    // The whole vote of 25 February 2022 with India against instead of the Russian Federation: the
    // rule's check says so, and the veto check adds nothing.
    List<Ballot> ballots = new ArrayList<>();
    for (String code : List.of("AL", "BR", "FR", "GA", "GH", "IE", "KE", "MX", "NO", "GB", "US")) {
      ballots.add(Ballot.of(state(code), VoteOption.YES));
    }
    ballots.add(Ballot.of(state("IN"), VoteOption.NO));
    for (String code : List.of("CN", "RU", "AE")) {
      ballots.add(Ballot.of(state(code), VoteOption.ABSTAIN));
    }
    Vote vote =
        vetoed(DRAFT_S_2022_155, PartialDate.of(2022, 2, 25))
            .withListedInFull(List.of())
            .withRule(VotingRule.SECURITY_COUNCIL_SUBSTANTIVE)
            .withCounts(Count.of(VoteOption.YES, 11), Count.of(VoteOption.NO, 1), Count.of(VoteOption.ABSTAIN, 3))
            .withBallots(ballots);

    assertThat(found(vote))
        .containsExactly(
            "result-contradicts-counts records[3].result: declared vetoed under security-council-substantive,"
                + " but 11 affirmative votes and no permanent member against give adopted");
  }
}
