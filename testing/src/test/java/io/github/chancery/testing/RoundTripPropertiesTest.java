package io.github.chancery.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.chancery.core.dossier.ConsistencyReport;
import io.github.chancery.core.dossier.Dossier;
import io.github.chancery.core.dossier.FindingCode;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.record.RecordType;
import io.github.chancery.json.ChanceryJson;
import io.github.chancery.json.schema.RecordSchemas;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Round-trip properties over generated records: every record of every type is written, read back
 * equal and written again to identical bytes, by Jackson 2 and Jackson 3 alike, and what the
 * writer produces validates against the published schema; generated dossiers resolve every
 * reference and come back equal.
 */
final class RoundTripPropertiesTest {
  private static final int CASES_PER_TYPE = 10_000;
  private static final long SEED = 20261206L;
  private static final ChanceryJson JSON = ChanceryJson.strict();
  private static final io.github.chancery.json.jackson3.ChanceryJson JACKSON3 = io.github.chancery.json.jackson3.ChanceryJson.strict();
  private static final Schema RECORD_SCHEMA = schema("record.schema.json");

  private static Schema schema(String name) {
    try (InputStream in = RecordSchemas.open(name)) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @ParameterizedTest
  @EnumSource(RecordType.class)
  void everyGeneratedRecordIsReadBackEqualAndWrittenAgainToTheSameBytes(RecordType type) throws Exception {
    RecordGenerator[] generators = {
      RecordGenerator.seeded(SEED + type.ordinal(), RecordGenerator.Fill.RANDOM),
      RecordGenerator.seeded(SEED + type.ordinal(), RecordGenerator.Fill.MAXIMAL),
      RecordGenerator.seeded(SEED + type.ordinal(), RecordGenerator.Fill.MINIMAL),
    };
    java.util.Random mutations = new java.util.Random(SEED * 31 + type.ordinal());
    for (int n = 0; n < CASES_PER_TYPE; n++) {
      ChanceryRecord record = generators[n % generators.length].record(type);
      String json = JSON.write(record);

      ChanceryRecord back = JSON.read(json);

      assertThat(back).as(json).isEqualTo(record);
      assertThat(JSON.write(back)).isEqualTo(json);
      if (n % 10 == 0) {
        // Jackson 3 writes the same bytes and reads the same record (every tenth, for time).
        assertThat(JACKSON3.write(record)).isEqualTo(json);
        assertThat(JACKSON3.read(json, ChanceryRecord.class)).isEqualTo(record);
      }
      if (n % 5 == 0) {
        List<Error> errors = RECORD_SCHEMA.validate(json, InputFormat.JSON);
        assertThat(errors).as(json).isEmpty();
      }
      if (n % 4 == 0) {
        mutatedReadsBackOrIsRefused(json, mutations);
      }
    }
  }

  /**
   * A document with one character changed (deleted, doubled or replaced by a JSON-significant
   * one) reads back to a valid record, which is written and read again equal, or is refused with
   * the documented exception; nothing else.
   */
  private static void mutatedReadsBackOrIsRefused(String json, java.util.Random random) {
    StringBuilder mutated = new StringBuilder(json);
    int at = random.nextInt(json.length());
    String significant = "{}[]:,\"\\0-9.eE+ tfn\u0000\u00e9\ud800";
    switch (random.nextInt(3)) {
      case 0:
        mutated.deleteCharAt(at);
        break;
      case 1:
        mutated.insert(at, json.charAt(at));
        break;
      default:
        mutated.setCharAt(at, significant.charAt(random.nextInt(significant.length())));
    }
    String document = mutated.toString();
    ChanceryRecord read;
    try {
      read = JSON.read(document);
    } catch (io.github.chancery.json.ChanceryJsonException refused) {
      return;
    }
    String written = JSON.write(read);
    try {
      assertThat(JSON.read(written)).as(document).isEqualTo(read);
    } catch (io.github.chancery.json.ChanceryJsonException e) {
      throw new AssertionError("a record read from a mutated document was written as something it cannot read back: " + written, e);
    }
  }

  @Test
  void theSameSeedGivesTheSameRecords() {
    for (RecordType type : RecordType.values()) {
      RecordGenerator one = RecordGenerator.seeded(7);
      RecordGenerator two = RecordGenerator.seeded(7);
      for (int n = 0; n < 50; n++) {
        assertThat(one.record(type)).isEqualTo(two.record(type));
      }
    }
  }

  @Test
  void generatedDossiersResolveEveryReferenceHaveNoErrorAndComeBackEqual() throws Exception {
    RecordGenerator generate = RecordGenerator.seeded(SEED);
    for (int n = 0; n < 200; n++) {
      Dossier dossier = generate.dossier(RecordType.values().length + n % 60);
      ConsistencyReport report = dossier.check();

      assertThat(report.findings(FindingCode.DANGLING_REFERENCE)).isEmpty();
      assertThat(report.findings(FindingCode.WRONG_REFERENCE_TYPE)).isEmpty();
      assertThat(report.errors()).as("a generated dossier's facts fit together").isEmpty();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      JSON.writeDossier(dossier, out);
      Dossier back = JSON.readDossier(new ByteArrayInputStream(out.toByteArray()));
      assertThat(back.records()).isEqualTo(dossier.records());
      assertThat(JACKSON3.read(out.toByteArray(), Dossier.class).records()).isEqualTo(dossier.records());
    }
  }

  @Test
  void generatedRecordsCoverEveryCodeOfEveryListAndEveryDatePrecision() throws Exception {
    RecordGenerator generate = RecordGenerator.seeded(SEED, RecordGenerator.Fill.MAXIMAL);
    StringBuilder written = new StringBuilder();
    for (int n = 0; n < 3000; n++) {
      written.append(JSON.write(generate.record(RecordType.values()[n % RecordType.values().length]))).append('\n');
    }
    String all = written.toString();

    for (String code : List.of("\"yes\"", "\"abstain\"", "\"not voting\"", "\"adopted\"", "\"note-verbale\"", "\"custom-")) {
      assertThat(all).as("a generated record holds " + code).contains(code);
    }
    List<String> precisions =
        List.of("\"\\d{4}\"", "\"\\d{4}-\\d{2}\"", "\"\\d{4}-\\d{2}-\\d{2}\"", "T\\d{2}:\\d{2}\"", "\\[[A-Za-z_/]+\\]\"", "[+-]\\d{2}:\\d{2}\"", "\\.\\d{3}");
    for (String precision : precisions) {
      assertThat(java.util.regex.Pattern.compile(precision).matcher(all).find()).as("a date like " + precision).isTrue();
    }
    assertThat(all).contains("Совет Федерации").contains("مجلس الشيوخ").contains("参議院").contains("𐌰𐌱𐌲");
  }
}
