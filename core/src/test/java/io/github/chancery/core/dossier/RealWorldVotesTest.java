package io.github.chancery.core.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.chancery.core.actor.State;
import io.github.chancery.core.code.CountryCode;
import io.github.chancery.core.legislature.Legislature;
import io.github.chancery.core.legislature.Motion;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.text.MultilingualText;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.treaty.Signature;
import io.github.chancery.core.treaty.Treaty;
import io.github.chancery.core.validation.ValidationException;
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
 * Votes as published roll-call data records them: without a declared result, vetoed, listing
 * only some voters, with pairs, and treaty signatures without a named signatory. Each case
 * follows a public record, named in the test.
 */
final class RealWorldVotesTest {
  private static final List<String> PERMANENT = List.of("CN", "FR", "RU", "GB", "US");
  private static final Legislature COUNCIL =
      Legislature.builder()
          .id("un-security-council")
          .name(MultilingualText.of("en", "United Nations Security Council"))
          .seatCount(15)
          .addAllPermanentMembers(PERMANENT.stream().map(RealWorldVotesTest::stateId).collect(Collectors.toList()))
          .build();
  private static final Legislature ASSEMBLY =
      Legislature.builder().id("un-general-assembly").name(MultilingualText.of("en", "United Nations General Assembly")).build();
  private static final Motion DRAFT =
      Motion.builder()
          .id("s-2022-155")
          .legislature(Reference.to(COUNCIL.id()))
          .title(MultilingualText.of("en", "Draft resolution S/2022/155"))
          .build();
  private static final Motion JCPOA_ENDORSEMENT =
      Motion.builder().id("s-2015-547").legislature(Reference.to(COUNCIL.id())).title(MultilingualText.of("en", "Draft resolution S/2015/547")).build();
  private static final Motion AGGRESSION =
      Motion.builder().id("a-es-11-l1").legislature(Reference.to(ASSEMBLY.id())).title(MultilingualText.of("en", "Aggression against Ukraine")).build();

  private static Reference<State> stateId(String code) {
    return Reference.to("state-" + code.toLowerCase(java.util.Locale.ROOT));
  }

  private static List<ChanceryRecord> states(String... codes) {
    List<ChanceryRecord> states = new ArrayList<>();
    for (String code : codes) {
      states.add(State.builder().id(stateId(code).id()).countryCode(CountryCode.parse(code)).name(MultilingualText.of("en", code)).build());
    }
    return states;
  }

  private static List<String> found(Vote vote) {
    List<ChanceryRecord> records = new ArrayList<>(List.of(COUNCIL, ASSEMBLY, DRAFT, JCPOA_ENDORSEMENT, AGGRESSION, vote));
    records.addAll(states("CN", "FR", "RU", "GB", "US", "AL", "BR", "GA", "GH", "IN", "IE", "KE", "MX", "NO", "AE", "BY", "KP", "ER", "SY"));
    return Dossier.of(records).check().findings().stream()
        .map(f -> f.code() + " " + f.path() + ": " + f.message())
        .collect(Collectors.toList());
  }

  /** The Security Council's vote of 25 February 2022 on draft S/2022/155: 11-1-3, the Russian Federation against. */
  private static Vote draftOnUkraine(VoteResult declared) {
    List<Ballot> ballots = new ArrayList<>();
    for (String code : List.of("AL", "BR", "FR", "GA", "GH", "IE", "KE", "MX", "NO", "GB", "US")) {
      ballots.add(Ballot.of(stateId(code), VoteOption.YES));
    }
    ballots.add(Ballot.of(stateId("RU"), VoteOption.NO));
    for (String code : List.of("CN", "IN", "AE")) {
      ballots.add(Ballot.of(stateId(code), VoteOption.ABSTAIN));
    }
    return Vote.builder()
        .id("vote-s-2022-155")
        .motion(Reference.to(DRAFT.id()))
        .result(declared)
        .date(PartialDate.of(2022, 2, 25))
        .rule(VotingRule.SECURITY_COUNCIL_SUBSTANTIVE)
        .addCounts(Count.of(VoteOption.YES, 11), Count.of(VoteOption.NO, 1), Count.of(VoteOption.ABSTAIN, 3))
        .addAllBallots(ballots)
        .build();
  }

  /** The Security Council's vote of 20 July 2015 adopting resolution 2231: 15-0-0. */
  private static Vote resolution2231(VoteResult declared) {
    return Vote.builder()
        .id("vote-s-res-2231")
        .motion(Reference.to(JCPOA_ENDORSEMENT.id()))
        .result(declared)
        .date(PartialDate.of(2015, 7, 20))
        .rule(VotingRule.SECURITY_COUNCIL_SUBSTANTIVE)
        .addCounts(Count.of(VoteOption.YES, 15), Count.of(VoteOption.NO, 0), Count.of(VoteOption.ABSTAIN, 0))
        .build();
  }

  /** The General Assembly's vote of 2 March 2022 on resolution ES-11/1: 141-5-35. */
  private static Vote.Builder resolutionEs11(int against) {
    return Vote.builder()
        .id("vote-a-res-es-11-1")
        .motion(Reference.to(AGGRESSION.id()))
        .date(PartialDate.of(2022, 3, 2))
        .rule(VotingRule.TWO_THIRDS_PRESENT_AND_VOTING)
        .addCounts(Count.of(VoteOption.YES, 141), Count.of(VoteOption.NO, against), Count.of(VoteOption.ABSTAIN, 35));
  }

  @Test
  void aVoteWithoutADeclaredResultIsReportedWithWhatItsRuleAndCountsImply() {
    Vote undeclared = resolutionEs11(5).build();

    assertThat(undeclared.result()).isEmpty();
    assertThat(undeclared.isAdopted()).isFalse();
    assertThat(found(undeclared))
        .containsExactly(
            "result-implied records[5].result: no result is declared; under two-thirds-present-and-voting,"
                + " 141 for of 146 present and voting give adopted");
  }

