package io.github.chancery.json.format;

import io.github.chancery.json.internal.TestJsonException;
import io.github.chancery.json.internal.TestSyntax;
import io.github.chancery.json.limits.ReadLimits;
import io.github.chancery.json.problem.JsonProblem;
import java.util.function.Consumer;

/** The public API over the test syntax, as each Jackson line's {@code ChanceryJson} is over its own. */
final class TestChanceryJson extends AbstractChanceryJson<TestJsonException> {
  static final TestChanceryJson STRICT = new TestChanceryJson(ReadLimits.defaults(), null);

  TestChanceryJson(ReadLimits limits, Consumer<JsonProblem> ignoredListener) {
    super(new TestSyntax(limits), limits, ignoredListener);
  }

  static TestChanceryJson lenient(Consumer<JsonProblem> listener) {
    return new TestChanceryJson(ReadLimits.defaults(), listener);
  }

  static TestChanceryJson limited(ReadLimits limits) {
    return new TestChanceryJson(limits, null);
  }
}
