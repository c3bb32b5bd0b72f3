package io.github.chancery.core.vote;

import static io.github.chancery.core.testing.Violated.once;
import static io.github.chancery.core.testing.Violated.pathsAndCodes;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.chancery.core.actor.Organization;
import io.github.chancery.core.actor.Person;
import io.github.chancery.core.actor.State;
import io.github.chancery.core.legislature.Motion;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.testing.Violated;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.validation.ValidationException;
import io.github.chancery.core.validation.ViolationCode;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

final class VoteTest {
  private static final Reference<Motion> MOTION = Reference.to("motion-1");

  private static Vote.Builder minimal() {
    return Vote.builder().id("vote-1").motion(MOTION).result(VoteResult.ADOPTED);
  }

  @Test
  void aBallotIsCastByTheStateGivenByItsRecord() {
    State ukraine = State.builder().id("state-ua").countryCode("UA")
        .name(io.github.chancery.core.text.MultilingualText.of("en", "Ukraine")).build();

    Ballot ballot = Ballot.of(ukraine, VoteOption.YES);

    assertThat(ballot).isEqualTo(Ballot.of(Reference.<State>to("state-ua"), VoteOption.YES));
    assertThat(ballot.voter()).contains(Reference.to("state-ua"));
  }

  @Test
  void acceptsAVoteWhoseOnlyReportedFactIsItsResult() {
    Vote vote =
        Vote.builder().id("vote-ca").motion(MOTION).result(VoteResult.REJECTED).build();

    assertThat(vote.isAdopted()).isFalse();
    assertThat(vote.counts()).isEmpty();
    assertThat(vote.count(VoteOption.YES)).isEmpty();
    assertThat(vote.date()).isEmpty();
  }

  @Test
  void reportsMissingRequiredFieldsTogetherWithoutImmutablesMessages() {
    ValidationException failure = Violated.exception(() -> Vote.builder().build());

    assertThat(pathsAndCodes(() -> Vote.builder().build()))
        .containsExactly("id required", "motion_id required");
    assertThat(failure.getMessage())
        .startsWith("Invalid vote: ")
        .doesNotContain("Cannot build")
        .doesNotContain("Immutable");
  }

  @Test
  void acceptsCountsOfZero() {
    Vote vote = minimal().addCounts(Count.of(VoteOption.YES, 0)).build();

    assertThat(vote.count(VoteOption.YES)).hasValue(0);
  }

  @Test
  void rejectsVoteWithNegativeCountAtItsIndexedPath() {
    var failure =
        once(
            () ->
                minimal()
                    .addCounts(
                        Count.of(VoteOption.YES, 305),
                        Count.of(VoteOption.NO, 1),
                        Count.of(VoteOption.ABSTAIN, -3))
                    .build(),
            "counts[2].value",
            ViolationCode.NEGATIVE);

    assertThat(failure.message()).contains("-3");
  }

  @Test
  void rejectsTheSameOptionCountedTwiceForTheWholeVote() {
    once(
        () -> minimal().addCounts(Count.of(VoteOption.YES, 3), Count.of(VoteOption.YES, 4)).build(),
        "counts[1]",
        ViolationCode.DUPLICATE);
  }

  @Test
  void acceptsTheSameOptionCountedOncePerGroup() {
    Reference<Organization> left = Reference.to("group-left");
    Reference<Organization> right = Reference.to("group-right");

    Vote vote =
        minimal()
            .addCounts(
                Count.of(VoteOption.YES, 10),
                Count.of(VoteOption.YES, 6).withGroup(left),
                Count.of(VoteOption.YES, 4).withGroup(right))
            .build();

    assertThat(vote.count(VoteOption.YES)).hasValue(10);
    assertThat(vote.counts()).hasSize(3);
  }

  @Test
  void keepsCountsOfOptionsItDoesNotKnow() {
    Vote vote = minimal().addCounts(Count.of(VoteOption.of("present"), 12)).build();

    assertThat(vote.count(VoteOption.of("present"))).hasValue(12);
    assertThat(vote.counts().get(0).option().isKnown()).isFalse();
  }

  @Test
  void rejectsAVoterWithTwoBallots() {
    Reference<Person> senator = Reference.to("person-senator");

    once(
        () ->
            minimal()
                .addBallots(
                    Ballot.of(senator, VoteOption.YES),
                    Ballot.of(Reference.<Person>to("person-other"), VoteOption.NO),
                    Ballot.of(senator, VoteOption.NO))
                .build(),
        "ballots[2].voter_id",
        ViolationCode.DUPLICATE_BALLOT);
  }

