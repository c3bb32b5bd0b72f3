package io.github.chancery.json.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.json.ChanceryJson;
import io.github.chancery.json.ChanceryJsonException;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Fuzz test of the Jackson 2 mapper ChanceryJson hands out, a reader of untrusted input of this
 * line only: whatever the bytes, it returns a record or throws its documented {@link
 * ChanceryJsonException}; any other exception or error (NullPointerException,
 * ClassCastException, IllegalStateException, StackOverflowError, OutOfMemoryError), or one input
 * taking over a second once warm, is a finding. The readers both lines share (records, dossiers,
 * NDJSON and arrays) are fuzzed by the conformance suite's {@code
 * io.github.chancery.json.conformance.ReaderFuzzTest}, which this module runs too.
 *
 * <p>{@code mvn -B verify} runs it in regression mode over the committed inputs under {@code
 * src/test/resources/io/github/chancery/json/fuzz/ReaderFuzzTestInputs/mapperReader/}, which hold
 * the seeds and every input a fuzzing run found. To fuzz, see docs/reliability.md.
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
}
