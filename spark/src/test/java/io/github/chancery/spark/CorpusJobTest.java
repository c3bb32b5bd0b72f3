package io.github.chancery.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.json.jackson3.ChanceryJson;
import io.github.chancery.testing.RecordGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The runnable job: a corpus validated and checked, records as Parquet, problems and findings as JSON, a summary, exit codes. */
@ExtendWith(LocalSpark.class)
final class CorpusJobTest {
  @TempDir Path folder;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(SparkSession spark, String... args) {
    return CorpusJob.run(spark, args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private Path corpus(List<ChanceryRecord> records, String... extraLines) throws IOException {
    Path files = Files.createDirectories(folder.resolve("corpus"));
    ChanceryJson json = ChanceryJson.strict();
    List<String> first = new ArrayList<>();
    List<String> second = new ArrayList<>();
    for (int i = 0; i < records.size(); i++) {
      (i < records.size() / 2 ? first : second).add(json.write(records.get(i)));
    }
    second.addAll(List.of(extraLines));
    Files.write(files.resolve("part-0.ndjson"), first, StandardCharsets.UTF_8);
    Files.write(files.resolve("part-1.ndjson"), second, StandardCharsets.UTF_8);
    return files;
  }

  @Test
  void aConsistentCorpusIsWrittenAsParquetWithItsFindingsAndExitsValid(SparkSession spark) throws IOException {
    List<ChanceryRecord> records = RecordGenerator.seeded(21).corpus(600).collect(Collectors.toList());
    Path input = corpus(records);
    Path output = folder.resolve("out");

    assertThat(run(spark, "--output", output.toString(), input.toString())).isEqualTo(CorpusJob.VALID);

    String summary = out.toString(StandardCharsets.UTF_8);
    assertThat(summary).contains("600 records kept").contains("Consistency report: 0 errors");
    long votes = records.stream().filter(r -> r.recordType().wireName().equals("vote")).count();
    assertThat(spark.read().parquet(output.resolve("records/vote").toString()).count()).isEqualTo(votes);
    assertThat(spark.read().parquet(output.resolve("records/vote").toString()).columns()).contains("motion_id", "ballots", "date");
    List<Row> findings = spark.read().json(output.resolve("findings").toString()).collectAsList();
    assertThat(findings).allSatisfy(f -> assertThat(f.<String>getAs("severity")).isEqualTo("warning"));
  }

  @Test
  void aBadRecordIsAProblemRowAndTheJobExitsInvalid(SparkSession spark) throws IOException {
    List<ChanceryRecord> records = RecordGenerator.seeded(22).corpus(100).collect(Collectors.toList());
    Path input = corpus(records, "{\"type\":\"vote\",\"id\":\"vote-bad\"");
    Path output = folder.resolve("out");

    assertThat(run(spark, "--output", output.toString(), input.toString())).isEqualTo(CorpusJob.INVALID);

    List<Row> problems = spark.read().json(output.resolve("problems").toString()).collectAsList();
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.<String>getAs("file")).endsWith("part-1.ndjson");
      assertThat(p.<Long>getAs("line")).isEqualTo(51L);
      assertThat(p.<String>getAs("rule")).isEqualTo("malformed-json");
    });
  }

  @Test
  void failFastNamesTheFirstBadRecordAndWrongArgumentsExitUnreadable(SparkSession spark) throws IOException {
    Path input = corpus(RecordGenerator.seeded(23).corpus(40).collect(Collectors.toList()), "{\"type\":\"nothing\",\"id\":\"x-1\"}");

    assertThat(run(spark, "--mode", "fail-fast", "--output", folder.resolve("out").toString(), input.toString()))
        .isEqualTo(CorpusJob.INVALID);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("part-1.ndjson").contains("line 21");
    assertThat(run(spark, "--mode", "sometimes", "--output", "x", input.toString())).isEqualTo(CorpusJob.UNREADABLE);
    assertThat(run(spark, input.toString())).isEqualTo(CorpusJob.UNREADABLE);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--output DIR is needed");
    assertThat(run(spark, "--output", "x", folder.resolve("missing").toString())).isEqualTo(CorpusJob.UNREADABLE);
  }
}
