package io.github.chancery.json.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.chancery.core.dossier.Dossier;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.json.ChanceryJson;
import io.github.chancery.json.ChanceryJsonException;
import io.github.chancery.json.format.RecordReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Fuzz tests of every reader of untrusted input: whatever the bytes, a reader returns records or
 * throws its documented {@link ChanceryJsonException}; any other exception or error
 * (NullPointerException, ClassCastException, IllegalStateException, StackOverflowError,
 * OutOfMemoryError), or one input taking over a second once warm, is a finding. What a reader
 * accepts is also written again and must read back equal, to the same bytes.
 *
 * <p>{@code mvn -B verify} runs them in regression mode over the committed inputs under {@code
 * src/test/resources/io/github/chancery/json/fuzz/ReaderFuzzTestInputs/}, which hold the seeds
 * and every input a fuzzing run found. To fuzz, see docs/reliability.md.
 */
final class ReaderFuzzTest {
  private static final ChanceryJson JSON = ChanceryJson.strict();
  private static final com.fasterxml.jackson.databind.ObjectMapper MAPPER = JSON.mapper();
  private static final long SLOW_NANOS = 1_000_000_000L;
  private static final int WARM_UP = 200;
  private static int calls;

  /** Fails when one warm call took over a second: a hang in the making. */
  private static void timed(Runnable read) {
    long start = System.nanoTime();
    read.run();
    long took = System.nanoTime() - start;
    if (++calls > WARM_UP && took > SLOW_NANOS) {
      throw new AssertionError("one input took " + took / 1_000_000 + " ms");
    }
  }

  @FuzzTest(maxDuration = "10m")
  void recordReader(byte[] input) {
    timed(() -> {
      ChanceryRecord record;
      try {
        record = JSON.read(new ByteArrayInputStream(input), ChanceryRecord.class);
      } catch (ChanceryJsonException refused) {
        return;
      } catch (IOException e) {
        throw new AssertionError("an in-memory read failed with " + e, e);
      }
      writtenAgainReadsBackEqual(record);
    });
  }

  /**
   * The mapper {@code ChanceryJson} hands out: whatever the bytes, a record, {@code null} for the
   * text {@code null}, or a {@link ChanceryJsonException}, never Jackson's own exception; and
   * exactly the records {@code ChanceryJson.read} accepts, equal.
   */
  @FuzzTest(maxDuration = "10m")
  void mapperReader(byte[] input) {
    timed(() -> {
      ChanceryRecord record;
      try {
        record = MAPPER.readValue(input, ChanceryRecord.class);
      } catch (ChanceryJsonException refused) {
        record = null;
      } catch (IOException e) {
        throw new AssertionError("the mapper let through " + e.getClass().getName() + ": " + e.getMessage(), e);
      }
      ChanceryRecord read;
      try {
        read = JSON.read(new ByteArrayInputStream(input), ChanceryRecord.class);
      } catch (ChanceryJsonException refused) {
        read = null;
      } catch (IOException e) {
        throw new AssertionError("an in-memory read failed with " + e, e);
      }
      if (record == null ? read != null : !record.equals(read)) {
        throw new AssertionError("the mapper read " + record + " where ChanceryJson.read read " + read);
      }
    });
  }

  @FuzzTest(maxDuration = "10m")
  void dossierReader(byte[] input) {
    timed(() -> {
      Dossier dossier;
      try {
        dossier = JSON.readDossier(new ByteArrayInputStream(input));
      } catch (ChanceryJsonException refused) {
        return;
      } catch (IOException e) {
        throw new AssertionError("an in-memory read failed with " + e, e);
      }
      // The check of whatever was accepted must not fail either.
      dossier.check();
      String written = JSON.writeDossier(dossier);
      try {
        Dossier again = JSON.readDossier(new ByteArrayInputStream(written.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        if (!again.records().equals(dossier.records())) {
          throw new AssertionError("a dossier read back differs: " + written);
        }
      } catch (IOException e) {
        throw new AssertionError("a dossier written cannot be read back: " + e + "\n" + written, e);
      }
    });
  }

  @FuzzTest(maxDuration = "10m")
  void ndjsonReader(byte[] input) {
    timed(() -> {
      // Skipping bad records, then stopping at the first: both must end in records or Chancery's exception.
      try (RecordReader records = JSON.readNdjson(new ByteArrayInputStream(input), skipped -> {})) {
        for (ChanceryRecord record = records.next(); record != null; record = records.next()) {
          writtenAgainReadsBackEqual(record);
        }
      } catch (ChanceryJsonException refused) {
        // documented
      } catch (IOException e) {
        throw new AssertionError("an in-memory read failed with " + e, e);
      }
      try (RecordReader records = JSON.readArray(new ByteArrayInputStream(input))) {
        while (records.next() != null) {
          // every element read
        }
      } catch (ChanceryJsonException refused) {
        // documented
      } catch (IOException e) {
        throw new AssertionError("an in-memory read failed with " + e, e);
      }
    });
  }

  private static void writtenAgainReadsBackEqual(ChanceryRecord record) {
    String written = JSON.write(record);
    ChanceryRecord again;
    try {
      again = JSON.read(written);
    } catch (ChanceryJsonException e) {
      throw new AssertionError("a record written cannot be read back: " + e.getMessage() + "\n" + written, e);
    }
    if (!again.equals(record) || !JSON.write(again).equals(written)) {
      throw new AssertionError("a record read back differs: " + written);
    }
  }
}
