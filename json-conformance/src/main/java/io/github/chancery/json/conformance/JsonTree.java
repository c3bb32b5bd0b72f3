package io.github.chancery.json.conformance;

import io.github.chancery.json.internal.JsonText;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A plain JSON tree for the suite, so that it needs neither Jackson line to look inside the
 * documents it checks: objects are {@code LinkedHashMap}s in document order, arrays {@code
 * ArrayList}s, strings {@code String}s, numbers {@link Num}, booleans {@code Boolean}, and null
 * {@link #NULL}. Two trees are equal as Jackson's trees are: integers by value, decimals by their
 * double value, an integer never equal to a decimal. Written compact, as Jackson writes trees.
 * It reads trusted documents only (fixtures, the line's own output, the wire-format page).
 */
final class JsonTree {
  /** JSON's null. */
  static final Object NULL =
      new Object() {
        @Override
        public String toString() {
          return "null";
        }
      };

  private final String text;
  private int at;

  private JsonTree(String text) {
    this.text = text;
  }

  /** A JSON number, kept as written. */
  static final class Num {
    final String text;

    Num(String text) {
      this.text = text;
    }

    boolean isIntegral() {
      return text.indexOf('.') < 0 && text.indexOf('e') < 0 && text.indexOf('E') < 0;
    }

    int intValue() {
      return new BigInteger(text).intValueExact();
    }

    @Override
    public boolean equals(Object other) {
      if (!(other instanceof Num)) {
        return false;
      }
      Num that = (Num) other;
      if (isIntegral() != that.isIntegral()) {
        return false;
      }
      return isIntegral()
          ? new BigInteger(text).equals(new BigInteger(that.text))
          : Double.compare(Double.parseDouble(text), Double.parseDouble(that.text)) == 0;
    }

    @Override
    public int hashCode() {
      return isIntegral() ? new BigInteger(text).hashCode() : Double.hashCode(Double.parseDouble(text));
    }

    @Override
    public String toString() {
      return text;
    }
  }

  /** Reads one JSON document, with nothing after it but white space. */
  static Object parse(String json) {
    JsonTree parser = new JsonTree(json);
    Object value = parser.value();
    parser.space();
    if (parser.at != json.length()) {
      throw parser.error("content after the value");
    }
    return value;
  }

  /** Writes a tree compact. */
  static String write(Object tree) {
    StringBuilder out = new StringBuilder();
    write(tree, out);
    return out.toString();
  }

  /** Returns a copy of a tree that shares no object or array with it. */
  @SuppressWarnings("unchecked")
  static Object deepCopy(Object tree) {
    if (tree instanceof Map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      ((Map<String, Object>) tree).forEach((name, value) -> copy.put(name, deepCopy(value)));
      return copy;
    }
    if (tree instanceof List) {
      List<Object> copy = new ArrayList<>();
      ((List<Object>) tree).forEach(value -> copy.add(deepCopy(value)));
      return copy;
    }
    return tree;
  }

  /** Returns an object of a tree, whose property names and values keep their order. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> object(Object tree) {
    if (!(tree instanceof Map)) {
      throw new IllegalArgumentException("not an object: " + write(tree));
    }
    return (Map<String, Object>) tree;
  }

  /** Returns an array of a tree. */
  @SuppressWarnings("unchecked")
  static List<Object> array(Object tree) {
    if (!(tree instanceof List)) {
      throw new IllegalArgumentException("not an array: " + write(tree));
    }
    return (List<Object>) tree;
  }

  @SuppressWarnings("unchecked")
  private static void write(Object tree, StringBuilder out) {
    if (tree instanceof Map) {
      out.append('{');
      boolean first = true;
      for (Map.Entry<String, Object> property : ((Map<String, Object>) tree).entrySet()) {
        if (!first) {
          out.append(',');
        }
        first = false;
        string(property.getKey(), out);
        out.append(':');
        write(property.getValue(), out);
      }
      out.append('}');
    } else if (tree instanceof List) {
      out.append('[');
      boolean first = true;
      for (Object element : (List<Object>) tree) {
        if (!first) {
          out.append(',');
        }
        first = false;
        write(element, out);
      }
      out.append(']');
    } else if (tree instanceof String) {
      string((String) tree, out);
    } else if (tree instanceof Num || tree instanceof Boolean || tree == NULL) {
      out.append(tree);
    } else {
      throw new IllegalArgumentException("not a JSON value: " + tree);
    }
  }

  private static void string(String value, StringBuilder out) {
    JsonText.quote(out, value);
  }

  private Object value() {
    space();
    if (at >= text.length()) {
      throw error("no value");
    }
    char c = text.charAt(at);
    switch (c) {
      case '{':
        return objectValue();
      case '[':
        return arrayValue();
      case '"':
        return stringValue();
      case 't':
        return literal("true", Boolean.TRUE);
      case 'f':
        return literal("false", Boolean.FALSE);
      case 'n':
        return literal("null", NULL);
      default:
        return number();
    }
  }

  private Map<String, Object> objectValue() {
    Map<String, Object> object = new LinkedHashMap<>();
    at++;
    space();
    if (peek() == '}') {
      at++;
      return object;
    }
    while (true) {
      space();
      if (peek() != '"') {
        throw error("a property name");
      }
      String name = stringValue();
      space();
      expect(':');
      object.put(name, value());
      space();
      if (peek() == ',') {
        at++;
      } else {
        expect('}');
        return object;
      }
    }
  }

  private List<Object> arrayValue() {
    List<Object> array = new ArrayList<>();
    at++;
    space();
    if (peek() == ']') {
      at++;
      return array;
    }
    while (true) {
      array.add(value());
      space();
      if (peek() == ',') {
        at++;
      } else {
        expect(']');
        return array;
      }
    }
  }

  private String stringValue() {
    StringBuilder value = new StringBuilder();
    at++;
    while (true) {
      if (at >= text.length()) {
        throw error("an unclosed string");
      }
      char c = text.charAt(at++);
      if (c == '"') {
        return value.toString();
      }
      if (c != '\\') {
        value.append(c);
        continue;
      }
      char escaped = text.charAt(at++);
      switch (escaped) {
        case 'n':
          value.append('\n');
          break;
        case 'r':
          value.append('\r');
          break;
        case 't':
          value.append('\t');
          break;
        case 'b':
          value.append('\b');
          break;
        case 'f':
          value.append('\f');
          break;
        case 'u':
          value.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
          at += 4;
          break;
        default:
          value.append(escaped);
      }
    }
  }

  private Num number() {
    int start = at;
    while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
      at++;
    }
    if (start == at) {
      throw error("a value");
    }
    return new Num(text.substring(start, at));
  }

  private Object literal(String word, Object value) {
    if (!text.startsWith(word, at)) {
      throw error(word);
    }
    at += word.length();
    return value;
  }

  private char peek() {
    if (at >= text.length()) {
      throw error("more");
    }
    return text.charAt(at);
  }

  private void expect(char c) {
    if (peek() != c) {
      throw error("'" + c + "'");
    }
    at++;
  }

  private void space() {
    while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) {
      at++;
    }
  }

  private IllegalArgumentException error(String expected) {
    return new IllegalArgumentException("expected " + expected + " at offset " + at + " of " + text);
  }
}
