package io.github.chancery.json.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.chancery.json.conformance.Fixtures;
import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * What the Jackson 3 artifact's own tests share: its strict ChanceryJson, the fixtures (the
 * conformance suite's, which this artifact also runs) and failure capture.
 */
abstract class Jackson3TestSupport {
  static final ChanceryJson JSON = ChanceryJson.strict();

  /** Returns a fixture's text, without its final newline. */
  static String fixture(String path) {
    return Fixtures.text(path);
  }

  /** Returns the exception a read throws, which must be Chancery's, in Chancery's words. */
  static ChanceryJsonException failure(ThrowingCallable read) {
    Throwable thrown = catchThrowable(read);
    assertThat(thrown).isInstanceOf(ChanceryJsonException.class);
    ChanceryJsonException failure = (ChanceryJsonException) thrown;
    assertThat(failure.getMessage())
        .doesNotContain("tools.jackson")
        .doesNotContain("Jackson")
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
