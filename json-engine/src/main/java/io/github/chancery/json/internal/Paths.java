package io.github.chancery.json.internal;

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
