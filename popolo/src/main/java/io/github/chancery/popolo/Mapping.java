package io.github.chancery.popolo;

import io.github.chancery.core.record.ChanceryRecord;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What every mapping of a kind of Popolo object shares, as pupa's importers share their base: the
 * objects of its kinds waiting until the kinds they refer to are mapped, the fields read with
 * their warnings, the references and parts several kinds have, and the reconciler that keeps the
 * records. Each mapping declares only its differences: the fields it maps, and how.
 *
 * <p>Not thread-safe: one per import.
 */
abstract class Mapping {
  protected final Fields fields;
  protected final References references;
  protected final Parts parts;
  protected final Reconciler records;
  private final Map<Kind, List<PopoloObject>> waiting = new EnumMap<>(Kind.class);

  Mapping(Shared shared) {
    this.fields = shared.fields;
    this.references = shared.references;
    this.parts = shared.parts;
    this.records = shared.records;
  }

  /**
   * Maps one object of a kind this mapping maps.
   *
   * @param kind the object's kind
   * @param object the object
   */
  abstract void map(Kind kind, PopoloObject object);

  /** Keeps an object to map once the kinds it refers to are mapped. */
  final void queue(Kind kind, PopoloObject object) {
    waiting.computeIfAbsent(kind, k -> new ArrayList<>()).add(object);
  }

  /** Maps the objects of a kind kept so far, and those queued while they are mapped. */
  final void mapQueued(Kind kind) {
    forEachQueued(kind, object -> map(kind, object));
  }

  /** Gives each object of a kind kept so far, and those queued meanwhile, in order. */
  final void forEachQueued(Kind kind, Consumer<PopoloObject> each) {
    List<PopoloObject> objects = waiting.computeIfAbsent(kind, k -> new ArrayList<>());
    // By index: mapping one may queue more (a membership's person embeds memberships of its own).
    for (int i = 0; i < objects.size(); i++) {
      each.accept(objects.get(i));
    }
  }

  /** Counts the object's fields that its kind does not map: {@code mapped} lists those it does. */
  final void known(PopoloObject object, Kind kind, Set<String> mapped) {
    fields.known(object, kind.collection(), mapped);
  }

  /** Keeps the record an object maps to, or says why not; see {@link Reconciler#keep}. */
  final Reconciler.Kept keep(PopoloObject object, Supplier<? extends ChanceryRecord> build) {
    return records.keep(object, build);
  }
}
