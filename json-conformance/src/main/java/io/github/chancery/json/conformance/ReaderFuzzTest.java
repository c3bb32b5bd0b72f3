package io.github.chancery.json.conformance;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.chancery.core.dossier.Dossier;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.json.format.AbstractChanceryJson;
import io.github.chancery.json.format.RecordReader;
import io.github.chancery.json.problem.InvalidJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Fuzz tests of every reader of untrusted input that is the same in both Jackson lines: whatever
 * the bytes, a reader returns records or throws the line's documented exception (an {@link
 * InvalidJson}); any other exception or error (NullPointerException, ClassCastException,
 * IllegalStateException, StackOverflowError, OutOfMemoryError), or one input taking over a second
 * once warm, is a finding. What a reader accepts is also written again and must read back equal,
 * to the same bytes. The fuzz test of each line's handed-out mapper is that line's own.
 *
 * <p>{@code mvn -B verify} runs them in regression mode, once per line, over the committed inputs
 * under {@code json-conformance/src/main/resources/io/github/chancery/json/conformance/ReaderFuzzTestInputs/},
 * which hold the seeds and every input a fuzzing run found; Jazzer reads them from the suite's
 * jar as from a folder. To fuzz, see docs/reliability.md.
 */
final class ReaderFuzzTest {
  private static final AbstractChanceryJson<?> JSON = SuiteSupport.JSON;
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

  /** Whether an exception is the line's documented refusal, the line's own {@link InvalidJson}. */
  private static boolean isRefusal(Exception thrown) {
    return SuiteSupport.LINE_EXCEPTION.isInstance(thrown) && thrown instanceof InvalidJson;
  }

  /**
   * Returns when a read's exception is the line's refusal; anything else is a finding: an I/O
   * failure of a read from memory, or any other exception, thrown on as it is.
   */
  private static void requireRefusal(Exception thrown) {
    if (isRefusal(thrown)) {
      return;
    }
    if (thrown instanceof IOException) {
      throw new AssertionError("an in-memory read failed with " + thrown, thrown);
    }
    if (thrown instanceof RuntimeException) {
      throw (RuntimeException) thrown;
    }
    throw new AssertionError(thrown);
  }

  @FuzzTest(maxDuration = "10m")
  void recordReader(byte[] input) {
    timed(() -> {
      ChanceryRecord record;
      try {
        record = JSON.read(new ByteArrayInputStream(input), ChanceryRecord.class);
      } catch (Exception refused) {
        requireRefusal(refused);
        return;
      }
      writtenAgainReadsBackEqual(record);
    });
  }

  @FuzzTest(maxDuration = "10m")
  void dossierReader(byte[] input) {
    timed(() -> {
      Dossier dossier;
      try {
        dossier = JSON.readDossier(new ByteArrayInputStream(input));
      } catch (Exception refused) {
        requireRefusal(refused);
        return;
      }
      // The check of whatever was accepted must not fail either.
      dossier.check();
      String written = JSON.writeDossier(dossier);
      Dossier again;
      try {
        again = JSON.readDossier(new ByteArrayInputStream(written.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
      } catch (Exception e) {
        throw new AssertionError("a dossier written cannot be read back: " + e + "\n" + written, e);
      }
      if (!again.records().equals(dossier.records())) {
        throw new AssertionError("a dossier read back differs: " + written);
      }
    });
  }

  @FuzzTest(maxDuration = "10m")
  void ndjsonReader(byte[] input) {
    timed(() -> {
      // Skipping bad records, then stopping at the first: both must end in records or the line's exception.
      try (RecordReader records = JSON.readNdjson(new ByteArrayInputStream(input), skipped -> {})) {
        for (ChanceryRecord record = records.next(); record != null; record = records.next()) {
          writtenAgainReadsBackEqual(record);
        }
      } catch (Exception refused) {
        requireRefusal(refused);
      }
      try (RecordReader records = JSON.readArray(new ByteArrayInputStream(input))) {
        while (records.next() != null) {
          // every element read
        }
      } catch (Exception refused) {
        requireRefusal(refused);
      }
    });
  }

  private static void writtenAgainReadsBackEqual(ChanceryRecord record) {
    String written = JSON.write(record);
    ChanceryRecord again;
    try {
      again = JSON.read(written);
    } catch (Exception e) {
      requireRefusal(e); // anything but the line's refusal is thrown on as it is
      throw new AssertionError("a record written cannot be read back: " + e.getMessage() + "\n" + written, e);
    }
    if (!again.equals(record) || !JSON.write(again).equals(written)) {
      throw new AssertionError("a record read back differs: " + written);
    }
  }
}
