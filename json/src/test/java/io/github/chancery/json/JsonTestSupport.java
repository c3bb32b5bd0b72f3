package io.github.chancery.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.chancery.json.conformance.Fixtures;
import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * What the Jackson 2 artifact's own tests share: its strict ChanceryJson, the fixtures (the
 * conformance suite's, which this artifact also runs), failure capture.
 */
abstract class JsonTestSupport {
  static final ChanceryJson JSON = ChanceryJson.strict();

  /** The record types that have a fixture in {@code fixtures/records}. */
  static final List<String> RECORD_FIXTURES = Fixtures.recordTypesWithAFixture();

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
