package io.github.chancery.popolo;

/**
 * One Popolo object of a file, as a mapping reads it: its fields, where it is ({@code
 * $.vote_events[3]}), the object that embeds it when that says what it belongs to (a membership's
 * person, organization or post; a post's organization), its place in the file, which orders the
 * warnings about it, and whether it is a copy embedded in a reference, over which an object given
 * in full wins. An object embedded in another, or read on another's behalf, takes the place of the
 * object being read.
 *
 * <p>Immutable and thread-safe.
 */
final class PopoloObject {
  /**
   * The object that embeds a membership or post.
   *
   * @param id its id as the file gives it, not repaired
   * @param kind its kind: a person, organization or post
   */
  record Parent(String id, Kind kind) {
    /** Returns the parent as the ids derived from a membership's content have always hashed it. */
    @Override
    public String toString() {
      return id + "\u0000" + kind.collection();
    }
  }

  private final String path;
  private final JsonTree fields;
  private final Parent parent;
  private final int place;
  private final boolean copy;

  /**
   * Creates an object.
   *
   * @param path its JSON path
   * @param fields its fields, an object
   * @param parent what embeds it, or null
   * @param place its place in the file, from 1, or the place of the object being read
   * @param copy whether it is a copy embedded in a reference
   */
  PopoloObject(String path, JsonTree fields, Parent parent, int place, boolean copy) {
    this.path = path;
    this.fields = fields;
    this.parent = parent;
    this.place = place;
    this.copy = copy;
  }

  /** The JSON path, such as {@code $.vote_events[3]}. */
  String path() {
    return path;
  }

  /** The path of one of its fields. */
  String path(String field) {
    return path + "." + field;
  }

  /** The fields, an object. */
  JsonTree fields() {
    return fields;
  }

  /** The value of a field, or null when the object has none. */
  JsonTree get(String field) {
    return fields.get(field);
  }

  /** What embeds it, or null. */
  Parent parent() {
    return parent;
  }

  /** Its place in the file: the sequence number its warnings are ordered by. */
  int place() {
    return place;
  }

  /** Whether it is a copy embedded in a reference, over which an object given in full wins. */
  boolean isCopy() {
    return copy;
  }

  /** A part of this object, or an object embedded in it read as its own: at this object's place. */
  PopoloObject part(String partPath, JsonTree partFields) {
    return new PopoloObject(partPath, partFields, null, place, false);
  }

  /** A copy embedded in a reference of this object: at this object's place. */
  PopoloObject copy(String copyPath, JsonTree copyFields) {
    return new PopoloObject(copyPath, copyFields, null, place, true);
  }

  /** An object embedded in this one that belongs to {@code owner}: at this object's place. */
  PopoloObject embedded(String embeddedPath, JsonTree embeddedFields, Parent owner) {
    return new PopoloObject(embeddedPath, embeddedFields, owner, place, false);
  }

  /** Another object read on this one's behalf, whose warnings stand where this one is. */
  PopoloObject readFor(PopoloObject reader) {
    return new PopoloObject(path, fields, parent, reader.place, copy);
  }
}
