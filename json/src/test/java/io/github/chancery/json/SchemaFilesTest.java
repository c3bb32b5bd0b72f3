package io.github.chancery.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chancery.core.record.RecordType;
import io.github.chancery.json.schema.RecordSchemas;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The schemas shipped in the jar are exactly those generated from the wire format's declarations.
 * After changing the format, regenerate them with {@code mvn -pl json test
 * -Dtest=SchemaFilesTest -Dchancery.updateSchemas=true} and review the diff.
 */
final class SchemaFilesTest extends JsonTestSupport {
  private static final Path SOURCE = Paths.get("..", "json-engine", "src", "main", "resources", "io", "github", "chancery", "json", "schema");

  @Test
  void shippedSchemasAreTheGeneratedOnes() throws IOException {
    Map<String, String> generated = RecordSchemas.generate();
    if (Boolean.getBoolean("chancery.updateSchemas")) {
      Files.createDirectories(SOURCE);
      for (Map.Entry<String, String> file : generated.entrySet()) {
        Files.writeString(SOURCE.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
      }
    }
    assertThat(generated).hasSize(RecordType.values().length + 2);
    for (Map.Entry<String, String> file : generated.entrySet()) {
      // Compares with the source folder too, which a regeneration has just written.
      assertThat(Files.readString(SOURCE.resolve(file.getKey()), StandardCharsets.UTF_8))
          .as(file.getKey() + " in src/main/resources is stale: regenerate it (see this test's javadoc)")
          .isEqualTo(file.getValue());
      if (Boolean.getBoolean("chancery.updateSchemas")) {
        continue;
      }
      try (InputStream shipped = RecordSchemas.open(file.getKey())) {
        assertThat(new String(shipped.readAllBytes(), StandardCharsets.UTF_8))
            .as(file.getKey() + " is stale: regenerate it (see this test's javadoc)")
            .isEqualTo(file.getValue());
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
