package io.github.chancery.json.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chancery.core.actor.State;
import io.github.chancery.core.code.CountryCode;
import io.github.chancery.core.legislature.Motion;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.text.MultilingualText;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.vote.Count;
import io.github.chancery.core.vote.Vote;
import io.github.chancery.core.vote.VoteOption;
import io.github.chancery.core.vote.VoteResult;
import io.github.chancery.json.format.AbstractChanceryJson;
import io.github.chancery.json.format.RecordReader;
import io.github.chancery.json.format.RecordWriter;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Streams a million generated records through the writer and the reader in a JVM whose heap is
 * capped at 64 MB (the {@code constant-memory} Surefire execution of each adapter's pom). The
 * stream (about 130 MB of NDJSON) is twice the heap, and the records it holds take several times
 * more as objects, so a reader or writer that kept them would fail with an OutOfMemoryError.
 */
@Tag("constant-memory")
final class ConstantMemoryTest {
  private static final int RECORDS = 1_000_000;
  private static final long HEAP_CAP = 64L * 1024 * 1024;
  private static final List<CountryCode> CODES = List.copyOf(CountryCode.currentCodes());

  @TempDir Path work;

  @Test
  void streamsAMillionRecordsThroughA64MegabyteHeap() throws IOException {
    assertThat(Runtime.getRuntime().maxMemory()).as("this test must run with -Xmx64m").isLessThanOrEqualTo(HEAP_CAP);
    AbstractChanceryJson<?> json = SuiteSupport.LINE.strict();
    Path file = work.resolve("records.ndjson");

    long writtenChecksum = 0;
    try (RecordWriter writer = json.writeNdjson(new BufferedOutputStream(Files.newOutputStream(file)))) {
      Random random = new Random(20201110L);
      for (int i = 0; i < RECORDS; i++) {
        ChanceryRecord record = generate(i, random);
        writtenChecksum += record.hashCode();
        writer.write(record);
      }
    }
    assertThat(Files.size(file)).as("the stream is larger than the heap").isGreaterThan(HEAP_CAP);

    long read = 0;
    long readChecksum = 0;
    Random random = new Random(20201110L);
    try (RecordReader reader = json.readNdjson(new BufferedInputStream(Files.newInputStream(file)))) {
      for (ChanceryRecord record = reader.next(); record != null; record = reader.next()) {
        if (read % 99_991 == 0) {
          // Spot checks against a regenerated record; the checksum covers every record.
          assertThat(record).isEqualTo(regenerate(read, random));
        }
        readChecksum += record.hashCode();
        read++;
      }
    }
    assertThat(read).isEqualTo(RECORDS);
    assertThat(readChecksum).isEqualTo(writtenChecksum);
  }

  private long regenerated;
  private ChanceryRecord last;

  private ChanceryRecord regenerate(long index, Random random) {
    while (regenerated <= index) {
      last = generate((int) regenerated, random);
      regenerated++;
    }
    return last;
  }

  static ChanceryRecord generate(int i, Random random) {
    switch (i % 3) {
      case 0:
        return State.builder()
            .id("state-" + i)
            .countryCode(CODES.get(random.nextInt(CODES.size())))
            .name(MultilingualText.of("en", "State " + i))
            .build();
      case 1:
        return Motion.builder()
            .id("motion-" + i)
            .legislature(Reference.to("leg-" + random.nextInt(50)))
            .title(MultilingualText.of("en", "Motion " + i).with("fr", "Motion n° " + i))
            .tabledOn(PartialDate.of(1990 + random.nextInt(30), 1 + random.nextInt(12)))
            .build();
      default:
        int yes = random.nextInt(400);
        int no = random.nextInt(400);
        return Vote.builder()
            .id("vote-" + i)
            .motion(Reference.to("motion-" + (i - 1)))
            .result(yes > no ? VoteResult.ADOPTED : VoteResult.REJECTED)
            .date(PartialDate.of(1990 + random.nextInt(30), 1 + random.nextInt(12), 1 + random.nextInt(28)))
            .addCounts(Count.of(VoteOption.YES, yes), Count.of(VoteOption.NO, no))
            .build();
    }
  }
}
