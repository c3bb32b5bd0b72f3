package io.github.chancery.testing;

import static io.github.chancery.testing.ChanceryAssertions.assertThat;

import io.github.chancery.core.dossier.Dossier;
import io.github.chancery.core.dossier.FindingCode;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.record.RecordType;
import io.github.chancery.core.vote.Vote;
import io.github.chancery.core.vote.VoteOption;
import io.github.chancery.core.vote.VotingRule;
import io.github.chancery.json.ChanceryJson;
import io.github.chancery.json.format.RecordWriter;
import java.io.OutputStream;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The generator is steered, repeatable, and streams records of any number without holding them. */
final class RecordGeneratorTest {
  @Test
  void aVoteOf193StatesUnderTheSimpleMajorityRuleAddsUpAndHasTheRulesResult() {
    Vote vote = RecordGenerator.seeded(1).vote().withStateBallots(193).under(VotingRule.SIMPLE_MAJORITY).on("motion-es-11-1").build();

    assertThat(vote).hasBallots(193).refersTo("motion_id", "motion-es-11-1");
    int yes = vote.count(VoteOption.YES).getAsInt();
    int no = vote.count(VoteOption.NO).getAsInt();
    assertThat(yes + no + vote.count(VoteOption.ABSTAIN).getAsInt()).isEqualTo(193);
    assertThat(vote.rule()).hasValue(VotingRule.SIMPLE_MAJORITY);
    assertThat(vote.isAdopted()).isEqualTo(yes > no);
    assertThat(Dossier.of(List.of(vote)).check().findings(FindingCode.COUNTS_DISAGREE_WITH_BALLOTS)).isEmpty();
    assertThat(Dossier.of(List.of(vote)).check().findings(FindingCode.RESULT_CONTRADICTS_COUNTS)).isEmpty();
  }

  @Test
  void aLargeGeneratedDossierResolvesEveryReferenceAndHasNoError() {
    for (long seed = 0; seed < 5; seed++) {
      Dossier dossier = RecordGenerator.seeded(seed).dossier(500);

      assertThat(dossier.records()).hasSize(500);
      assertThat(dossier).resolvesAllReferences().hasNoErrors();
    }
  }

  @Test
  void theSameSeedGivesTheSameRecordsAndAnotherSeedOthers() {
    List<ChanceryRecord> one = RecordGenerator.seeded(42).records(200).collect(Collectors.toList());
    List<ChanceryRecord> two = RecordGenerator.seeded(42).records(200).collect(Collectors.toList());
    List<ChanceryRecord> other = RecordGenerator.seeded(43).records(200).collect(Collectors.toList());

    assertThat(one).isEqualTo(two).isNotEqualTo(other);
    assertThat(one.stream().map(ChanceryRecord::recordType).distinct().count()).isEqualTo(RecordType.values().length);
  }

  @Test
  void aMillionBallotsAreWrittenAsNdjsonOneVoteAtATime() throws Exception {
    RecordGenerator generate = RecordGenerator.seeded(3);
    long[] bytes = {0};
    OutputStream counting = new OutputStream() {
      @Override
      public void write(int b) {
        bytes[0]++;
      }

      @Override
      public void write(byte[] b, int off, int len) {
        bytes[0] += len;
      }
    };
    long ballots = 0;
    try (RecordWriter out = ChanceryJson.strict().writeNdjson(counting)) {
      for (int n = 0; n < 5_000; n++) {
        Vote vote = generate.vote().withStateBallots(200).build();
        ballots += vote.ballots().size();
        out.write(vote);
      }
    }

    assertThat(ballots).isEqualTo(1_000_000);
    assertThat(bytes[0]).isGreaterThan(30_000_000L);
  }
}
