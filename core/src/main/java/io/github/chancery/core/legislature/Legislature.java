package io.github.chancery.core.legislature;

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
import io.github.chancery.core.time.PartialDate;
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
 * <p>Its permanent members, whose negative vote defeats a draft (the Security Council's), are
 * listed undated, for all time, or dated, each over the period it held its seat.
 *
 * <p>Required: {@code id}, {@code name}. Invariants: the seat count, when known, is positive; a
 * legislature is not its own parent; no permanent member is listed twice, nor both undated and
 * dated; a dated permanent member's period does not end definitely before it starts. Immutable
 * and thread-safe.
 */
@Value.Immutable
public abstract class Legislature implements Actor, WithLegislature {
  Legislature() {}

  private static final Shape.Declaration<Legislature, Legislature.Builder> DECLARATION =
      Shape.ofRecord(RecordType.LEGISLATURE, Legislature.class, Legislature::builder, Legislature.Builder::build);

  /** {@code id}, required: the legislature's id. */
  public static final Property<Legislature, String> ID = DECLARATION.id(Legislature::id, Legislature.Builder::id);

  /** {@code name}, required: the legislature's name, in as many languages as are known. */
  public static final Property<Legislature, MultilingualText> NAME =
      DECLARATION.required("name", ValueType.MULTILINGUAL_TEXT, Legislature::name, Legislature.Builder::name);

  /** {@code other_names}, a list: the other names the legislature is known by. */
  public static final Property<Legislature, OtherName> OTHER_NAMES =
      DECLARATION.list(
          "other_names",
          ValueType.part(OtherName.shape()),
          Legislature::otherNames,
          Legislature.Builder::addAllOtherNames);

  /** {@code kind}, optional: what kind of body this is. */
  public static final Property<Legislature, LegislatureKind> KIND =
      DECLARATION.optional(
          "kind",
          ValueType.code(LegislatureKind::of, LegislatureKind.knownValues()),
          Legislature::kind,
          Legislature.Builder::kind);

  /** {@code jurisdiction_id}, optional: whose legislature it is. */
  public static final Property<Legislature, Reference<? extends Actor>> JURISDICTION =
      DECLARATION.optional(
          "jurisdiction_id",
          ValueType.actorReference(),
          Legislature::jurisdiction,
          Legislature.Builder::jurisdiction);

  /** {@code parent_id}, optional: what it is part of. */
  public static final Property<Legislature, Reference<? extends Actor>> PARENT =
      DECLARATION.optional("parent_id", ValueType.actorReference(), Legislature::parent, Legislature.Builder::parent);

  /** {@code seat_count}, optional: the number of seats. */
  public static final Property<Legislature, Integer> SEAT_COUNT =
      DECLARATION.<Integer>optional(
          "seat_count",
          ValueType.INTEGER,
          l -> l.seatCount().isPresent() ? Optional.of(l.seatCount().getAsInt()) : Optional.empty(),
          (b, seats) -> b.seatCount(seats));

  /**
   * {@code permanent_member_ids}, a list: the members whose negative vote defeats a draft under the
   * vote's rule, as the source lists them.
   */
  public static final Property<Legislature, Reference<? extends Actor>> PERMANENT_MEMBERS =
      DECLARATION.list(
          "permanent_member_ids",
          ValueType.actorReference(),
          Legislature::permanentMembers,
          Legislature.Builder::addAllPermanentMembers);

  /**
   * {@code dated_permanent_members}, a list: the members whose negative vote defeats a draft under
   * the vote's rule, each over the period it held its permanent seat.
   */
  public static final Property<Legislature, PermanentMember> DATED_PERMANENT_MEMBERS =
      DECLARATION.list(
          "dated_permanent_members",
          ValueType.part(PermanentMember.shape()),
          Legislature::datedPermanentMembers,
          Legislature.Builder::addAllDatedPermanentMembers);

  /** {@code identifiers}, a list: the identifiers other registers give the legislature. */
  public static final Property<Legislature, Identifier> IDENTIFIERS =
      DECLARATION.identifiers(Legislature::identifiers, Legislature.Builder::addAllIdentifiers);

  /** {@code source_ids}, a list: the sources that report the legislature. */
  public static final Property<Legislature, Reference<? extends Provenance>> SOURCES =
      DECLARATION.sources(Legislature::sources, Legislature.Builder::addAllSources);

  private static final Shape<Legislature> SHAPE = DECLARATION.build();

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

  /**
   * Returns the members whose negative vote defeats a draft under the vote's rule, each with the
   * period in which it held its permanent seat: the Union of Soviet Socialist Republics until
   * December 1991 and the Russian Federation after, the Republic of China and then the People's
   * Republic of China in the seat of China. Beside the {@linkplain #permanentMembers() undated
   * list}, whose members are permanent for all time; every check of permanent members reads both.
   *
   * @return the dated permanent members, in the order given, each entry once; never null, possibly
   *     empty
   */
  public abstract java.util.List<PermanentMember> datedPermanentMembers();

  /**
   * Returns whether any permanent member is recorded, dated or not.
   *
   * @return true when {@link #permanentMembers()} or {@link #datedPermanentMembers()} is not empty
   */
  public final boolean hasPermanentMembers() {
    return !permanentMembers().isEmpty() || !datedPermanentMembers().isEmpty();
  }

  /**
   * Returns the members that may have held a permanent seat on a date: the undated ones, then the
   * dated ones whose period the date may fall in (unknown bounds do not exclude), each once, in
   * the order given.
   *
   * @param date the date, such as a vote's
   * @return the permanent members on that date, as far as the dates tell; never null
   */
  public final java.util.List<Reference<? extends Actor>> permanentMembersOn(PartialDate date) {
    java.util.Objects.requireNonNull(date, "date");
    java.util.List<Reference<? extends Actor>> members = new java.util.ArrayList<>(permanentMembers());
    for (PermanentMember dated : datedPermanentMembers()) {
      if (dated.mayHoldOn(date) && !members.contains(dated.member())) {
        members.add(dated.member());
      }
    }
    return java.util.Collections.unmodifiableList(members);
  }

  @Value.Check
  final void check() {
    Violations v = Violations.collect();
    v.id(ID, id());
    v.noNullElements(SOURCES, sources());
    v.noNullElements(PERMANENT_MEMBERS, permanentMembers());
    v.required(NAME, name());
    v.noNullElements(OTHER_NAMES, otherNames());
    v.distinct(OTHER_NAMES, otherNames());
    if (seatCount().isPresent() && seatCount().getAsInt() <= 0) {
      v.add(
          SEAT_COUNT,
          ViolationCode.NOT_POSITIVE,
          "must be above zero, was " + seatCount().getAsInt());
    }
    v.notSelf(PARENT, id(), parent().map(Reference::id), "a legislature cannot be its own parent");
    v.distinct(PERMANENT_MEMBERS, permanentMembers());
    v.noNullElements(DATED_PERMANENT_MEMBERS, datedPermanentMembers());
    v.distinct(DATED_PERMANENT_MEMBERS, datedPermanentMembers());
    for (int i = 0; i < datedPermanentMembers().size(); i++) {
      PermanentMember dated = datedPermanentMembers().get(i);
      if (dated == null) {
        continue; // reported above
      }
      dated.validate(v, DATED_PERMANENT_MEMBERS.at(i));
      // Undated means for all time: the same member dated as well would say two things at once.
      if (permanentMembers().contains(dated.member())) {
        v.add(
            DATED_PERMANENT_MEMBERS.at(i, PermanentMember.MEMBER),
            ViolationCode.DUPLICATE,
            "'" + dated.member() + "' is already a permanent member for all time in " + PERMANENT_MEMBERS.name());
      }
    }
    v.noNullElements(IDENTIFIERS, identifiers());
    v.distinct(IDENTIFIERS, identifiers());
    v.distinct(SOURCES, sources());
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

    /**
     * Builds the legislature from the fields set so far, checking at once the fields {@link
     * Legislature#builder()} names as required and every invariant of {@link Legislature}.
     *
     * @return the legislature, immutable and valid
     * @throws io.github.chancery.core.validation.ValidationException listing every missing or
     *     invalid field, by its wire name and the rule it breaks; no legislature is built
     */
    @Override
    public Legislature build() {
      return super.build();
    }
  }
}
