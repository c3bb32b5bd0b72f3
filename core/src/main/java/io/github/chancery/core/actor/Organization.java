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
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An organisation that acts: an international organisation (the United Nations), one of its
 * organs, a government or one of its bodies (a foreign ministry), an embassy, or a political
 * group whose members vote together.
 *
 * <p>A body that votes on motions, such as the UN Security Council, is recorded as a {@code
 * Legislature}, which is an actor too.
 *
 * <p>Required: {@code id}, {@code name}. Invariant: an organization is not its own parent.
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Organization implements Actor, WithOrganization {
  Organization() {}

  private static final Shape.Declaration<Organization, Organization.Builder> DECLARATION =
      Shape.ofRecord(RecordType.ORGANIZATION, Organization.class, Organization::builder, Organization.Builder::build);

  /** {@code id}, required: the organization's id. */
  public static final Property<Organization, String> ID = DECLARATION.id(Organization::id, Organization.Builder::id);

  /** {@code name}, required: the organization's name, in as many languages as are known. */
  public static final Property<Organization, MultilingualText> NAME =
      DECLARATION.required("name", ValueType.MULTILINGUAL_TEXT, Organization::name, Organization.Builder::name);

  /** {@code other_names}, a list: the other names the organization is known by. */
  public static final Property<Organization, OtherName> OTHER_NAMES =
      DECLARATION.list(
          "other_names",
          ValueType.part(OtherName.shape()),
          Organization::otherNames,
          Organization.Builder::addAllOtherNames);

  /** {@code kind}, optional: what kind of body this is. */
  public static final Property<Organization, OrganizationKind> KIND =
      DECLARATION.optional(
          "kind",
          ValueType.code(OrganizationKind::of, OrganizationKind.knownValues()),
          Organization::kind,
          Organization.Builder::kind);

  /** {@code abbreviation}, optional: its usual abbreviation, such as {@code UN} or {@code MFA}. */
  public static final Property<Organization, String> ABBREVIATION =
      DECLARATION.optional("abbreviation", ValueType.TEXT, Organization::abbreviation, Organization.Builder::abbreviation);

  /** {@code parent_id}, optional: what it is part of. */
  public static final Property<Organization, Reference<? extends Actor>> PARENT =
      DECLARATION.optional("parent_id", ValueType.actorReference(), Organization::parent, Organization.Builder::parent);

  /** {@code identifiers}, a list: the identifiers other registers give the organization. */
  public static final Property<Organization, Identifier> IDENTIFIERS =
      DECLARATION.identifiers(Organization::identifiers, Organization.Builder::addAllIdentifiers);

  /** {@code source_ids}, a list: the sources that report the organization. */
  public static final Property<Organization, Reference<? extends Provenance>> SOURCES =
      DECLARATION.sources(Organization::sources, Organization.Builder::addAllSources);

  private static final Shape<Organization> SHAPE = DECLARATION.build();

  /**
   * Returns the shape of this record: its properties in wire order, read by validation, dossiers
   * and JSON.
   *
   * @return the shape of organisations, the same instance on every call
   */
  public static Shape<Organization> shape() {
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
    return RecordType.ORGANIZATION;
  }

  /**
   * Returns what kind of body this is.
   *
   * @return the kind, or empty when not stated
   */
  public abstract Optional<OrganizationKind> kind();

  /**
   * Returns its usual abbreviation, such as {@code UN} or {@code MFA}.
   *
   * @return the abbreviation, not blank, or empty when not stated
   */
  public abstract Optional<String> abbreviation();

  /**
   * Returns what it is part of: the state of a ministry, the organisation of an organ.
   *
   * @return a reference to the parent, never to this organisation itself, or empty when not stated
   */
  public abstract Optional<Reference<? extends Actor>> parent();

  @Value.Check
  final void check() {
    Violations v = Violations.collect();
    v.id(ID, id());
    v.noNullElements(SOURCES, sources());
    v.required(NAME, name());
    v.noNullElements(OTHER_NAMES, otherNames());
    v.distinct(OTHER_NAMES, otherNames());
    v.optionalText(ABBREVIATION, abbreviation());
    v.notSelf(PARENT, id(), parent().map(Reference::id), "an organization cannot be its own parent");
    v.noNullElements(IDENTIFIERS, identifiers());
    v.distinct(IDENTIFIERS, identifiers());
    v.distinct(SOURCES, sources());
    v.throwIfAny(RecordType.ORGANIZATION.wireName(), id());
  }

  /**
   * Builds an {@link Organization}: set its fields one at a time, then call {@code build()}.
   * Get one from {@link Organization#builder()}.
   *
   * <p>{@code build()} checks the required fields and every invariant of {@link Organization} at
   * once, and throws a {@link io.github.chancery.core.validation.ValidationException} listing
   * every violation; it never returns an invalid organisation.
   *
   * <p>Not thread-safe: a builder is mutable; use it on one thread.
   */
  public static final class Builder extends ImmutableOrganization.Builder {
    Builder() {}

    /**
     * Builds the organization from the fields set so far, checking at once the fields {@link
     * Organization#builder()} names as required and every invariant of {@link Organization}.
     *
     * @return the organization, immutable and valid
     * @throws io.github.chancery.core.validation.ValidationException listing every missing or
     *     invalid field, by its wire name and the rule it breaks; no organization is built
     */
    @Override
    public Organization build() {
      return super.build();
    }
  }
}