  @Test
  void acceptsBallotsOfStatesWithGroupsRolesAndWeights() {
    Vote vote =
        minimal()
            .addBallots(
                Ballot.of(Reference.<State>to("state-fr"), VoteOption.YES)
                    .withWeight(new BigDecimal("2.5"))
                    .withRole("teller")
                    .withGroup(Reference.<Organization>to("group-eu")),
                Ballot.of(Reference.<State>to("state-ru"), VoteOption.ABSTAIN))
            .build();

    assertThat(vote.ballots()).extracting(b -> b.voter().orElseThrow().id()).containsExactly("state-fr", "state-ru");
    assertThat(vote.ballots().get(1).weight()).isEmpty();
  }

  @Test
  void rejectsABallotWeightOfZero() {
    once(
        () ->
            minimal()
                .addBallots(
                    Ballot.of(Reference.<State>to("state-fr"), VoteOption.YES)
                        .withWeight(BigDecimal.ZERO))
                .build(),
        "ballots[0].weight",
        ViolationCode.NOT_POSITIVE);
  }

  @Test
  void acceptsCountsThatDisagreeWithBallotsAndAResultTheCountsContradict() {
    // Real sources publish both; the consistency report, not construction, flags them.
    Vote vote =
        Vote.builder()
            .id("vote-odd")
            .motion(MOTION)
            .result(VoteResult.ADOPTED)
            .addCounts(Count.of(VoteOption.YES, 1), Count.of(VoteOption.NO, 9))
            .addBallots(Ballot.of(Reference.<Person>to("p1"), VoteOption.NO))
            .build();

    assertThat(vote.isAdopted()).isTrue();
  }

  @Test
  void listsEveryViolationNotOnlyTheFirst() {
    assertThat(
            pathsAndCodes(
                () ->
                    Vote.builder()
                        .id(" ")
                        .motion(MOTION)
                        .result(VoteResult.ADOPTED)
                        .addCounts(Count.of(VoteOption.YES, -1), Count.of(VoteOption.NO, -2))
                        .build()))
        .containsExactly("id invalid-id", "counts[0].value negative", "counts[1].value negative");
  }

  @Test
  void rejectsAVoteThatIsAnotherReportOfItself() {
    once(() -> minimal().otherReportOf(Reference.to("vote-1")).build(), "other_report_of_id", ViolationCode.SELF_REFERENCE);
    assertThat(minimal().otherReportOf(Reference.to("vote-0")).build().otherReportOf()).hasValue(Reference.to("vote-0"));
  }

  @Test
  void givesAChangedCopyWithWith() {
    Vote vote = minimal().build();

    Vote dated = vote.withDate(PartialDate.of(2020, 11, 25));

    assertThat(dated.date()).hasValue(PartialDate.of(2020, 11, 25));
    assertThat(vote.date()).isEmpty();
    assertThat(dated.id()).isEqualTo(vote.id());
  }

  @Test
  void validatesChangedCopiesToo() {
    Vote vote = minimal().build();

    once(() -> vote.withCounts(Count.of(VoteOption.NO, -1)), "counts[0].value", ViolationCode.NEGATIVE);
  }

  @Test
  void reportsNullElementsOfListsAsRequiredNotAsACrash() {
    Vote vote = minimal().build();

    assertThat(
            pathsAndCodes(() -> vote.withCounts(Count.of(VoteOption.YES, 1), null).withBallots((Ballot) null)))
        .containsExactly("counts[1] required");
    assertThat(pathsAndCodes(() -> vote.withBallots((Ballot) null)))
        .containsExactly("ballots[0] required");
    assertThat(pathsAndCodes(() -> vote.withSources((Reference<io.github.chancery.core.source.Source>) null)))
        .containsExactly("source_ids[0] required");
  }

  @Test
  void rejectsPartsMadeWithNullAsMissingData() {
    once(() -> Count.of(null, 1), "option", ViolationCode.REQUIRED);
    assertThat(pathsAndCodes(() -> Ballot.of((Reference<State>) null, null))).containsExactly("voter_id required", "option required");
    assertThat(pathsAndCodes(() -> Ballot.of((State) null, VoteOption.YES))).containsExactly("voter_id required");
  }

  @Test
  void rejectsABallotMissingItsOptionAtOnce() {
    Ballot ballot = Ballot.of(Reference.<Person>to("p1"), VoteOption.YES);

    once(() -> ballot.withOption(null), "option", ViolationCode.REQUIRED);
  }
}
