package io.github.chancery.popolo;

import io.github.chancery.core.dossier.Dossier;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.validation.ValidationException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The records of one import, in the order they were first made, and the judge of which to keep
 * when a file gives one object more than once. An object given in full wins over a copy embedded
 * in a reference (often in part), wherever the two stand; a later copy that says all an earlier
 * one does, and more, replaces it; a copy or second object that says what the record kept does
 * not is warned and not kept. Whether one record says all another does is asked of their shapes
 * ({@link CopyComparison}).
 *
 * <p>Not thread-safe: one per import.
 */
final class Reconciler {
  /** What became of a record kept: the first of its id, kept instead of an earlier one, saying nothing new, or not kept. */
  enum Kept {
    FIRST,
    REPLACED,
    SAME,
    DROPPED
  }

  /** Where a copy kept in place of the object given in full stands in the file. */
  private record Copy(String path, int place) {}

  private final Fields fields;
  private final Map<String, ChanceryRecord> records = new LinkedHashMap<>();
  /** Records read from a copy embedded in a reference, which the object given in full replaces. */
  private final Map<String, Copy> fromCopies = new HashMap<>();

  Reconciler(Fields fields) {
    this.fields = fields;
  }

  /**
   * Keeps the record an object maps to, or says why not.
   *
   * @param object the object, a copy or given in full
   * @param build builds the record through its builder, so that every rule applies
   * @return what became of it
   */
  Kept keep(PopoloObject object, Supplier<? extends ChanceryRecord> build) {
    ChanceryRecord record;
    try {
      record = build.get();
    } catch (ValidationException e) {
      fields.warn(object, object.path(), "not imported: " + Fields.messages(e));
      return Kept.DROPPED;
    }
    String id = record.id();
    ChanceryRecord earlier = records.get(id);
    if (earlier == null) {
      records.put(id, record);
      if (object.isCopy()) {
        fromCopies.put(id, new Copy(object.path(), object.place()));
      }
      return Kept.FIRST;
    }
    Copy copy = fromCopies.get(id);
    if (!object.isCopy() && copy != null) {
      records.put(id, record);
      fromCopies.remove(id);
      if (!CopyComparison.says(record, earlier)) {
        fields.warn(copy.place(), copy.path(), "this embedded copy of '" + id + "' differs from the object given in full at " + object.path()
            + ", which is kept: the copy is not kept");
      }
      return Kept.REPLACED;
    }
    if (!object.isCopy()) {
      if (earlier.equals(record)) {
        return Kept.SAME;
      }
      fields.warn(object, object.path(), "a second object with id '" + id + "' differs from the first, which is kept: this one is not imported");
      return Kept.DROPPED;
    }
    if (CopyComparison.says(earlier, record)) {
      return Kept.SAME;
    }
    if (copy != null && CopyComparison.says(record, earlier)) {
      records.put(id, record); // a later copy that says all an earlier one does, and more
      fromCopies.put(id, new Copy(object.path(), object.place()));
      return Kept.REPLACED;
    }
    fields.warn(object, object.path(), "this embedded copy of '" + id + "' differs from "
        + (copy != null ? "the copy at " + copy.path() : "the object given in full") + ", which is kept: this copy is not kept");
    return Kept.DROPPED;
  }

  /** The record of an id, or null. */
  ChanceryRecord get(String id) {
    return records.get(id);
  }

  /** Whether a record of the id is kept. */
  boolean holds(String id) {
    return records.containsKey(id);
  }

  /** Keeps a record made whole only now (a vote completed once the file is read), in its place. */
  void replace(ChanceryRecord record) {
    records.put(record.id(), record);
  }

  /** Keeps a record that has no other copy to reconcile: a source, made from its URL. */
  void add(ChanceryRecord record) {
    records.putIfAbsent(record.id(), record);
  }

  /** Every kept record of a type, in order. */
  <R extends ChanceryRecord> List<R> all(Class<R> type) {
    return records.values().stream().filter(type::isInstance).map(type::cast).collect(Collectors.toList());
  }

  /** The dossier of every record kept. */
  Dossier dossier() {
    return Dossier.of(records.values());
  }
}
