package io.github.chancery.json.internal;

import java.util.ArrayDeque;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * JSON paths in the {@code $.counts[1].value} notation.
 *
 * <p>Stateless and thread-safe.
 */
public final class Paths {
  /** The path of the root. */
  public static final String ROOT = "$";

  private Paths() {}

  /**
   * Returns the path of a property of the object at {@code base}.
   *
   * @param base the path of the object, such as {@link #ROOT}; not null
   * @param name the property name, any text; not null
   * @return {@code base.name}, or {@code base['name']} with quotes and backslashes escaped when the
   *     name is not a plain identifier
   */
  public static String property(String base, String name) {
    return isPlainName(name)
        ? base + "." + name
        : base + "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
  }

  /**
   * Returns the path of the object a property is in: the inverse of {@link #property}.
   *
   * @param path the path of the property; not null
   * @param name the property's name; not null
   * @return the path of its object, or {@code path} itself when it does not end with the name
   */
  public static String parentOf(String path, String name) {
    String step = property("", name);
    return path.endsWith(step) ? path.substring(0, path.length() - step.length()) : path;
  }

  /** Whether a name can follow a dot: {@code [A-Za-z_][A-Za-z0-9_]*}. Called for every key read. */
  private static boolean isPlainName(String name) {
    if (name.isEmpty()) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
      if (!letter && !(i > 0 && c >= '0' && c <= '9')) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the path of an element of the array at {@code base}.
   *
   * @param base the path of the array; not null
   * @param index the element's index, from 0
   * @return {@code base[index]}
   */
  public static String index(String base, long index) {
    return base + "[" + index + "]";
  }

  /**
   * Returns the JSON path of a place in a parser's contexts, walked from the root rather than read
   * from a JSON Pointer, in which a property named {@code "12"} and the index 12 look alike: each
   * context inside an object adds the property it is at, each inside an array its element.
   *
   * @param innermost the innermost context, or null for the root
   * @param parent a context's parent, null for the root's
   * @param name the property a context stands at, or null when it is not in an object or at none
   * @param index the element a context stands at, or -1 when it is not in an array or at none
   * @param <C> the parser's contexts
   * @return the path, such as {@code $.counts[1]}
   */
  public static <C> String ofContexts(C innermost, Function<C, C> parent, Function<C, String> name, ToIntFunction<C> index) {
    ArrayDeque<C> chain = new ArrayDeque<>();
    for (C context = innermost; context != null; context = parent.apply(context)) {
      chain.push(context);
    }
    String path = ROOT;
    for (C context : chain) {
      String property = name.apply(context);
      int element = property == null ? index.applyAsInt(context) : -1;
      path = property != null ? property(path, property) : element >= 0 ? index(path, element) : path;
    }
    return path;
  }

  /**
   * Joins a core violation path ({@code counts[2].value}, {@code ['fr']} or empty) to the JSON
   * path of the object it was found in.
   *
   * @param base the JSON path of the object; not null
   * @param relative the core path, relative to the object, possibly empty; not null
   * @return the joined path; {@code base} itself when {@code relative} is empty
   */
  public static String join(String base, String relative) {
    if (relative.isEmpty()) {
      return base;
    }
    return relative.startsWith("[") ? base + relative : base + "." + relative;
  }

  /**
   * Converts a JSON Pointer ({@code /counts/1/value}) to a path ({@code $.counts[1].value}).
   * Numeric segments are taken as array indexes.
   *
   * @param pointer the pointer, or null or empty for the root
   * @return the path, starting with {@link #ROOT}
   */
  public static String fromPointer(String pointer) {
    StringBuilder path = new StringBuilder(ROOT);
    if (pointer == null || pointer.isEmpty()) {
      return path.toString();
    }
    for (String segment : pointer.substring(1).split("/", -1)) {
      String name = segment.replace("~1", "/").replace("~0", "~");
      if (name.matches("\\d+")) {
        path.append('[').append(name).append(']');
      } else {
        path.replace(0, path.length(), property(path.toString(), name));
      }
    }
    return path.toString();
  }

  /**
   * Converts a path ({@code $.counts[1].value}, {@code $['a b'][0]}) to an RFC 6901 JSON Pointer
   * ({@code /counts/1/value}, {@code /a b/0}); the root is the empty pointer.
   *
   * @param path the path; not null
   * @return the pointer, empty for the root
   */
  public static String toPointer(String path) {
    StringBuilder pointer = new StringBuilder();
    int i = path.startsWith(ROOT) ? 1 : 0;
    while (i < path.length()) {
      char c = path.charAt(i);
      StringBuilder segment = new StringBuilder();
      if (c == '.') {
        i++;
        while (i < path.length() && path.charAt(i) != '.' && path.charAt(i) != '[') {
          segment.append(path.charAt(i++));
        }
      } else if (c == '[' && i + 1 < path.length() && path.charAt(i + 1) == '\'') {
        i += 2;
        while (i < path.length() && path.charAt(i) != '\'') {
          char d = path.charAt(i++);
          segment.append(d == '\\' && i < path.length() ? path.charAt(i++) : d);
        }
        i += 2; // the closing quote and bracket
      } else if (c == '[') {
        i++;
        while (i < path.length() && path.charAt(i) != ']') {
          segment.append(path.charAt(i++));
        }
        i++;
      } else {
        // Not a path of this library's notation: kept whole as one segment.
        segment.append(path, i, path.length());
        i = path.length();
      }
      pointer.append('/').append(segment.toString().replace("~", "~0").replace("/", "~1"));
    }
    return pointer.toString();
  }
}
