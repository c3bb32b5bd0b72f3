package io.github.chancery.popolo;

import io.github.chancery.json.internal.JsonText;
import io.github.chancery.json.internal.ParseFailure;
import io.github.chancery.json.internal.Paths;
import io.github.chancery.json.internal.TokenReader;
import io.github.chancery.json.internal.TokenReader.Token;
import io.github.chancery.json.problem.JsonRule;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One JSON value of a Popolo file, as the collector reads it from the engine's tokens: an object
 * (its keys in the file's order), an array, a string, a whole number, a number with a fraction or
 * an exponent (held as a double, as Popolo files are read), a boolean or null. Objects that embed
 * others are read whole, since what they are is known only from all their fields; the big arrays
 * of an export document are not, see {@link Collector}.
 *
 * <p>Its text ({@link #toString()}) is compact JSON, and is what ids derived from an object's
 * content are the hash of, so it never changes from one import to the next: keys in the file's
 * order, {@code "}, {@code \}, and control characters escaped, everything else as it is.
 *
 * <p>Immutable and thread-safe.
 */
final class JsonTree {
  /** The kinds of JSON value. */
  enum Type {
    OBJECT,
    ARRAY,
    STRING,
    INTEGER,
    DECIMAL,
    BOOLEAN,
    NULL
  }

  /** The literal {@code null}. */
  static final JsonTree NULL = new JsonTree(Type.NULL, null);

  private static final JsonTree TRUE = new JsonTree(Type.BOOLEAN, Boolean.TRUE);
  private static final JsonTree FALSE = new JsonTree(Type.BOOLEAN, Boolean.FALSE);

  private final Type type;
  /** A map of names to values, a list of values, a String, a BigInteger, a Double, a Boolean, or null. */
  private final Object value;

  private JsonTree(Type type, Object value) {
    this.type = type;
    this.value = value;
  }

  /**
   * Returns a string value.
   *
   * @param text the string; not null
   * @return the value
   */
  static JsonTree string(String text) {
    return new JsonTree(Type.STRING, Objects.requireNonNull(text, "text"));
  }

  private static JsonTree object(LinkedHashMap<String, JsonTree> fields) {
    return new JsonTree(Type.OBJECT, Collections.unmodifiableMap(fields));
  }

  // --- reading ---

  /**
   * Reads the value whose first token is the reader's current one, leaving the reader on its last
   * token. A key given twice in an object is refused, at its path: which of the two was meant
   * cannot be known.
   *
   * @param in the tokens, on the value's first
   * @param path the JSON path of the value, for the refusal of a key given twice
   * @return the value
   * @throws IOException if the parser cannot read the input ({@code ParseFailure}), or a key is
   *     given twice ({@link Refusal})
   */
  static JsonTree read(TokenReader in, String path) throws IOException {
    Token token = in.current();
    if (token == null) {
      throw endsEarly(path);
    }
    switch (token) {
      case START_OBJECT:
        LinkedHashMap<String, JsonTree> fields = new LinkedHashMap<>();
        for (Token t = in.next(); t == Token.NAME; t = in.next()) {
          String name = in.text();
          in.next();
          if (fields.containsKey(name)) {
            throw Refusal.of(JsonRule.DUPLICATE_KEY, Paths.property(path, name), "the key '" + name + "' appears more than once");
          }
          // A path is rendered only where an object or array may hold a key given twice.
          Token inner = in.current();
          String at = inner == Token.START_OBJECT || inner == Token.START_ARRAY ? Paths.property(path, name) : path;
          fields.put(name, read(in, at));
        }
        if (in.current() != Token.END_OBJECT) {
          throw endsEarly(path);
        }
        return object(fields);
      case START_ARRAY:
        List<JsonTree> elements = new ArrayList<>();
        for (Token t = in.next(); t != Token.END_ARRAY; t = in.next()) {
          String at = t == Token.START_OBJECT || t == Token.START_ARRAY ? Paths.index(path, elements.size()) : path;
          elements.add(read(in, at));
        }
        return new JsonTree(Type.ARRAY, Collections.unmodifiableList(elements));
      case STRING:
        return string(in.text());
      case INTEGER:
        return new JsonTree(Type.INTEGER, new BigInteger(in.numberText()));
      case DECIMAL:
        // As a double, as Popolo files have always been read: 3.0 is a whole 3, 1e400 is out of range.
        return new JsonTree(Type.DECIMAL, Double.parseDouble(in.numberText()));
      case TRUE:
        return TRUE;
      case FALSE:
        return FALSE;
      default:
        return NULL;
    }
  }

  /**
   * The failure of a text that ends inside a value: the parsers of both JSON lines report it
   * themselves, so this only keeps a parser that returns no token there from cutting a value short.
   *
   * @param path where the value stands
   * @return the failure, to throw
   */
  static ParseFailure endsEarly(String path) {
    return ParseFailure.of(ParseFailure.Kind.ENDS_EARLY, path, 0, 0);
  }

  // --- what the value is ---

  Type type() {
    return type;
  }

  boolean isNull() {
    return type == Type.NULL;
  }

  boolean isObject() {
    return type == Type.OBJECT;
  }

  boolean isArray() {
    return type == Type.ARRAY;
  }

  boolean isString() {
    return type == Type.STRING;
  }

  boolean isNumber() {
    return type == Type.INTEGER || type == Type.DECIMAL;
  }

  /** Whether the value is neither an object nor an array: a string, number, boolean or null. */
  boolean isScalar() {
    return type != Type.OBJECT && type != Type.ARRAY;
  }

  /**
   * Names the value's JSON type for warnings.
   *
   * @return {@code an object}, {@code an array}, {@code a string}, {@code a number}, {@code a
   *     boolean} or {@code null}
   */
  String describe() {
    switch (type) {
      case OBJECT:
        return "an object";
      case ARRAY:
        return "an array";
      case STRING:
        return "a string";
      case INTEGER:
      case DECIMAL:
        return "a number";
      case BOOLEAN:
        return "a boolean";
      default:
        return "null";
    }
  }

  // --- objects and arrays ---

  @SuppressWarnings("unchecked")
  private Map<String, JsonTree> fields() {
    return type == Type.OBJECT ? (Map<String, JsonTree>) value : Map.of();
  }

  /** The value of a property of an object, or null when it has none (or this is not an object). */
  JsonTree get(String name) {
    return fields().get(name);
  }

  /** Whether an object has the property, even as {@code null}. */
  boolean has(String name) {
    return fields().containsKey(name);
  }

  /** Whether an object has the property with a value other than {@code null}. */
  boolean hasNonNull(String name) {
    JsonTree field = get(name);
    return field != null && !field.isNull();
  }

  /** The names of an object's properties, in the file's order; empty for any other value. */
  Set<String> names() {
    return fields().keySet();
  }

  /** The elements of an array; empty for any other value. */
  @SuppressWarnings("unchecked")
  List<JsonTree> elements() {
    return type == Type.ARRAY ? (List<JsonTree>) value : List.of();
  }

  /**
   * Returns a copy of an object with a property set: in its place when the object has it, else
   * after the others.
   *
   * @param name the property's name; not null
   * @param field its value; not null
   * @return the copy
   */
  JsonTree with(String name, JsonTree field) {
    LinkedHashMap<String, JsonTree> copy = new LinkedHashMap<>(fields());
    copy.put(name, Objects.requireNonNull(field, "field"));
    return object(copy);
  }

  /**
   * Returns an object of properties, in their order.
   *
   * @param fields the properties; copied
   * @return the object
   */
  static JsonTree objectOf(Map<String, JsonTree> fields) {
    return object(new LinkedHashMap<>(fields));
  }

  /**
   * Returns an array of values, in their order.
   *
   * @param elements the values; copied
   * @return the array
   */
  static JsonTree arrayOf(List<JsonTree> elements) {
    return new JsonTree(Type.ARRAY, List.copyOf(elements));
  }

  // --- scalars ---

  /**
   * Returns the text of a scalar: a string as it is, a number as written in JSON (a decimal as
   * Java writes a double), {@code true}, {@code false} or {@code null}; the empty string for an
   * object or array.
   *
   * @return the text; never null
   */
  String text() {
    switch (type) {
      case STRING:
      case INTEGER:
      case BOOLEAN:
        return value.toString();
      case DECIMAL:
        return Double.toString((Double) value);
      case NULL:
        return "null";
      default:
        return "";
    }
  }

  /** A number as a double: infinite when out of a double's range. */
  double doubleValue() {
    return type == Type.INTEGER ? ((BigInteger) value).doubleValue() : (Double) value;
  }

  /** A number exactly: a whole number as it is, a decimal as the double read. */
  BigDecimal decimalValue() {
    return type == Type.INTEGER ? new BigDecimal((BigInteger) value) : BigDecimal.valueOf((Double) value);
  }

  /** Whether a number is whole: any integer, or a finite decimal without a fraction (3.0). */
  boolean isWhole() {
    if (type == Type.INTEGER) {
      return true;
    }
    double d = type == Type.DECIMAL ? (Double) value : Double.NaN;
    return !Double.isNaN(d) && !Double.isInfinite(d) && d == Math.rint(d);
  }

  // --- equality and text ---

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof JsonTree)) {
      return false;
    }
    JsonTree that = (JsonTree) other;
    // An object's keys are compared without their order, as two copies of an object are the same
    // whichever order they give their fields in.
    return type == that.type && Objects.equals(value, that.value);
  }

  @Override
  public int hashCode() {
    return type.hashCode() * 31 + Objects.hashCode(value);
  }

  /** Returns the value as compact JSON. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    write(out);
    return out.toString();
  }

  private void write(StringBuilder out) {
    switch (type) {
      case OBJECT:
        out.append('{');
        boolean first = true;
        for (Map.Entry<String, JsonTree> field : fields().entrySet()) {
          if (!first) {
            out.append(',');
          }
          first = false;
          quote(out, field.getKey());
          out.append(':');
          field.getValue().write(out);
        }
        out.append('}');
        break;
      case ARRAY:
        out.append('[');
        List<JsonTree> elements = elements();
        for (int i = 0; i < elements.size(); i++) {
          if (i > 0) {
            out.append(',');
          }
          elements.get(i).write(out);
        }
        out.append(']');
        break;
      case STRING:
        quote(out, (String) value);
        break;
      case DECIMAL:
        double d = (Double) value;
        if (Double.isInfinite(d) || Double.isNaN(d)) {
          quote(out, Double.toString(d)); // JSON has no such number: written as its name
        } else {
          out.append(Double.toString(d));
        }
        break;
      default:
        out.append(text());
    }
  }

  private static void quote(StringBuilder out, String text) {
    JsonText.quote(out, text);
  }
}
