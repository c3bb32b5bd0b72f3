package io.github.chancery.popolo;

import io.github.chancery.json.internal.Paths;
import io.github.chancery.json.internal.TokenReader;
import io.github.chancery.json.internal.TokenReader.Token;
import io.github.chancery.json.problem.JsonRule;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The first step of an import: walks a Popolo file through the engine's tokens and hands each
 * Popolo object in it to the {@link Intake}, with its kind and path. A file holds one Popolo
 * object, an array of them, or an export document with collections ({@code persons}, {@code
 * vote_events}, ...). An export document, as its first key says, and an array are read object by
 * object: no tree of the whole file is kept, so that a file of any size is read in bounded memory.
 * An object that holds collections of its own (a person with its memberships) is known from an
 * export document only at its end, and is read whole.
 *
 * <p>Not thread-safe: used once, for one file.
 */
final class Collector {
  /** Receives each object collected. */
  @FunctionalInterface
  interface Intake {
    /**
     * Takes one object.
     *
     * @param kind what it is
     * @param path where it is, such as {@code $.vote_events[3]}
     * @param object its fields
     * @param alone whether the file is read object by object (an export document or an array),
     *     so that the object can be mapped at once and its tree let go
     */
    void add(Kind kind, String path, JsonTree object, boolean alone);
  }

  /** The export document's own name, for fields of it that are not collections. */
  static final String EXPORT_DOCUMENT = "the export document";

  /** Fields of a single Popolo object, which no export document has. */
  private static final List<String> OWN_FIELDS =
      List.of("@type", "id", "name", "label", "text", "option", "role", "organization_id", "motion", "motion_id", "identifier",
          "start_date", "voter_id", "classification");

  private final TokenReader in;
  private final Warnings warnings;
  private final Intake intake;

  Collector(TokenReader in, Warnings warnings, Intake intake) {
    this.in = in;
    this.warnings = warnings;
    this.intake = intake;
  }

  /**
   * Reads the whole file.
   *
   * @throws IOException if the parser cannot read it ({@code ParseFailure}), or it is not Popolo
   *     at all ({@link Refusal})
   */
  void collect() throws IOException {
    Token first = in.next();
    if (first == null) {
      throw Refusal.of(JsonRule.MALFORMED_JSON, Paths.ROOT, "the file is empty: a Popolo file is a JSON object or an array of objects");
    }
    if (first == Token.START_ARRAY) {
      array();
    } else if (first == Token.START_OBJECT) {
      if (object()) {
        return; // an export document, whose end was read with it
      }
    } else {
      throw Refusal.of(JsonRule.WRONG_TYPE, Paths.ROOT, "a Popolo file is a JSON object or an array of objects, not a " + describe(first));
    }
    endOfFile();
  }

  private void endOfFile() throws IOException {
    if (in.next() != null) {
      throw Refusal.of(JsonRule.TRAILING_TOKENS, Paths.ROOT, "there is more after the Popolo value; a file holds one JSON value");
    }
  }

  private static String describe(Token token) {
    switch (token) {
      case STRING:
        return "string";
      case INTEGER:
      case DECIMAL:
        return "number";
      case TRUE:
      case FALSE:
        return "boolean";
      default:
        return "null";
    }
  }

  /** An array of Popolo objects, each of the kind its type or fields say, read one at a time. */
  private void array() throws IOException {
    int index = 0;
    for (Token token = in.next(); token != Token.END_ARRAY; token = in.next(), index++) {
      String path = "$[" + index + "]";
      JsonTree element = JsonTree.read(in, path);
      if (!element.isObject()) {
        notAnObject(path);
        continue;
      }
      Kind kind = Kind.of(element);
      unknownType(element, path, kind);
      if (kind == null) {
        warnings.warn(Warnings.FILE, path, "is not recognisable as a Popolo person, organization, membership, post, event, motion, vote event,"
            + " vote or count: not imported");
      } else {
        intake.add(kind, path, element, true);
      }
    }
  }

