package io.github.chancery.core.actor;

import io.github.chancery.core.record.Actor;
import io.github.chancery.core.record.Identifier;
import io.github.chancery.core.record.OtherName;
import io.github.chancery.core.record.Property;
import io.github.chancery.core.record.Provenance;
import io.github.chancery.core.record.RecordType;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.record.Shape;
import io.github.chancery.core.record.ValueType;
import io.github.chancery.core.text.MultilingualText;
import io.github.chancery.core.validation.Violations;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An entity whose statehood is self-proclaimed or disputed, such as the entity in
 * Nagorno-Karabakh, Transnistria, Abkhazia, Northern Cyprus or Somaliland.
 *
 * <p>It has no country code. Instead of choosing a side, it records what can be observed: what
 * it {@linkplain #claims() claims}, who {@linkplain #recognitions() recognises} it, and which
 * state's territory it is {@linkplain #internationallyRecognisedAsPartOf() internationally
 * recognised as part of}. Its names in several languages ("Nagorno-Karabakh", "Haut-Karabagh",
 * "Artsakh", "Dağlıq Qarabağ") all go in {@link #name()}; the choice of words stays with the
 * sources.
 *
 * <p>Required: {@code id}, {@code name}. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class DisputedEntity implements Actor, WithDisputedEntity {
  DisputedEntity() {}

  private static final Shape.Declaration<DisputedEntity, DisputedEntity.Builder> DECLARATION =
      Shape.ofRecord(RecordType.DISPUTED_ENTITY, DisputedEntity.class, DisputedEntity::builder, DisputedEntity.Builder::build);

  /** {@code id}, required: the disputed entity's id. */
  public static final Property<DisputedEntity, String> ID = DECLARATION.id(DisputedEntity::id, DisputedEntity.Builder::id);

  /** {@code name}, required: the disputed entity's name, in as many languages as are known. */
  public static final Property<DisputedEntity, MultilingualText> NAME =
      DECLARATION.required("name", ValueType.MULTILINGUAL_TEXT, DisputedEntity::name, DisputedEntity.Builder::name);

  /** {@code other_names}, a list: the other names the disputed entity is known by. */
  public static final Property<DisputedEntity, OtherName> OTHER_NAMES =
      DECLARATION.list(
          "other_names",
          ValueType.part(OtherName.shape()),
          DisputedEntity::otherNames,
          DisputedEntity.Builder::addAllOtherNames);

  /** {@code claims}, a list: what the entity claims, such as independence proclaimed on a date. */
  public static final Property<DisputedEntity, Claim> CLAIMS =
      DECLARATION.list("claims", ValueType.part(Claim.shape()), DisputedEntity::claims, DisputedEntity.Builder::addAllClaims);

  /** {@code recognitions}, a list: the recognitions it has received. */
  public static final Property<DisputedEntity, Recognition> RECOGNITIONS =
      DECLARATION.list(
          "recognitions",
          ValueType.part(Recognition.shape()),
          DisputedEntity::recognitions,
          DisputedEntity.Builder::addAllRecognitions);

  /**
   * {@code internationally_recognised_as_part_of_id}, optional: the state whose territory it is
   * internationally recognised as part of.
   */
  public static final Property<DisputedEntity, Reference<State>> INTERNATIONALLY_RECOGNISED_AS_PART_OF =
      DECLARATION.optional(
          "internationally_recognised_as_part_of_id",
          ValueType.reference(RecordType.STATE),
          DisputedEntity::internationallyRecognisedAsPartOf,
          DisputedEntity.Builder::internationallyRecognisedAsPartOf);

  /** {@code identifiers}, a list: the identifiers other registers give the disputed entity. */
  public static final Property<DisputedEntity, Identifier> IDENTIFIERS =
      DECLARATION.identifiers(DisputedEntity::identifiers, DisputedEntity.Builder::addAllIdentifiers);

  /** {@code source_ids}, a list: the sources that report the disputed entity. */
  public static final Property<DisputedEntity, Reference<? extends Provenance>> SOURCES =
      DECLARATION.sources(DisputedEntity::sources, DisputedEntity.Builder::addAllSources);

  private static final Shape<DisputedEntity> SHAPE = DECLARATION.build();

  /**
   * Returns the shape of this record: its properties in wire order, read by validation, dossiers
   * and JSON.
   *
   * @return the shape of disputed entities, the same instance on every call
   */
  public static Shape<DisputedEntity> shape() {
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
    return RecordType.DISPUTED_ENTITY;
  }

  /**
   * Returns what the entity claims, such as independence proclaimed on a date.
   *
   * @return the claims, in the order given; never null, possibly empty
   */
  public abstract List<Claim> claims();

  /**
   * Returns the recognitions it has received.
   *
   * @return the recognitions, in the order given; never null, possibly empty
   */
  public abstract List<Recognition> recognitions();

  /**
   * Returns the state whose territory it is internationally recognised as part of.
   *
   * @return a reference to that state, or empty when not recorded
   */
  public abstract Optional<Reference<State>> internationallyRecognisedAsPartOf();

  @Value.Check
  final void check() {
    Violations v = Violations.collect();
    v.id(ID, id());
    v.noNullElements(CLAIMS, claims());
    v.noNullElements(RECOGNITIONS, recognitions());
    v.noNullElements(SOURCES, sources());
    v.required(NAME, name());
    v.noNullElements(OTHER_NAMES, otherNames());
    v.distinct(OTHER_NAMES, otherNames());
    for (int i = 0; i < recognitions().size(); i++) {
      if (recognitions().get(i) != null) {
        recognitions().get(i).validate(v, RECOGNITIONS.at(i));
      }
    }
    v.noNullElements(IDENTIFIERS, identifiers());
    v.distinct(IDENTIFIERS, identifiers());
    v.distinct(SOURCES, sources());
    v.throwIfAny(RecordType.DISPUTED_ENTITY.wireName(), id());
  }

  /**
   * Builds a {@link DisputedEntity}: set its fields one at a time, then call {@code build()}.
   * Get one from {@link DisputedEntity#builder()}.
   *
   * <p>{@code build()} checks the required fields and every invariant of {@link DisputedEntity} at
   * once, and throws a {@link io.github.chancery.core.validation.ValidationException} listing
   * every violation; it never returns an invalid disputed entity.
   *
   * <p>Not thread-safe: a builder is mutable; use it on one thread.
   */
  public static final class Builder extends ImmutableDisputedEntity.Builder {
    Builder() {}

    /**
     * Builds the disputed entity from the fields set so far, checking at once the fields {@link
     * DisputedEntity#builder()} names as required and every invariant of {@link DisputedEntity}.
     *
     * @return the disputed entity, immutable and valid
     * @throws io.github.chancery.core.validation.ValidationException listing every missing or
     *     invalid field, by its wire name and the rule it breaks; no disputed entity is built
     */
    @Override
    public DisputedEntity build() {
      return super.build();
    }
  }
}
