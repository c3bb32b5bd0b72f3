package io.github.chancery.json.internal;

import io.github.chancery.core.record.ValueType;
import io.github.chancery.core.validation.ValidationException;
import io.github.chancery.json.internal.TokenReader.Token;
import io.github.chancery.json.problem.JsonProblem;
import io.github.chancery.json.problem.JsonRule;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

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
   * Opens the engine's tokens over a line's parser.
   *
   * @param <P> the line's parser
   */
  @FunctionalInterface
  public interface Tokens<P> {
    /**
     * Returns the tokens of the parser, from its current one.
     *
     * @param parser the parser; not null
     * @return the tokens
     * @throws IOException if the current token is not JSON ({@link ParseFailure})
     */
    TokenReader of(P parser) throws IOException;
  }

  /**
   * Reads a value a line's mapper meets inside a document, from its first token, for the line's
   * deserializer: null, or nothing, is {@code required}; what is wrong with the value, or with the
   * text, is the line's exception, of every problem found.
   *
   * @param parser the line's parser, on the value's first token, or on none
   * @param tokens the engine's tokens over the parser; not null
   * @param reading how the value is read; not null
   * @param context where problems go, at the value's path; not null
   * @param exception the line's exception for problems; not null
   * @param <P> the line's parser
   * @param <T> the type read
   * @param <X> the line's exception
   * @return the value; never null
   * @throws X listing every problem
   * @throws IOException if the input itself fails
   */
  public static <P, T, X extends Exception> T readEmbedded(
      P parser, Tokens<P> tokens, Reading<T> reading, ReadContext context, Function<List<JsonProblem>, X> exception) throws X, IOException {
    T value;
    try {
      TokenReader in = tokens.of(parser);
      value = in.current() == null || in.current() == Token.NULL ? null : reading.read(in, context);
    } catch (ParseFailure failure) {
      throw exception.apply(List.of(failure.problem(0)));
    }
    if (value == null && !context.hasProblems()) {
      context.problem(JsonRule.REQUIRED, "must not be null");
    }
    if (context.hasProblems()) {
      throw exception.apply(context.problems());
    }
    return value;
  }

  /**
   * Reads a map key a line's mapper meets, for the line's key deserializer: {@link #readKey(String,
   * ValueType, String, String, MapKeys, Function)} with the map's path taken from the key's, whose
   * last property the key is.
   *
   * @param key the key as written; not null
   * @param type the type of the key's value; not null
   * @param keyPath the JSON path of the key, the parser's; {@code $} outside a document
   * @param keys what the read keeps under {@link MapKeys#ATTRIBUTE}, the keys read so far; null
   *     outside a document (a conversion), where the key is read alone
   * @param exception the line's exception for problems; not null
   * @param <V> the type of the key's value
   * @param <X> the line's exception
   * @return the value; never null
   * @throws X naming the key's path and rule
   */
  public static <V, X extends Exception> V readKey(String key, ValueType<V> type, String keyPath, MapKeys keys, Function<List<JsonProblem>, X> exception)
      throws X {
    return readKey(key, type, keyPath, keys == null ? null : Paths.parentOf(keyPath, key), keys, exception);
  }

  /**
   * Reads a map key as a value of a type written as one string (a date, a language tag, a code, a
   * reference), under the same rules as the value. Two keys of one map that are one value ({@code
   * "FR"} and {@code "fr"}) are a problem, rather than one entry of the map silently lost.
   *
   * @param key the key as written; not null
   * @param type the type of the key's value; not null
   * @param keyPath the JSON path of the key
   * @param mapPath the JSON path of the map, or null when the key is read alone
   * @param keys the keys read so far in the document; not null with a {@code mapPath}
   * @param exception the line's exception for problems; not null
   * @param <V> the type of the key's value
   * @param <X> the line's exception
   * @return the value; never null
   * @throws X naming the key's path and rule
   */
  public static <V, X extends Exception> V readKey(
      String key, ValueType<V> type, String keyPath, String mapPath, MapKeys keys, Function<List<JsonProblem>, X> exception) throws X {
    ReadContext context = ReadContext.strict().at(keyPath);
    V value = null;
    if (!type.isParsed()) {
      context.problem(JsonRule.WRONG_TYPE, "a " + type.kind().name().toLowerCase(java.util.Locale.ROOT) + " cannot be a map key");
    } else {
      try {
        value = type.parse(key);
        if (mapPath != null) {
          keys.add(mapPath, key, value, context);
        }
      } catch (ValidationException e) {
        context.violations(e);
      }
    }
    if (context.hasProblems()) {
      throw exception.apply(context.problems());
    }
    return value;
  }

  /**
   * The values of the keys of each map read so far in one document, by the map's path, so that
   * two keys that are one value ({@code "FR"} and {@code "fr"}) are found rather than one entry
   * silently lost. Not thread-safe: one per read.
   */
  public static final class MapKeys {
    /** The attribute under which a line's read keeps its keys, as its deserialization context's. */
    public static final Object ATTRIBUTE = MapKeys.class.getName();

    private final Map<String, Set<Object>> seen = new HashMap<>();

    /** Creates an empty record of keys. */
    public MapKeys() {}

    /**
     * Returns the keys a read keeps under {@link #ATTRIBUTE}, or new ones, for the read to keep.
     *
     * @param kept what the read keeps under the attribute, or null before its first key
     * @return the keys kept, or new ones
     */
    public static MapKeys kept(Object kept) {
      return kept instanceof MapKeys ? (MapKeys) kept : new MapKeys();
    }

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