  /**
   * An object: an export document when its first key is a collection, read object by object;
   * otherwise read whole, and an export document only when it has collections and none of a
   * single object's own fields. Returns whether it was read as an export document from its start.
   */
  private boolean object() throws IOException {
    Map<String, JsonTree> rest = new LinkedHashMap<>();
    Map<String, List<JsonTree>> collections = new LinkedHashMap<>();
    boolean leading = true;
    for (Token token = in.next(); token == Token.NAME; token = in.next(), leading = false) {
      String key = in.text();
      Token value = in.next();
      boolean collection = Kind.ofCollection(key) != null && value == Token.START_ARRAY;
      if (leading && collection) {
        document(key);
        return true;
      }
      String path = Paths.property(Paths.ROOT, key);
      if (collection) {
        List<JsonTree> elements = new ArrayList<>();
        for (Token element = in.next(); element != Token.END_ARRAY; element = in.next()) {
          elements.add(JsonTree.read(in, Paths.index(path, elements.size())));
        }
        if (collections.put(key, elements) != null) {
          throw duplicate(key);
        }
      } else {
        if (rest.containsKey(key)) {
          throw duplicate(key);
        }
        rest.put(key, JsonTree.read(in, path));
      }
    }
    if (in.current() != Token.END_OBJECT) {
      throw JsonTree.endsEarly(Paths.ROOT);
    }
    boolean single = OWN_FIELDS.stream().anyMatch(rest::containsKey);
    if (!single && !collections.isEmpty()) {
      collections.forEach(
          (key, elements) -> {
            for (int index = 0; index < elements.size(); index++) {
              String path = "$." + key + "[" + index + "]";
              if (elements.get(index).isObject()) {
                intake.add(Kind.ofCollection(key), path, elements.get(index), false);
              } else {
                notAnObject(path);
              }
            }
          });
      rest.keySet().forEach(key -> warnings.unmapped(Warnings.FILE, EXPORT_DOCUMENT, "$." + key, key));
      return false;
    }
    // One Popolo object whose arrays named like collections are its own (a person's memberships).
    collections.forEach((key, elements) -> rest.put(key, JsonTree.arrayOf(elements)));
    JsonTree whole = JsonTree.objectOf(rest);
    Kind kind = Kind.of(whole);
    unknownType(whole, Paths.ROOT, kind);
    if (kind == null) {
      throw Refusal.of(
          JsonRule.UNKNOWN_TYPE,
          Paths.ROOT,
          "the object is not Popolo: neither an export document (persons, organizations, memberships, posts, areas, events,"
              + " motions, vote_events, votes, counts) nor a recognisable Popolo object");
    }
    intake.add(kind, Paths.ROOT, whole, false);
    return false;
  }

  /** The rest of an export document whose first collection, {@code key}, starts at the reader. */
  private void document(String key) throws IOException {
    Set<String> given = new HashSet<>(Set.of(key));
    for (String collection = key; collection != null; ) {
      Kind kind = Kind.ofCollection(collection);
      int index = 0;
      for (Token element = in.next(); element != Token.END_ARRAY; element = in.next(), index++) {
        String path = "$." + collection + "[" + index + "]";
        JsonTree object = JsonTree.read(in, path);
        if (object.isObject()) {
          intake.add(kind, path, object, true);
        } else {
          notAnObject(path);
        }
      }
      collection = null;
      while (collection == null) {
        if (in.next() != Token.NAME) {
          endOfFile();
          return;
        }
        String next = in.text();
        if (!given.add(next)) {
          throw duplicate(next);
        }
        if (Kind.ofCollection(next) != null && in.next() == Token.START_ARRAY) {
          collection = next;
        } else {
          if (Kind.ofCollection(next) == null) {
            in.next();
          }
          in.skipValue();
          warnings.unmapped(Warnings.FILE, EXPORT_DOCUMENT, "$." + next, next);
        }
      }
    }
  }

  private void notAnObject(String path) {
    warnings.warn(Warnings.FILE, path, "is not a Popolo object (an object was expected): not imported");
  }

  /** An {@code @type} that names no Popolo class is said, with the kind the object's fields give it. */
  private void unknownType(JsonTree object, String path, Kind kind) {
    String type = Fields.text(object, "@type");
    if (type != null && Kind.typed(object) == null && kind != null) {
      warnings.warn(Warnings.FILE, path + ".@type", "'" + type + "' is not a Popolo type: the object is read as " + kind.noun()
          + ", as its fields say");
    }
  }

  private static Refusal duplicate(String key) {
    return Refusal.of(JsonRule.DUPLICATE_KEY, Paths.property(Paths.ROOT, key), "the key '" + key + "' appears more than once");
  }
}
