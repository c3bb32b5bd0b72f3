package io.github.chancery.core.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class FindingTest {
  @Test
  void thePathInsideTheRecordLeavesOutTheRecordsPositionInTheDossier() {
    Finding finding = Finding.of(FindingCode.COUNTS_DISAGREE_WITH_BALLOTS, "records[202].counts[0].value",
        "yes: 141 counted, 140 ballots", "vote-es-11-1");

    assertThat(finding.path()).isEqualTo("records[202].counts[0].value");
    assertThat(finding.pathInRecord()).isEqualTo("counts[0].value");
    assertThat(finding.recordId()).isEqualTo("vote-es-11-1");
  }

  @Test
  void aFindingAboutTheWholeRecordHasAnEmptyPathInsideIt() {
    assertThat(Finding.of(FindingCode.DUPLICATE_ID, "records[7]", "twice", "state-ua").pathInRecord()).isEmpty();
    assertThat(Finding.of(FindingCode.DUPLICATE_ID, "records[7].ballots[2]", "x", "vote-1").pathInRecord()).isEqualTo("ballots[2]");
  }

  @Test
  void aPathThatDoesNotStartAtARecordIsGivenWhole() {
    assertThat(Finding.of(FindingCode.DUPLICATE_ID, "records", "x", "").pathInRecord()).isEqualTo("records");
    assertThat(Finding.of(FindingCode.DUPLICATE_ID, "records[x].id", "x", "").pathInRecord()).isEqualTo("records[x].id");
  }
}
