package io.github.chancery.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.chancery.core.code.OpenCode;
import io.github.chancery.core.model.Shapes;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.record.RecordType;
import io.github.chancery.core.vote.Ballot;
import io.github.chancery.core.vote.Vote;
import io.github.chancery.core.vote.VoteResult;
import io.github.chancery.testing.RecordGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Records read as typed datasets ({@code Dataset<Vote>}) whose columns are the readable schema:
 * queried with SQL and with typed functions, written as Parquet and read back equal. The encoder
 * is built on Spark's catalyst encoders, which Spark does not promise to keep: these tests pin it.
 */
@ExtendWith(LocalSpark.class)
final class TypedRecordsTest {
  @TempDir
  static Path dir;

  private static List<ChanceryRecord> generated;
  private static List<Vote> votes;
  private static CorpusRead read;

  @BeforeAll
  static void read(SparkSession spark) throws IOException {
    generated = RecordGenerator.seeded(1848).corpus(900).toList();
    votes = generated.stream().filter(Vote.class::isInstance).map(Vote.class::cast).toList();
    Path file = CorpusReadTest.ndjson(dir.resolve("corpus.ndjson"), generated, false);
    read = ChancerySpark.on(spark).read(List.of(file.toString()));
  }

  @AfterAll
  static void close() {
    read.close();
  }

  @Test
  void aTypedDatasetHoldsTheRecordsOfItsClassInCorpusOrderUnderTheReadableSchema() {
    Dataset<Vote> typed = read.typed(Vote.class);

    assertThat(votes).hasSizeGreaterThan(50);
    assertThat(typed.schema()).isEqualTo(SparkSchemas.of(RecordType.VOTE));
    assertThat(typed.collectAsList()).isEqualTo(votes);
  }

  @Test
  void aTypedDatasetIsQueriedWithSqlByItsColumns(SparkSession spark) {
    read.typed(Vote.class).createOrReplaceTempView("typed_votes");
    Map<String, Long> expected = votes.stream().collect(Collectors.groupingBy(
        v -> v.result().map(OpenCode::code).orElse("none"), TreeMap::new, Collectors.counting()));

    Map<String, Long> counted = spark.sql("SELECT coalesce(result, 'none'), count(*) FROM typed_votes GROUP BY 1")
        .collectAsList().stream().collect(Collectors.toMap(r -> r.getString(0), r -> r.getLong(1), Long::sum, TreeMap::new));

    assertThat(counted).isEqualTo(expected);
  }

  @Test
  void aTypedDatasetIsFilteredAndMappedWithTypedFunctions() {
    FilterFunction<Vote> adopted = v -> v.result().filter(VoteResult.ADOPTED::equals).isPresent();
    MapFunction<Vote, Integer> ballots = v -> v.ballots().size();

    List<Integer> counted = read.typed(Vote.class).filter(adopted).map(ballots, Encoders.INT()).collectAsList();

    List<Integer> expected = votes.stream().filter(v -> v.result().filter(VoteResult.ADOPTED::equals).isPresent())
        .map(v -> v.ballots().size()).toList();
    assertThat(expected).isNotEmpty();
    assertThat(counted).isEqualTo(expected);
  }

  @Test
  void recordsMappedToRecordsInTasksKeepTheirEncoder() {
    Encoder<Vote> encoder = ChancerySpark.encoder(Vote.class);
    MapFunction<Vote, Vote> withoutBallots = v -> v.withBallots(List.of());

    List<Vote> mapped = read.typed(Vote.class).map(withoutBallots, encoder).collectAsList();

    assertThat(mapped).extracting(Vote::id).containsExactlyElementsOf(votes.stream().map(Vote::id).toList());
    assertThat(mapped).allMatch(v -> v.ballots().isEmpty());
  }

  @Test
  void aTypedDatasetWrittenAsParquetIsReadBackEqualWithReadableColumns(SparkSession spark) {
    String parquet = dir.resolve("votes.parquet").toUri().toString();
    read.typed(Vote.class).write().parquet(parquet);

    Dataset<Row> columns = spark.read().parquet(parquet);
    List<Vote> back = columns.as(ChancerySpark.encoder(Vote.class)).collectAsList();

    assertThat(columns.schema().fieldNames()).containsExactly(SparkSchemas.of(RecordType.VOTE).fieldNames());
    assertThat(columns.selectExpr("count(motion_id)").first().getLong(0)).isEqualTo(votes.size());
    assertThat(back).containsExactlyInAnyOrderElementsOf(votes);
  }

  @Test
  void everyRecordClassHasAnEncoderThatGivesItsRecordsBack(SparkSession spark) {
    for (RecordType type : RecordType.values()) {
      List<ChanceryRecord> records = generated.stream().filter(r -> r.recordType() == type).toList();

      assertThat(roundTrip(spark, Shapes.of(type).type(), records)).as("%s", type).containsExactlyInAnyOrderElementsOf(records);
      assertThat(read.records(type).collectAsList().stream().map(row -> RecordRows.toRecord(type, row)).toList())
          .as("%s", type).isEqualTo(records);
    }
  }

  @Test
  void aClassOfNoRecordTypeHasNoEncoder() {
    assertThatThrownBy(() -> ChancerySpark.encoder(ChanceryRecord.class))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no record class");
    assertThatThrownBy(() -> encoderOf(Ballot.class)).isInstanceOf(IllegalArgumentException.class);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object encoderOf(Class<?> type) {
    return ChancerySpark.encoder((Class) type);
  }

  @SuppressWarnings("unchecked")
  private static <T extends ChanceryRecord> List<ChanceryRecord> roundTrip(SparkSession spark, Class<T> type, List<ChanceryRecord> records) {
    // Each row made a record and the record a row again in the tasks, by the encoder's codec.
    Encoder<T> encoder = ChancerySpark.encoder(type);
    MapFunction<T, T> same = record -> record;
    return List.copyOf(spark.createDataset((List<T>) records, encoder).map(same, encoder).collectAsList());
  }
}
