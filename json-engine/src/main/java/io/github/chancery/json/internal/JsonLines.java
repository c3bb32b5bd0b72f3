package io.github.chancery.json.internal;

import java.util.Comparator;
import java.util.ServiceLoader;

/**
 * Finds the JSON line the application has: the one of lowest {@linkplain JsonLine#rank() rank}
 * among those {@link ServiceLoader} finds, so that the choice is the same on every run. Stateless
 * and thread-safe.
 */
public final class JsonLines {
  private JsonLines() {}

  /**
   * Returns the preferred JSON line on the class or module path.
   *
   * @return the line
   * @throws IllegalStateException when there is none, naming the artifacts that provide one
   */
  public static JsonLine preferred() {
    return ServiceLoader.load(JsonLine.class, JsonLines.class.getClassLoader()).stream()
        .map(ServiceLoader.Provider::get)
        .min(Comparator.comparingInt(JsonLine::rank).thenComparing(JsonLine::name))
        .orElseThrow(() -> new IllegalStateException(
            "no JSON line is present: add chancery-json (Jackson 2) or chancery-json-jackson3 (Jackson 3)"));
  }
}
