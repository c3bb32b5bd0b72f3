package io.github.chancery.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.module.scala.DefaultScalaModule;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.record.RecordType;
import io.github.chancery.json.jackson3.ChanceryJson;
import io.github.chancery.testing.RecordGenerator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The JSON line used inside Spark, Jackson 3, starts in Spark's tasks beside the Jackson 2 that
 * Spark brings, and reads and writes every record type there: this test fails if a Spark upgrade
 * brings a Jackson that the line cannot run beside.
 */
@ExtendWith(LocalSpark.class)
final class JsonLineInSparkTest {
  /** One line per executor JVM, made where it is used: it is not serialisable, nor need it be. */
  private static final class Line {
    static final ChanceryJson JSON = ChanceryJson.strict();
  }

  @Test
  void theTestsRunOnTheJackson2ThatSparkBringsNotTheOneChanceryIsBuiltOn() {
    String spark = System.getProperty("spark.jackson.version");

    assertThat(spark).as("set by the module's Surefire configuration").isNotBlank();
    assertThat(com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString()).isEqualTo(spark);
    // Spark registers its Scala module of Jackson, which refuses a databind of another minor version.
    DefaultScalaModule scala = new DefaultScalaModule();
    assertThat(scala.version().toString()).isEqualTo(spark);
    assertThat(new ObjectMapper().registerModule(scala).getRegisteredModuleIds()).isNotEmpty();
    // And its annotations, which Jackson 3 shares with Jackson 2: Spark's jar comes first on a cluster.
    assertThat(JsonInclude.class.getPackage().getImplementationVersion()).isEqualTo(spark.substring(0, spark.lastIndexOf('.')));
  }

  @Test
  void everyRecordTypeIsReadAndWrittenBackInsideSparkTasks(SparkSession spark) {
    List<String> lines =
        RecordGenerator.seeded(17).records(20L * RecordType.values().length).map(Line.JSON::write).toList();

    MapFunction<String, String> readAndWrite = line -> Line.JSON.write(Line.JSON.read(line));
    Dataset<String> inTasks = spark.createDataset(lines, Encoders.STRING()).repartition(2);
    List<String> again = inTasks.map(readAndWrite, Encoders.STRING()).collectAsList();

    assertThat(again).containsExactlyInAnyOrderElementsOf(lines);
  }

  @Test
  void votesReadFromJsonInsideTasksBecomeRowsOfTheirSchema(SparkSession spark) {
    RecordGenerator generate = RecordGenerator.seeded(18);
    List<ChanceryRecord> votes =
        Stream.generate(() -> generate.record(RecordType.VOTE)).limit(40).toList();
    List<String> lines = votes.stream().map(Line.JSON::write).toList();

    MapFunction<String, Row> toRow = line -> RecordRows.toRow(Line.JSON.read(line));
    Dataset<Row> rows =
        spark.createDataset(lines, Encoders.STRING()).map(toRow, Encoders.row(SparkSchemas.of(RecordType.VOTE)));

    assertThat(rows.collectAsList().stream().map(r -> RecordRows.toRecord(RecordType.VOTE, r)).toList())
        .containsExactlyInAnyOrderElementsOf(votes);
  }
}
