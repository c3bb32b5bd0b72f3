package io.github.chancery.json.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.chancery.core.record.RecordType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class RecordSchemasTest {
  private static String shipped(String fileName) throws IOException {
    try (InputStream in = RecordSchemas.open(fileName)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void generatesTheSchemaFilesThatShipByteForByte() throws IOException {
    Map<String, String> generated = RecordSchemas.generate();

    for (Map.Entry<String, String> file : generated.entrySet()) {
      assertThat(file.getValue()).as(file.getKey()).isEqualTo(shipped(file.getKey()));
    }
  }

  @Test
  void generatesTheSchemaOfAnyRecordOfADossierAndOfEachRecordType() {
    List<String> expected = new ArrayList<>(List.of(RecordSchemas.ANY_RECORD, RecordSchemas.DOSSIER));
    for (RecordType type : RecordType.values()) {
      expected.add(RecordSchemas.fileName(type));
    }

    assertThat(RecordSchemas.generate().keySet()).containsExactlyElementsOf(expected);
    assertThat(RecordSchemas.fileName(RecordType.PROTEST_NOTE)).isEqualTo("protest_note.schema.json");
  }

  @Test
  void printsEverySchemaInTheLayoutOfItsPrinterEndingWithALineBreak() {
    for (Map.Entry<String, String> file : RecordSchemas.generate().entrySet()) {
      String text = file.getValue();
      assertThat(text).as(file.getKey()).startsWith("{\n  \"$schema\" : \"https://json-schema.org/draft/2020-12/schema\",\n  \"$id\" : ")
          .endsWith("\n}\n")
          .doesNotContain("\t", "\r");
    }
  }

  @Test
  void refusesToOpenASchemaThatDoesNotShip() {
    assertThatThrownBy(() -> RecordSchemas.open("nothing.schema.json")).isInstanceOf(IllegalArgumentException.class).hasMessage("no schema named nothing.schema.json");
  }
}
