package io.github.chancery.core.record;

import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.wire.WireValue;
import java.util.List;
import java.util.Optional;

/**
 * A record: an act or an actor of international relations, with a stable id and the sources
 * that report it.
 *
 * <p>Every record type is an immutable, thread-safe value built with its builder ({@code
 * Motion.builder()}), validated when built, and changed only by copying ({@code with...}).
 * Records refer to each other by typed {@link Reference}s, never by holding each other, so that
 * any set of them can be stored, sent and linked in any order.
 *
 * <p>Implemented only by the record types of this library.
 */
public interface ChanceryRecord extends WireValue {
  /**
   * Returns the record's stable id: 1 to 256 characters, no whitespace. It is unique among the
   * records a user keeps together, and is what {@link Reference}s point to.
   *
   * @return the id; never null
   */
  String id();

  /**
   * Returns the kind of record this is.
   *
   * @return the record type, the same for every record of a class; never null
   */
  RecordType recordType();

  /**
   * Returns the identifiers other registers give the act or actor this record is about (a
   * Wikidata item, a UN document symbol, a publisher's own id), in the order given; may be empty.
   * None is the record's own {@link #id()}.
   *
   * @return the identifiers, each once; never null
   */
  List<Identifier> identifiers();

  /**
   * Returns the sources that report this record, in the order given; may be empty. Each refers
   * to a {@link Provenance} record, a source.
   *
   * @return references to the sources, each once; never null
   */
  List<Reference<? extends Provenance>> sources();

  /**
   * Returns the date of the act this record reports, when it is known: a vote's date, a note's
   * or a statement's date, a motion's tabling, a treaty's conclusion. Actors and sources report
   * no act and return empty. Used to put records on a timeline and to check their order.
   *
   * @return the date of the act, or empty when unknown or when the record reports no act
   */
  default Optional<PartialDate> actDate() {
    return Optional.empty();
  }
}
