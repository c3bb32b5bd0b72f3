package io.github.chancery.core.treaty;

import io.github.chancery.core.wire.WireValue;
import io.github.chancery.core.record.RecordType;
import io.github.chancery.core.record.ValueType;
import io.github.chancery.core.record.Property;
import io.github.chancery.core.record.Shape;
import io.github.chancery.core.record.Actor;
import io.github.chancery.core.actor.Person;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.validation.Violations;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A signature on a treaty: on behalf of which party, when and where, and the person who signed
 * and in what capacity when the source names them (treaty databases often say only that a state
 * signed).
 *
 * <p>Required: {@code on_behalf_of}. Part of a {@link Treaty}, which
 * validates it: the party signed for is one of the treaty's parties. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Signature implements WithSignature, WireValue {
  Signature() {}

  private static final Shape.Declaration<Signature, ImmutableSignature.Builder> DECLARATION =
      Shape.ofPart("signature", Signature.class, ImmutableSignature::builder, ImmutableSignature.Builder::build);

  /** {@code signatory_id}, optional: the person who signed. */
  public static final Property<Signature, Reference<Person>> SIGNATORY =
      DECLARATION.optional(
          "signatory_id",
          ValueType.reference(RecordType.PERSON),
          Signature::signatory,
          ImmutableSignature.Builder::signatory);

  /** {@code on_behalf_of_id}, required: the party signed for. */
  public static final Property<Signature, Reference<? extends Actor>> ON_BEHALF_OF =
      DECLARATION.required(
          "on_behalf_of_id",
          ValueType.actorReference(),
          Signature::onBehalfOf,
          ImmutableSignature.Builder::onBehalfOf);

  /** {@code capacity}, optional: the capacity signed in, such as {@code President}. */
  public static final Property<Signature, String> CAPACITY =
      DECLARATION.optional("capacity", ValueType.TEXT, Signature::capacity, ImmutableSignature.Builder::capacity);

  /** {@code date}, optional: when the signature was made. */
  public static final Property<Signature, PartialDate> DATE =
      DECLARATION.optional("date", ValueType.DATE, Signature::date, ImmutableSignature.Builder::date);

  /** {@code place}, optional: where it was made. */
  public static final Property<Signature, String> PLACE =
      DECLARATION.optional("place", ValueType.TEXT, Signature::place, ImmutableSignature.Builder::place);

  private static final Shape<Signature> SHAPE = DECLARATION.build();

  /**
   * Returns the shape of this part: its properties in wire order, read by validation, dossiers and
   * JSON.
   *
   * @return the shape of signatures, the same instance on every call
   */
  public static Shape<Signature> shape() {
    return SHAPE;
  }

  /**
   * Returns a signature with no capacity, date or place yet.
   *
   * @param signatory the person who signed
   * @param onBehalfOf the party signed for
   * @return the signature
   */
  public static Signature of(Reference<Person> signatory, Reference<? extends Actor> onBehalfOf) {
    return ImmutableSignature.builder().signatory(signatory).onBehalfOf(onBehalfOf).build();
  }

  /**
   * Returns a signature by a party whose signatory the source does not name, as treaty
   * databases record signatures.
   *
   * @param onBehalfOf the party that signed
   * @return the signature
   */
  public static Signature of(Reference<? extends Actor> onBehalfOf) {
    return ImmutableSignature.builder().onBehalfOf(onBehalfOf).build();
  }

  /**
   * Returns the person who signed, when the source names them.
   *
   * @return a reference to the signatory, or empty when the source does not name one
   */
  public abstract Optional<Reference<Person>> signatory();

  /**
   * Returns the party signed for.
   *
   * @return a reference to the party, one of the treaty's parties in a valid treaty; never null
   */
  public abstract Reference<? extends Actor> onBehalfOf();

  /**
   * Returns the capacity signed in, such as {@code President}; compared with offices held.
   *
   * @return the capacity, not blank in a valid treaty, or empty when not stated
   */
  public abstract Optional<String> capacity();

  /**
   * Returns when the signature was made.
   *
   * @return the date of signature, or empty when unknown
   */
  public abstract Optional<PartialDate> date();

  /**
   * Returns where it was made.
   *
   * @return the place, not blank in a valid treaty, or empty when not stated
   */
  public abstract Optional<String> place();

  // Missing parts are rejected at once, so that a part never exists half-built; every other
  // rule is checked by the enclosing record, which reports it with the full path.
  @Value.Check
  final void checkPresent() {
    if (onBehalfOf() != null) {
      return; // the usual case, without a collector
    }
    Violations v = Violations.collect();
    v.required(ON_BEHALF_OF, onBehalfOf());
    v.throwIfAny(null, null);
  }

  void validate(Violations v, String path) {
    v.optionalText(CAPACITY.under(path), capacity());
    v.optionalText(PLACE.under(path), place());
  }
}