  @Test
  void aDeclaredRejectionThatTheCountsMakeImpossibleIsReported() {
    assertThat(found(resolution2231(VoteResult.ADOPTED))).isEmpty();
    assertThat(found(resolution2231(VoteResult.REJECTED)))
        .containsExactly(
            "result-contradicts-counts records[5].result: declared rejected under security-council-substantive,"
                + " but 15 affirmative votes and none against give adopted");
    assertThat(found(resolution2231(VoteResult.VETOED)))
        .singleElement().asString().startsWith("result-contradicts-counts records[5].result: declared vetoed");
  }

  @Test
  void aDraftDefeatedByAPermanentMembersNegativeVoteIsVetoed() {
    assertThat(found(draftOnUkraine(VoteResult.VETOED))).isEmpty();
    assertThat(found(draftOnUkraine(VoteResult.REJECTED))).isEmpty();
    assertThat(found(draftOnUkraine(VoteResult.ADOPTED)))
        .containsExactly(
            "result-contradicts-counts records[5].result: declared adopted under security-council-substantive,"
                + " but 11 affirmative votes and the negative vote of permanent member state-ru give vetoed");
  }

  @Test
  void aVetoIsNotDeclaredWhereOnlyAnElectedMemberVotedAgainst() {
    // The same figures, had India (an elected member) voted against instead of the Russian Federation.
    Vote vote = draftOnUkraine(VoteResult.VETOED);
    List<Ballot> swapped =
        vote.ballots().stream()
            .map(b -> b.voter().orElseThrow().id().equals("state-ru") ? b.withOption(VoteOption.ABSTAIN)
                : b.voter().orElseThrow().id().equals("state-in") ? b.withOption(VoteOption.NO) : b)
            .collect(Collectors.toList());

    assertThat(found(vote.withBallots(swapped)))
        .containsExactly(
            "result-contradicts-counts records[5].result: declared vetoed under security-council-substantive,"
                + " but 11 affirmative votes and no permanent member against give adopted");
  }

  @Test
  void tooFewAffirmativeVotesFailWithoutAVeto() {
    Vote vote = draftOnUkraine(VoteResult.VETOED).withCounts(Count.of(VoteOption.YES, 8), Count.of(VoteOption.NO, 1));

    assertThat(found(vote.withBallots(List.of())))
        .containsExactly(
            "result-contradicts-counts records[5].result: declared vetoed under security-council-substantive,"
                + " but only 8 affirmative votes, where nine are needed, give rejected");
  }

  @Test
  void aRollCallNamingOnlyThoseAgainstComparesOnlyThatCount() {
    List<Ballot> against =
        List.of("BY", "KP", "ER", "RU", "SY").stream().map(c -> Ballot.of(stateId(c), VoteOption.NO)).collect(Collectors.toList());
    Vote partial = resolutionEs11(5).result(VoteResult.ADOPTED).addAllBallots(against).addListedInFull(VoteOption.NO).build();

    assertThat(partial.listsInFull(VoteOption.NO)).isTrue();
    assertThat(partial.listsInFull(VoteOption.YES)).isFalse();
    assertThat(found(partial)).isEmpty();
    assertThat(found(partial.withCounts(Count.of(VoteOption.YES, 141), Count.of(VoteOption.NO, 6), Count.of(VoteOption.ABSTAIN, 35))))
        .containsExactly("counts-disagree-with-ballots records[5].counts[1].value: 'no' is counted 6 but 5 ballots were cast for it");
    // Without saying so, the same ballots read as the whole roll call.
    assertThat(found(partial.withListedInFull(List.of())))
        .extracting(f -> f.substring(0, f.indexOf(':')))
        .containsExactly("counts-disagree-with-ballots records[5].counts[0].value", "counts-disagree-with-ballots records[5].counts[2].value");
  }

  @Test
  void aPairedBallotNamesItsPartnerAndCannotPairAVoterWithThemselves() {
    // US Senate roll calls record live pairs: a present senator withholds a vote, paired with an absent one.
    Reference<State> senator = Reference.to("person-senator-a");
    Ballot paired = Ballot.of(senator, VoteOption.PAIRED).withPair(Reference.to("person-senator-b")).withRole("live pair");
    Vote vote = resolutionEs11(5).id("vote-paired").addBallots(paired).build();

    assertThat(vote.ballots().get(0).pair()).contains(Reference.to("person-senator-b"));
    ValidationException failure =
        catchThrowableOfType(
            () -> resolutionEs11(5).id("vote-paired").addBallots(paired.withPair(senator)).build(), ValidationException.class);
    assertThat(failure.violations()).singleElement().satisfies(v -> {
      assertThat(v.path()).isEqualTo("ballots[0].pair_id");
      assertThat(v.code().code()).isEqualTo("self-reference");
    });
  }

  @Test
  void aSignatureNeedNotNameItsSignatory() {
    // The UN Treaty Collection lists the Paris Agreement's signatures as participant and date only.
    Signature france = Signature.of(stateId("FR")).withDate(PartialDate.of(2016, 4, 22));
    Treaty paris =
        Treaty.builder()
            .id("treaty-paris-agreement")
            .title(MultilingualText.of("en", "Paris Agreement"))
            .addParties(stateId("FR"))
            .addSignatures(france.withCapacity("President"))
            .build();

    assertThat(paris.signatures().get(0).signatory()).isEmpty();
    List<ChanceryRecord> records = new ArrayList<>(states("FR"));
    records.add(paris);
    assertThat(Dossier.of(records).check().findings()).isEmpty();
  }
}
