package io.github.chancery.json.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chancery.core.record.RecordType;
import io.github.chancery.json.schema.RecordSchemas;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The schemas shipped in the engine's jar are exactly those generated from the wire format's
 * declarations (the build writes them as the engine is built), one per record type besides the
 * schema of any record and the dossier's, and every record fixture is valid against them.
 */
final class SchemaFilesTest extends SuiteSupport {
  @Test
  void shippedSchemasAreTheGeneratedOnes() throws IOException {
    Map<String, String> generated = RecordSchemas.generate();

    assertThat(generated).hasSize(RecordType.values().length + 2);
    for (Map.Entry<String, String> file : generated.entrySet()) {
      try (InputStream shipped = RecordSchemas.open(file.getKey())) {
        assertThat(new String(shipped.readAllBytes(), StandardCharsets.UTF_8)).as(file.getKey()).isEqualTo(file.getValue());
      }
    }
  }

  static java.util.stream.Stream<String> recordTypes() {
    return RECORD_FIXTURES.stream();
  }

  @ParameterizedTest
  @MethodSource("recordTypes")
  void everyRecordFixtureIsValidAgainstTheSchemaOfAnyRecordAndOfItsType(String type) {
    String document = recordFixture(type);

    assertThat(schemaErrors(RecordSchemas.ANY_RECORD, document)).isEmpty();
    assertThat(schemaErrors(type + ".schema.json", document)).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("recordTypes")
  void theSchemaOfOneTypeRejectsARecordOfAnother(String type) {
    String other = type.equals("vote") ? recordFixture("motion") : recordFixture("vote");

    assertThat(schemaErrors(type + ".schema.json", other)).isNotEmpty();
  }
}
