package io.github.chancery.json.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.json.format.RecordReader;
import io.github.chancery.json.problem.InvalidJson;
import io.github.chancery.json.problem.JsonProblem;
import io.github.chancery.json.problem.JsonRule;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A hostile or broken stream may hold one record far larger than the heap. With the default
 * limits, such a record must be refused while it is read, not after it was built, so that a
 * 64 MB heap (the {@code constant-memory} Surefire execution) survives a 40 MB record made of the
 * smallest tokens JSON has, each of which would become an object if the record were held.
 */
@Tag("constant-memory")
final class OversizedRecordTest extends SuiteSupport {
  private static final long HEAP_CAP = 64L * 1024 * 1024;
  private static final long HUGE = 40L * 1024 * 1024;
  private static final byte[] TOKEN = "\"s\",".getBytes(StandardCharsets.US_ASCII);

  @Test
  void skipsAFortyMegabyteArrayElementAndReadsTheRecordsAroundIt() throws IOException {
    assertThat(Runtime.getRuntime().maxMemory()).as("this test must run with -Xmx64m").isLessThanOrEqualTo(HEAP_CAP);
    List<InvalidJson> skipped = new ArrayList<>();

    try (RecordReader reader = JSON.readArray(stream("[", ","), skipped::add)) {
      assertThat(ids(reader)).containsExactly("state-xk", "org-az-mfa");
    }

    assertThat(skipped).singleElement().satisfies(e -> {
      assertThat(e.recordIndex()).hasValue(1);
      assertThat(e.problems()).singleElement().satisfies(p -> {
        assertThat(p.path()).isEqualTo("$[1]");
        assertThat(p.code()).isEqualTo(JsonRule.LIMIT_EXCEEDED);
        assertThat(p.message()).contains("maxRecordLength");
      });
    });
  }

  @Test
  void skipsAFortyMegabyteLineAndReadsTheLinesAroundIt() throws IOException {
    assertThat(Runtime.getRuntime().maxMemory()).as("this test must run with -Xmx64m").isLessThanOrEqualTo(HEAP_CAP);
    List<InvalidJson> skipped = new ArrayList<>();

    try (RecordReader reader = JSON.readNdjson(stream("", "\n"), skipped::add)) {
      assertThat(ids(reader)).containsExactly("state-xk", "org-az-mfa");
    }

    assertThat(skipped).singleElement().satisfies(e -> {
      assertThat(e.recordIndex()).hasValue(1);
      assertThat(e.line()).hasValue(2);
      assertThat(e.problems()).extracting(JsonProblem::code).containsExactly(JsonRule.LIMIT_EXCEEDED);
    });
  }

  @Test
  void stopsAtAFortyMegabyteArrayElementNamingIt() throws IOException {
    try (RecordReader reader = JSON.readArray(stream("[", ","))) {
      assertThat(reader.next().id()).isEqualTo("state-xk");
      InvalidJson failure = failure(reader::next);
      assertThat(failure.recordIndex()).hasValue(1);
      assertThat(failure.problems()).extracting(JsonProblem::path, JsonProblem::code)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("$[1]", JsonRule.LIMIT_EXCEEDED));
    }
  }

  private static List<String> ids(RecordReader reader) throws IOException {
    List<String> ids = new ArrayList<>();
    for (ChanceryRecord record = reader.next(); record != null; record = reader.next()) {
      ids.add(record.id());
    }
    return ids;
  }

  /**
   * A stream of three records, the middle one a state whose {@code source_ids} hold about 40 MB
   * of one-letter ids, generated as it is read so that the test itself holds none of it.
   */
  private static InputStream stream(String open, String separator) {
    String before = open + recordFixture("state") + separator + "{\"type\":\"state\",\"id\":\"huge\",\"source_ids\":[";
    String after = "\"s\"]}" + separator + recordFixture("organization") + ("[".equals(open) ? "]" : "\n");
    return new GeneratedStream(bytes(before), TOKEN, HUGE / TOKEN.length, bytes(after));
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** Bytes {@code head}, then {@code unit} repeated, then {@code tail}, made as they are read. */
  private static final class GeneratedStream extends InputStream {
    private final byte[] head;
    private final byte[] unit;
    private final byte[] tail;
    private final long total;
    private long position;

    GeneratedStream(byte[] head, byte[] unit, long times, byte[] tail) {
      this.head = head;
      this.unit = unit;
      this.tail = tail;
      this.total = head.length + unit.length * times + tail.length;
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] target, int offset, int length) {
      if (position >= total) {
        return -1;
      }
      int n = (int) Math.min(length, total - position);
      long middleEnd = total - tail.length;
      for (int i = 0; i < n; i++, position++) {
        byte b;
        if (position < head.length) {
          b = head[(int) position];
        } else if (position < middleEnd) {
          b = unit[(int) ((position - head.length) % unit.length)];
        } else {
          b = tail[(int) (position - middleEnd)];
        }
        target[offset + i] = b;
      }
      return n;
    }
  }
}
