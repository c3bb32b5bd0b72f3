package io.github.chancery.json.conformance;

import io.github.chancery.json.format.AbstractChanceryJson;
import io.github.chancery.json.limits.ReadLimits;
import io.github.chancery.json.problem.JsonProblem;
import java.util.function.Consumer;

/**
 * The Jackson line the conformance suite runs against: how the suite gets that line's {@code
 * ChanceryJson}, strict, with limits or lenient. Each adapter implements it in its test sources
 * and names the implementation in {@code
 * META-INF/services/io.github.chancery.json.conformance.LineUnderTest}; the suite finds it with
 * {@link java.util.ServiceLoader} and refuses to run unless there is exactly one.
 *
 * <p>The suite sees the line only through the engine's API: {@link AbstractChanceryJson} for
 * reading and writing, and the engine's {@link io.github.chancery.json.problem.InvalidJson} for
 * the line's exception, checked or not.
 */
public interface LineUnderTest {
  /**
   * Returns the line's name, such as {@code Jackson 2}, for messages.
   *
   * @return the name; never null
   */
  String name();

  /**
   * Returns the line's strict {@code ChanceryJson}, with the default limits.
   *
   * @return {@code ChanceryJson.strict()} of the line
   */
  AbstractChanceryJson<?> strict();

  /**
   * Returns the line's strict {@code ChanceryJson} with the given limits.
   *
   * @param limits the limits
   * @return {@code ChanceryJson.strict(limits)} of the line
   */
  AbstractChanceryJson<?> strict(ReadLimits limits);

  /**
   * Returns the line's lenient {@code ChanceryJson}, which ignores unknown properties and tells
   * the listener of each.
   *
   * @param ignored told of each unknown property ignored
   * @return {@code ChanceryJson.lenient(ignored)} of the line
   */
  AbstractChanceryJson<?> lenient(Consumer<JsonProblem> ignored);
}
