package io.github.chancery.core.dossier;

import static io.github.chancery.core.testing.PublicRecords.findings;
import static io.github.chancery.core.testing.Violated.once;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.chancery.core.actor.Person;
import io.github.chancery.core.legislature.Legislature;
import io.github.chancery.core.legislature.Motion;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.text.MultilingualText;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.validation.ViolationCode;
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
 * Declared totals that differ from the roll because a seat was vacant or a member recused
 * themselves, as roll-call publishers get them wrong: the vacant seat counted as not voting, the
 * recused member left out of the counts. A vote records its vacant seats and recused members, and
 * the report explains the difference with them.
 */
final class VacanciesAndRecusalsTest {
  private static final Legislature SENATE =
      Legislature.builder().id("us-senate").name(MultilingualText.of("en", "United States Senate")).seatCount(100).build();
  private static final Motion DODD_FRANK_CLOTURE =
      Motion.builder()
          .id("h-r-4173-conference-report-cloture")
          .legislature(Reference.of(SENATE))
          .title(MultilingualText.of("en", "Motion to invoke cloture on the conference report to H.R. 4173"))
          .build();
  private static final Motion CHAO_NOMINATION =
      Motion.builder()
          .id("pn-31-115")
          .legislature(Reference.of(SENATE))
          .title(MultilingualText.of("en", "Nomination of Elaine L. Chao to be Secretary of Transportation"))
          .build();

  private static Person senator(String id, String name) {
    return Person.builder().id(id).name(MultilingualText.of("en", name)).build();
  }

  private static final Person CRAPO = senator("senator-crapo", "Mike Crapo");
  private static final Person MCCONNELL = senator("senator-mcconnell", "Mitch McConnell");
  /** The six senators who voted against Elaine Chao's nomination. */
  private static final List<Person> AGAINST_CHAO =
      List.of(
          senator("senator-booker", "Cory Booker"),
          senator("senator-gillibrand", "Kirsten Gillibrand"),
          senator("senator-merkley", "Jeff Merkley"),
          senator("senator-sanders", "Bernie Sanders"),
          senator("senator-schumer", "Charles Schumer"),
          senator("senator-warren", "Elizabeth Warren"));

  /**
   * 15 July 2010: cloture on the Dodd-Frank conference report, 60 to 38, with Senator Crapo not
   * voting and Senator Byrd's seat vacant; the roll names the senator not voting. The publisher
   * counts the vacant seat as not voting too, so that the figures add up to 100.
   */
  private static Vote.Builder doddFrank() {
    return Vote.builder()
        .id("vote-2010-07-15")
        .motion(Reference.of(DODD_FRANK_CLOTURE))
        .date(PartialDate.of(2010, 7, 15))
        .rule(VotingRule.THREE_FIFTHS_DULY_CHOSEN_AND_SWORN)
        .result(VoteResult.ADOPTED)
        .addCounts(Count.of(VoteOption.YES, 60), Count.of(VoteOption.NO, 38), Count.of(VoteOption.NOT_VOTING, 2))
        .addBallots(Ballot.of(Reference.of(CRAPO), VoteOption.NOT_VOTING))
        .addListedInFull(VoteOption.NOT_VOTING);
  }

  /**
   * 31 January 2017: Elaine Chao confirmed 93 to 6, her husband, Senator McConnell, voting
   * present; the roll names those against and the senator present, whose recusal the publisher
   * leaves out of the counts.
   */
  private static Vote.Builder chao(boolean mcConnellOnTheRoll) {
    Vote.Builder vote =
        Vote.builder()
            .id("vote-2017-01-31")
            .motion(Reference.of(CHAO_NOMINATION))
            .date(PartialDate.of(2017, 1, 31))
            .rule(VotingRule.SIMPLE_MAJORITY)
            .result(VoteResult.ADOPTED)
            .addCounts(Count.of(VoteOption.YES, 93), Count.of(VoteOption.NO, 6))
            .addListedInFull(VoteOption.NO, VoteOption.OTHER);
    for (Person senator : AGAINST_CHAO) {
      vote.addBallots(Ballot.of(Reference.of(senator), VoteOption.NO));
    }
    return mcConnellOnTheRoll ? vote.addBallots(Ballot.of(Reference.of(MCCONNELL), VoteOption.OTHER)) : vote;
  }

  private static List<String> found(Vote vote) {
    List<ChanceryRecord> records = new ArrayList<>(List.of(SENATE, DODD_FRANK_CLOTURE, CHAO_NOMINATION, CRAPO, MCCONNELL));
    records.addAll(AGAINST_CHAO);
    records.add(vote);
    return findings(records);
  }

  private static final String AT = "records[11].";

