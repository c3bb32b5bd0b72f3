package io.github.chancery.json.jackson3;

import io.github.chancery.json.conformance.LineUnderTest;
import io.github.chancery.json.limits.ReadLimits;
import io.github.chancery.json.problem.JsonProblem;
import java.util.function.Consumer;

/**
 * The Jackson 3 line, for the conformance suite, which this module's tests run (Surefire's
 * dependenciesToScan); named in {@code META-INF/services/io.github.chancery.json.conformance.LineUnderTest}.
 */
public final class Jackson3LineUnderTest implements LineUnderTest {
  @Override
  public String name() {
    return "Jackson 3";
  }

  @Override
  public ChanceryJson strict() {
    return ChanceryJson.strict();
  }

  @Override
  public ChanceryJson strict(ReadLimits limits) {
    return ChanceryJson.strict(limits);
  }

  @Override
  public ChanceryJson lenient(Consumer<JsonProblem> ignored) {
    return ChanceryJson.lenient(ignored);
  }
}
