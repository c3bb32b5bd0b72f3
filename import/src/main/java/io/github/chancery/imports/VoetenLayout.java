package io.github.chancery.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The columns of a CSV file of Voeten's roll calls or of {@code unvotes}, found by name in its
 * header: the documented ones, the others listed as unknown. Immutable once made.
 */
final class VoetenLayout {
  final List<String> header;
  final List<String> unknown;
  private final Map<String, Integer> index;

  private VoetenLayout(List<String> header, Map<String, Integer> index, List<String> unknown) {
    this.header = List.copyOf(header);
    this.index = index;
    this.unknown = List.copyOf(unknown);
  }

  /** The layout of a header by the documented columns, or null when it lacks one of the required. */
  static VoetenLayout of(List<String> header, Set<String> documented, List<String> required) {
    Map<String, Integer> index = new HashMap<>();
    List<String> unknown = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      String name = clean(header.get(i));
      if (!documented.contains(name) || index.containsKey(name)) {
        unknown.add(header.get(i));
      } else {
        index.put(name, i);
      }
    }
    for (String column : required) {
      if (!index.containsKey(column)) {
        return null;
      }
    }
    return new VoetenLayout(header, index, unknown);
  }

  /** The required columns a header lacks, for the message refusing it. */
  static List<String> missing(List<String> header, List<String> required) {
    List<String> names = new ArrayList<>();
    header.forEach(name -> names.add(clean(name)));
    List<String> missing = new ArrayList<>(required);
    missing.removeAll(names);
    return missing;
  }

  /** A header cell as compared: without a byte order mark, trimmed, in lower case. */
  static String clean(String name) {
    String stripped = name.startsWith("\uFEFF") ? name.substring(1) : name;
    return stripped.trim().toLowerCase(Locale.ROOT);
  }

  /** Whether the header has the column. */
  boolean has(String column) {
    return index.containsKey(column);
  }

  /** A row's value of a column, trimmed; empty when the header has no such column. */
  String get(List<String> row, String column) {
    Integer at = index.get(column);
    if (at == null || at >= row.size()) {
      return "";
    }
    return row.get(at).strip();
  }
}
