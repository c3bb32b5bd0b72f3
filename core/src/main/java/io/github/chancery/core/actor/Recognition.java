package io.github.chancery.core.actor;

import io.github.chancery.core.wire.WireValue;
import io.github.chancery.core.record.ValueType;
import io.github.chancery.core.record.Property;
import io.github.chancery.core.record.Shape;
import io.github.chancery.core.record.Actor;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.time.DateOrder;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.validation.Violations;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One actor's recognition of a disputed entity, with when it was granted and, if it was, when it
 * was withdrawn.
 *
 * <p>Required: {@code recognised_by}. Part of a {@link DisputedEntity}, which validates it: the
 * withdrawal is not definitely before the grant. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Recognition implements WithRecognition, WireValue {
  Recognition() {}

  private static final Shape.Declaration<Recognition, ImmutableRecognition.Builder> DECLARATION =
      Shape.ofPart("recognition", Recognition.class, ImmutableRecognition::builder, ImmutableRecognition.Builder::build);

  /** {@code recognised_by_id}, required: who recognises the entity. */
  public static final Property<Recognition, Reference<? extends Actor>> RECOGNISED_BY =
      DECLARATION.required(
          "recognised_by_id",
          ValueType.actorReference(),
          Recognition::recognisedBy,
          ImmutableRecognition.Builder::recognisedBy);

  /** {@code granted_on}, optional: when recognition was granted. */
  public static final Property<Recognition, PartialDate> GRANTED_ON =
      DECLARATION.optional("granted_on", ValueType.DATE, Recognition::grantedOn, ImmutableRecognition.Builder::grantedOn);

  /** {@code withdrawn_on}, optional: when recognition was withdrawn, if it was. */
  public static final Property<Recognition, PartialDate> WITHDRAWN_ON =
      DECLARATION.optional("withdrawn_on", ValueType.DATE, Recognition::withdrawnOn, ImmutableRecognition.Builder::withdrawnOn);

  private static final Shape<Recognition> SHAPE = DECLARATION.build();

  /**
   * Returns the shape of this part: its properties in wire order, read by validation, dossiers and
   * JSON.
   *
   * @return the shape of recognitions, the same instance on every call
   */
  public static Shape<Recognition> shape() {
    return SHAPE;
  }

  /**
   * Returns a recognition by the given actor, with no dates yet.
   *
   * @param recognisedBy the recognising state or other actor
   * @return the recognition
   */
  public static Recognition by(Reference<? extends Actor> recognisedBy) {
    return ImmutableRecognition.builder().recognisedBy(recognisedBy).build();
  }

  /**
   * Returns who recognises the entity.
   *
   * @return a reference to the recognising actor; never null
   */
  public abstract Reference<? extends Actor> recognisedBy();

  /**
   * Returns when recognition was granted.
   *
   * @return the date of the grant, or empty when unknown
   */
  public abstract Optional<PartialDate> grantedOn();

  /**
   * Returns when recognition was withdrawn, if it was.
   *
   * @return the date of the withdrawal, or empty when it was not withdrawn or the date is unknown
   */
  public abstract Optional<PartialDate> withdrawnOn();

  // Missing parts are rejected at once, so that a part never exists half-built; every other
  // rule is checked by the enclosing record, which reports it with the full path.
  @Value.Check
  final void checkPresent() {
    Violations v = Violations.collect();
    v.required(RECOGNISED_BY, recognisedBy());
    v.throwIfAny(null, null);
  }

  void validate(Violations v, String path) {
    DateOrder.check(v, WITHDRAWN_ON.under(path), withdrawnOn(), GRANTED_ON.under(path), grantedOn());
  }
}
