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
 * of one place keep the order they were found in (a warning given once more is known, such as a
 * copy judged when every file is read, keeps the turn reserved when it was found). The same
 * warning found twice (an embedded
 * object met again) is kept once. Fields Chancery has no place for are counted instead, one
 * warning per field and kind at its first occurrence, after the others.
 *
 * <p>An import of several files numbers their objects on from one file to the next: each warning
 * names the file of its place, and the warnings are in the order of the files, then of each file,
 * then one for each field not mapped, naming the file of its first occurrence. An import of one
 * file read from a stream names none.
 *
 * <p>Not thread-safe: one per import.
 */
final class Warnings {
  /** The place of the collector itself, before any object. */
  static final int FILE = 0;

  /** A warning found, with where it stands in the order of the files. */
  private record Found(PopoloWarning warning, int file, int place, int turn) {}

  /** The first occurrence of a field not mapped. */
  private record First(String path, int file) {}

  private final List<Found> found = new ArrayList<>();
  /** The turn of the next warning: warnings of one place stand in the order of their turns. */
  private int turns;
  private final Set<String> said = new HashSet<>();
  private final Map<String, int[]> unmapped = new LinkedHashMap<>();
  private final Map<String, First> unmappedFirst = new HashMap<>();
  /** The names of the files read, in order; empty for one file read from a stream. */
  private final List<String> files = new ArrayList<>();
  /** The first place of each file, in order. */
  private final List<Integer> firstPlaces = new ArrayList<>();

  /**
   * Starts the warnings of another file of the import.
   *
   * @param name the file's name, as warnings give it
   * @param firstPlace the place of its first object
   */
  void startFile(String name, int firstPlace) {
    files.add(name);
    firstPlaces.add(firstPlace);
  }

  /** Whether the import reads several files, whose warnings name them. */
  boolean namesFiles() {
    return !files.isEmpty();
  }

  /** The index of the file a place is in; the file being read for the collector's own place; -1 for one stream. */
  private int fileOf(int place) {
    if (place == FILE) {
      return files.size() - 1;
    }
    int file = files.size() - 1;
    while (file > 0 && firstPlaces.get(file) > place) {
      file--;
    }
    return file;
  }

  /**
   * Returns a path as a warning about another object names it: with the file it is in, when the
   * import names files ({@code people.json $.persons[3]}).
   *
   * @param place the place of the object at the path
   * @param path the path
   * @return the path, after its file's name when the import names files
   */
  String where(int place, String path) {
    int file = fileOf(place);
    return file < 0 ? path : files.get(file) + " " + path;
  }

  /**
   * Adds a warning, unless the same was given before.
   *
   * @param place the sequence number of the object being read, or {@link #FILE}
   * @param path the JSON path of what the warning is about
   * @param message what was repaired or not mapped
   */
  void warn(int place, String path, String message) {
    warn(reserve(), place, path, message);
  }

  /**
   * Reserves the turn of a warning that may be given later, once more is known, so that it stands
   * among those of its place where it would have stood when given at once.
   *
   * @return the turn, for {@link #warn(int, int, String, String)}
   */
  int reserve() {
    return turns++;
  }

  /**
   * Adds a warning in a turn reserved, unless the same was given before.
   *
   * @param turn the turn reserved
   * @param place the place of the object it is about
   * @param path the JSON path
   * @param message what was repaired or not mapped
   */
  void warn(int turn, int place, String path, String message) {
    int file = fileOf(place);
    if (!said.add(file + "\u0000" + path + "\u0000" + message)) {
      return; // the same object read twice (an embedded reference met again)
    }
    found.add(new Found(PopoloWarning.of(file < 0 ? null : files.get(file), path, message), file, place, turn));
  }

  /**
   * Counts a field that Chancery has no place for.
   *
   * @param place the place of the object it is a field of, or {@link #FILE}
   * @param kind the kind of object it is a field of, as warnings name it: {@code vote_events}
   * @param path the path of this occurrence; the first is the one warned
   * @param field the field's name
   */
  void unmapped(int place, String kind, String path, String field) {
    String key = kind + "\u0000" + field;
    unmapped.computeIfAbsent(key, k -> new int[1])[0]++;
    unmappedFirst.computeIfAbsent(key, k -> new First(path, fileOf(place)));
  }

  /**
   * Returns every warning: those of objects in the order of the files, then one for each field not
   * mapped.
   *
   * @return the warnings, a new list
   */
  List<PopoloWarning> inFileOrder() {
    List<PopoloWarning> all = new ArrayList<>();
    found.stream()
        .sorted(Comparator.comparingInt(Found::file).thenComparingInt(Found::place).thenComparingInt(Found::turn))
        .forEach(w -> all.add(w.warning()));
    unmapped.forEach(
        (key, count) -> {
          String[] parts = key.split("\u0000", 2);
          First first = unmappedFirst.get(key);
          all.add(
              PopoloWarning.of(
                  first.file() < 0 ? null : files.get(first.file()),
                  first.path(),
                  "'" + parts[1] + "' of " + parts[0] + " is not mapped to Chancery's records"
                      + (count[0] > 1 ? " (in " + count[0] + " objects; the first is at this path)" : "")));
        });
    return all;
  }
}
