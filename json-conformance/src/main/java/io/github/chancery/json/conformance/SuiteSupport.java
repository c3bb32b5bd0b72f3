package io.github.chancery.json.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.chancery.json.format.AbstractChanceryJson;
import io.github.chancery.json.problem.InvalidJson;
import io.github.chancery.json.schema.RecordSchemas;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * What the suite's tests share: the line under test, found through {@link LineUnderTest}; the
 * fixtures; the shipped schemas; and the capture of the line's exception, through the engine's
 * {@link InvalidJson} whichever line threw it.
 */
abstract class SuiteSupport {
  /** The one line on the class path that the suite runs against. */
  static final LineUnderTest LINE = lineUnderTest();

  /** The line's strict {@code ChanceryJson}. */
  static final AbstractChanceryJson<?> JSON = LINE.strict();

  /** The line's exception, as its {@code ChanceryJson} declares it: checked in Jackson 2, not in Jackson 3. */
  static final Class<?> LINE_EXCEPTION = exceptionOf(JSON);

  /** The record types that have a fixture in {@code fixtures/records}, in the order of the record types. */
  static final List<String> RECORD_FIXTURES = Fixtures.recordTypesWithAFixture();

  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

  private static LineUnderTest lineUnderTest() {
    List<LineUnderTest> lines =
        ServiceLoader.load(LineUnderTest.class).stream().map(ServiceLoader.Provider::get).collect(Collectors.toList());
    if (lines.size() != 1) {
      throw new IllegalStateException(
          "the conformance suite runs against exactly one line, named in the test resources' "
              + "META-INF/services/" + LineUnderTest.class.getName() + "; found "
              + lines.stream().map(LineUnderTest::name).collect(Collectors.toList()));
    }
    return lines.get(0);
  }

  private static Class<?> exceptionOf(AbstractChanceryJson<?> json) {
    for (Class<?> type = json.getClass(); type != null; type = type.getSuperclass()) {
      Type parent = type.getGenericSuperclass();
      if (parent instanceof ParameterizedType && ((ParameterizedType) parent).getRawType() == AbstractChanceryJson.class) {
        Type exception = ((ParameterizedType) parent).getActualTypeArguments()[0];
        if (exception instanceof Class) {
          return (Class<?>) exception;
        }
      }
    }
    throw new IllegalStateException(json.getClass() + " does not name its exception");
  }

  /** Returns whether the line's exception is checked, as Jackson 2's is. */
  static boolean lineExceptionIsChecked() {
    return !RuntimeException.class.isAssignableFrom(LINE_EXCEPTION);
  }

  /** Returns a fixture's text, without its final newline. */
  static String fixture(String path) {
    return Fixtures.text(path);
  }

  /** Returns a fixture's bytes, as they are in the file. */
  static byte[] fixtureBytes(String path) {
    return Fixtures.bytes(path);
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

  /** Returns the exception a read throws, which must be the line's own, in Chancery's words. */
  static InvalidJson failure(ThrowingCallable read) {
    Throwable thrown = catchThrowable(read);
    assertThat(thrown).isInstanceOf(LINE_EXCEPTION).isInstanceOf(InvalidJson.class);
    return inChancerysWords((InvalidJson) thrown);
  }

  /**
   * Returns the exception a record stream's {@code iterator()} or {@code stream()} throws for a
   * bad record. These can throw no checked exception: a line whose exception is checked (Jackson
   * 2) throws an {@link UncheckedIOException} whose cause is its exception, and a line whose
   * exception is unchecked (Jackson 3) throws its exception as it is. Either way, the line's
   * exception is returned.
   */
  static InvalidJson failureOfAStream(ThrowingCallable read) {
    Throwable thrown = catchThrowable(read);
    if (lineExceptionIsChecked()) {
      assertThat(thrown).isInstanceOf(UncheckedIOException.class);
      thrown = thrown.getCause();
    }
    assertThat(thrown).isInstanceOf(LINE_EXCEPTION).isInstanceOf(InvalidJson.class);
    return inChancerysWords((InvalidJson) thrown);
  }

  /** Checks that the message of a failure names no Jackson nor Java class, and returns it. */
  static InvalidJson inChancerysWords(InvalidJson failure) {
    assertThat(message(failure))
        .doesNotContain("com.fasterxml")
        .doesNotContain("tools.jackson")
        .doesNotContain("jackson")
        .doesNotContain("Jackson")
        .doesNotContain("Immutable")
        .doesNotContain("Cannot build")
        .doesNotContain("NullPointer")
        .doesNotContain("java.");
    return failure;
  }

  /** Returns the message of the line's exception. */
  static String message(InvalidJson failure) {
    return ((Throwable) failure).getMessage();
  }

  /** Returns each problem of a failure as {@code path rule}. */
  static List<String> pathsAndRules(ThrowingCallable read) {
    return failure(read).problems().stream().map(p -> p.path() + " " + p.code().code()).collect(Collectors.toList());
  }
}
