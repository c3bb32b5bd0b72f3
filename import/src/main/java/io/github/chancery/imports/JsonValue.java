package io.github.chancery.imports;

import io.github.chancery.json.internal.JsonLines;
import io.github.chancery.json.internal.JsonSyntax;
import io.github.chancery.json.internal.ParseFailure;
import io.github.chancery.json.internal.Paths;
import io.github.chancery.json.internal.TokenReader;
import io.github.chancery.json.internal.TokenReader.Token;
import io.github.chancery.json.limits.ReadLimits;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One JSON value of a publisher's JSON file, read whole through the engine's tokens with the JSON
 * path and the line it starts on, so that a warning about it names both: an object (its keys in
 * the file's order), an array, a string, a number (its text as written), a boolean or null.
 * Files of published JSON are read one at a time, and each is small (one bill, one vote event).
 *
 * <p>Immutable and thread-safe.
 */
final class JsonValue {
  /** The kinds of JSON value. */
  enum Kind {
    OBJECT,
    ARRAY,
    STRING,
    NUMBER,
    BOOLEAN,
    NULL
  }

  /** A text that is not JSON, or one that passes a limit: what the parser said, where. */
  static final class Unreadable extends Exception {
    private static final long serialVersionUID = 1L;
    final long line;
    final String path;

    Unreadable(long line, String path, String message) {
      super(message, null, false, false);
      this.line = line;
      this.path = path;
    }
  }

  private static volatile JsonSyntax syntax;

  final Kind kind;
  final String path;
  final long line;
  /** A map of names to values, a list of values, the text of a string or number, a Boolean, or null. */
  private final Object value;

  private JsonValue(Kind kind, String path, long line, Object value) {
    this.kind = kind;
    this.path = path;
    this.line = line;
    this.value = value;
  }

  /**
   * The syntax of the application's JSON line, found on first use: the import module names no
   * Jackson, and reads through whichever line the application has.
   */
  private static JsonSyntax syntax(String file) throws ImportException {
    JsonSyntax found = syntax;
    if (found == null) {
      try {
        found = JsonLines.preferred().syntax(ReadLimits.defaults());
      } catch (IllegalStateException none) {
        throw new ImportException(file, 0, "reading JSON files needs a JSON line on the class path: " + none.getMessage(), none);
      }
      syntax = found; // a race makes two equal syntaxes, one kept: no harm
    }
    return found;
  }

  /**
   * Reads a whole file's value.
   *
   * @param bytes the file, UTF-8 (or UTF-16, UTF-32)
   * @param file the file's name, for the exception when no JSON line is present
   * @return the value
   * @throws Unreadable if the text is not one JSON value, or passes a limit
   * @throws ImportException if the application has no JSON line
   */
  static JsonValue read(byte[] bytes, String file) throws Unreadable, IOException {
    Lines lines = new Lines(bytes);
    TokenReader in = null;
    try {
      in = syntax(file).document(bytes);
      if (in.next() == null) {
        throw new Unreadable(1, Paths.ROOT, "the file holds no JSON value");
      }
      JsonValue read = read(in, Paths.ROOT, lines);
      if (in.next() != null) {
        throw new Unreadable(lines.of(in.position()), Paths.ROOT, "the file holds more than one JSON value");
      }
      return read;
    } catch (ParseFailure failure) {
      long at = in == null ? 1 : lines.of(in.position());
      throw new Unreadable(at, failure.problem(0).path(), failure.problem(0).message());
    } finally {
      if (in != null) {
        in.close();
      }
    }
  }

  /**
   * The keys of a JSON file's object, read without reading their values, as long as each is one
   * of those allowed: enough to tell what a file is without reading a large one whole.
   *
   * @param in the file; not closed
   * @param allowed the keys allowed
   * @return the keys, or null when the file is not an object, not JSON, or has a key not allowed
   * @throws ImportException if the application has no JSON line
   */
  static Set<String> keys(InputStream in, Set<String> allowed) throws IOException {
    Set<String> keys = new HashSet<>();
    try (TokenReader tokens = syntax("").document(in)) {
      if (tokens.next() != Token.START_OBJECT) {
        return null;
      }
      for (Token t = tokens.next(); t == Token.NAME; t = tokens.next()) {
        String name = tokens.text();
        if (!allowed.contains(name)) {
          return null;
        }
        keys.add(name);
        tokens.next();
        tokens.skipValue();
      }
      return tokens.current() == Token.END_OBJECT ? keys : null;
    } catch (ParseFailure notJson) {
      return null;
    }
  }

  private static JsonValue read(TokenReader in, String path, Lines lines) throws IOException {
    long line = lines.of(in.position());
    Token token = in.current();
    switch (token) {
      case START_OBJECT:
        Map<String, JsonValue> fields = new LinkedHashMap<>();
        for (Token t = in.next(); t == Token.NAME; t = in.next()) {
          String name = in.text();
          in.next();
          // A key given twice: the last is kept, as Python's json module, which wrote the file, reads it.
          fields.put(name, read(in, Paths.property(path, name), lines));
        }
        return new JsonValue(Kind.OBJECT, path, line, Collections.unmodifiableMap(fields));
      case START_ARRAY:
        List<JsonValue> elements = new ArrayList<>();
        for (Token t = in.next(); t != Token.END_ARRAY && t != null; t = in.next()) {
          elements.add(read(in, Paths.index(path, elements.size()), lines));
        }
        return new JsonValue(Kind.ARRAY, path, line, Collections.unmodifiableList(elements));
      case STRING:
        return new JsonValue(Kind.STRING, path, line, in.text());
      case INTEGER:
      case DECIMAL:
        return new JsonValue(Kind.NUMBER, path, line, in.numberText());
      case TRUE:
        return new JsonValue(Kind.BOOLEAN, path, line, Boolean.TRUE);
      case FALSE:
        return new JsonValue(Kind.BOOLEAN, path, line, Boolean.FALSE);
      default:
        return new JsonValue(Kind.NULL, path, line, null);
    }
  }

  /** The line of a byte offset, from the offsets of the file's line feeds. */
  private static final class Lines {
    private final long[] feeds;

    Lines(byte[] bytes) {
      long[] found = new long[16];
      int n = 0;
      for (int i = 0; i < bytes.length; i++) {
        if (bytes[i] == '\n') {
          if (n == found.length) {
            found = Arrays.copyOf(found, n * 2);
          }
          found[n++] = i;
        }
      }
      feeds = Arrays.copyOf(found, n);
    }

    /** The line of the token that ends at this offset: the feeds before it, plus one. */
    long of(long offset) {
      int at = Arrays.binarySearch(feeds, Math.max(0, offset - 1));
      return (at >= 0 ? at : -at - 1) + 1L;
    }
  }

  // --- what the value is ---

  boolean isObject() {
    return kind == Kind.OBJECT;
  }

  boolean isArray() {
    return kind == Kind.ARRAY;
  }

  boolean isString() {
    return kind == Kind.STRING;
  }

  boolean isNull() {
    return kind == Kind.NULL;
  }

  /** Whether the value says anything: not null, not an empty string, array or object. */
  boolean carriesValue() {
    switch (kind) {
      case NULL:
        return false;
      case STRING:
        return !((String) value).isEmpty();
      case ARRAY:
        return !elements().isEmpty();
      case OBJECT:
        return !fields().isEmpty();
      default:
        return true;
    }
  }

  /** Names the value's JSON type for warnings. */
  String describe() {
    switch (kind) {
      case OBJECT:
        return "an object";
      case ARRAY:
        return "an array";
      case STRING:
        return "a string";
      case NUMBER:
        return "a number";
      case BOOLEAN:
        return "a boolean";
      default:
        return "null";
    }
  }

  // --- contents ---

  /** An object's fields, in the file's order; empty for any other value. */
  @SuppressWarnings("unchecked")
  Map<String, JsonValue> fields() {
    return kind == Kind.OBJECT ? (Map<String, JsonValue>) value : Map.of();
  }

  /** An array's elements; empty for any other value. */
  @SuppressWarnings("unchecked")
  List<JsonValue> elements() {
    return kind == Kind.ARRAY ? (List<JsonValue>) value : List.of();
  }

  /** A field of an object, or null when it is absent (or this is no object). */
  JsonValue get(String name) {
    return fields().get(name);
  }

  /** A string's text, a number's text as written, {@code true} or {@code false}; "" for null, objects and arrays. */
  String text() {
    return kind == Kind.STRING || kind == Kind.NUMBER ? (String) value : kind == Kind.BOOLEAN ? value.toString() : "";
  }

  @Override
  public String toString() {
    return path + " (line " + line + "): " + describe();
  }
}
