package io.github.chancery.popolo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The warnings of one import, put in the order of the file though kinds are mapped in the order
 * references need: each warning carries the place in the file of the object being read when it
 * was found (its sequence number, 0 for what the collector finds between objects), and warnings
 * of one place keep the order they were found in. The same warning found twice (an embedded
 * object met again) is kept once. Fields Chancery has no place for are counted instead, one
 * warning per field and kind at its first occurrence, after the others.
 *
 * <p>Not thread-safe: one per import.
 */
final class Warnings {
  /** The place of the collector itself, before any object. */
  static final int FILE = 0;

  private final List<PopoloWarning> found = new ArrayList<>();
  private final List<int[]> places = new ArrayList<>();
  private final Set<String> said = new HashSet<>();
  private final Map<String, int[]> unmapped = new LinkedHashMap<>();
  private final Map<String, String> unmappedFirst = new HashMap<>();

  /**
   * Adds a warning, unless the same was given before.
   *
   * @param place the sequence number of the object being read, or {@link #FILE}
   * @param path the JSON path of what the warning is about
   * @param message what was repaired or not mapped
   */
  void warn(int place, String path, String message) {
    if (!said.add(path + "\u0000" + message)) {
      return; // the same object read twice (an embedded reference met again)
    }
    found.add(PopoloWarning.of(path, message));
    places.add(new int[] {place, places.size()});
  }

  /**
   * Counts a field that Chancery has no place for.
   *
   * @param kind the kind of object it is a field of, as warnings name it: {@code vote_events}
   * @param path the path of this occurrence; the first is the one warned
   * @param field the field's name
   */
  void unmapped(String kind, String path, String field) {
    String key = kind + "\u0000" + field;
    unmapped.computeIfAbsent(key, k -> new int[1])[0]++;
    unmappedFirst.putIfAbsent(key, path);
  }

  /**
   * Returns every warning: those of objects in the order of the file, then one for each field not
   * mapped.
   *
   * @return the warnings, a new list
   */
  List<PopoloWarning> inFileOrder() {
    List<PopoloWarning> all = new ArrayList<>();
    places.stream()
        .sorted(Comparator.<int[]>comparingInt(w -> w[0]).thenComparingInt(w -> w[1]))
        .forEach(w -> all.add(found.get(w[1])));
    unmapped.forEach(
        (key, count) -> {
          String[] parts = key.split("\u0000", 2);
          all.add(
              PopoloWarning.of(
                  unmappedFirst.get(key),
                  "'" + parts[1] + "' of " + parts[0] + " is not mapped to Chancery's records"
                      + (count[0] > 1 ? " (in " + count[0] + " objects; the first is at this path)" : "")));
        });
    return all;
  }
}
