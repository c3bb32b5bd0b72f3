package io.github.chancery.popolo;

import io.github.chancery.core.text.MultilingualText;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.validation.ValidationException;
import io.github.chancery.core.validation.Violation;
import io.github.chancery.core.validation.Violations;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * How every mapping reads the fields of a Popolo object: texts, ids, dates, codes and arrays, each
 * warned where it is when it is not what Popolo says it is, and repaired where the intent is plain
 * (an id with spaces, a date-time written with a space); and the fields a kind does not map,
 * counted for the warnings. The one place warnings are given from, with the place of the object
 * being read.
 *
 * <p>Not thread-safe: one per import.
 */
final class Fields {
  /** Popolo names have no language: they are read in the language {@code und}. */
  static final String UNDETERMINED = "und";

  private final Warnings warnings;
  private final Ids ids;

  Fields(Warnings warnings) {
    this.warnings = warnings;
    this.ids = new Ids(warnings);
  }

  // --- warnings ---

  /** Warns of something at {@code path}, found while reading the object {@code at}. */
  void warn(PopoloObject at, String path, String message) {
    warnings.warn(at.place(), path, message);
  }

  /** Warns of something at {@code path}, found while reading the object at {@code place}. */
  void warn(int place, String path, String message) {
    warnings.warn(place, path, message);
  }

  /** Reserves the turn of a warning given later; see {@link Warnings#reserve()}. */
  int reserve() {
    return warnings.reserve();
  }

  /** Gives a warning in a turn reserved; see {@link Warnings#warn(int, int, String, String)}. */
  void warn(int turn, int place, String path, String message) {
    warnings.warn(turn, place, path, message);
  }

  /** Counts a field Chancery has no place for, at its path in the object at {@code place}; see {@link Warnings#unmapped}. */
  void unmapped(int place, String kind, String path, String field) {
    warnings.unmapped(place, kind, path, field);
  }

  /** A path as a warning about another object names it: with its file, when the import reads several. */
  String where(int place, String path) {
    return warnings.where(place, path);
  }

  /** Whether the import reads several files, whose warnings name them. */
  boolean namesFiles() {
    return warnings.namesFiles();
  }

  /** Counts each field of the object that is not null and not one of those its kind maps. */
  void known(PopoloObject object, String kind, Set<String> mapped) {
    for (String field : object.fields().names()) {
      // @type is what the object is read as, so it is mapped wherever it stands.
      if (!mapped.contains(field) && !field.equals("@type") && !object.get(field).isNull()) {
        unmapped(object.place(), kind, object.path(field), field);
      }
    }
  }

  /** Warns of an object that has no Chancery record. */
  void notImported(PopoloObject object, String what) {
    warn(object, object.path(), what + " has no Chancery record: not imported");
  }

  // --- ids ---

  /** An id as published, or repaired and said so once; see {@link Ids#repair}. */
  String id(String raw, String path, PopoloObject at) {
    return ids.repair(raw, path, at.place());
  }

  /** An id as published, or repaired and said so once, found at {@code place}. */
  String id(String raw, String path, int place) {
    return ids.repair(raw, path, place);
  }

  /** The object's own id, repaired if need be; warned and null when it has none. */
  String requiredId(PopoloObject object, String what) {
    String raw = scalar(object, "id");
    if (raw == null) {
      warn(object, object.path(), what + " without an id: not imported");
      return null;
    }
    return id(raw, object.path("id"), object);
  }

  /**
   * The id a field of {@code node} names; an object or array there is warned (at {@code
   * path.name}) and names nothing.
   */
  String idText(PopoloObject at, JsonTree node, String name, String path) {
    JsonTree value = node.get(name);
    if (value != null && !value.isScalar()) {
      warn(at, path + "." + name, "is " + value.describe() + ", an id (a text) was expected: "
          + (name.equals("id") ? "the object is read as one without an id" : "the reference is not kept"));
      return null;
    }
    return text(node, name);
  }

  // --- texts ---

