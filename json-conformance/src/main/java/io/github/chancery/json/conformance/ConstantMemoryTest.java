package io.github.chancery.json.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.json.format.AbstractChanceryJson;
import io.github.chancery.json.format.RecordReader;
import io.github.chancery.json.format.RecordWriter;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
    return MillionRecords.record(i, random);
  }
}
