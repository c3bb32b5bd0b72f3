package io.github.chancery.popolo;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * How Popolo objects name one another: by an id ({@code organization_id}) or by embedding the
 * object named ({@code organization}), or both. An embedded object is also read as an object of
 * its own kind, a copy, which the {@link Reconciler} weighs against the object given in full; one
 * without an id takes the id its {@code x_id} gives, else one derived from its content, and said
 * so.
 *
 * <p>Not thread-safe: one per import.
 */
final class References {
  /** Maps an object embedded in a reference as an object of its kind, and what it embeds in turn. */
  @FunctionalInterface
  interface Embedded {
    void map(Kind kind, String id, PopoloObject copy);
  }

  private final Fields fields;
  private final Reconciler records;
  private final Embedded embedded;
  /** The derived ids warned of, each once. */
  private final Set<String> derivedWarned = new HashSet<>();

  References(Fields fields, Reconciler records, Embedded embedded) {
    this.fields = fields;
    this.records = records;
    this.embedded = embedded;
  }

  /**
   * Returns the id a reference of the object names, given as {@code idName} or as an embedded
   * object {@code embeddedName}; an embedded object is read as an object of its own kind ({@code
   * @type} or its fields say whether a voter or member is an organization).
   *
   * @param object the object that refers
   * @param embeddedName the field of the embedded object, such as {@code organization}
   * @param idName the field of the id, such as {@code organization_id}
   * @param kind the kind of object named
   * @return the id, repaired if need be; null when the object names none
   */
  String id(PopoloObject object, String embeddedName, String idName, Kind kind) {
    return id(object, embeddedName, idName, kind, null);
  }

  /**
   * As {@link #id(PopoloObject, String, String, Kind)}; {@code mapping}, when given, maps an
   * embedded object of the kind expected instead of the kind's own mapping (a session embedded
   * in a vote event is of the vote event's legislature).
   */
  String id(PopoloObject object, String embeddedName, String idName, Kind kind, Consumer<PopoloObject> mapping) {
    String path = object.path();
    JsonTree inner = object.get(embeddedName);
    String byId = fields.idText(object, object.fields(), idName, path);
    if (inner != null && !inner.isNull() && !inner.isObject()) {
      fields.warn(object, path + "." + embeddedName, "is " + inner.describe() + ", an embedded object was expected: not kept");
    }
    if (inner == null || !inner.isObject()) {
      return byId == null ? null : fields.id(byId, path + "." + idName, object);
    }
    Kind actual = Kind.embedded(inner, kind);
    String raw = fields.idText(object, inner, "id", path + "." + embeddedName);
    String id;
    JsonTree content = inner;
    if (raw == null && byId != null) {
      // {"voter_id": "ann", "voter": {"name": "Ann"}}: the embedded object is the one the id names.
      id = fields.id(byId, path + "." + idName, object);
      content = inner.with("id", JsonTree.string(id));
    } else if (raw == null) {
      id = Ids.derived(actual.derivedPrefix(), inner);
      if (!records.holds(id) && derivedWarned.add(id)) {
        fields.warn(object, path + "." + embeddedName, "the embedded object has no id: it is read as '" + id + "', derived from its content");
      }
      content = inner.with("id", JsonTree.string(id));
    } else {
      id = fields.id(raw, path + "." + embeddedName + ".id", object);
    }
    if (raw != null && byId != null && !fields.id(byId, path + "." + idName, object).equals(id)) {
      fields.warn(object, path + "." + idName, idName + " '" + byId + "' and the embedded " + embeddedName + " '" + id
          + "' disagree: the embedded object is kept");
    }
    // Read even when the object is already known, to compare: a copy that differs is warned.
    if (hasContent(inner)) {
      PopoloObject copy = object.copy(path + "." + embeddedName, content);
      if (mapping != null && actual == kind) {
        mapping.accept(copy);
      } else {
        embedded.map(actual, id, copy);
      }
    }
    return id;
  }

  /** Whether an embedded object says more than its id (and type). */
  static boolean hasContent(JsonTree inner) {
    for (String name : inner.names()) {
      if (!name.equals("id") && !name.equals("@type") && !inner.get(name).isNull()) {
        return true;
      }
    }
    return false;
  }
}
