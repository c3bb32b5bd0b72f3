package io.github.chancery.json.internal;

import io.github.chancery.core.record.RecordType;
import io.github.chancery.json.problem.JsonProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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

  /**
   * Returns the record types the record fixtures hold, in the order of {@link RecordType}: one
   * fixture a type, named by its wire name. A new record type needs none: the engine's tests of
   * every type run over the fixtures there are.
   */
  public static List<RecordType> recordTypes() {
    try (Stream<Path> files = Files.list(Path.of(Fixtures.class.getResource("/engine/records").toURI()))) {
      List<String> names = files.map(file -> file.getFileName().toString()).collect(Collectors.toList());
      return Arrays.stream(RecordType.values()).filter(type -> names.contains(type.wireName() + ".json")).collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Shows each problem as {@code path rule}. */
  public static List<String> pathsAndRules(List<JsonProblem> problems) {
    return problems.stream().map(p -> p.path() + " " + p.code().code()).collect(Collectors.toList());
  }
}
