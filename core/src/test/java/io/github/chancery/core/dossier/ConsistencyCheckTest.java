package io.github.chancery.core.dossier;

import static io.github.chancery.core.dossier.DossierTest.AZ;
import static io.github.chancery.core.dossier.DossierTest.FR;
import static io.github.chancery.core.dossier.DossierTest.MOTION;
import static io.github.chancery.core.dossier.DossierTest.NOTE;
import static io.github.chancery.core.dossier.DossierTest.SENATE;
import static io.github.chancery.core.dossier.DossierTest.SOURCE;
import static io.github.chancery.core.dossier.DossierTest.VOTE;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.chancery.core.actor.Office;
import io.github.chancery.core.actor.Person;
import io.github.chancery.core.actor.State;
import io.github.chancery.core.legislature.Legislature;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.source.Source;
import io.github.chancery.core.text.MultilingualText;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.treaty.Signature;
import io.github.chancery.core.treaty.Treaty;
import io.github.chancery.core.vote.Ballot;
import io.github.chancery.core.vote.Count;
import io.github.chancery.core.vote.Vote;
import io.github.chancery.core.vote.VoteOption;
import io.github.chancery.core.vote.VoteResult;
import io.github.chancery.core.vote.VotingRule;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class ConsistencyCheckTest {
  private static final Reference<Person> ALICE = Reference.to("person-alice");
  private static final Reference<Person> BOB = Reference.to("person-bob");

  private static ConsistencyReport check(ChanceryRecord... extra) {
    List<ChanceryRecord> records = new ArrayList<>(List.of(SOURCE, AZ, FR, SENATE, MOTION));
    records.addAll(List.of(extra));
    return Dossier.of(records).check();
  }

  private static List<String> found(ConsistencyReport report) {
    return report.findings().stream().map(f -> f.code() + " " + f.path()).collect(java.util.stream.Collectors.toList());
  }

  private static Person member(Reference<Person> id, String role, Reference<?> body, PartialDate start, PartialDate end) {
    Office office = Office.of(role).withOrganization(Reference.to(body.id()));
    office = start == null ? office : office.withStart(start);
    office = end == null ? office : office.withEnd(end);
    return Person.builder().id(id.id()).name(MultilingualText.of("en", id.id())).addOffice(office).build();
  }

  private static Vote vote(VotingRule rule, VoteResult result, int yes, int no) {
    return VOTE.withResult(result).withRule(rule).withCounts(Count.of(VoteOption.YES, yes), Count.of(VoteOption.NO, no));
  }

  @Test
  void aConsistentDossierHasNoFindings() {
    ConsistencyReport report = check(VOTE, NOTE);

    assertThat(report.findings()).isEmpty();
    assertThat(report.hasErrors()).isFalse();
    assertThat(report).hasToString("Consistency report: 0 errors, 0 warnings");
  }

  @Test
  void reportsDanglingReferencesAsErrors() {
    ConsistencyReport report = Dossier.of(List.of(VOTE)).check();

    assertThat(found(report)).containsExactly("dangling-reference records[0].motion_id", "dangling-reference records[0].source_ids[0]");
    assertThat(report.hasErrors()).isTrue();
  }

  @Test
  void warnsWhenCountsDisagreeWithBallots() {
    Vote disagreeing =
        VOTE.withCounts(Count.of(VoteOption.YES, 2), Count.of(VoteOption.NO, 1))
            .withBallots(Ballot.of(ALICE, VoteOption.YES), Ballot.of(BOB, VoteOption.YES));
    Vote agreeing = disagreeing.withCounts(Count.of(VoteOption.YES, 2), Count.of(VoteOption.NO, 0));

    Person alice = Person.builder().id("person-alice").name(MultilingualText.of("en", "Alice")).build();
    Person bob = Person.builder().id("person-bob").name(MultilingualText.of("en", "Bob")).build();

    assertThat(found(check(alice, bob, disagreeing))).containsExactly("counts-disagree-with-ballots records[7].counts[1].value");
    assertThat(check(alice, bob, agreeing).findings()).isEmpty();
    assertThat(check(alice, bob, disagreeing).warnings()).singleElement().satisfies(f -> assertThat(f.message()).isEqualTo("'no' is counted 1 but 0 ballots were cast for it"));
  }

  @Test
  void warnsWhenTheDeclaredResultContradictsTheCountsUnderASimpleMajority() {
    assertThat(found(check(vote(VotingRule.SIMPLE_MAJORITY, VoteResult.ADOPTED, 10, 20))))
        .containsExactly("result-contradicts-counts records[5].result");
    assertThat(check(vote(VotingRule.SIMPLE_MAJORITY, VoteResult.ADOPTED, 20, 10)).findings()).isEmpty();
    assertThat(check(vote(VotingRule.SIMPLE_MAJORITY, VoteResult.REJECTED, 10, 10)).findings()).isEmpty();
  }

  @Test
  void appliesTheTwoThirdsRule() {
    assertThat(found(check(vote(VotingRule.TWO_THIRDS_PRESENT_AND_VOTING, VoteResult.ADOPTED, 60, 40))))
        .containsExactly("result-contradicts-counts records[5].result");
    assertThat(check(vote(VotingRule.TWO_THIRDS_PRESENT_AND_VOTING, VoteResult.ADOPTED, 80, 40)).findings()).isEmpty();
  }

  @Test
  void appliesTheAbsoluteMajorityWithTheLegislaturesSeats() {
    // The Senate has 348 seats: 174 is not more than half, 175 is.
    assertThat(found(check(vote(VotingRule.ABSOLUTE_MAJORITY, VoteResult.ADOPTED, 174, 10))))
        .containsExactly("result-contradicts-counts records[5].result");
    assertThat(check(vote(VotingRule.ABSOLUTE_MAJORITY, VoteResult.ADOPTED, 175, 10)).findings()).isEmpty();
  }

  @Test
  void needsNineAffirmativeVotesInTheSecurityCouncilButDoesNotGuessVetoes() {
    assertThat(found(check(vote(VotingRule.SECURITY_COUNCIL_SUBSTANTIVE, VoteResult.ADOPTED, 8, 0))))
        .containsExactly("result-contradicts-counts records[5].result");
    assertThat(check(vote(VotingRule.SECURITY_COUNCIL_SUBSTANTIVE, VoteResult.REJECTED, 13, 1)).findings()).isEmpty();
  }

  @Test
  void needsAMajorityInEachGroupForConcurrentMajorities() {
    Reference<io.github.chancery.core.actor.Organization> functional = Reference.to("group-functional");
    Reference<io.github.chancery.core.actor.Organization> geographical = Reference.to("group-geographical");
    List<ChanceryRecord> groups =
        List.of(
            io.github.chancery.core.actor.Organization.builder().id("group-functional").name(MultilingualText.of("en", "Functional")).build(),
            io.github.chancery.core.actor.Organization.builder().id("group-geographical").name(MultilingualText.of("en", "Geographical")).build());
    Vote split =
        VOTE.withRule(VotingRule.CONCURRENT_MAJORITIES)
            .withCounts(
                Count.of(VoteOption.YES, 20).withGroup(functional),
                Count.of(VoteOption.NO, 10).withGroup(functional),
                Count.of(VoteOption.YES, 10).withGroup(geographical),
                Count.of(VoteOption.NO, 20).withGroup(geographical));
    List<ChanceryRecord> records = new ArrayList<>(List.of(SOURCE, AZ, FR, SENATE, MOTION));
    records.addAll(groups);
    records.add(split);

    assertThat(found(Dossier.of(records).check())).containsExactly("result-contradicts-counts records[7].result");
    records.set(7, split.withResult(VoteResult.REJECTED));
    assertThat(Dossier.of(records).check().findings()).isEmpty();
  }

  @Test
  void doesNotJudgeTheResultWithoutARule() {
    assertThat(check(VOTE.withCounts(Count.of(VoteOption.YES, 1), Count.of(VoteOption.NO, 99))).findings()).isEmpty();
  }

  @Test
  void reportsMoreVotesCountedThanSeatsAsAnError() {
    Vote tooMany = VOTE.withCounts(Count.of(VoteOption.YES, 300), Count.of(VoteOption.NO, 49));

    ConsistencyReport report = check(tooMany);

    assertThat(found(report)).containsExactly("more-votes-than-seats records[5].counts");
    assertThat(report.errors()).hasSize(1);
    assertThat(check(tooMany.withCounts(Count.of(VoteOption.YES, 300), Count.of(VoteOption.NO, 48))).findings()).isEmpty();
  }

  @Test
  void reportsAVoteDefinitelyBeforeItsMotionWasTabled() {
    List<ChanceryRecord> records =
        new ArrayList<>(List.of(SOURCE, AZ, FR, SENATE, MOTION.withTabledOn(PartialDate.of(2020, 11))));

    records.add(VOTE.withDate(PartialDate.of(2020, 10, 31)));
    assertThat(found(Dossier.of(records).check())).containsExactly("vote-before-motion records[5].date");
    records.set(5, VOTE.withDate(PartialDate.of(2020, 11, 25)));
    assertThat(Dossier.of(records).check().findings()).isEmpty();
    records.set(5, VOTE.withDate(PartialDate.of(2020)));
    assertThat(Dossier.of(records).check().findings()).as("a year may include the month").isEmpty();
  }

  @Test
  void reportsAProtestNoteDefinitelyBeforeTheActItProtests() {
    Vote voted = VOTE.withDate(PartialDate.of(2020, 11, 25));
    io.github.chancery.core.diplomacy.ProtestNote early =
        NOTE.withProtestedActs(Reference.<Vote>to("vote-1")).withDate(PartialDate.of(2020, 11, 24));

    assertThat(found(check(voted, early))).containsExactly("protest-before-act records[6].protested_act_ids[0]");
    assertThat(check(voted, early.withDate(PartialDate.of(2020, 11, 26))).findings()).isEmpty();
    assertThat(check(voted, early.withDate(PartialDate.of(2020, 11))).findings()).isEmpty();
  }

  @Test
  void warnsWhenASignatoryDidNotHoldTheStatedOfficeOnTheDay() {
    Person president = member(ALICE, "President", Reference.to("state-az"), PartialDate.of(2003, 10, 31), null);
    Person former = member(ALICE, "President", Reference.to("state-az"), PartialDate.of(1993), PartialDate.of(2003, 10, 30));
    Treaty signed =
        DossierTest.TREATY.withSignatures(
            Signature.of(ALICE, Reference.<State>to("state-az")).withCapacity("President").withDate(PartialDate.of(2020, 11, 10)));

    assertThat(check(president, signed).findings()).isEmpty();
    assertThat(found(check(former, signed))).containsExactly("signatory-not-in-office records[6].signatures[0].signatory_id");
    assertThat(found(check(president, signed.withSignatures(signed.signatures().get(0).withCapacity("Prime Minister")))))
        .containsExactly("signatory-not-in-office records[6].signatures[0].signatory_id");
  }

  @Test
  void doesNotJudgeASignatoryWhoseOfficesAreNotRecorded() {
    Person unknown = Person.builder().id("person-alice").name(MultilingualText.of("en", "Alice")).build();
    Treaty signed =
        DossierTest.TREATY.withSignatures(Signature.of(ALICE, Reference.<State>to("state-az")).withCapacity("President"));

    assertThat(check(unknown, signed).findings()).isEmpty();
  }

  @Test
  void warnsOfABallotFromSomeoneWhoIsNotARecordedMember() {
    Person alice = member(ALICE, "Senator", Reference.<Legislature>to("leg-senat"), PartialDate.of(2014), null);
    Person bob = member(BOB, "Senator", Reference.<Legislature>to("leg-senat"), PartialDate.of(2011), PartialDate.of(2017, 9));
    Vote vote =
        VOTE.withDate(PartialDate.of(2020, 11, 25))
            .withBallots(Ballot.of(ALICE, VoteOption.YES), Ballot.of(BOB, VoteOption.YES));

    assertThat(found(check(alice, bob, vote))).containsExactly("ballot-from-non-member records[7].ballots[1].voter_id");
    assertThat(check(alice, bob, vote.withBallots(Ballot.of(ALICE, VoteOption.YES))).findings()).isEmpty();
  }

  @Test
  void doesNotJudgeMembershipWhenNoneIsRecorded() {
    Person alice = Person.builder().id("person-alice").name(MultilingualText.of("en", "Alice")).build();

    assertThat(check(alice, VOTE.withBallots(Ballot.of(ALICE, VoteOption.YES))).findings()).isEmpty();
  }

  @Test
  void keepsConflictingReportsAndWarnsOfTheirDifferences() {
    Source other = Source.builder().id("src-2").publisher("Another agency").build();
    Vote first = VOTE.withDate(PartialDate.of(2020, 11, 25)).withCounts(Count.of(VoteOption.YES, 305), Count.of(VoteOption.NO, 1));
    Vote second =
        first.withId("vote-1-per-src-2")
            .withCounts(Count.of(VoteOption.YES, 304), Count.of(VoteOption.NO, 1))
            .withDate(PartialDate.of(2020, 11, 26))
            .withSources(Reference.of(other))
            .withOtherReportOf(Reference.of(first));

    ConsistencyReport report = check(other, first, second);

    assertThat(found(report)).containsExactly("conflicting-reports records[7].other_report_of_id");
    assertThat(report.hasErrors()).isFalse();
    assertThat(report.warnings().get(0).message())
        .isEqualTo(
            "'vote-1-per-src-2' (per src-2) and 'vote-1' (per src-1) report the same act differently:"
                + " date 2020-11-26 and 2020-11-25; 'yes' 304 and 305");
    Dossier dossier = Dossier.of(List.of(SOURCE, AZ, FR, SENATE, MOTION, other, first, second));
    assertThat(dossier.otherReportsOf(Reference.of(first))).containsExactly(second);
    assertThat(dossier.otherReportsOf(Reference.of(second))).containsExactly(first);
  }

  @Test
  void agreeingReportsAreNotAConflict() {
    Vote first = VOTE.withDate(PartialDate.of(2020, 11, 25));
    Vote second = first.withId("vote-2").withDate(PartialDate.of(2020, 11)).withOtherReportOf(Reference.of(first));

    assertThat(check(first, second).findings()).isEmpty();
  }

  @Test
  void checksARecordApartFromWhatItRefersTo() {
    Vote odd = VOTE.withRule(VotingRule.SIMPLE_MAJORITY).withCounts(Count.of(VoteOption.YES, 1), Count.of(VoteOption.NO, 2));

    assertThat(found(Dossier.of(List.of(odd)).checkWithoutReferences())).containsExactly("result-contradicts-counts records[0].result");
    assertThat(found(Dossier.of(List.of(odd)).check())).contains("dangling-reference records[0].motion_id");
  }

  @Test
  void printsErrorsBeforeWarningsForPeople() {
    Vote odd =
        VOTE.withRule(VotingRule.SIMPLE_MAJORITY)
            .withCounts(Count.of(VoteOption.YES, 1), Count.of(VoteOption.NO, 400));

    ConsistencyReport report = check(odd);

    assertThat(report.toString())
        .startsWith("Consistency report: 1 error, 1 warning")
        .containsSubsequence("ERROR   more-votes-than-seats vote-1 records[5].counts", "WARNING result-contradicts-counts vote-1 records[5].result");
  }
}
