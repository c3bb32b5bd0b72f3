package io.github.chancery.core.dossier;

import static io.github.chancery.core.testing.PublicRecords.findings;
import static io.github.chancery.core.testing.PublicRecords.state;
import static io.github.chancery.core.testing.PublicRecords.states;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.chancery.core.actor.State;
import io.github.chancery.core.legislature.Legislature;
import io.github.chancery.core.legislature.Motion;
import io.github.chancery.core.legislature.PermanentMember;
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
 * The Security Council's permanent members over time: the Union of Soviet Socialist Republics
 * (its state record, under its former code SU) until its seat passed to the Russian Federation on
 * 24/25 December 1991, the seat of China held by the Republic of China until General Assembly
 * resolution 2758 gave it to the People's Republic of China on 25 October 1971. Every check of
 * permanent members reads them on the vote's date.
 */
final class PermanentMembersOverTimeTest {
  private static final Reference<State> REPUBLIC_OF_CHINA = Reference.to("state-republic-of-china");
  private static final PartialDate CHARTER_IN_FORCE = PartialDate.of(1945, 10, 24);
  private static final PartialDate RESOLUTION_2758 = PartialDate.of(1971, 10, 25);

  private static final Legislature COUNCIL =
      Legislature.builder()
          .id("un-security-council")
          .name(MultilingualText.of("en", "United Nations Security Council"))
          .seatCount(15)
          .addAllPermanentMembers(List.of(state("FR"), state("GB"), state("US")))
          .addDatedPermanentMembers(
              PermanentMember.of(REPUBLIC_OF_CHINA, CHARTER_IN_FORCE, RESOLUTION_2758),
              PermanentMember.of(state("CN"), RESOLUTION_2758, null),
              PermanentMember.of(state("SU"), CHARTER_IN_FORCE, PartialDate.of(1991, 12, 24)),
              PermanentMember.of(state("RU"), PartialDate.of(1991, 12, 25), null))
          .build();

  private static Motion draft(String id, String title) {
    return Motion.builder().id(id).legislature(Reference.of(COUNCIL)).title(MultilingualText.of("en", title)).build();
  }

  private static final Motion SYRIA_AND_LEBANON = draft("s-pv-23-draft", "Draft resolution on foreign troops in Syria and Lebanon");
  private static final Motion BANGLADESH = draft("s-10771", "Draft resolution S/10771 (admission of Bangladesh)");
  private static final Motion UNFICYP_FINANCING = draft("s-25693", "Draft resolution S/25693 (financing of UNFICYP)");
  private static final Motion DRAFT_S_2022_155 = draft("s-2022-155", "Draft resolution S/2022/155");

  /** A vetoed draft as a list of vetoes records it: declared vetoed, the vetoing votes only. */
  private static Vote vetoed(Motion draft, PartialDate date, Reference<State> against) {
    return Vote.builder()
        .id("vote-" + draft.id())
        .motion(Reference.of(draft))
        .result(VoteResult.VETOED)
        .date(date)
        .addBallots(Ballot.of(against, VoteOption.NO))
        .addListedInFull(VoteOption.NO)
        .build();
  }

  private static List<String> found(Legislature council, Vote vote) {
    List<ChanceryRecord> records =
        new ArrayList<>(List.of(council, SYRIA_AND_LEBANON, BANGLADESH, UNFICYP_FINANCING, DRAFT_S_2022_155, vote));
    records.add(State.builder().id(REPUBLIC_OF_CHINA.id()).name(MultilingualText.of("en", "Republic of China")).build());
    records.addAll(states("CN", "FR", "RU", "GB", "US", "SU", "AL", "BR", "GA", "GH", "IE", "IN", "KE", "MX", "NO", "AE"));
    return findings(records);
  }

  private static List<String> found(Vote vote) {
    return found(COUNCIL, vote);
  }

  @Test
  void theSovietUnionsFirstVetoOf1946IsItsOwn() {
    // 16 February 1946: nine in favour, the USSR against, on foreign troops in Syria and Lebanon.
    PartialDate date = PartialDate.of(1946, 2, 16);

    assertThat(found(vetoed(SYRIA_AND_LEBANON, date, state("SU")))).isEmpty();
    assertThat(found(vetoed(SYRIA_AND_LEBANON, date, state("RU"))))
        .containsExactly(
            "veto-by-non-permanent-member records[5].result: declared vetoed, but the negative vote is of 'state-ru',"
                + " not a permanent member of un-security-council on 1946-02-16");
  }

