package io.github.chancery.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.github.chancery.core.record.RecordType;
import io.github.chancery.json.problem.JsonProblem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad records in each {@link ReadMode}, on fixtures whose every bad record is known: malformed
 * JSON, a negative count, an unknown record type, a missing required property, a string for a
 * number in a JSON array.
 */
@ExtendWith(LocalSpark.class)
final class ReadModeTest {
  private static Path ndjson;
  private static Path array;
  private static List<String> paths;

  @BeforeAll
  static void fixtures() throws URISyntaxException {
    ndjson = Path.of(ReadModeTest.class.getResource("/corpus/bad-records.ndjson").toURI());
    array = Path.of(ReadModeTest.class.getResource("/corpus/bad-records.json").toURI());
    paths = List.of(ndjson.toString(), array.toString());
  }

  @Test
  void keepingGoingListsEveryProblemWithItsFileLinePathRuleAndRecordId(SparkSession spark) {
    try (CorpusRead read = ChancerySpark.on(spark).read(paths, ReadMode.KEEP_GOING)) {
      List<Row> problems = read.problems().collectAsList();

      assertThat(problems)
          .extracting(r -> r.getAs("file"), r -> r.getAs("line"), r -> r.getAs("record_index"), r -> r.getAs("path"),
              r -> r.getAs("rule"), r -> r.getAs("record_id"))
          .containsExactly(
              tuple(ndjson.toString(), 2L, 1L, "$.counts[1].value", "negative", "vote-1"),
              tuple(ndjson.toString(), 4L, 2L, "$.type", "malformed-json", null),
              tuple(ndjson.toString(), 6L, 4L, "$.type", "unknown-type", "motion-2"),
              tuple(ndjson.toString(), 7L, 5L, "$.motion_id", "required", "vote-2"),
              tuple(array.toString(), null, 1L, "$[1].counts[0].value", "wrong-type", "vote-3"));
      assertThat(problems.stream().map(OneByOne::problemLine))
          .as("the same problems in the same words as ChanceryJson reading the files")
          .containsExactlyElementsOf(OneByOne.read(List.of(ndjson, array), paths).problems);
      assertThat(read.corpus().collectAsList())
          .extracting(r -> r.getAs("position"), r -> r.getAs("file"), r -> r.getAs("line"), r -> r.getAs("id"))
          .containsExactly(
              tuple(0L, ndjson.toString(), 1L, "state-xk"),
              tuple(1L, ndjson.toString(), 5L, "org-az-mfa"),
              tuple(2L, ndjson.toString(), 8L, "src-1"),
              tuple(3L, array.toString(), null, "person-leo-housakos"),
              tuple(4L, array.toString(), null, "leg-fr-senat"));
      assertThat(read.summary().badRecords()).isEqualTo(5);
      assertThat(read.summary().problems()).isEqualTo(5);
      assertThat(read.summary().recordsRead()).isEqualTo(10);
    }
  }

  @Test
  void droppingLeavesTheBadRecordsOutUnlistedButCounted(SparkSession spark) {
    try (CorpusRead kept = ChancerySpark.on(spark).read(paths, ReadMode.KEEP_GOING);
        CorpusRead dropped = ChancerySpark.on(spark).read(paths, ReadMode.DROP)) {
      assertThat(dropped.problems().count()).isZero();
      assertThat(dropped.corpus().collectAsList()).isEqualTo(kept.corpus().collectAsList());
      assertThat(dropped.summary()).isEqualTo(kept.summary());
      assertThat(dropped.summary().toString()).contains("5 records kept", "5 bad records with 5 problems");
    }
  }

  @Test
  void failingFastNamesTheCorpusFirstBadRecordByFileLinePathAndRule(SparkSession spark) {
    InvalidRecordException failure = catchThrowableOfType(
        InvalidRecordException.class, () -> ChancerySpark.on(spark).read(List.of(array.toString(), ndjson.toString()), ReadMode.FAIL_FAST));

    assertThat(failure.file()).isEqualTo(array.toString());
    assertThat(failure.recordIndex()).hasValue(1);
    assertThat(failure.line()).isEmpty();
    assertThat(failure.problems()).extracting(JsonProblem::path, p -> p.code().code())
        .containsExactly(tuple("$[1].counts[0].value", "wrong-type"));
    assertThat(failure).hasMessageStartingWith(array + ": Invalid JSON in record 1 of record 'vote-3': $[1].counts[0].value: ");

    InvalidRecordException inNdjson = catchThrowableOfType(
        InvalidRecordException.class, () -> ChancerySpark.on(spark).read(paths, ReadMode.FAIL_FAST));

    assertThat(inNdjson.file()).isEqualTo(ndjson.toString());
    assertThat(inNdjson.line()).hasValue(2);
    assertThat(inNdjson.recordId()).hasValue("vote-1");
    assertThat(inNdjson.problems()).extracting(JsonProblem::path, p -> p.code().code())
        .containsExactly(tuple("$.counts[1].value", "negative"));
  }

  @Test
  void failingFastReadsACorpusWithoutBadRecordsAsKeepingGoingDoes(SparkSession spark, @TempDir Path dir) throws IOException {
    Path good = dir.resolve("good.ndjson");
    Files.write(good, Files.readAllLines(ndjson).stream().filter(line -> line.startsWith("{\"type\":\"source\"") || line.startsWith("{\"type\":\"state\",\"id\"")).toList());

    try (CorpusRead read = ChancerySpark.on(spark).read(List.of(good.toString()), ReadMode.FAIL_FAST)) {
      assertThat(read.corpus().collectAsList()).extracting(r -> r.getAs("id"), r -> r.getAs("line"))
          .containsExactly(tuple("state-xk", 1L), tuple("src-1", 2L));
      assertThat(read.summary().recordsKeptByType()).containsOnlyKeys(RecordType.STATE, RecordType.SOURCE);
      assertThat(read.summary().badRecords()).isZero();
    }
  }

  @Test
  void aPathThatIsNeitherFileNorFolderIsNamed(SparkSession spark, @TempDir Path dir) {
    String missing = dir.resolve("missing.ndjson").toString();

    UncheckedIOException failure =
        catchThrowableOfType(UncheckedIOException.class, () -> ChancerySpark.on(spark).read(List.of(ndjson.toString(), missing)));

    assertThat(failure).hasMessage("no such file or folder: " + missing);
  }
}
