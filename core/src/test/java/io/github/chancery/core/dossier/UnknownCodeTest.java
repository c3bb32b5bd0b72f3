package io.github.chancery.core.dossier;

import static io.github.chancery.core.testing.PublicRecords.findings;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.chancery.core.actor.Person;
import io.github.chancery.core.legislature.Legislature;
import io.github.chancery.core.legislature.LegislatureKind;
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
 * Codes a partner publishes in its own words, kept verbatim as designed: the report names each
 * value no rule can read, where it is, and the values its list knows.
 */
final class UnknownCodeTest {
  private static final Legislature HOUSE =
      Legislature.builder()
          .id("us-house")
          .name(MultilingualText.of("en", "United States House of Representatives"))
          .seatCount(435)
          .build();
  private static final Motion RESPECT_FOR_MARRIAGE =
      Motion.builder()
          .id("h-r-8404-concur")
          .legislature(Reference.of(HOUSE))
          .title(MultilingualText.of("en", "On motion to concur in the Senate amendment to H.R. 8404, Respect for Marriage Act"))
          .build();
  private static final Person OWENS = Person.builder().id("representative-owens").name(MultilingualText.of("en", "Burgess Owens")).build();

  /**
   * 8 December 2022: the House concurs, 258 to 169, Representative Owens voting present; as a
   * partner's export gives it, in the Clerk's words for the options and its own for the result.
   */
  private static Vote.Builder asPublished() {
    return Vote.builder()
        .id("vote-2022-12-08")
        .motion(Reference.of(RESPECT_FOR_MARRIAGE))
        .date(PartialDate.of(2022, 12, 8))
        .rule(VotingRule.SIMPLE_MAJORITY)
        .result(VoteResult.of("passed"))
        .addCounts(Count.of(VoteOption.of("Yea"), 258), Count.of(VoteOption.of("Nay"), 169), Count.of(VoteOption.of("Present"), 1))
        .addBallots(Ballot.of(Reference.of(OWENS), VoteOption.of("Present")))
        .addListedInFull(VoteOption.of("Present"));
  }

  private static List<String> found(ChanceryRecord... more) {
    List<ChanceryRecord> records = new ArrayList<>(List.of(HOUSE, RESPECT_FOR_MARRIAGE, OWENS));
    records.addAll(List.of(more));
    return findings(records);
  }

  private static final String OPTIONS = "(known: yes, no, abstain, absent, not voting, paired, excused, other)";

  @Test
  void aResultAndOptionsInAPartnersWordsAreKeptAndNamedByTheReport() {
    Vote vote = asPublished().build();

    assertThat(vote.result()).hasValueSatisfying(result -> assertThat(result.code()).isEqualTo("passed"));
    assertThat(vote.isAdopted()).isFalse();
    assertThat(vote.count(VoteOption.YES)).isEmpty();
    assertThat(found(vote))
        .containsExactly(
            "unknown-code records[3].result: 'passed' is not a known vote result; it is kept verbatim and no rule reads it"
                + " (known: adopted, rejected, tied, vetoed, withdrawn)",
            "unknown-code records[3].counts[0].option: 'Yea' is not a known vote option; it is kept verbatim and no rule"
                + " reads it " + OPTIONS,
            "unknown-code records[3].counts[1].option: 'Nay' is not a known vote option; it is kept verbatim and no rule"
                + " reads it " + OPTIONS,
            "unknown-code records[3].counts[2].option: 'Present' is not a known vote option; it is kept verbatim and no"
                + " rule reads it " + OPTIONS,
            "unknown-code records[3].ballots[0].option: 'Present' is not a known vote option; it is kept verbatim and no"
                + " rule reads it " + OPTIONS,
            "unknown-code records[3].listed_in_full[0]: 'Present' is not a known vote option; it is kept verbatim and no"
                + " rule reads it " + OPTIONS);
  }

  @Test
  void theSameVoteInTheLibrarysCodesIsCheckedAndHasNoFinding() {
    Vote vote =
        asPublished()
            .result(VoteResult.ADOPTED)
            .counts(List.of(Count.of(VoteOption.YES, 258), Count.of(VoteOption.NO, 169), Count.of(VoteOption.OTHER, 1)))
            .ballots(List.of(Ballot.of(Reference.of(OWENS), VoteOption.OTHER)))
            .listedInFull(List.of(VoteOption.OTHER))
            .build();

    assertThat(vote.isAdopted()).isTrue();
    assertThat(found(vote)).isEmpty();
    assertThat(found(vote.withResult(VoteResult.REJECTED)))
        .containsExactly(
            "result-contradicts-counts records[3].result: declared rejected under simple-majority,"
                + " but 258 for and 169 against give adopted");
  }

  @Test
  void aRuleOfThePublishersOwnIsNamedAsWellAsTheCodesOfOtherRecords() {
    Vote vote = asPublished().result(VoteResult.ADOPTED).rule(VotingRule.of("majority-of-those-voting")).counts(List.of()).ballots(List.of()).listedInFull(List.of()).build();
    Legislature house = HOUSE.withKind(LegislatureKind.of("lower house"));

    assertThat(findings(List.of(house, RESPECT_FOR_MARRIAGE, OWENS, vote)))
        .containsExactly(
            "unknown-code records[0].kind: 'lower house' is not a known legislature kind; it is kept verbatim and no rule"
                + " reads it (known: " + String.join(", ", LegislatureKind.knownValues().stream().map(k -> k.code()).toArray(String[]::new)) + ")",
            "unknown-code records[3].rule: 'majority-of-those-voting' is not a known voting rule; it is kept verbatim and"
                + " no rule reads it (known: simple-majority, two-thirds-present-and-voting, absolute-majority,"
                + " security-council-substantive, concurrent-majorities, consensus, three-fifths-duly-chosen-and-sworn,"
                + " two-thirds-of-members, unanimity-of-those-present, eu-council-qualified-majority)");
  }

  @Test
  void anIdentifierOfAPublishersOwnRegisterIsNoUnknownCode() {
    // The Clerk's roll call number, in the Clerk's own register: a register's name, not a code.
    Vote vote = asPublished().result(VoteResult.ADOPTED)
        .counts(List.of(Count.of(VoteOption.YES, 258), Count.of(VoteOption.NO, 169), Count.of(VoteOption.OTHER, 1)))
        .ballots(List.of(Ballot.of(Reference.of(OWENS), VoteOption.OTHER))).listedInFull(List.of(VoteOption.OTHER))
        .addIdentifier(io.github.chancery.core.record.Identifier.of("clerk-house-roll-call", "2022-513"))
        .build();

    assertThat(found(vote)).isEmpty();
  }
}