  @Test
  void theRussianFederationsVetoOf1993IsItsOwnAndNotTheSovietUnions() {
    // 11 May 1993, draft S/25693: 14 in favour, the Russian Federation against.
    PartialDate date = PartialDate.of(1993, 5, 11);

    assertThat(found(vetoed(UNFICYP_FINANCING, date, state("RU")))).isEmpty();
    assertThat(found(vetoed(UNFICYP_FINANCING, date, state("SU"))))
        .containsExactly(
            "veto-by-non-permanent-member records[5].result: declared vetoed, but the negative vote is of 'state-su',"
                + " not a permanent member of un-security-council on 1993-05-11");
  }

  @Test
  void thePeoplesRepublicOfChinasFirstVetoOf1972IsNotTheRepublicOfChinas() {
    // 25 August 1972, draft S/10771 on the admission of Bangladesh: 11 in favour, China against,
    // Guinea, Somalia and the Sudan abstaining.
    PartialDate date = PartialDate.of(1972, 8, 25);

    assertThat(found(vetoed(BANGLADESH, date, state("CN")))).isEmpty();
    assertThat(found(vetoed(BANGLADESH, date, REPUBLIC_OF_CHINA)))
        .containsExactly(
            "veto-by-non-permanent-member records[5].result: declared vetoed, but the negative vote is of"
                + " 'state-republic-of-china', not a permanent member of un-security-council on 1972-08-25");
  }

  @Test
  void aVoteDatedOnlyToTheMonthOfTheSuccessionIsNotJudged() {
    // In December 1991 the seat may have been the USSR's or the Russian Federation's.
    assertThat(found(vetoed(UNFICYP_FINANCING, PartialDate.of(1991, 12), state("SU")))).isEmpty();
    assertThat(found(vetoed(UNFICYP_FINANCING, PartialDate.of(1991, 12), state("RU")))).isEmpty();
  }

  @Test
  void anUndatedListHasToNameBothTheSovietUnionAndTheRussianFederationForAllTime() {
    // The undated form stays valid and means "for all time": it cannot tell 1946 from 1993.
    Legislature undated =
        COUNCIL.withDatedPermanentMembers(List.of())
            .withPermanentMembers(state("CN"), state("FR"), state("GB"), state("US"), state("SU"), state("RU"));

    assertThat(found(undated, vetoed(SYRIA_AND_LEBANON, PartialDate.of(1946, 2, 16), state("RU")))).isEmpty();
    assertThat(found(undated, vetoed(UNFICYP_FINANCING, PartialDate.of(1993, 5, 11), state("SU")))).isEmpty();
  }

  @Test
  void theSecurityCouncilRuleReadsThePermanentMembersOfTheVotesDate() {
    // 25 February 2022, draft S/2022/155: 11-1-3, the Russian Federation against.
    List<Ballot> ballots = new ArrayList<>();
    for (String code : List.of("AL", "BR", "FR", "GA", "GH", "IE", "KE", "MX", "NO", "GB", "US")) {
      ballots.add(Ballot.of(state(code), VoteOption.YES));
    }
    ballots.add(Ballot.of(state("RU"), VoteOption.NO));
    for (String code : List.of("CN", "IN", "AE")) {
      ballots.add(Ballot.of(state(code), VoteOption.ABSTAIN));
    }
    Vote adopted =
        Vote.builder()
            .id("vote-s-2022-155")
            .motion(Reference.of(DRAFT_S_2022_155))
            .result(VoteResult.ADOPTED)
            .date(PartialDate.of(2022, 2, 25))
            .rule(VotingRule.SECURITY_COUNCIL_SUBSTANTIVE)
            .addCounts(Count.of(VoteOption.YES, 11), Count.of(VoteOption.NO, 1), Count.of(VoteOption.ABSTAIN, 3))
            .addAllBallots(ballots)
            .build();

    assertThat(found(adopted))
        .containsExactly(
            "result-contradicts-counts records[5].result: declared adopted under security-council-substantive,"
                + " but 11 affirmative votes and the negative vote of permanent member state-ru give vetoed");
    assertThat(found(adopted.withResult(VoteResult.VETOED))).isEmpty();
  }

  @Test
  void theLegislatureNamesItsPermanentMembersOnADate() {
    assertThat(COUNCIL.permanentMembersOn(PartialDate.of(1946, 2, 16)))
        .extracting(Reference::id)
        .containsExactly("state-fr", "state-gb", "state-us", "state-republic-of-china", "state-su");
    assertThat(COUNCIL.permanentMembersOn(PartialDate.of(2022, 2, 25)))
        .extracting(Reference::id)
        .containsExactly("state-fr", "state-gb", "state-us", "state-cn", "state-ru");
    assertThat(COUNCIL.permanentMembersOn(PartialDate.of(1991, 12)))
        .extracting(Reference::id)
        .containsExactly("state-fr", "state-gb", "state-us", "state-cn", "state-su", "state-ru");
    assertThat(COUNCIL.hasPermanentMembers()).isTrue();
  }
}
