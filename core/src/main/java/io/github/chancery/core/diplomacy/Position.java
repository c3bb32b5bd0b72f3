package io.github.chancery.core.diplomacy;

import io.github.chancery.core.wire.WireValue;
import io.github.chancery.core.record.ValueType;
import io.github.chancery.core.record.Property;
import io.github.chancery.core.record.Shape;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.validation.Violations;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * One position a statement takes: a {@link Stance} (condemns, rejects, welcomes...) towards the
 * records it concerns.
 *
 * <p>Required: {@code stance} and at least one record concerned. Part of a {@link Statement},
 * which validates it. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Position implements WithPosition, WireValue {
  Position() {}

  private static final Shape.Declaration<Position, ImmutablePosition.Builder> DECLARATION =
      Shape.ofPart("position", Position.class, ImmutablePosition::builder, ImmutablePosition.Builder::build);

  /** {@code stance}, required: what the statement does. */
  public static final Property<Position, Stance> STANCE =
      DECLARATION.required(
          "stance",
          ValueType.code(Stance::of, Stance.knownValues()),
          Position::stance,
          ImmutablePosition.Builder::stance);

  /** {@code concerning_ids}, a list of one or more: the records concerned. */
  public static final Property<Position, Reference<? extends ChanceryRecord>> CONCERNING =
      DECLARATION.nonEmptyList(
          "concerning_ids",
          ValueType.anyReference(),
          Position::concerning,
          ImmutablePosition.Builder::addAllConcerning);

  private static final Shape<Position> SHAPE = DECLARATION.build();

  /**
   * Returns the shape of this part: its properties in wire order, read by validation, dossiers and
   * JSON.
   *
   * @return the shape of positions, the same instance on every call
   */
  public static Shape<Position> shape() {
    return SHAPE;
  }

  /**
   * Returns a position.
   *
   * @param stance what the statement does
   * @param concerning the records it does it about, at least one
   * @return the position
   */
  @SafeVarargs
  public static Position of(Stance stance, Reference<? extends ChanceryRecord>... concerning) {
    Objects.requireNonNull(concerning, "concerning");
    ImmutablePosition.Builder position = ImmutablePosition.builder().stance(stance);
    for (Reference<? extends ChanceryRecord> record : concerning) {
      position.addConcerning(record);
    }
    return position.build();
  }

  /**
   * Returns what the statement does.
   *
   * @return the stance; never null
   */
  public abstract Stance stance();

  /**
   * Returns the records concerned.
   *
   * @return references to the records concerned, in the order given; never null, and neither empty
   *     nor repeating a record in a valid statement
   */
  public abstract List<Reference<? extends ChanceryRecord>> concerning();

  // Missing parts are rejected at once, so that a part never exists half-built; every other
  // rule is checked by the enclosing record, which reports it with the full path.
  @Value.Check
  final void checkPresent() {
    Violations v = Violations.collect();
    v.required(STANCE, stance());
    v.noNullElements(CONCERNING, concerning());
    v.throwIfAny(null, null);
  }

  void validate(Violations v, String path) {
    v.nonEmpty(CONCERNING.under(path), concerning());
    v.distinct(CONCERNING.under(path), concerning());
  }
}
