package io.github.chancery.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class NdjsonLinesTest {
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  /** Each line as its number and what was found: its text, {@code blank}, {@code too long} or {@code not UTF-8}. */
  private static List<String> lines(byte[] bytes, int limit) throws IOException {
    List<String> lines = new ArrayList<>();
    try (NdjsonLines in = new NdjsonLines(new ByteArrayInputStream(bytes), limit)) {
      for (int length = in.next(); length >= 0; length = in.next()) {
        String what =
            in.lastWasTooLong() ? "too long"
                : in.lastWasNotUtf8() ? "not UTF-8"
                : in.lastWasBlank() ? "blank"
                : new String(in.chars(), 0, length);
        lines.add(in.lineNumber() + " " + what);
      }
      assertThat(in.next()).as("the end stays the end").isEqualTo(-1);
    }
    return lines;
  }

  private static List<String> lines(String text, int limit) throws IOException {
    return lines(text.getBytes(StandardCharsets.UTF_8), limit);
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  @Test
  void splitsTheStreamIntoNumberedLinesWithoutTheirTerminators() throws IOException {
    assertThat(lines("{\"a\":1}\n{\"b\":2}\n", 100)).containsExactly("1 {\"a\":1}", "2 {\"b\":2}");
    assertThat(lines("{\"a\":1}\n{\"b\":2}", 100)).as("the last line needs no terminator").containsExactly("1 {\"a\":1}", "2 {\"b\":2}");
    assertThat(lines("", 100)).isEmpty();
  }

  @Test
  void keepsBlankLinesAndTheirNumbers() throws IOException {
    assertThat(lines("\n  \t\n{}\n\r\n{}", 100)).containsExactly("1 blank", "2 blank", "3 {}", "4 blank", "5 {}");
  }

  @Test
  void dropsTheCarriageReturnOfCrLfButNoOtherOne() throws IOException {
    assertThat(lines("{\"a\":1}\r\n{\"b\":\"\r\"}\r\n", 100)).containsExactly("1 {\"a\":1}", "2 {\"b\":\"\r\"}");
  }

  @Test
  void dropsAByteOrderMarkOnTheFirstLineOnly() throws IOException {
    byte[] twice = concat(BOM, "{}\n".getBytes(StandardCharsets.UTF_8), BOM, "{}".getBytes(StandardCharsets.UTF_8));

    assertThat(lines(twice, 100)).containsExactly("1 {}", "2 \uFEFF{}");
  }

  @Test
  void flagsALineOverTheLimitWithoutKeepingItAndReadsTheNextOne() throws IOException {
    String tooLong = "x".repeat(11);

    assertThat(lines(tooLong + "\n{}\n" + tooLong, 10)).containsExactly("1 too long", "2 {}", "3 too long");
  }

  @Test
  void countsTheLimitInBytesWithoutAByteOrderMarkOrACarriageReturn() throws IOException {
    String ten = "\"" + "é".repeat(4) + "\""; // ten bytes, six characters

    assertThat(lines(concat(BOM, (ten + "\r\n" + ten + "\n" + ten + "x").getBytes(StandardCharsets.UTF_8)), 10))
        .containsExactly("1 " + ten, "2 " + ten, "3 too long");
  }

  @Test
  void flagsALineThatIsNotUtf8AndReadsTheNextOneSoundly() throws IOException {
    byte[] bytes = concat("{\"a\":\"".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC3, (byte) 0x28}, "\"}\n{\"b\":\"é\"}\n".getBytes(StandardCharsets.UTF_8));

    assertThat(lines(bytes, 100)).containsExactly("1 not UTF-8", "2 {\"b\":\"é\"}");
  }

  @Test
  void decodesAsciiAndOtherLinesAlikeWhicheverComesFirstAndAfterItsBuffersGrow() throws IOException {
    String longLine = "\"" + "ü".repeat(3000) + "\"";
    byte[] bytes = concat(
        "{\"a\":\"é\"}\n{\"b\":1}\n".getBytes(StandardCharsets.UTF_8),
        (longLine + "\n").getBytes(StandardCharsets.UTF_8),
        new byte[] {'"', (byte) 0xFF, '"', '\n'},
        "{\"c\":\"ş\"}\n\"plain\"\n".getBytes(StandardCharsets.UTF_8));

    assertThat(lines(bytes, 1 << 16))
        .containsExactly("1 {\"a\":\"é\"}", "2 {\"b\":1}", "3 " + longLine, "4 not UTF-8", "5 {\"c\":\"ş\"}", "6 \"plain\"");
  }

  @Test
  void readsLinesLongerThanItsBufferWholeAndCharactersSplitAcrossBuffers() throws IOException {
    String first = "\"" + "a".repeat(8190) + "é" + "b".repeat(20_000) + "\"";
    String second = "\"" + "€".repeat(5000) + "\"";

    assertThat(lines(first + "\n" + second + "\n{}", 1 << 20)).containsExactly("1 " + first, "2 " + second, "3 {}");
  }

  @Test
  void flagsALineOverTheLimitThatSpansManyBuffersAndFindsTheLineAfterIt() throws IOException {
    assertThat(lines("y".repeat(50_000) + "\n{}", 100)).containsExactly("1 too long", "2 {}");
  }

  @Test
  void closingClosesTheStream() throws IOException {
    boolean[] closed = {false};
    InputStream in = new ByteArrayInputStream(new byte[0]) {
      @Override
      public void close() {
        closed[0] = true;
      }
    };

    new NdjsonLines(in, 10).close();

    assertThat(closed[0]).isTrue();
  }
}
