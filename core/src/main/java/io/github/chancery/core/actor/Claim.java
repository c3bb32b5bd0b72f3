package io.github.chancery.core.actor;

import io.github.chancery.core.wire.WireValue;
import io.github.chancery.core.record.ValueType;
import io.github.chancery.core.record.Property;
import io.github.chancery.core.record.Shape;
import io.github.chancery.core.text.MultilingualText;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.validation.Violations;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a disputed entity claims for itself, as an observable fact: that it proclaimed
 * independence on a date, under a name. Recording the claim does not endorse it.
 *
 * <p>Required: {@code kind}. Part of a {@link DisputedEntity}. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Claim implements WithClaim, WireValue {
  Claim() {}

  private static final Shape.Declaration<Claim, ImmutableClaim.Builder> DECLARATION =
      Shape.ofPart("claim", Claim.class, ImmutableClaim::builder, ImmutableClaim.Builder::build);

  /** {@code kind}, required: what is claimed. */
  public static final Property<Claim, ClaimKind> KIND =
      DECLARATION.required(
          "kind",
          ValueType.code(ClaimKind::of, ClaimKind.knownValues()),
          Claim::kind,
          ImmutableClaim.Builder::kind);

  /** {@code proclaimed_on}, optional: when it was proclaimed. */
  public static final Property<Claim, PartialDate> PROCLAIMED_ON =
      DECLARATION.optional("proclaimed_on", ValueType.DATE, Claim::proclaimedOn, ImmutableClaim.Builder::proclaimedOn);

  /** {@code claimed_name}, optional: the name the entity claims, such as "Republic of Artsakh". */
  public static final Property<Claim, MultilingualText> CLAIMED_NAME =
      DECLARATION.optional("claimed_name", ValueType.MULTILINGUAL_TEXT, Claim::claimedName, ImmutableClaim.Builder::claimedName);

  private static final Shape<Claim> SHAPE = DECLARATION.build();

  /**
   * Returns the shape of this part: its properties in wire order, read by validation, dossiers and
   * JSON.
   *
   * @return the shape of claims, the same instance on every call
   */
  public static Shape<Claim> shape() {
    return SHAPE;
  }

  /**
   * Returns a claim of the given kind, with no date or name yet.
   *
   * @param kind what is claimed
   * @return the claim
   */
  public static Claim of(ClaimKind kind) {
    return ImmutableClaim.builder().kind(kind).build();
  }

  /**
   * Returns what is claimed.
   *
   * @return the kind of claim; never null
   */
  public abstract ClaimKind kind();

  /**
   * Returns when it was proclaimed.
   *
   * @return the date of the proclamation, or empty when unknown
   */
  public abstract Optional<PartialDate> proclaimedOn();

  /**
   * Returns the name the entity claims, such as "Republic of Artsakh".
   *
   * @return the claimed name, or empty when the source gives none
   */
  public abstract Optional<MultilingualText> claimedName();

  // Missing parts are rejected at once, so that a part never exists half-built.
  @Value.Check
  final void checkPresent() {
    Violations v = Violations.collect();
    v.required(KIND, kind());
    v.throwIfAny(null, null);
  }
}
