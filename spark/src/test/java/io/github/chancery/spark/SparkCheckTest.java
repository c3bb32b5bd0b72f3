package io.github.chancery.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.chancery.core.dossier.Dossier;
import io.github.chancery.core.dossier.Finding;
import io.github.chancery.core.dossier.FindingCode;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.json.jackson3.ChanceryJson;
import io.github.chancery.testing.RecordGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The consistency report computed as Spark jobs equals {@link Dossier#check()}, finding for finding
 * (code, record id, path, message, severity), on generated corpora of every record type, on
 * corpora with the faults real data has, and on the seed story and the test suites' dossiers.
 */
@ExtendWith(LocalSpark.class)
final class SparkCheckTest {
  private static final ChanceryJson JSON = ChanceryJson.strict();

  /** A corpus dataset of records in order, in four partitions so that groups cross them. */
  static Dataset<Row> corpus(SparkSession spark, List<? extends ChanceryRecord> records) {
    List<Row> rows = new ArrayList<>(records.size());
    for (int i = 0; i < records.size(); i++) {
      rows.add(RowFactory.create((long) i, JSON.write(records.get(i))));
    }
    return spark.createDataFrame(rows, SparkCheck.CORPUS_SCHEMA).repartition(4);
  }

  private static List<Tuple> tuples(List<Finding> findings) {
    return findings.stream()
        .map(f -> tuple(f.code().code(), f.severity().wireName(), f.recordId(), f.path(), f.message()))
        .collect(Collectors.toList());
  }

  private static List<Tuple> inSpark(SparkSession spark, List<? extends ChanceryRecord> records) {
    return SparkCheck.findings(corpus(spark, records)).collectAsList().stream()
        .map(r -> tuple(r.getString(0), r.getString(1), r.getString(2), r.getString(3), r.getString(4)))
        .collect(Collectors.toList());
  }

  private static void assertSameFindings(SparkSession spark, List<? extends ChanceryRecord> records) {
    assertThat(inSpark(spark, records)).containsExactlyInAnyOrderElementsOf(tuples(Dossier.of(records).check().findings()));
  }

  private static Dossier dossier(String resource) throws IOException {
    try (InputStream in = SparkCheckTest.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      return JSON.read(in, Dossier.class);
    }
  }

  @Test
  void generatedCorporaOfEveryRecordTypeGiveTheFindingsOfTheWholeDossier(SparkSession spark) {
    for (long seed = 1; seed <= 3; seed++) {
      Dossier dossier = RecordGenerator.seeded(seed).dossier(300);
      assertThat(dossier.check().findings()).as("a generated dossier has findings to compare").isNotEmpty();
      assertSameFindings(spark, dossier.records());
    }
  }

  @Test
  void corporaWithTheFaultsOfRealDataGiveTheSameFindings(SparkSession spark) {
    Set<FindingCode> codes = new HashSet<>();
    for (long seed = 4; seed <= 6; seed++) {
      List<ChanceryRecord> corpus = RecordGenerator.seeded(seed).faultyCorpus(250);
      assertSameFindings(spark, corpus);
      Dossier.of(corpus).check().findings().forEach(f -> codes.add(f.code()));
    }
    assertThat(codes).contains(FindingCode.DANGLING_REFERENCE, FindingCode.DUPLICATE_IDENTIFIER, FindingCode.DUPLICATE_ROLL_CALL);
  }

  @Test
  void theSeedStoryAndTheTestSuitesDossiersGiveTheSameFindings(SparkSession spark) throws IOException {
    for (String resource : List.of("/dossiers/seed-story.json", "/dossiers/records.dossier.json", "/dossiers/valid.dossier.json")) {
      Dossier dossier = dossier(resource);
      assertSameFindings(spark, dossier.records());
    }
    assertThat(dossier("/dossiers/seed-story.json").check().warnings()).as("the seed story's own warnings are compared too").isNotEmpty();
  }

  @Test
  void aRecordWhoseIdIsTakenIsADuplicateIdAndOnlyTheFirstIsLookedUp(SparkSession spark) {
    List<ChanceryRecord> records = new ArrayList<>(RecordGenerator.seeded(8).dossier(60).records());
    ChanceryRecord copy = records.get(3);
    records.add(copy);

    List<Tuple> found = inSpark(spark, records);

    assertThat(found).filteredOn(t -> t.toList().get(0).equals(FindingCode.DUPLICATE_ID.code()))
        .containsExactly(tuple("duplicate-id", "error", copy.id(), "records[" + (records.size() - 1) + "].id",
            "id '" + copy.id() + "' is used by an earlier record"));
    // Apart from the duplicate's own findings, the corpus checks as it does without it.
    List<Tuple> without = tuples(Dossier.of(records.subList(0, records.size() - 1)).check().findings());
    assertThat(found.stream().filter(t -> !t.toList().get(3).toString().startsWith("records[" + (records.size() - 1) + "]")))
        .containsExactlyInAnyOrderElementsOf(without);
  }
}