  @Test
  void aVacantSeatCountedAsNotVotingIsExplainedByTheVacancy() {
    assertThat(found(doddFrank().build()))
        .containsExactly(
            "counts-disagree-with-ballots " + AT + "counts[2].value: 'not voting' is counted 2 but 1 ballot was cast for it");
    assertThat(found(doddFrank().vacantSeats(1).build()))
        .containsExactly(
            "counts-explained-by-vacancies-or-recusals " + AT + "counts[2].value: 'not voting' is counted 2"
                + " but 1 ballot was cast for it; the difference is the vacant seat, which the count includes");
  }

  @Test
  void aRecusedMemberWithoutABallotExplainsNoDifferenceInTheVotesAgainst() {
    // A recused member casts no vote against: a publisher's 7 against is not explained by the recusal.
    Vote sevenAgainst =
        chao(false).counts(List.of(Count.of(VoteOption.YES, 93), Count.of(VoteOption.NO, 7))).addRecusedMembers(Reference.of(MCCONNELL)).build();

    assertThat(found(sevenAgainst))
        .containsExactly("counts-disagree-with-ballots " + AT + "counts[1].value: 'no' is counted 7 but 6 ballots were cast for it");
  }

  @Test
  void countsWithoutARollThatIncludeAVacantSeatAreExplainedByIt() {
    Vote countsOnly = doddFrank().ballots(List.of()).listedInFull(List.of()).vacantSeats(1).build();

    assertThat(found(countsOnly))
        .containsExactly(
            "counts-explained-by-vacancies-or-recusals " + AT + "counts: 100 votes are counted but only 99 of the 100"
                + " seats of us-senate were filled; the difference is the vacant seat, which the counts include");
    assertThat(found(countsOnly.withVacantSeats(2)))
        .containsExactly(
            "counts-explained-by-vacancies-or-recusals " + AT + "counts: 100 votes are counted but only 98 of the 100"
                + " seats of us-senate were filled; the difference is the 2 vacant seats, which the counts include");
    assertThat(found(countsOnly.withCounts(Count.of(VoteOption.YES, 60), Count.of(VoteOption.NO, 38)))).isEmpty();
  }

  @Test
  void aRecusedMembersBallotLeftOutOfTheCountIsExplainedByTheRecusal() {
    Vote.Builder leftOut = chao(true).addCounts(Count.of(VoteOption.OTHER, 0));

    assertThat(found(leftOut.build()))
        .containsExactly(
            "counts-disagree-with-ballots " + AT + "counts[2].value: 'other' is counted 0 but 1 ballot was cast for it");
    assertThat(found(leftOut.addRecusedMembers(Reference.of(MCCONNELL)).build()))
        .containsExactly(
            "counts-explained-by-vacancies-or-recusals " + AT + "counts[2].value: 'other' is counted 0 but 1 ballot"
                + " was cast for it; the difference is the recused member 'senator-mcconnell', whose ballot the count"
                + " leaves out");
  }

  @Test
  void aRecusedMemberCountedWithNoBallotIsExplainedByTheRecusal() {
    Vote.Builder counted = chao(false).addCounts(Count.of(VoteOption.OTHER, 1));

    assertThat(found(counted.build()))
        .containsExactly(
            "counts-disagree-with-ballots " + AT + "counts[2].value: 'other' is counted 1 but 0 ballots were cast for it");
    assertThat(found(counted.addRecusedMembers(Reference.of(MCCONNELL)).build()))
        .containsExactly(
            "counts-explained-by-vacancies-or-recusals " + AT + "counts[2].value: 'other' is counted 1 but 0 ballots"
                + " were cast for it; the difference is the recused member 'senator-mcconnell', whom the count includes"
                + " with no ballot");
  }

  @Test
  void aRecusedMemberWithABallotForOrAgainstIsReported() {
    // A dataset that records Senator McConnell as voting for his wife's nomination.
    List<Ballot> ballots = new ArrayList<>(chao(false).build().ballots());
    ballots.add(Ballot.of(Reference.of(MCCONNELL), VoteOption.YES));
    Vote vote = chao(false).ballots(ballots).addRecusedMembers(Reference.of(MCCONNELL)).build();

    assertThat(found(vote))
        .containsExactly(
            "recused-member-voted " + AT + "ballots[6].option: 'senator-mcconnell' is recorded as recused but has a"
                + " ballot 'yes'");
    assertThat(found(chao(true).addRecusedMembers(Reference.of(MCCONNELL)).build())).isEmpty();
  }

  @Test
  void vacantSeatsAreNotNegativeAndARecusedMemberIsListedOnce() {
    once(() -> doddFrank().vacantSeats(-1).build(), "vacant_seats", ViolationCode.NEGATIVE);
    once(
        () -> chao(true).addRecusedMembers(Reference.of(MCCONNELL), Reference.of(MCCONNELL)).build(),
        "recused_member_ids[1]",
        ViolationCode.DUPLICATE);
  }
}
