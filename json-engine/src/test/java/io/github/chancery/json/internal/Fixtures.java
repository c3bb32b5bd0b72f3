package io.github.chancery.json.internal;

import io.github.chancery.json.problem.JsonProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/** The engine's test fixtures, under {@code engine/} in the test resources, and how tests show problems. */
public final class Fixtures {
  private Fixtures() {}

  /** Returns a fixture's bytes, such as {@code records/vote.json}. */
  public static byte[] bytes(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/engine/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns a fixture's text. */
  public static String text(String name) {
    return new String(bytes(name), StandardCharsets.UTF_8);
  }

  /** Returns a one-line fixture's text without its line break. */
  public static String record(String type) {
    return text("records/" + type + ".json").strip();
  }

  /** Shows each problem as {@code path rule}. */
  public static List<String> pathsAndRules(List<JsonProblem> problems) {
    return problems.stream().map(p -> p.path() + " " + p.code().code()).collect(Collectors.toList());
  }
}
