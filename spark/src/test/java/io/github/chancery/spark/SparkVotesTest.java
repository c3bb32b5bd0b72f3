package io.github.chancery.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chancery.core.code.OpenCode;
import io.github.chancery.core.record.RecordType;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.vote.Ballot;
import io.github.chancery.core.vote.Vote;
import io.github.chancery.testing.RecordGenerator;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Votes as a user has them in Spark: a DataFrame of their rows, queried with SQL, kept as Parquet. */
@ExtendWith(LocalSpark.class)
final class SparkVotesTest {
  private static final StructType VOTE = SparkSchemas.of(RecordType.VOTE);

  private static List<Vote> votes;
  private static Dataset<Row> frame;

  @BeforeAll
  static void votesInSpark(SparkSession spark) {
    RecordGenerator generate = RecordGenerator.seeded(2028);
    votes = new ArrayList<>();
    for (int i = 0; i < 150; i++) {
      votes.add(generate.record(Vote.class));
      votes.add(generate.vote().withStateBallots(1 + i % 40).build());
    }
    frame = spark.createDataFrame(votes.stream().map(RecordRows::toRow).toList(), VOTE);
    frame.createOrReplaceTempView("votes");
  }

  @Test
  void votesAreCountedByResultWithSql(SparkSession spark) {
    Map<String, Long> expected = votes.stream().collect(Collectors.groupingBy(
        v -> v.result().map(OpenCode::code).orElse("none"), TreeMap::new, Collectors.counting()));

    Map<String, Long> counted =
        counts(spark.sql("SELECT coalesce(result, 'none') AS result, count(*) AS n FROM votes GROUP BY 1"));

    assertThat(counted).isEqualTo(expected);
  }

  @Test
  void ballotsAreCountedByOptionAcrossVotes(SparkSession spark) {
    Map<String, Long> expected = votes.stream().flatMap(v -> v.ballots().stream())
        .collect(Collectors.groupingBy(b -> b.option().code(), TreeMap::new, Collectors.counting()));

    Map<String, Long> counted =
        counts(spark.sql("SELECT b.option, count(*) FROM votes LATERAL VIEW explode(ballots) AS b GROUP BY b.option"));

    assertThat(expected).isNotEmpty();
    assertThat(counted).isEqualTo(expected);
  }

  @Test
  void orderingByDatePutsNoVoteBeforeOneThatCertainlyPrecedesIt(SparkSession spark) {
    List<String> ids = spark.sql("SELECT id FROM votes WHERE date IS NOT NULL ORDER BY date, id")
        .as(Encoders.STRING()).collectAsList();
    Map<String, PartialDate> dates = votes.stream().filter(v -> v.date().isPresent())
        .collect(Collectors.toMap(Vote::id, v -> v.date().orElseThrow()));

    assertThat(ids).hasSize(dates.size());
    assertThat(dates.values().stream().map(PartialDate::precision).distinct().count())
        .as("precisions mixed in the sample").isGreaterThan(2);
    for (int i = 1; i < ids.size(); i++) {
      PartialDate before = dates.get(ids.get(i - 1));
      PartialDate after = dates.get(ids.get(i));
      assertThat(before.earliestDay()).as("%s then %s", before, after).isBeforeOrEqualTo(after.earliestDay());
      assertThat(before.earliestDay().isAfter(after.latestDay())).as("%s then %s", before, after).isFalse();
    }
  }

  @Test
  void aFilterOnTheDaysFindsTheVotesCertainlyWithinAYearWhateverTheirPrecision(SparkSession spark) {
    PartialDate sample = votes.stream().flatMap(v -> v.date().stream()).findFirst().orElseThrow();
    LocalDate first = LocalDate.of(sample.year(), 1, 1);
    LocalDate last = LocalDate.of(sample.year(), 12, 31);
    List<String> expected = votes.stream()
        .filter(v -> v.date().filter(d -> !d.earliestDay().isBefore(first) && !d.latestDay().isAfter(last)).isPresent())
        .map(Vote::id).sorted().toList();

    List<String> found = spark.sql("SELECT id FROM votes WHERE date.earliest >= DATE '" + first
            + "' AND date.latest <= DATE '" + last + "' ORDER BY id")
        .as(Encoders.STRING()).collectAsList();

    assertThat(found).isNotEmpty().isEqualTo(expected);
  }

  @Test
  void votesWrittenAsParquetAreReadBackEqualThroughTheirRowsInsideTasks(SparkSession spark, @TempDir Path dir) {
    String parquet = dir.resolve("votes.parquet").toUri().toString();
    frame.write().parquet(parquet);

    Dataset<Row> read = spark.read().parquet(parquet);
    // Each row is read into a vote and written back on the executors, as a job over a corpus does.
    MapFunction<Row, Row> throughVote = row -> RecordRows.toRow(RecordRows.toRecord(Vote.shape(), row));
    List<Row> rows = read.map(throughVote, Encoders.row(VOTE)).collectAsList();

    assertThat(read.schema().fieldNames()).containsExactly(VOTE.fieldNames());
    assertThat(read.schema().apply("motion_id").metadata()).isEqualTo(VOTE.apply("motion_id").metadata());
    assertThat(rows.stream().map(r -> RecordRows.toRecord(Vote.shape(), r)).sorted(byId()).toList())
        .isEqualTo(votes.stream().sorted(byId()).toList());
  }

  @Test
  void aDateColumnHoldsDaysSparkCompares(SparkSession spark) {
    Row row = spark.sql(
        "SELECT date.earliest, date.latest, date.value FROM votes WHERE date.precision = 'month' LIMIT 1").first();
    PartialDate month = PartialDate.parse(row.getString(2));

    assertThat(row.getDate(0)).isEqualTo(Date.valueOf(month.earliestDay()));
    assertThat(row.getDate(1)).isEqualTo(Date.valueOf(month.latestDay()));
    assertThat(row.getDate(1).toLocalDate().getDayOfMonth()).isGreaterThanOrEqualTo(28);
  }

  @Test
  void aBallotsWeightIsExactTextThatSqlCastsToANumber(SparkSession spark) {
    List<Ballot> weighted =
        votes.stream().flatMap(v -> v.ballots().stream()).filter(b -> b.weight().isPresent()).toList();
    java.math.BigDecimal expected = weighted.stream().map(b -> b.weight().orElseThrow())
        .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);

    Row sum = spark.sql(
        "SELECT sum(CAST(b.weight AS DECIMAL(38, 18))) FROM votes LATERAL VIEW explode(ballots) AS b").first();

    assertThat(weighted).isNotEmpty();
    assertThat(sum.getDecimal(0)).isEqualByComparingTo(expected);
  }

  /** A query's rows of a name and a count, as a map. */
  private static Map<String, Long> counts(Dataset<Row> rows) {
    return rows.collectAsList().stream()
        .collect(Collectors.toMap(r -> r.getString(0), r -> r.getLong(1), Long::sum, TreeMap::new));
  }

  private static Comparator<Vote> byId() {
    return Comparator.comparing((Function<Vote, String>) Vote::id);
  }
}
