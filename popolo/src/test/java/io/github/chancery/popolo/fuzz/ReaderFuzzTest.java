package io.github.chancery.popolo.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.chancery.json.problem.InvalidJson;
import io.github.chancery.popolo.Popolo;
import io.github.chancery.popolo.PopoloImport;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * Fuzz test of the Popolo reader: whatever the bytes, {@link Popolo#read} returns an import or
 * throws the JSON line's documented exception, an {@link InvalidJson}; any other exception or
 * error (NullPointerException, ClassCastException, IllegalStateException, StackOverflowError,
 * OutOfMemoryError), or one input taking over a second once warm, is a finding. What it imports
 * is checked and written as Popolo again.
 *
 * <p>{@code mvn -B verify} runs it in regression mode over the committed inputs under {@code
 * src/test/resources/io/github/chancery/popolo/fuzz/ReaderFuzzTestInputs/popoloReader/}, which hold
 * the seeds (Popolo's examples) and every input a fuzzing run found, once through each JSON line.
 * To fuzz, see docs/reliability.md.
 */
final class ReaderFuzzTest {
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
  void popoloReader(byte[] input) {
    timed(() -> {
      PopoloImport imported;
      try {
        imported = Popolo.read(new ByteArrayInputStream(input));
      } catch (RuntimeException | IOException e) {
        if (e instanceof InvalidJson) {
          return; // documented: Jackson 2's checked exception, or Jackson 3's unchecked one
        }
        if (e instanceof IOException) {
          throw new AssertionError("an in-memory read failed with " + e, e);
        }
        throw (RuntimeException) e;
      }
      imported.dossier().check();
      try {
        Popolo.write(imported.dossier(), new ByteArrayOutputStream());
      } catch (IOException e) {
        throw new AssertionError("an imported dossier cannot be written as Popolo: " + e, e);
      }
    });
  }
}
