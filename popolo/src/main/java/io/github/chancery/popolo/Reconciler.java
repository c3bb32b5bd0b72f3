package io.github.chancery.popolo;

import io.github.chancery.core.dossier.Dossier;
import io.github.chancery.core.model.RecordComparison;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.validation.ValidationException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The records of one import, in the order they were first made, and the judge of which to keep
 * when a file gives one object more than once. An object given in full wins over a copy embedded
 * in a reference (often in part), wherever the two stand; a later copy that says all an earlier
 * one does, and more, replaces it; a copy or second object that says what the record kept does
 * not is warned and not kept in the dossier: it is kept apart ({@link #keptApart()}), so that
 * nothing a file says is lost. Of two copies that differ, the later is judged once every object is
 * read ({@link #settle()}), against the record kept then: the object given in full, in a file read
 * later, may say all it says. Whether one record says all another does is asked of their shapes
 * ({@link RecordComparison}). When several files are read as one, the paths a warning names are
 * given with their files.
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

  /** A copy that differed from another copy, judged once everything is read. */
  private record Unsettled(ChanceryRecord record, String path, int place, int turn) {}

  private final Fields fields;
  private final Map<String, ChanceryRecord> records = new LinkedHashMap<>();
  /** Records read from a copy embedded in a reference, which the object given in full replaces. */
  private final Map<String, Copy> fromCopies = new HashMap<>();
  /**
   * Where each object given in full stands, kept only when several files are read, so that a
   * second object of its id, in another file, names the first's file; one file's import keeps no
   * path per record.
   */
  private final Map<String, Copy> givenInFull = new HashMap<>();
  /**
   * Records given differently under the id of a record kept, each once, in the order met: warned,
   * and not dropped (a voter printed otherwise in every division is one record kept apart).
   */
  private final Set<ChanceryRecord> keptApart = new LinkedHashSet<>();
  /** Copies that differed from another copy, in the order met; see {@link #settle()}. */
  private final List<Unsettled> unsettled = new ArrayList<>();

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
      } else if (fields.namesFiles()) {
        givenInFull.put(id, new Copy(object.path(), object.place()));
      }
      return Kept.FIRST;
    }
    Copy copy = fromCopies.get(id);
    if (!object.isCopy() && copy != null) {
      records.put(id, record);
      fromCopies.remove(id);
      if (fields.namesFiles()) {
        givenInFull.put(id, new Copy(object.path(), object.place()));
      }
      if (!RecordComparison.saysAll(record, earlier)) {
        fields.warn(copy.place(), copy.path(), "this embedded copy of '" + id + "' differs from the object given in full at "
            + fields.where(object.place(), object.path()) + ", which is kept: the copy is not kept");
        keptApart.add(earlier);
      }
      return Kept.REPLACED;
    }
    if (!object.isCopy()) {
      if (earlier.equals(record)) {
        return Kept.SAME;
      }
      Copy first = givenInFull.get(id);
      fields.warn(object, object.path(), "a second object with id '" + id + "' differs from the first"
          + (first == null ? "" : " at " + fields.where(first.place(), first.path())) + ", which is kept: this one is not imported");
      keptApart.add(record);
      return Kept.DROPPED;
    }
    if (RecordComparison.saysAll(earlier, record)) {
      return Kept.SAME;
    }
    if (copy != null && RecordComparison.saysAll(record, earlier)) {
      records.put(id, record); // a later copy that says all an earlier one does, and more
      fromCopies.put(id, new Copy(object.path(), object.place()));
      return Kept.REPLACED;
    }
    if (copy != null) {
      // Two copies that differ: the object given in full, in a file or place not read yet, may
      // say all this one does. Judged once everything is read (settle()), against what is kept then.
      unsettled.add(new Unsettled(record, object.path(), object.place(), fields.reserve()));
      return Kept.DROPPED;
    }
    differs(record, object.path(), object.place(), fields.reserve());
    return Kept.DROPPED;
  }

  /**
   * Judges the copies that differed from another copy, against the record kept once every object
   * is read: a copy the object given in full says all of was only partial, and is not warned; any
   * other is warned, naming where the record kept stands, and kept apart.
   */
  void settle() {
    for (Unsettled copy : unsettled) {
      if (!RecordComparison.saysAll(records.get(copy.record().id()), copy.record())) {
        differs(copy.record(), copy.path(), copy.place(), copy.turn());
      }
    }
    unsettled.clear();
  }

  /** Warns of a copy that says what the record kept does not, naming where that stands, and keeps it apart. */
  private void differs(ChanceryRecord record, String path, int place, int turn) {
    String id = record.id();
    Copy copy = fromCopies.get(id);
    Copy full = givenInFull.get(id);
    fields.warn(turn, place, path, "this embedded copy of '" + id + "' differs from "
        + (copy != null ? "the copy at " + fields.where(copy.place(), copy.path())
            : "the object given in full" + (full == null ? "" : " at " + fields.where(full.place(), full.path())))
        + ", which is kept: this copy is not kept");
    keptApart.add(record);
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

  /** The records given differently under the id of a record kept, in the order met. */
  List<ChanceryRecord> keptApart() {
    return new ArrayList<>(keptApart);
  }

  /** The dossier of every record kept. */
  Dossier dossier() {
    return Dossier.of(records.values());
  }
}
