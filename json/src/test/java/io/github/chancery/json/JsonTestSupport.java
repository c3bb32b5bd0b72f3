package io.github.chancery.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.chancery.json.schema.RecordSchemas;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** What the JSON tests share: fixtures from the classpath, the shipped schemas, failure capture. */
abstract class JsonTestSupport {
  static final ChanceryJson JSON = ChanceryJson.strict();

  /** The record types, each of which has a fixture in {@code fixtures/records}. */
  static final List<String> RECORD_FIXTURES =
      java.util.Arrays.stream(io.github.chancery.core.record.RecordType.values())
          .map(io.github.chancery.core.record.RecordType::wireName)
          .collect(java.util.stream.Collectors.toUnmodifiableList());

  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

  /** Returns a fixture's text, without its final newline. */
  static String fixture(String path) {
    try (InputStream in = JsonTestSupport.class.getResourceAsStream("/fixtures/" + path)) {
      assertThat(in).as("fixture " + path).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).stripTrailing();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns a fixture's bytes, as they are in the file. */
  static byte[] fixtureBytes(String path) {
    try (InputStream in = JsonTestSupport.class.getResourceAsStream("/fixtures/" + path)) {
      assertThat(in).as("fixture " + path).isNotNull();
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the record fixture of a type. */
  static String recordFixture(String type) {
    return fixture("records/" + type + ".json");
  }

  /** Validates a document against a shipped schema and returns the schema's complaints. */
  static List<String> schemaErrors(String schemaFile, String document) {
    Schema schema =
        SCHEMAS.computeIfAbsent(
            schemaFile,
            name -> {
              try (InputStream in = RecordSchemas.open(name)) {
                return REGISTRY.getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    try {
      return schema.validate(document, InputFormat.JSON).stream().map(Error::toString).collect(Collectors.toList());
    } catch (RuntimeException unparseable) {
      // A document the validator cannot even parse (trailing content) is one it rejects.
      return List.of("not parseable as one JSON document");
    }
  }

  /** Returns the exception a read throws, which must be a ChanceryJsonException. */
  static ChanceryJsonException failure(ThrowingCallable read) {
    Throwable thrown = catchThrowable(read);
    assertThat(thrown).isInstanceOf(ChanceryJsonException.class);
    ChanceryJsonException failure = (ChanceryJsonException) thrown;
    assertThat(failure.getMessage())
        .doesNotContain("com.fasterxml")
        .doesNotContain("jackson")
        .doesNotContain("Immutable")
        .doesNotContain("Cannot build")
        .doesNotContain("NullPointer")
        .doesNotContain("java.");
    return failure;
  }

  /** Returns each problem of a failure as {@code path rule}. */
  static List<String> pathsAndRules(ThrowingCallable read) {
    return failure(read).problems().stream().map(p -> p.path() + " " + p.code().code()).collect(Collectors.toList());
  }
}
