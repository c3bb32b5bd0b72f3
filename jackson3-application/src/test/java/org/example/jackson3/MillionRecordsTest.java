package org.example.jackson3;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.json.conformance.MillionRecords;
import io.github.chancery.json.format.RecordReader;
import io.github.chancery.json.format.RecordWriter;
import io.github.chancery.json.jackson3.ChanceryJson;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A Jackson 3 application streams a million records each way, as NDJSON and as a JSON array, in
 * a JVM whose heap is capped at 64 MB (the {@code constant-memory} Surefire execution): each file
 * is about twice the heap, and its records several times more as objects, so a reader or writer
 * that kept them would fail with an OutOfMemoryError.
 */
@Tag("constant-memory")
final class MillionRecordsTest {
  private static final int RECORDS = 1_000_000;
  private static final long HEAP_CAP = 64L * 1024 * 1024;

  @TempDir Path work;

  @ParameterizedTest
  @ValueSource(strings = {"ndjson", "array"})
  void writesAndReadsAMillionRecordsInA64MegabyteHeap(String form) throws IOException {
    assertThat(Runtime.getRuntime().maxMemory()).as("this test must run with -Xmx64m").isLessThanOrEqualTo(HEAP_CAP);
    ChanceryJson json = ChanceryJson.strict();
    Path file = work.resolve("records." + form);
    boolean ndjson = form.equals("ndjson");

    long written = 0;
    Random random = new Random(20261207L);
    BufferedOutputStream out = new BufferedOutputStream(Files.newOutputStream(file));
    try (RecordWriter writer = ndjson ? json.writeNdjson(out) : json.writeArray(out)) {
      for (int i = 0; i < RECORDS; i++) {
        ChanceryRecord record = record(i, random);
        written += record.hashCode();
        writer.write(record);
      }
    }
    assertThat(Files.size(file)).as("the file is larger than the heap").isGreaterThan(HEAP_CAP);

    long count = 0;
    long read = 0;
    random = new Random(20261207L);
    BufferedInputStream in = new BufferedInputStream(Files.newInputStream(file));
    try (RecordReader reader = ndjson ? json.readNdjson(in) : json.readArray(in)) {
      for (ChanceryRecord record = reader.next(); record != null; record = reader.next()) {
        // Every record is compared with the one written, regenerated from the same seed.
        assertThat(record).isEqualTo(record((int) count, random));
        read += record.hashCode();
        count++;
      }
    }
    assertThat(count).isEqualTo(RECORDS);
    assertThat(read).isEqualTo(written);
  }

  private static ChanceryRecord record(int i, Random random) {
    return MillionRecords.record(i, random);
  }
}
