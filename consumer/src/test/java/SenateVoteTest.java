import static io.github.chancery.core.vote.VoteOption.YES;
import static io.github.chancery.testing.ChanceryAssertions.assertThat;

import io.github.chancery.core.dossier.Dossier;
import io.github.chancery.core.dossier.FindingCode;
import io.github.chancery.core.vote.Count;
import io.github.chancery.core.vote.Vote;
import io.github.chancery.core.vote.VotingRule;
import io.github.chancery.testing.Fixture;
import io.github.chancery.testing.MinimalRecords;
import io.github.chancery.testing.RecordGenerator;
import java.util.List;
import org.junit.jupiter.api.Test;

class SenateVoteTest {
  @Test
  void theSenateAdoptedTheResolution(@Fixture("fixtures/senate-vote.json") Vote vote) {
    assertThat(vote).isAdopted().hasCount(YES, 305);      // a broken fixture fails naming file, path and rule
  }

  @Test
  void aTestChangesOnlyWhatItIsAbout() {
    Vote counted = MinimalRecords.vote().withCounts(Count.of(YES, 305));
    assertThat(counted).isAdopted().hasCount(YES, 305).refersTo("motion_id", "motion-1");
  }

  @Test
  void aGeneratedGeneralAssemblyVoteAddsUp() {
    Vote vote = RecordGenerator.seeded(2026).vote().withStateBallots(193).under(VotingRule.SIMPLE_MAJORITY).build();
    assertThat(vote).hasBallots(193);
    assertThat(Dossier.of(List.of(vote)).check().findings(FindingCode.COUNTS_DISAGREE_WITH_BALLOTS)).isEmpty();
  }
}
