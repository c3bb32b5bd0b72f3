package io.github.chancery.core.actor;

import io.github.chancery.core.legislature.Session;
import io.github.chancery.core.record.Actor;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.record.Identifier;
import io.github.chancery.core.record.Property;
import io.github.chancery.core.record.Provenance;
import io.github.chancery.core.record.RecordType;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.record.Shape;
import io.github.chancery.core.record.ValueType;
import io.github.chancery.core.time.DateOrder;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.validation.Violations;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * That a person, organisation or state was a member of an organisation over a period: a senator
 * of a chamber, a deputy of a parliamentary group, a party member, a state member of the United
 * Nations. With its role or post, on whose behalf (the party a deputy was elected for), the term
 * it belongs to, its dates at any precision, and its sources.
 *
 * <p>A dossier answers from its memberships who the members of a body were on a date and what a
 * person's group was then; the consistency report warns of a ballot whose voter was not a member
 * of the voting body on the vote's date, or whose group disagrees with the voter's membership.
 *
 * <p>Required: {@code id}, {@code member}, {@code organization}. Invariants: the role and post
 * are not blank; the end is not definitely before the start; a member is not a member of itself.
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Membership implements ChanceryRecord, WithMembership {
  Membership() {}

  private static final Shape.Declaration<Membership, Membership.Builder> DECLARATION =
      Shape.ofRecord(RecordType.MEMBERSHIP, Membership.class, Membership::builder, Membership.Builder::build);

  /** {@code id}, required: the membership's id. */
  public static final Property<Membership, String> ID = DECLARATION.id(Membership::id, Membership.Builder::id);

  /** {@code member_id}, required: the member. */
  public static final Property<Membership, Reference<? extends Actor>> MEMBER =
      DECLARATION.required(
          "member_id",
          ValueType.reference(EnumSet.of(RecordType.PERSON, RecordType.ORGANIZATION, RecordType.STATE, RecordType.DISPUTED_ENTITY)),
          Membership::member,
          Membership.Builder::member);

  /** {@code organization_id}, required: what it is a membership of. */
  public static final Property<Membership, Reference<? extends Actor>> ORGANIZATION =
      DECLARATION.required(
          "organization_id",
          ValueType.reference(EnumSet.of(RecordType.ORGANIZATION, RecordType.LEGISLATURE)),
          Membership::organization,
          Membership.Builder::organization);

  /**
   * {@code role}, optional: the member's role in it, such as {@code member}, {@code chair} or
   * {@code whip}.
   */
  public static final Property<Membership, String> ROLE =
      DECLARATION.optional("role", ValueType.TEXT, Membership::role, Membership.Builder::role);

  /** {@code post}, optional: the seat or post held, such as {@code Senator for Quebec}. */
  public static final Property<Membership, String> POST =
      DECLARATION.optional("post", ValueType.TEXT, Membership::post, Membership.Builder::post);

  /**
   * {@code on_behalf_of_id}, optional: the organisation on whose behalf the member sits, such as
   * the party a deputy was elected for.
   */
  public static final Property<Membership, Reference<Organization>> ON_BEHALF_OF =
      DECLARATION.optional(
          "on_behalf_of_id",
          ValueType.reference(RecordType.ORGANIZATION),
          Membership::onBehalfOf,
          Membership.Builder::onBehalfOf);

  /**
   * {@code session_id}, optional: the term or session the membership belongs to, such as a
   * legislative period.
   */
  public static final Property<Membership, Reference<Session>> SESSION =
      DECLARATION.optional(
          "session_id",
          ValueType.reference(RecordType.SESSION),
          Membership::session,
          Membership.Builder::session);

  /** {@code start}, optional: when the membership began. */
  public static final Property<Membership, PartialDate> START =
      DECLARATION.optional("start", ValueType.DATE, Membership::start, Membership.Builder::start);

  /** {@code end}, optional: when it ended. */
  public static final Property<Membership, PartialDate> END =
      DECLARATION.optional("end", ValueType.DATE, Membership::end, Membership.Builder::end);

  /** {@code identifiers}, a list: the identifiers other registers give the membership. */
  public static final Property<Membership, Identifier> IDENTIFIERS =
      DECLARATION.identifiers(Membership::identifiers, Membership.Builder::addAllIdentifiers);

  /** {@code source_ids}, a list: the sources that report the membership. */
  public static final Property<Membership, Reference<? extends Provenance>> SOURCES =
      DECLARATION.sources(Membership::sources, Membership.Builder::addAllSources);

  private static final Shape<Membership> SHAPE = DECLARATION.build();

  /**
   * Returns the shape of this record: its properties in wire order, read by validation, dossiers
   * and JSON.
   *
   * @return the shape of memberships, the same instance on every call
   */
  public static Shape<Membership> shape() {
    return SHAPE;
  }

  /**
   * Returns a builder; {@code id}, {@code member} and {@code organization} are required.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public final RecordType recordType() {
    return RecordType.MEMBERSHIP;
  }

  /**
   * Returns the member: a person, an organisation, a state or a disputed entity.
   *
   * @return a reference to the member; never null
   */
  public abstract Reference<? extends Actor> member();

  /**
   * Returns what it is a membership of: a party, a parliamentary group, a chamber, an international
   * organisation.
   *
   * @return a reference to the organisation or legislature; never null
   */
  public abstract Reference<? extends Actor> organization();

  /**
   * Returns the member's role in it, such as {@code member}, {@code chair} or {@code whip}.
   *
   * @return the role, not blank, or empty when not stated
   */
  public abstract Optional<String> role();

  /**
   * Returns the seat or post held, such as {@code Senator for Quebec (De la Durantaye)}.
   *
   * @return the post, not blank, or empty when not stated
   */
  public abstract Optional<String> post();

  /**
   * Returns the organisation on whose behalf the member sits, such as the party a deputy was
   * elected for.
   *
   * @return a reference to that organisation, or empty when not stated
   */
  public abstract Optional<Reference<Organization>> onBehalfOf();

  /**
   * Returns the term or session the membership belongs to, such as a legislative period.
   *
   * @return a reference to the session, or empty when not stated
   */
  public abstract Optional<Reference<Session>> session();

  /**
   * Returns when the membership began, when known.
   *
   * @return the start date, or empty when unknown
   */
  public abstract Optional<PartialDate> start();

  /**
   * Returns when it ended; absent while it lasts or when unknown.
   *
   * @return the end date, or empty while the membership lasts or when unknown
   */
  public abstract Optional<PartialDate> end();

  /**
   * Returns the date the membership began, when known.
   *
   * @return the {@linkplain #start() start}, or empty when unknown
   */
  @Override
  public final Optional<PartialDate> actDate() {
    return start();
  }

  /**
   * Returns whether the membership may have lasted over the date: the date is not definitely
   * before the start nor definitely after the end. Unknown bounds do not exclude.
   *
   * @param date the date
   * @return false only when the dates make it certain the member was not a member then
   */
  public boolean mayBeInForceOn(PartialDate date) {
    Objects.requireNonNull(date, "date");
    return DateOrder.mayBeWithin(date, start(), end());
  }

  @Value.Check
  final void check() {
    Violations v = Violations.collect();
    v.id(ID, id());
    v.noNullElements(SOURCES, sources());
    v.required(MEMBER, member());
    v.required(ORGANIZATION, organization());
    v.optionalText(ROLE, role());
    v.optionalText(POST, post());
    DateOrder.check(v, END, end(), START, start());
    if (member() != null && organization() != null) {
      v.notSelf(ORGANIZATION, member().id(), Optional.of(organization().id()), "a member cannot be a member of itself");
    }
    v.noNullElements(IDENTIFIERS, identifiers());
    v.distinct(IDENTIFIERS, identifiers());
    v.distinct(SOURCES, sources());
    v.throwIfAny(RecordType.MEMBERSHIP.wireName(), id());
  }

  /**
   * Builds a {@link Membership}: set its fields one at a time, then call {@code build()}. Get one
   * from {@link Membership#builder()}.
   *
   * <p>{@code build()} checks the required fields and every invariant of {@link Membership} at
   * once, and throws a {@link io.github.chancery.core.validation.ValidationException} listing
   * every violation; it never returns an invalid membership.
   *
   * <p>Not thread-safe: a builder is mutable; use it on one thread.
   */
  public static final class Builder extends ImmutableMembership.Builder {
    Builder() {}

    /**
     * Builds the membership from the fields set so far, checking at once the fields {@link
     * Membership#builder()} names as required and every invariant of {@link Membership}.
     *
     * @return the membership, immutable and valid
     * @throws io.github.chancery.core.validation.ValidationException listing every missing or
     *     invalid field, by its wire name and the rule it breaks; no membership is built
     */
    @Override
    public Membership build() {
      return super.build();
    }
  }
}
