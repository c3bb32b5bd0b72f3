package io.github.chancery.benchmarks.baseline;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The checks, run in a benchmark's setup, that the baseline reads the same information as
 * Chancery from the same bytes: its beans refuse unknown properties, and a bean written back by
 * the baseline mapper must give Chancery's bytes again, so no field is skipped or lost. Each
 * failed check throws {@link IllegalStateException}, which fails the benchmark before it is
 * measured.
 */
public final class Fidelity {
  private Fidelity() {}

  /**
   * Reads the bytes Chancery wrote into a bean, writes the bean back, and requires the same bytes.
   *
   * @param what what the bytes are, for the message
   * @param mapper the baseline mapper
   * @param chanceryBytes one JSON value as Chancery wrote it
   * @param type the bean class
   * @param <T> the bean class
   * @return the bean read
   * @throws IllegalStateException if the bean does not give the same bytes back
   */
  public static <T> T readsAndWritesBack(String what, ObjectMapper mapper, byte[] chanceryBytes, Class<T> type) {
    try {
      T bean = mapper.readValue(chanceryBytes, type);
      requireSameBytes(what, chanceryBytes, mapper.writeValueAsBytes(bean));
      return bean;
    } catch (IOException e) {
      throw new IllegalStateException("the baseline cannot read " + what + ": " + e.getMessage(), e);
    }
  }

  /**
   * Requires the bytes the baseline wrote to be the bytes Chancery wrote.
   *
   * @param what what the bytes are, for the message
   * @param chancery the bytes Chancery wrote
   * @param baseline the bytes the baseline wrote
   * @throws IllegalStateException if they differ, showing where
   */
  public static void requireSameBytes(String what, byte[] chancery, byte[] baseline) {
    int at = Arrays.mismatch(chancery, baseline);
    if (at >= 0) {
      throw new IllegalStateException(
          "the baseline does not give back the bytes of " + what + " at byte " + at + ": Chancery wrote ..."
              + excerpt(chancery, at) + "..., the baseline ..." + excerpt(baseline, at) + "...");
    }
  }

  /**
   * Requires two figures read from the same payload, such as ballot counts, to agree.
   *
   * @param what what is counted, for the message
   * @param chancery the figure Chancery read
   * @param baseline the figure the baseline read
   * @throws IllegalStateException if they differ
   */
  public static void requireSame(String what, long chancery, long baseline) {
    if (chancery != baseline) {
      throw new IllegalStateException(what + ": Chancery read " + chancery + ", the baseline " + baseline);
    }
  }

  /**
   * Returns a copy of the bytes without the line breaks between values: the compact form the
   * baseline writes of a document Chancery writes one record a line (line breaks inside strings
   * are escaped, so every raw one is layout).
   *
   * @param bytes UTF-8 JSON
   * @return the bytes without {@code \n}
   */
  public static byte[] withoutLineBreaks(byte[] bytes) {
    byte[] out = new byte[bytes.length];
    int n = 0;
    for (byte b : bytes) {
      if (b != '\n') {
        out[n++] = b;
      }
    }
    return Arrays.copyOf(out, n);
  }

  private static String excerpt(byte[] bytes, int at) {
    int from = Math.max(0, at - 40);
    int to = Math.min(bytes.length, at + 40);
    return new String(bytes, from, to - from, StandardCharsets.UTF_8);
  }
}
