package io.github.chancery.json.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chancery.core.dossier.Dossier;
import io.github.chancery.core.model.Shapes;
import io.github.chancery.core.record.Cardinality;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.record.Property;
import io.github.chancery.core.record.RecordType;
import io.github.chancery.core.record.Shape;
import io.github.chancery.json.format.RecordReader;
import io.github.chancery.json.format.RecordWriter;
import io.github.chancery.json.problem.JsonProblem;
import io.github.chancery.json.schema.RecordSchemas;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every record type, fixture or not, through a sample built from its shape ({@link
 * SampleRecords}): it reads back equal to the same bytes, by its own class and as any record;
 * it is valid against the schema of any record and of its type, and no other type's; it streams
 * as NDJSON, as an array and in a dossier; and the reader refuses it strictly, with the path and
 * rule, when it has a property its type does not know or lacks one it needs. A new record type is
 * covered here as soon as its shape is registered, without a fixture.
 */
final class EveryRecordTypeTest extends SuiteSupport {
  @ParameterizedTest
  @EnumSource(RecordType.class)
  void theSampleOfARecordTypeHasEveryPropertyItMustHave(RecordType type) {
    Map<String, Object> written = JsonTree.object(JsonTree.parse(JSON.write(SampleRecords.of(type))));

    assertThat(written.get("type")).isEqualTo(type.wireName());
    assertThat(written.keySet())
        .containsAll(SampleRecords.filledIn(Shapes.of(type)).stream().map(Property::name).collect(Collectors.toList()));
  }

  @ParameterizedTest
  @EnumSource(RecordType.class)
  void aSampleOfEveryRecordTypeReadsBackEqualAndWritesTheSameBytes(RecordType type) throws Exception {
    ChanceryRecord sample = SampleRecords.of(type);
    String written = JSON.write(sample);

    ChanceryRecord read = JSON.read(written);
    ChanceryRecord byItsClass = JSON.read(written.getBytes(StandardCharsets.UTF_8), Shapes.of(type).type());

    assertThat(read).isEqualTo(sample).isEqualTo(byItsClass);
    assertThat(read.hashCode()).isEqualTo(sample.hashCode());
    assertThat(read.recordType()).isEqualTo(type);
    assertThat(JSON.write(read)).isEqualTo(written);
    assertThat(JSON.writeBytes(read)).isEqualTo(written.getBytes(StandardCharsets.UTF_8));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JSON.write(read, out);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(written);
  }

  @ParameterizedTest
  @EnumSource(RecordType.class)
  void aSampleOfEveryRecordTypeIsValidAgainstTheSchemaOfAnyRecordAndOfItsTypeOnly(RecordType type) {
    String written = JSON.write(SampleRecords.of(type));

    assertThat(schemaErrors(RecordSchemas.ANY_RECORD, written)).isEmpty();
    for (RecordType schema : RecordType.values()) {
      List<String> errors = schemaErrors(schema.wireName() + ".schema.json", written);
      if (schema == type) {
        assertThat(errors).as(schema.wireName()).isEmpty();
      } else {
        assertThat(errors).as(schema.wireName()).isNotEmpty();
      }
    }
  }

  @ParameterizedTest
  @EnumSource(RecordType.class)
  void aSampleWithAPropertyItsTypeDoesNotKnowIsRefusedStrictlyAndIgnoredLeniently(RecordType type) throws Exception {
    ChanceryRecord sample = SampleRecords.of(type);
    String unknown = JSON.write(sample).replaceFirst("\\}$", ",\"not_a_property\":1}");
    List<JsonProblem> ignored = new ArrayList<>();

    assertThat(pathsAndRules(() -> JSON.read(unknown))).containsExactly("$.not_a_property unknown-property");
    assertThat(LINE.lenient(ignored::add).read(unknown)).isEqualTo(sample);
    assertThat(ignored).extracting(JsonProblem::path).containsExactly("$.not_a_property");
  }

  @ParameterizedTest
  @EnumSource(RecordType.class)
  void aSampleWithoutAPropertyItsTypeRequiresIsRefusedWithThePath(RecordType type) {
    // A required property left out is required; a list that must not be empty, left out, is empty.
    Shape<? extends ChanceryRecord> shape = Shapes.of(type);
    Map<String, Object> written = JsonTree.object(JsonTree.parse(JSON.write(SampleRecords.of(type))));

    for (Property<?, ?> property : shape.properties()) {
      if (property.cardinality() != Cardinality.REQUIRED && property.cardinality() != Cardinality.NON_EMPTY_LIST) {
        continue;
      }
      Map<String, Object> without = JsonTree.object(JsonTree.deepCopy(written));
      without.remove(property.name());
      String document = JsonTree.write(without);

      String rule = property.cardinality() == Cardinality.REQUIRED ? "required" : "empty";
      assertThat(pathsAndRules(() -> JSON.read(document))).as(property.name()).contains("$." + property.name() + " " + rule);
    }
  }

  @Test
  void samplesOfEveryRecordTypeStreamAsNdjsonAsAnArrayAndInADossierAndReadBackEqual() throws Exception {
    List<ChanceryRecord> samples = SampleRecords.ofEveryType();
    ByteArrayOutputStream ndjson = new ByteArrayOutputStream();
    ByteArrayOutputStream array = new ByteArrayOutputStream();
    try (RecordWriter lines = JSON.writeNdjson(ndjson);
        RecordWriter elements = JSON.writeArray(array)) {
      for (ChanceryRecord sample : samples) {
        lines.write(sample);
        elements.write(sample);
      }
    }

    assertThat(ndjson.toString(StandardCharsets.UTF_8))
        .isEqualTo(samples.stream().map(r -> JSON.write(r) + "\n").collect(Collectors.joining()));
    assertThat(array.toString(StandardCharsets.UTF_8))
        .isEqualTo(samples.stream().map(JSON::write).collect(Collectors.joining(",", "[", "]")));
    try (RecordReader reader = JSON.readNdjson(new ByteArrayInputStream(ndjson.toByteArray()))) {
      assertThat(reader.stream()).containsExactlyElementsOf(samples);
    }
    try (RecordReader reader = JSON.readArray(new ByteArrayInputStream(array.toByteArray()))) {
      assertThat(reader.stream()).containsExactlyElementsOf(samples);
    }
    Dossier dossier = JSON.readDossierNdjson(new ByteArrayInputStream(ndjson.toByteArray()));
    assertThat(dossier.records()).containsExactlyElementsOf(samples);
    String document = JSON.writeDossier(dossier);
    assertThat(schemaErrors(RecordSchemas.DOSSIER, document)).isEmpty();
    assertThat(JSON.readDossier(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8))).records())
        .containsExactlyElementsOf(samples);
  }
}
