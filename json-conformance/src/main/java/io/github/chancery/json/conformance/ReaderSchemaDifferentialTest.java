package io.github.chancery.json.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.chancery.core.validation.ViolationCode;
import io.github.chancery.json.problem.InvalidJson;
import io.github.chancery.json.problem.JsonProblem;
import io.github.chancery.json.problem.JsonRule;
import io.github.chancery.json.schema.RecordSchemas;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every record document the project holds, valid and invalid (the fixtures and the hostile
 * corpus), goes through both the reader and the published schema, and the two agree: what the
 * schema rejects the reader rejects, and what the reader rejects the schema rejects too, unless
 * every problem is a rule no JSON Schema can state (one property against another, such as two
 * ballots of one voter) or is about the text before it is JSON (a key given twice, content after
 * the document).
 */
final class ReaderSchemaDifferentialTest extends SuiteSupport {
  /** Rules between properties, or of the text itself, which a schema cannot state. */
  private static final Set<String> BEYOND_A_SCHEMA =
      Set.of(
          ViolationCode.DUPLICATE_BALLOT.code(), ViolationCode.DATE_ORDER.code(), ViolationCode.SELF_ADDRESSED.code(),
          ViolationCode.NON_PARTY_SIGNATORY.code(), ViolationCode.DUPLICATE.code(), ViolationCode.INVALID_DATE.code(),
          ViolationCode.INVALID_COUNTRY_CODE.code(), ViolationCode.INVALID_LANGUAGE_TAG.code(),
          JsonRule.TRAILING_TOKENS.code(), JsonRule.LIMIT_EXCEEDED.code());

  /**
   * Documents where the reader is stricter than any JSON Schema can be, each with the reason; the
   * list is short and closed, so that a new disagreement fails.
   */
  private static final java.util.Map<String, String> STRICTER_THAN_A_SCHEMA =
      java.util.Map.of(
          "fraction-count.json", "JSON Schema counts 2.0 as an integer; the reader wants 2",
          "exponent-count.json", "JSON Schema counts 2e0 as an integer; the reader wants 2",
          "id-not-nfc.json", "no JSON Schema keyword checks Unicode normalization",
          "lone-surrogate-escape.json", "a schema pattern sees the decoded text, not whether an escape made half a surrogate pair");

  /** The documents, each as its path from the root of the class path. */
  private static List<String> documents() {
    List<String> documents = new ArrayList<>();
    for (String folder : List.of("fixtures/records", "fixtures/invalid", "hostile")) {
      Fixtures.list(folder).stream().filter(name -> name.endsWith(".json")).filter(name -> !name.startsWith("dossier-"))
          .forEach(name -> documents.add(folder + "/" + name));
    }
    return documents;
  }

  private static String fileName(String document) {
    return document.substring(document.lastIndexOf('/') + 1);
  }

  /** The document as text, or null when its bytes are not UTF-8: the schema judges text. */
  private static String text(String file) {
    try {
      return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Fixtures.resource(file))).toString();
    } catch (CharacterCodingException notUtf8) {
      return null;
    }
  }

  @Test
  void theReaderAndTheSchemaAgreeOnEveryDocument() throws Exception {
    List<String> disagreements = new ArrayList<>();
    int compared = 0;
    for (String file : documents()) {
      String document = text(file);
      if (document == null || document.startsWith("\uFEFF")) {
        continue;
      }
      compared++;
      boolean schemaAccepts = schemaErrors(RecordSchemas.ANY_RECORD, document).isEmpty();
      Throwable thrown = catchThrowable(() -> JSON.read(document));
      assertThat(thrown == null || LINE_EXCEPTION.isInstance(thrown) && thrown instanceof InvalidJson).as(file + " threw " + thrown).isTrue();
      if (thrown == null && !schemaAccepts) {
        disagreements.add(fileName(file) + ": the reader accepts what the schema rejects");
      }
      if (thrown != null && schemaAccepts) {
        List<String> codes =
            ((InvalidJson) thrown).problems().stream().map(JsonProblem::code).map(c -> c.code()).collect(Collectors.toList());
        // A key given twice is a fault of the text: the schema sees only one of the two values.
        boolean textFault = codes.contains(JsonRule.DUPLICATE_KEY.code());
        if (!textFault && !BEYOND_A_SCHEMA.containsAll(codes) && !STRICTER_THAN_A_SCHEMA.containsKey(fileName(file))) {
          disagreements.add(fileName(file) + ": the schema accepts what the reader refuses for " + codes);
        }
      }
    }
    assertThat(disagreements).isEmpty();
    assertThat(compared).isGreaterThan(150);
  }
}
