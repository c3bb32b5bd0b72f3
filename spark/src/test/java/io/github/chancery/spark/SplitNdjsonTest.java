package io.github.chancery.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.vote.Vote;
import io.github.chancery.json.jackson3.ChanceryJson;
import io.github.chancery.testing.RecordGenerator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.LongStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A large NDJSON file read in many byte ranges keeps every line's number: its bad records are
 * placed at known lines among generated records, with what makes lines hard to count (a byte
 * order mark, CRLF, blank lines, lines longer than a range, a line that is not UTF-8, no final
 * line feed).
 */
@ExtendWith(LocalSpark.class)
final class SplitNdjsonTest {
  private static final ChanceryJson JSON = ChanceryJson.strict();
  private static final long SPLIT = 4 << 10;

  /** Bad lines, each a different kind of bad record. */
  private static final List<byte[]> BAD = List.of(
      utf8("{\"type\":\"vote\",\"id\":\"vote-bad-1\",,\"motion_id\":\"motion-1\"}"),
      utf8("{\"type\":\"vote\",\"id\":\"vote-bad-2\",\"motion_id\":\"motion-1\",\"counts\":[{\"option\":\"yes\",\"value\":-4}]}"),
      utf8("{\"type\":\"motoin\",\"id\":\"motion-bad-3\"}"),
      utf8("{\"type\":\"vote\",\"id\":\"vote-bad-4\"}"),
      utf8("{\"type\":\"vote\","),
      new byte[] {'{', '"', 't', 'y', 'p', 'e', '"', ':', '"', (byte) 0xC3, '(', '"', '}'},
      utf8("{\"type\":\"vote\",\"id\":\"vote-bad-7\",\"motion_id\":\"motion-1\",\"colour\":\"red\"}"));

  @TempDir
  static Path dir;

  private static Path file;
  private static final TreeSet<Long> badLines = new TreeSet<>();
  private static final TreeSet<Long> longLines = new TreeSet<>();
  private static OneByOne expected;
  private static CorpusRead read;

  @BeforeAll
  static void largeFile(SparkSession spark) throws IOException {
    RecordGenerator generate = RecordGenerator.seeded(4242);
    List<ChanceryRecord> records = new ArrayList<>(generate.corpus(650).toList());
    // Votes of every state: lines longer than a range.
    Vote wide = generate.vote().withStateBallots(193).build();
    records.add(300, wide);
    records.add(301, generate.vote().withStateBallots(193).build());
    Random random = new Random(28);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    long line = 0;
    int bad = 0;
    for (int i = 0; i < records.size(); i++) {
      if (i > 0 && i % 40 == 0) {
        byte[] text = BAD.get(bad++ % BAD.size());
        out.write(text);
        out.write('\n');
        badLines.add(++line);
      }
      if (random.nextInt(25) == 0) {
        out.write(utf8(random.nextBoolean() ? "" : "  \t"));
        out.write('\n');
        line++;
      }
      byte[] text = JSON.writeBytes(records.get(i));
      out.write(text);
      line++;
      if (text.length > SPLIT) {
        longLines.add(line);
      }
      if (i < records.size() - 1) {
        out.write(random.nextInt(10) == 0 ? utf8("\r\n") : utf8("\n"));
      }
    }
    file = dir.resolve("large.ndjson");
    Files.write(file, out.toByteArray());
    expected = OneByOne.read(List.of(file), List.of(file.toString()));
    read = ChancerySpark.on(spark).withSplitSize(SPLIT).read(List.of(file.toString()), ReadMode.KEEP_GOING);
  }

  @AfterAll
  static void close() {
    read.close();
  }

  @Test
  void badRecordsInAFileReadInManyRangesAreAtTheLinesTheyAreAt() {
    List<Row> problems = read.problems().collectAsList();

    assertThat(read.summary().pieces()).isGreaterThan(50);
    assertThat(problems.stream().map(r -> r.<Long>getAs("line")).distinct()).containsExactlyElementsOf(badLines);
    assertThat(problems.stream().map(OneByOne::problemLine)).containsExactlyElementsOf(expected.problems);
    assertThat(problems.stream().map(r -> r.<String>getAs("message")))
        .as("a parser's place in the line, in the file's lines")
        .anyMatch(message -> message.matches(".*\\(line " + badLines.first() + ", column \\d+\\)"));
  }

  @Test
  void goodRecordsInAFileReadInManyRangesKeepTheirLinesAndOrder() {
    List<Row> rows = read.corpus().collectAsList();

    assertThat(expected.records).hasSize(652);
    assertThat(rows.stream().map(OneByOne::corpusLine)).containsExactlyElementsOf(expected.corpus);
    assertThat(rows.stream().map(r -> r.<Long>getAs("position"))).containsExactlyElementsOf(LongStream.range(0, 652).boxed().toList());
    assertThat(rows.stream().map(r -> r.<Long>getAs("line"))).containsAll(longLines);
    assertThat(longLines).hasSize(2);
    assertThat(read.summary().badRecords()).isEqualTo(badLines.size());
  }

  @Test
  void failingFastNamesTheFirstBadLineThoughItIsInALaterRange(SparkSession spark) {
    String first = expected.problems.get(0);

    InvalidRecordException failure = catchThrowableOfType(InvalidRecordException.class,
        () -> ChancerySpark.on(spark).withSplitSize(SPLIT).read(List.of(file.toString()), ReadMode.FAIL_FAST));

    assertThat(failure.line()).hasValue(badLines.first());
    assertThat(String.join("|", file.toString(), String.valueOf(failure.line().getAsLong()),
            String.valueOf(failure.recordIndex().getAsLong()), failure.problems().get(0).path(),
            failure.problems().get(0).code().code(), failure.problems().get(0).message(), "null"))
        .isEqualTo(first);
    assertThat(failure.problems()).hasSize(1);
  }

  @Test
  void theRangesOfAFileGiveEachOfItsLinesOnceAndCountTheLinesBeforeTheNext() throws IOException {
    byte[] text = utf8("ab\n\ncd\r\nefghij\n\n\nk\nlmnopqrs\nt");
    List<String> whole = lines(new ByteArrayInputStream(text), 0);

    for (int size = 1; size <= text.length + 1; size++) {
      List<String> pieced = new ArrayList<>();
      long linesBefore = 0;
      for (int start = 0; start < text.length; start += size) {
        assertThat(linesBefore).as("lines before byte %d, ranges of %d bytes", start, size).isEqualTo(pieced.size());
        InputStream from = new ByteArrayInputStream(text, Math.max(0, start - 1), text.length);
        LineRange range = new LineRange(from, start, Math.min(text.length, start + size));
        pieced.addAll(lines(range, start > 0 ? 1 : 0));
        linesBefore += range.lineFeeds();
      }
      assertThat(pieced).as("ranges of %d bytes", size).isEqualTo(whole);
    }
  }

  /** The lines of a stream, its first {@code skip} left out, read a few bytes at a time. */
  private static List<String> lines(InputStream in, int skip) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    byte[] buffer = new byte[3];
    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
      all.write(buffer, 0, n);
    }
    String text = all.toString(StandardCharsets.UTF_8);
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
      lines.remove(lines.size() - 1);
    }
    return lines.subList(skip, lines.size());
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
