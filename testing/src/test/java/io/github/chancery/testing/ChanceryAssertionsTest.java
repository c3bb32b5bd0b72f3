package io.github.chancery.testing;

import static io.github.chancery.core.vote.VoteOption.NO;
import static io.github.chancery.core.vote.VoteOption.YES;
import static io.github.chancery.testing.ChanceryAssertions.assertThat;
import static io.github.chancery.testing.ChanceryAssertions.assertThatJson;
import static io.github.chancery.testing.ChanceryAssertions.assertThatThrownBy;

import io.github.chancery.core.dossier.ConsistencyReport;
import io.github.chancery.core.dossier.Dossier;
import io.github.chancery.core.dossier.FindingCode;
import io.github.chancery.core.legislature.Legislature;
import io.github.chancery.core.legislature.Motion;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.record.RecordType;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.text.MultilingualText;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.vote.Count;
import io.github.chancery.core.vote.Vote;
import io.github.chancery.core.vote.VoteResult;
import io.github.chancery.json.ChanceryJson;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The shipped assertions pass on what holds and fail, in the domain's words, on what does not. */
final class ChanceryAssertionsTest {
  private static final Legislature SENATE = Legislature.builder().id("leg-fr-senat").name(MultilingualText.of("fr", "Sénat")).build();
  private static final Motion MOTION =
      Motion.builder().id("motion-150").legislature(Reference.of(SENATE)).title(MultilingualText.of("fr", "Haut-Karabagh")).build();
  private static final Vote VOTE =
      Vote.builder().id("vote-150").motion(Reference.of(MOTION)).result(VoteResult.ADOPTED).date(PartialDate.parse("2020-11-25"))
          .addCounts(Count.of(YES, 305), Count.of(NO, 1)).build();

  @Test
  void aVoteIsAdoptedAndCounted() {
    assertThat(VOTE).isAdopted().hasCount(YES, 305).hasCount(NO, 1).hasId("vote-150").isA(RecordType.VOTE).refersTo("motion_id", "motion-150");
  }

  @Test
  void aWrongResultIsNamedWithWhatItWas() {
    assertThatThrownBy(() -> assertThat(VOTE).isRejected())
        .isInstanceOf(AssertionFailedError.class)
        .hasMessage("Expected vote <vote-150> to be <rejected> but it was <adopted>");
    AssertionFailedError failure = (AssertionFailedError) org.assertj.core.api.Assertions.catchThrowable(() -> assertThat(VOTE).hasCount(YES, 304));
    org.assertj.core.api.Assertions.assertThat(failure.getExpected().getValue()).isEqualTo(304);
    org.assertj.core.api.Assertions.assertThat(failure.getActual().getValue()).isEqualTo(305);
  }

  @Test
  void anyRecordIsAssertedByItsTypeAndReferences() {
    ChanceryRecord motion = MOTION;

    assertThat(motion).isA(RecordType.MOTION).refersTo("legislature_id", "leg-fr-senat");
    assertThatThrownBy(() -> assertThat(motion).refersTo("legislature_id", "leg-fr-an"))
        .hasMessage("Expected motion <motion-150> to refer to <leg-fr-an> in legislature_id but it refers to [leg-fr-senat]");
    assertThatThrownBy(() -> assertThat(motion).refersTo("colour", "x")).hasMessageContaining("has no property <colour>");
  }

  @Test
  void aDossierResolvesItsReferencesOrSaysWhichDoNot() {
    assertThat(Dossier.of(List.of(SENATE, MOTION, VOTE))).resolvesAllReferences().hasNoErrors().holds("vote-150");
    assertThatThrownBy(() -> assertThat(Dossier.of(List.of(MOTION, VOTE))).resolvesAllReferences())
        .hasMessageContaining("Expected every reference to resolve but:")
        .hasMessageContaining("records[0].legislature_id");
  }

