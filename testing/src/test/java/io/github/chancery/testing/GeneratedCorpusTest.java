package io.github.chancery.testing;

import static io.github.chancery.testing.ChanceryAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.chancery.core.dossier.Dossier;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.record.RecordType;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A corpus of any size is consistent as a whole: its references resolve and its report has no
 * error; and the faster {@code records(count)} gives streams whose references resolve too.
 */
final class GeneratedCorpusTest {
  @Test
  void aCorpusOfTwentyThousandRecordsResolvesEveryReferenceAndHasNoError() {
    List<ChanceryRecord> corpus = RecordGenerator.seeded(20_000).corpus(20_000).collect(Collectors.toList());

    assertThat(corpus).hasSize(20_000);
    assertThat(corpus.stream().map(ChanceryRecord::id).distinct().count()).isEqualTo(20_000);
    assertThat(corpus.stream().map(ChanceryRecord::recordType).distinct().count()).isEqualTo(RecordType.values().length);
    assertThat(Dossier.of(corpus)).resolvesAllReferences().hasNoErrors();
  }

  @Test
  void twentyThousandRecordsOfTheFasterStreamLeaveNoReferenceDangling() {
    // Before, the 20,000 records of records(n) gave 91,213 dangling references.
    List<ChanceryRecord> records = RecordGenerator.seeded(20_000).records(20_000).collect(Collectors.toList());

    assertThat(records).hasSize(20_000);
    assertThat(records.stream().map(ChanceryRecord::recordType).distinct().count()).isEqualTo(RecordType.values().length);
    assertThat(Dossier.of(records)).resolvesAllReferences();
  }

  @Test
  void aShortLastBlockJoinsTheOneBeforeSoEveryCountIsExact() {
    for (long count : new long[] {RecordType.values().length, 499, 501, 505, 1_013}) {
      List<ChanceryRecord> corpus = RecordGenerator.seeded(count).corpus(count).collect(Collectors.toList());

      assertThat(corpus).hasSize((int) count);
      assertThat(Dossier.of(corpus)).resolvesAllReferences().hasNoErrors();
    }
  }

  @Test
  void aCorpusOfAThousandMillionRecordsIsMadeOnlyAsFarAsItIsRead() {
    List<ChanceryRecord> read = RecordGenerator.seeded(9).corpus(1_000_000_000L).limit(1_200).collect(Collectors.toList());

    assertThat(read).hasSize(1_200);
    assertThat(Dossier.of(read.subList(0, 1_000))).resolvesAllReferences().hasNoErrors();
  }

  @Test
  void keepsOnlyTheBlockBeingReadSoTheMemoryOfACorpusDoesNotGrowWithItsSize() throws Exception {
    Iterator<ChanceryRecord> corpus = RecordGenerator.seeded(11).corpus(1_000_000).iterator();
    List<WeakReference<ChanceryRecord>> firstBlock = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      firstBlock.add(new WeakReference<>(corpus.next()));
    }
    for (int i = 0; i < 1_600; i++) {
      corpus.next();
    }
    for (int attempt = 0; attempt < 20 && firstBlock.stream().anyMatch(r -> r.get() != null); attempt++) {
      System.gc();
      Thread.sleep(50);
    }

    assertThat(firstBlock.stream().filter(r -> r.get() != null).count())
        .as("records of the first block still held after three more blocks were read").isZero();
    assertThat(corpus.hasNext()).isTrue();
  }

  @Test
  void theSameSeedGivesTheSameCorpus() {
    assertThat(RecordGenerator.seeded(7).corpus(600).collect(Collectors.toList()))
        .isEqualTo(RecordGenerator.seeded(7).corpus(600).collect(Collectors.toList()))
        .isNotEqualTo(RecordGenerator.seeded(8).corpus(600).collect(Collectors.toList()));
  }

  @Test
  void refusesACorpusTooSmallToHoldOneRecordOfEachType() {
    assertThatThrownBy(() -> RecordGenerator.seeded(1).corpus(3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least " + RecordType.values().length + " records, not 3");
  }
}