  /** The text of a scalar field, or null when there is none, or it is an object or array. */
  static String text(JsonTree node, String name) {
    JsonTree value = node.get(name);
    return value == null || value.isNull() || !value.isScalar() ? null : value.text();
  }

  /** A field that holds a text, a number or a boolean; an object or array there is warned and not kept. */
  String scalar(PopoloObject object, String name) {
    JsonTree value = object.get(name);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isScalar()) {
      warn(object, object.path(name), "is " + value.describe() + ", a text was expected: not kept");
      return null;
    }
    return value.text();
  }

  /** A field that holds sound text; anything else there is warned and not kept. */
  Optional<String> optionalText(PopoloObject object, String name) {
    JsonTree value = object.get(name);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (!value.isScalar() || !Violations.isSoundText(value.text())) {
      warn(object, object.path(name), "is not a text: not kept");
      return Optional.empty();
    }
    return Optional.of(value.text());
  }

  /** The object's name, in the language {@code und}; warned and null when it has none. */
  MultilingualText name(PopoloObject object, String what) {
    Optional<String> name = optionalText(object, "name");
    if (name.isEmpty()) {
      warn(object, object.path(), what + " without a name: not imported");
      return null;
    }
    return MultilingualText.of(UNDETERMINED, name.get());
  }

  // --- dates and codes ---

  /** A date of any precision; a date-time written with a space is repaired, anything else warned. */
  Optional<PartialDate> date(PopoloObject object, String name) {
    String raw = scalar(object, name);
    if (raw == null) {
      return Optional.empty();
    }
    for (String candidate : List.of(raw, raw.trim().replace(' ', 'T'))) {
      try {
        return Optional.of(PartialDate.parse(candidate));
      } catch (ValidationException e) {
        // try the next repair
      }
    }
    warn(object, object.path(name), "'" + raw + "' is not a date: not kept");
    return Optional.empty();
  }

  /** A start and an end; an end before the start is warned and not kept. */
  void dates(PopoloObject object, String startName, String endName, Consumer<PartialDate> start, Consumer<PartialDate> end) {
    Optional<PartialDate> from = date(object, startName);
    Optional<PartialDate> until = date(object, endName);
    from.ifPresent(start);
    if (until.isPresent() && from.isPresent() && until.get().isDefinitelyBefore(from.get())) {
      warn(object, object.path(endName), endName + " " + until.get() + " is before " + startName + " " + from.get() + ": the end is not kept");
      return;
    }
    until.ifPresent(end);
  }

  /** A value of an open code list; one the list refuses is warned at {@code path}. */
  <C> Optional<C> code(int place, String path, String raw, Function<String, C> of) {
    try {
      return Optional.of(of.apply(raw));
    } catch (ValidationException e) {
      warn(place, path, "'" + raw + "' cannot be kept as a code: " + messages(e));
      return Optional.empty();
    }
  }

  // --- arrays ---

  /** Told of each object of an array, with the index part of its path ({@code [3]}). */
  @FunctionalInterface
  interface Element {
    void accept(JsonTree element, String index);
  }

  /** Each object of the array {@code name}; what is not an array, or not an object in it, is warned and skipped. */
  void array(PopoloObject object, String name, Element each) {
    JsonTree list = object.get(name);
    if (list == null || list.isNull()) {
      return;
    }
    if (!list.isArray()) {
      warn(object, object.path(name), "is " + list.describe() + ", an array was expected: not imported");
      return;
    }
    List<JsonTree> elements = list.elements();
    for (int i = 0; i < elements.size(); i++) {
      if (elements.get(i).isObject()) {
        each.accept(elements.get(i), "[" + i + "]");
      } else {
        warn(object, object.path(name) + "[" + i + "]", "is " + elements.get(i).describe() + ", an object was expected: not imported");
      }
    }
  }

  /** The core's violations as one message: {@code path: message; ...}. */
  static String messages(ValidationException e) {
    List<String> parts = new ArrayList<>();
    for (Violation violation : e.violations()) {
      parts.add((violation.path().isEmpty() ? "" : violation.path() + ": ") + violation.message());
    }
    return String.join("; ", parts);
  }
}