  @Test
  void aReportHasAWarningAtItsPath() {
    Vote disagreeing = VOTE.withBallots(io.github.chancery.core.vote.Ballot.of(Reference.to("person-1"), YES));
    io.github.chancery.core.actor.Person senator =
        io.github.chancery.core.actor.Person.builder().id("person-1").name(MultilingualText.of("fr", "Un sénateur")).build();
    ConsistencyReport report = Dossier.of(List.of(SENATE, MOTION, senator, disagreeing)).check();

    assertThat(report).hasNoErrors().hasWarning(FindingCode.COUNTS_DISAGREE_WITH_BALLOTS).about("vote-150");
    assertThatThrownBy(() -> assertThat(report).hasWarning(FindingCode.COUNTS_DISAGREE_WITH_BALLOTS).at("records[9]"))
        .hasMessageStartingWith("Expected <counts-disagree-with-ballots> at <records[9]> but it is at [");
    assertThatThrownBy(() -> assertThat(report).isClean()).hasMessageContaining("counts-disagree-with-ballots");
  }

  @Test
  void aFindingNamedByRecordIdAndPathInsideItStaysFoundWhenRecordsAreAddedBeforeIt() {
    Vote disagreeing = VOTE.withBallots(io.github.chancery.core.vote.Ballot.of(Reference.to("person-1"), YES));
    io.github.chancery.core.actor.Person senator =
        io.github.chancery.core.actor.Person.builder().id("person-1").name(MultilingualText.of("fr", "Un sénateur")).build();
    io.github.chancery.core.actor.Person another =
        io.github.chancery.core.actor.Person.builder().id("person-2").name(MultilingualText.of("fr", "Une sénatrice")).build();
    ConsistencyReport before = Dossier.of(List.of(SENATE, MOTION, senator, disagreeing)).check();
    ConsistencyReport after = Dossier.of(List.of(SENATE, MOTION, senator, another, disagreeing)).check();

    assertThat(before).hasWarning(FindingCode.COUNTS_DISAGREE_WITH_BALLOTS).at("records[3].counts[0].value")
        .at("vote-150", "counts[0].value");
    assertThat(after).hasWarning(FindingCode.COUNTS_DISAGREE_WITH_BALLOTS).at("vote-150", "counts[0].value");
    assertThatThrownBy(() -> assertThat(after).hasWarning(FindingCode.COUNTS_DISAGREE_WITH_BALLOTS).at("records[3].counts[0].value"))
        .hasMessageContaining("but it is at [records[4].counts[0].value");
    assertThatThrownBy(() -> assertThat(after).hasWarning(FindingCode.COUNTS_DISAGREE_WITH_BALLOTS).at("vote-150", "ballots[0]"))
        .hasMessageStartingWith("Expected <counts-disagree-with-ballots> about <vote-150> at <ballots[0]> but it is at [vote-150 counts[0].value, vote-150 counts[1].value]");
  }

  @Test
  void jsonIsTheCanonicalFormOfARecordOrSaysHowItDiffers() {
    String canonical = ChanceryJson.strict().write(VOTE);

    assertThatJson(canonical).isCanonicalFormOf(VOTE).readsAs(VOTE);
    assertThat(VOTE).isWrittenAs(canonical);
    String reordered = canonical.replace("\"result\":\"adopted\",", "").replace("}]}", "}],\"result\":\"adopted\"}");
    assertThatJson(reordered).readsAs(VOTE);
    assertThatThrownBy(() -> assertThatJson(reordered).isCanonicalFormOf(VOTE)).hasMessageContaining("Expected the canonical JSON of vote <vote-150>");
  }

  @Test
  void aNullExpectedValueIsAMistakeInTheTestNamedAsSuch() {
    assertThatThrownBy(() -> assertThat(VOTE).hasResult(null))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("the expected result must not be null");
    assertThatThrownBy(() -> assertThat(VOTE).isWrittenAs(null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> assertThat(VOTE).refersTo("motion_id", null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> assertThatJson("{}").isCanonicalFormOf(null)).isInstanceOf(IllegalArgumentException.class);
  }
}
