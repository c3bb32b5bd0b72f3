package io.github.chancery.core.legislature;

import io.github.chancery.core.actor.Actor;
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
 * legislature is not its own parent. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Legislature implements Actor, WithLegislature {
  Legislature() {}

  /** Returns a builder; {@code id} and {@code name} are required. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public final RecordType recordType() {
    return RecordType.LEGISLATURE;
  }

  /** Returns what kind of body this is. */
  public abstract Optional<LegislatureKind> kind();

  /** Returns whose legislature it is: a state, or an international organisation. */
  public abstract Optional<Reference<? extends Actor>> jurisdiction();

  /**
   * Returns what it is part of: the parliament of which it is a chamber, or the organisation of
   * which it is an organ.
   */
  public abstract Optional<Reference<? extends Actor>> parent();

  /** Returns the number of seats, which rules such as an absolute majority need. */
  public abstract OptionalInt seatCount();

  @Value.Check
  final void check() {
    Violations v = Violations.collect();
    v.id("id", id());
    v.noNullElements("source_ids", sources());
    v.required("name", name());
    if (seatCount().isPresent() && seatCount().getAsInt() <= 0) {
      v.add(
          "seat_count",
          ViolationCode.NOT_POSITIVE,
          "must be above zero, was " + seatCount().getAsInt());
    }
    v.notSelf("parent_id", id(), parent().map(Reference::id), "a legislature cannot be its own parent");
    v.distinct("source_ids", sources());
    v.throwIfAny(RecordType.LEGISLATURE.wireName(), id());
  }

  /** Builds a {@link Legislature}. Not thread-safe. */
  public static final class Builder extends ImmutableLegislature.Builder {
    Builder() {}
  }
}
