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
import io.github.chancery.core.vote.RollCallExtent;
import io.github.chancery.core.vote.Vote;
import io.github.chancery.core.vote.VoteOption;
import io.github.chancery.core.vote.VoteResult;
import io.github.chancery.core.vote.VotingRule;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Partial roll calls in which no option is complete: a list of vetoed drafts names only the
 * vetoing member, a press release a few voters of every option. {@code roll_call: partial} says
 * so; without it the ballots are read as before.
 */
final class PartialRollCallTest {
  private static final Legislature COUNCIL =
      Legislature.builder()
          .id("un-security-council")
          .name(MultilingualText.of("en", "United Nations Security Council"))
          .seatCount(15)
          .addAllPermanentMembers(List.of(state("CN"), state("FR"), state("RU"), state("GB"), state("US")))
          .build();
  private static final Legislature ASSEMBLY =
      Legislature.builder().id("un-general-assembly").name(MultilingualText.of("en", "United Nations General Assembly")).build();
  private static final Motion KHAN_SHAYKHUN =
      Motion.builder()
          .id("draft-2017-04-12-khan-shaykhun")
          .legislature(Reference.of(COUNCIL))
          .title(MultilingualText.of("en", "Draft resolution on the chemical attack at Khan Shaykhun"))
          .build();
  private static final Motion AGGRESSION_AGAINST_UKRAINE =
      Motion.builder().id("a-es-11-l-1").legislature(Reference.of(ASSEMBLY)).title(MultilingualText.of("en", "Aggression against Ukraine")).build();

  /**
   * The vote of 12 April 2017 as a list of vetoed drafts gives it: 10 in favour, the Russian
   * Federation and Bolivia against, China, Ethiopia and Kazakhstan abstaining, and the ballot of the
   * vetoing member only.
   */
  private static Vote.Builder vetoList() {
    return Vote.builder()
        .id("vote-2017-04-12-khan-shaykhun")
        .motion(Reference.of(KHAN_SHAYKHUN))
        .result(VoteResult.VETOED)
        .date(PartialDate.of(2017, 4, 12))
        .rule(VotingRule.SECURITY_COUNCIL_SUBSTANTIVE)
        .addCounts(Count.of(VoteOption.YES, 10), Count.of(VoteOption.NO, 2), Count.of(VoteOption.ABSTAIN, 3))
        .addBallots(Ballot.of(state("RU"), VoteOption.NO));
  }

  /** Resolution ES-11/1 of 2 March 2022 as a press release reports it, naming a few voters of each option. */
  private static Vote pressRelease() {
    return Vote.builder()
        .id("vote-a-res-es-11-1")
        .motion(Reference.of(AGGRESSION_AGAINST_UKRAINE))
        .result(VoteResult.ADOPTED)
        .date(PartialDate.of(2022, 3, 2))
        .rule(VotingRule.TWO_THIRDS_PRESENT_AND_VOTING)
        .addCounts(Count.of(VoteOption.YES, 141), Count.of(VoteOption.NO, 5), Count.of(VoteOption.ABSTAIN, 35))
        .addBallots(
            Ballot.of(state("UA"), VoteOption.YES),
            Ballot.of(state("RU"), VoteOption.NO),
            Ballot.of(state("BY"), VoteOption.NO),
            Ballot.of(state("CN"), VoteOption.ABSTAIN),
            Ballot.of(state("IN"), VoteOption.ABSTAIN))
        .rollCall(RollCallExtent.PARTIAL)
        .build();
  }

  private static List<String> found(Vote vote) {
    List<ChanceryRecord> records = new ArrayList<>(List.of(COUNCIL, ASSEMBLY, KHAN_SHAYKHUN, AGGRESSION_AGAINST_UKRAINE, vote));
    records.addAll(states("CN", "FR", "RU", "GB", "US", "UA", "BY", "IN"));
    return findings(records);
  }

  @Test
  void aListOfVetoesNamingOnlyTheVetoingMemberIsAPartialRollCall() {
    Vote partial = vetoList().rollCall(RollCallExtent.PARTIAL).build();

    assertThat(partial.listsInFull(VoteOption.NO)).isFalse();
    assertThat(partial.listsInFull(VoteOption.YES)).isFalse();
    assertThat(partial.isWholeRollCall()).isFalse();
    assertThat(found(partial)).isEmpty();
  }

  @Test
  void withoutSayingSoTheSameBallotsAreReadAsBefore() {
    // Read as the whole roll call, every count disagrees with the one ballot.
    assertThat(found(vetoList().build()))
        .containsExactly(
            "counts-disagree-with-ballots records[4].counts[0].value: 'yes' is counted 10 but 0 ballots were cast for it",
            "counts-disagree-with-ballots records[4].counts[1].value: 'no' is counted 2 but 1 ballot was cast for it",
            "counts-disagree-with-ballots records[4].counts[2].value: 'abstain' is counted 3 but 0 ballots were cast for it");
    // Listing those against in full is not true either: Bolivia's negative vote is not listed.
    assertThat(found(vetoList().addListedInFull(VoteOption.NO).build()))
        .containsExactly(
            "counts-disagree-with-ballots records[4].counts[1].value: 'no' is counted 2 but 1 ballot was cast for it");
  }

  @Test
  void aPressReleaseNamingSomeVotersOfEveryOptionComparesNoCount() {
    assertThat(found(pressRelease())).isEmpty();
    assertThat(found(pressRelease().withResult(VoteResult.REJECTED)))
        .containsExactly(
            "result-contradicts-counts records[4].result: declared rejected under two-thirds-present-and-voting,"
                + " but 141 for of 146 present and voting give adopted");
  }

  @Test
  void aPartialRollCallMayStillListSomeOptionsInFull() {
    Vote vote = vetoList().rollCall(RollCallExtent.PARTIAL).addListedInFull(VoteOption.NO).build();

    assertThat(vote.listsInFull(VoteOption.NO)).isTrue();
    assertThat(vote.listsInFull(VoteOption.ABSTAIN)).isFalse();
    assertThat(found(vote))
        .containsExactly(
            "counts-disagree-with-ballots records[4].counts[1].value: 'no' is counted 2 but 1 ballot was cast for it");
  }

  @Test
  void aCompleteRollCallListsEveryOptionInFull() {
    Vote vote = vetoList().rollCall(RollCallExtent.COMPLETE).addListedInFull(VoteOption.NO).build();

    assertThat(vote.listsInFull(VoteOption.YES)).isTrue();
    assertThat(vote.isWholeRollCall()).isTrue();
    assertThat(found(vote)).hasSize(3);
  }

  @Test
  void aRollCallExtentOfAnotherPublisherIsKeptAndReadAsIfNoneWereGiven() {
    Vote vote = vetoList().rollCall(RollCallExtent.of("vetoing-members-only")).build();

    assertThat(vote.rollCall()).hasValueSatisfying(extent -> assertThat(extent.isKnown()).isFalse());
    assertThat(vote.listsInFull(VoteOption.YES)).isTrue();
    assertThat(found(vote))
        .hasSize(4)
        .endsWith(
            "unknown-code records[4].roll_call: 'vetoing-members-only' is not a known roll call extent; it is kept"
                + " verbatim and no rule reads it (known: complete, partial)");
  }
}
