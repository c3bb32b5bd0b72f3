package io.github.chancery.json.internal;

import io.github.chancery.core.dossier.ConsistencyReport;
import io.github.chancery.core.dossier.Dossier;
import io.github.chancery.core.dossier.Finding;
import io.github.chancery.core.dossier.FindingCode;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.record.ValueType;
import io.github.chancery.core.validation.Problem;
import io.github.chancery.core.validation.ValidationException;
import io.github.chancery.core.validation.ViolationCode;
import io.github.chancery.json.internal.TokenReader.Token;
import io.github.chancery.json.problem.JsonProblem;
import io.github.chancery.json.problem.JsonRule;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What the engine's documents share: how a value is read or written through the engine's tokens
 * (one function for both Jackson lines' serializers and deserializers), the walk over an
 * object's properties that finds keys given twice, and map keys read as values. The documents
 * themselves are {@link DossierDocument} and {@link ReportDocument}. Stateless.
 */
public final class DocumentEngine {
  private DocumentEngine() {}

  /**
   * How a value is written through the engine's tokens: one function for both Jackson
   * artifacts' serializers.
   *
   * @param <T> the type written
   */
  @FunctionalInterface
  public interface Writing<T> {
    /**
     * Writes the value.
     *
     * @param out where to write; not null
     * @param value the value; not null
     * @throws IOException if the generator cannot write
     */
    void write(TokenWriter out, T value) throws IOException;
  }

  /**
   * How a value is read through the engine's tokens, from its first token: one function for
   * both Jackson artifacts' deserializers. Problems go to the context; the result is then null.
   *
   * @param <T> the type read
   */
  @FunctionalInterface
  public interface Reading<T> {
    /**
     * Reads the value.
     *
     * @param in the tokens, on the value's first
     * @param context where problems go, at its current path
     * @return the value, or null when a problem was found
     * @throws IOException if the parser cannot read the input, or finds it is not JSON
     */
    T read(TokenReader in, ReadContext context) throws IOException;
  }

  /** Told of each property of an object read by {@link #properties}, once per name. */
  @FunctionalInterface
  interface PropertyReader {
    void read(String name, String path, Token value) throws IOException;
  }

  /**
   * Reads the properties of the object the reader stands on, giving each to {@code reader}; a key
   * given twice is a {@code duplicate-key} problem and its second value is skipped, since which
   * one was meant cannot be known.
   *
   * @return the names read
   */
  static Set<String> properties(TokenReader in, String base, ReadContext context, PropertyReader reader)
      throws IOException {
    Set<String> seen = new HashSet<>();
    for (Token token = in.next(); token == Token.NAME; token = in.next()) {
      String name = in.text();
      String path = Paths.property(base, name);
      Token value = in.next();
      if (!seen.add(name)) {
        context.problem(JsonRule.DUPLICATE_KEY, path, "the key '" + name + "' appears more than once");
        in.skipValue();
        continue;
      }
      reader.read(name, path, value);
    }
    return seen;
  }

  static void required(ReadContext context, String base, Set<String> seen, String... names) {
    for (String name : names) {
      if (!seen.contains(name)) {
        context.problem(JsonRule.REQUIRED, Paths.property(base, name), "is required");
      }
    }
  }

  /**
   * Reads a value a mapper meets inside a document, from its first token, as a Jackson
   * deserializer of either line reads it: null, or nothing, is {@code required}.
   *
   * @param in the tokens, on the value's first, or on none
   * @param reading how the value is read; not null
   * @param context where problems go, at the value's path; not null
   * @param <T> the type read
   * @return the value, or null when the context has problems
   * @throws IOException if the parser cannot read the input, or finds it is not JSON
   */
  public static <T> T readEmbedded(TokenReader in, Reading<T> reading, ReadContext context) throws IOException {
    T value = in.current() == null || in.current() == Token.NULL ? null : reading.read(in, context);
    if (value == null && !context.hasProblems()) {
      context.problem(JsonRule.REQUIRED, "must not be null");
    }
    return context.hasProblems() ? null : value;
  }

  /**
   * Reads a map key as a value of a type written as one string (a date, a language tag, a code,
   * a reference), under the same rules as the value; problems go to the context, at its path.
   * Two keys of one map that are one value ({@code "FR"} and {@code "fr"}) are a problem, rather
   * than one entry of the map silently lost.
   *
   * @param key the key as written; not null
   * @param type the type of the key's value; not null
   * @param context where problems go; not null
   * @param keys the keys read so far in the document, or null when the map cannot be known
   * @param mapPath the path of the map, when {@code keys} is given
   * @param <V> the type of the key's value
   * @return the value, or null after a problem
   */
  public static <V> V readKey(String key, ValueType<V> type, ReadContext context, MapKeys keys, String mapPath) {
    if (!type.isParsed()) {
      context.problem(JsonRule.WRONG_TYPE, "a " + type.kind().name().toLowerCase(java.util.Locale.ROOT) + " cannot be a map key");
      return null;
    }
    V value;
    try {
      value = type.parse(key);
    } catch (ValidationException e) {
      context.violations(e);
      return null;
    }
    if (keys != null) {
      keys.add(mapPath, key, value, context);
    }
    return context.hasProblems() ? null : value;
  }

  /**
   * The values of the keys of each map read so far in one document, by the map's path, so that
   * two keys that are one value ({@code "FR"} and {@code "fr"}) are found rather than one entry
   * silently lost. Not thread-safe: one per read.
   */
  public static final class MapKeys {
    private final Map<String, Set<Object>> seen = new HashMap<>();

    /** Creates an empty record of keys. */
    public MapKeys() {}

    /**
     * Records a key's value; a problem when another key of the same map had the same value.
     *
     * @param mapPath the path of the map
     * @param key the key as written
     * @param value the value it was read as
     * @param context where the problem goes, at the key's path
     */
    public void add(String mapPath, String key, Object value, ReadContext context) {
      if (!seen.computeIfAbsent(mapPath, path -> new HashSet<>()).add(value)) {
        context.problem(JsonRule.DUPLICATE_KEY, "the key '" + key + "' is a value another key of this map already is");
      }
    }
  }
}
