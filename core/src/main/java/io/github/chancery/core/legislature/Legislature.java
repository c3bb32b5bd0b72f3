package io.github.chancery.core.legislature;

import io.github.chancery.core.record.Identifier;
import io.github.chancery.core.record.OtherName;
import io.github.chancery.core.record.ValueType;
import io.github.chancery.core.record.Shape;
import io.github.chancery.core.record.Actor;
import io.github.chancery.core.record.RecordType;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.validation.ViolationCode;
import io.github.chancery.core.validation.Violations;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A body that votes on motions: a chamber such as the Senate of France, a bicameral parliament
 * as the parent of its chambers, or an assembly or organ of an international organisation such
 * as the UN Security Council.
 *
 * <p>A legislature is an actor: it adopts resolutions and is named in notes and statements.
 *
 * <p>Required: {@code id}, {@code name}. Invariants: the seat count, when known, is positive; a
 * legislature is not its own parent; no permanent member is listed twice. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Legislature implements Actor, WithLegislature {
  Legislature() {}

  private static final Shape<Legislature> SHAPE =
    Shape.ofRecord(RecordType.LEGISLATURE, Legislature.class, Legislature::builder, Legislature.Builder::build)
        .required("id", ValueType.ID, Legislature::id, Legislature.Builder::id)
        .required("name", ValueType.MULTILINGUAL_TEXT, Legislature::name, Legislature.Builder::name)
        .list("other_names", ValueType.part(OtherName.shape()), Legislature::otherNames, Legislature.Builder::addAllOtherNames)
        .optional("kind", ValueType.code(LegislatureKind::of, LegislatureKind.knownValues()), Legislature::kind, Legislature.Builder::kind)
        .optional("jurisdiction_id", ValueType.actorReference(), Legislature::jurisdiction, Legislature.Builder::jurisdiction)
        .optional("parent_id", ValueType.actorReference(), Legislature::parent, Legislature.Builder::parent)
        .<Integer>optional(
            "seat_count",
            ValueType.INTEGER,
            l -> l.seatCount().isPresent() ? Optional.of(l.seatCount().getAsInt()) : Optional.empty(),
            (b, seats) -> b.seatCount(seats))
        .list(
            "permanent_member_ids",
            ValueType.actorReference(),
            Legislature::permanentMembers,
            Legislature.Builder::addAllPermanentMembers)
        .list("identifiers", ValueType.part(Identifier.shape()), Legislature::identifiers, Legislature.Builder::addAllIdentifiers)
        .list("source_ids", ValueType.reference(RecordType.SOURCE), Legislature::sources, Legislature.Builder::addAllSources)
        .build();

  /**
   * Returns the shape of this record: its properties in wire order, read by validation, dossiers
   * and JSON.
   *
   * @return the shape of legislatures, the same instance on every call
   */
  public static Shape<Legislature> shape() {
    return SHAPE;
  }

  /**
   * Returns a builder; {@code id} and {@code name} are required.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public final RecordType recordType() {
    return RecordType.LEGISLATURE;
  }

  /**
   * Returns what kind of body this is.
   *
   * @return the kind, or empty when not stated
   */
  public abstract Optional<LegislatureKind> kind();

  /**
   * Returns whose legislature it is: a state, or an international organisation.
   *
   * @return a reference to the state or organisation, or empty when not stated
   */
  public abstract Optional<Reference<? extends Actor>> jurisdiction();

  /**
   * Returns what it is part of: the parliament of which it is a chamber, or the organisation of
   * which it is an organ.
   *
   * @return a reference to the parent, never to this legislature itself, or empty when not stated
   */
  public abstract Optional<Reference<? extends Actor>> parent();

  /**
   * Returns the number of seats, which rules such as an absolute majority need.
   *
   * @return the number of seats, above zero, or empty when unknown
   */
  public abstract OptionalInt seatCount();

  /**
   * Returns the members whose negative vote defeats a draft under the vote's rule, as the source
   * lists them: the permanent members of the UN Security Council for its substantive votes. The
   * consistency report checks a vetoed, adopted or rejected result against their ballots.
   *
   * @return references to the permanent members, in the order given, each once; never null,
   *     possibly empty
   */
  public abstract java.util.List<Reference<? extends Actor>> permanentMembers();

  @Value.Check
  final void check() {
    Violations v = Violations.collect();
    v.id("id", id());
    v.noNullElements("source_ids", sources());
    v.noNullElements("permanent_member_ids", permanentMembers());
    v.required("name", name());
    v.noNullElements("other_names", otherNames());
    v.distinct("other_names", otherNames());
    if (seatCount().isPresent() && seatCount().getAsInt() <= 0) {
      v.add(
          "seat_count",
          ViolationCode.NOT_POSITIVE,
          "must be above zero, was " + seatCount().getAsInt());
    }
    v.notSelf("parent_id", id(), parent().map(Reference::id), "a legislature cannot be its own parent");
    v.distinct("permanent_member_ids", permanentMembers());
    v.noNullElements("identifiers", identifiers());
    v.distinct("identifiers", identifiers());
    v.distinct("source_ids", sources());
    v.throwIfAny(RecordType.LEGISLATURE.wireName(), id());
  }

  /**
   * Builds a {@link Legislature}: set its fields one at a time, then call {@code build()}. Get one
   * from {@link Legislature#builder()}.
   *
   * <p>{@code build()} checks the required fields and every invariant of {@link Legislature} at
   * once, and throws a {@link io.github.chancery.core.validation.ValidationException} listing
   * every violation; it never returns an invalid legislature.
   *
   * <p>Not thread-safe: a builder is mutable; use it on one thread.
   */
  public static final class Builder extends ImmutableLegislature.Builder {
    Builder() {}
  }
}
