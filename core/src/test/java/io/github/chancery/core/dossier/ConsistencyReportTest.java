package io.github.chancery.core.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

final class ConsistencyReportTest {
  private static final Finding DANGLING = Finding.of(FindingCode.DANGLING_REFERENCE, "records[3].motion_id",
      "motion-es-11-1 is not in the dossier", "vote-es-11-1");
  private static final Finding DISAGREEING = Finding.of(FindingCode.COUNTS_DISAGREE_WITH_BALLOTS,
      "records[3].counts[0].value", "'yes' is counted 141 but 140 ballots were cast for it", "vote-es-11-1");

  @Test
  void reportsOfTheSameFindingsInTheSameOrderAreEqual() {
    ConsistencyReport one = ConsistencyReport.of(List.of(DANGLING, DISAGREEING));
    ConsistencyReport two = ConsistencyReport.of(List.of(
        Finding.of(FindingCode.DANGLING_REFERENCE, "records[3].motion_id", "motion-es-11-1 is not in the dossier", "vote-es-11-1"),
        DISAGREEING));

    assertThat(one).isEqualTo(two).hasSameHashCodeAs(two);
    assertThat(one).isNotEqualTo(ConsistencyReport.of(List.of(DANGLING)));
  }

  @Test
  void aReportListingFewerFindingsThanItCountsDiffersFromTheWholeReport() {
    ConsistencyReport whole = ConsistencyReport.of(List.of(DANGLING, DISAGREEING));
    ConsistencyReport truncated = ConsistencyReport.of(List.of(DANGLING, DISAGREEING), 1, 2);

    assertThat(truncated).isNotEqualTo(whole);
    assertThat(truncated).isEqualTo(ConsistencyReport.of(List.of(DANGLING, DISAGREEING), 1, 2));
  }
}
