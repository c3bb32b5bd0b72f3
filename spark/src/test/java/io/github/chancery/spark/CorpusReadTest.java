package io.github.chancery.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chancery.core.dossier.Dossier;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.record.RecordType;
import io.github.chancery.json.format.RecordWriter;
import io.github.chancery.json.jackson3.ChanceryJson;
import io.github.chancery.testing.RecordGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated corpus written as NDJSON ({@code .ndjson}, {@code .jsonl}, and NDJSON named {@code
 * .json} as an importer may name its output), JSON arrays and gzipped files, read in parallel:
 * the same records, lines and order as reading the files one by one with {@code ChanceryJson}.
 */
@ExtendWith(LocalSpark.class)
final class CorpusReadTest {
  private static final ChanceryJson JSON = ChanceryJson.strict();
  /** Small, so that the files are read by several tasks and the largest in several ranges. */
  private static final long SPLIT = 96 << 10;

  @TempDir
  static Path dir;

  private static List<ChanceryRecord> generated;
  private static List<Path> files;

  @BeforeAll
  static void corpus() throws IOException {
    generated = RecordGenerator.seeded(2800).corpus(2600).toList();
    Path folder = Files.createDirectory(dir.resolve("corpus"));
    // Named so that their order by name is not the order they are written in.
    files = List.of(
        ndjson(folder.resolve("d-first.ndjson"), generated.subList(0, 900), false),
        ndjson(folder.resolve("c-second.jsonl"), generated.subList(900, 1300), false),
        array(folder.resolve("b-third.json"), generated.subList(1300, 1700), false),
        ndjson(folder.resolve("a-fourth.json"), generated.subList(1700, 2000), false),
        ndjson(folder.resolve("f-fifth.ndjson.gz"), generated.subList(2000, 2300), true),
        array(folder.resolve("e-sixth.json.gz"), generated.subList(2300, 2600), true));
    // Never read from a folder: hidden, Spark's markers, other names, sub-folders.
    Files.writeString(folder.resolve("_SUCCESS"), "");
    Files.writeString(folder.resolve(".a-hidden.ndjson"), "not JSON\n");
    Files.writeString(folder.resolve("notes.txt"), "not JSON\n");
    Files.createDirectory(folder.resolve("sub.ndjson"));
  }

  @Test
  void filesReadInParallelGiveTheRecordsReadingThemOneByOneGivesInTheirOrder(SparkSession spark) {
    List<String> names = files.stream().map(Path::toString).toList();
    OneByOne expected = OneByOne.read(files, names);

    try (CorpusRead read = ChancerySpark.on(spark).withSplitSize(SPLIT).read(names, ReadMode.KEEP_GOING)) {
      List<Row> rows = read.corpus().collectAsList();

      assertThat(expected.records).isEqualTo(generated);
      assertThat(rows.stream().map(OneByOne::corpusLine)).containsExactlyElementsOf(expected.corpus);
      assertThat(rows.stream().map(r -> r.<Long>getAs("position")))
          .containsExactlyElementsOf(LongStream.range(0, generated.size()).boxed().toList());
      assertThat(read.problems().count()).isZero();
      assertThat(read.files()).isEqualTo(names);
      assertThat(read.summary().files()).isEqualTo(files.size());
      assertThat(read.summary().pieces()).as("the largest file split").isGreaterThan(files.size());
    }
  }

  @Test
  void aRecordsPositionIsItsIndexInTheDossierOfTheRecordsInOrder(SparkSession spark) {
    Dossier dossier = Dossier.of(generated);

    try (CorpusRead read = ChancerySpark.on(spark).withSplitSize(SPLIT).read(files.stream().map(Path::toString).toList())) {
      for (Row row : read.corpus().collectAsList()) {
        ChanceryRecord record = dossier.records().get(Math.toIntExact(row.<Long>getAs("position")));
        assertThat(record.id()).isEqualTo(row.getAs("id"));
        assertThat(JSON.read(row.<String>getAs("json"))).isEqualTo(record);
      }
    }
  }

  @Test
  void aFolderIsReadAsItsRecordFilesSortedByName(SparkSession spark) {
    Path folder = dir.resolve("corpus");
    List<Path> byName = files.stream().sorted().toList();
    List<String> names = byName.stream().map(Path::toString).toList();

    try (CorpusRead read = ChancerySpark.on(spark).withSplitSize(SPLIT).read(List.of(folder.toString()))) {
      assertThat(read.files()).isEqualTo(names);
      assertThat(read.corpus().collectAsList().stream().map(OneByOne::corpusLine))
          .containsExactlyElementsOf(OneByOne.read(byName, names).corpus);
    }
  }

  @Test
  void gzippedFilesGiveTheRecordsOfTheirText(SparkSession spark) throws IOException {
    Path plain = ndjson(dir.resolve("plain.ndjson"), generated.subList(2000, 2300), false);
    Path zipped = files.get(4);

    try (CorpusRead read = ChancerySpark.on(spark).read(List.of(plain.toString(), zipped.toString()))) {
      Map<String, List<String>> byFile = read.corpus().collectAsList().stream().collect(Collectors.groupingBy(
          r -> r.getAs("file"), Collectors.mapping(r -> r.getAs("line") + " " + r.getAs("json"), Collectors.toList())));

      assertThat(byFile.get(zipped.toString())).hasSize(300).isEqualTo(byFile.get(plain.toString()));
    }
  }

  @Test
  void theSummaryCountsTheRecordsOfEachType(SparkSession spark) {
    Map<RecordType, Long> expected = new EnumMap<>(RecordType.class);
    generated.forEach(record -> expected.merge(record.recordType(), 1L, Long::sum));

    try (CorpusRead read = ChancerySpark.on(spark).read(files.stream().map(Path::toString).toList())) {
      assertThat(read.summary().recordsKeptByType()).isEqualTo(expected).hasSize(RecordType.values().length);
      assertThat(read.summary().recordsKept()).isEqualTo(generated.size());
      assertThat(read.summary().recordsKept(RecordType.VOTE)).isEqualTo(expected.get(RecordType.VOTE));
      assertThat(read.summary().badRecords()).isZero();
      for (RecordType type : List.of(RecordType.VOTE, RecordType.TREATY)) {
        assertThat(read.records(type).count()).isEqualTo(expected.get(type));
      }
    }
  }

  static Path ndjson(Path file, List<ChanceryRecord> records, boolean gzip) throws IOException {
    try (RecordWriter writer = JSON.writeNdjson(out(file, gzip))) {
      for (ChanceryRecord record : records) {
        writer.write(record);
      }
    }
    return file;
  }

  static Path array(Path file, List<ChanceryRecord> records, boolean gzip) throws IOException {
    try (RecordWriter writer = JSON.writeArray(out(file, gzip))) {
      for (ChanceryRecord record : records) {
        writer.write(record);
      }
    }
    return file;
  }

  private static OutputStream out(Path file, boolean gzip) throws IOException {
    OutputStream out = Files.newOutputStream(file);
    return gzip ? new GZIPOutputStream(out) : out;
  }
}
