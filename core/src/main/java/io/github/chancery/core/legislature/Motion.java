package io.github.chancery.core.legislature;

import io.github.chancery.core.record.Actor;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.record.Identifier;
import io.github.chancery.core.record.Property;
import io.github.chancery.core.record.Provenance;
import io.github.chancery.core.record.RecordType;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.record.Shape;
import io.github.chancery.core.record.ValueType;
import io.github.chancery.core.text.MultilingualText;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.validation.Violations;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A question put before a legislature: a motion, a draft resolution, a resolution, a bill, an
 * amendment or a declaration, with its official identifier, its title and text in the languages
 * given, its sponsors, the date it was tabled, its legal basis, and what it is about.
 *
 * <p>The decision on it is a separate record, a {@code Vote}, which refers to the motion; a
 * motion may be voted on several times, or reported by several sources.
 *
 * <p>Required: {@code id}, {@code legislature}, {@code title}. Invariants: sponsors and subjects
 * are well-formed and not repeated; a motion does not amend itself. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Motion implements ChanceryRecord, WithMotion {
  Motion() {}

  private static final Shape.Declaration<Motion, Motion.Builder> DECLARATION =
      Shape.ofRecord(RecordType.MOTION, Motion.class, Motion::builder, Motion.Builder::build);

  /** {@code id}, required: the motion's id. */
  public static final Property<Motion, String> ID = DECLARATION.id(Motion::id, Motion.Builder::id);

  /** {@code legislature_id}, required: the legislature the motion is put before. */
  public static final Property<Motion, Reference<Legislature>> LEGISLATURE =
      DECLARATION.required(
          "legislature_id",
          ValueType.reference(RecordType.LEGISLATURE),
          Motion::legislature,
          Motion.Builder::legislature);

  /** {@code session_id}, optional: the session in which it was put. */
  public static final Property<Motion, Reference<Session>> SESSION =
      DECLARATION.optional("session_id", ValueType.reference(RecordType.SESSION), Motion::session, Motion.Builder::session);

  /** {@code kind}, optional: what kind of question it is. */
  public static final Property<Motion, MotionKind> KIND =
      DECLARATION.optional("kind", ValueType.code(MotionKind::of, MotionKind.knownValues()), Motion::kind, Motion.Builder::kind);

  /** {@code identifier}, optional: its official identifier, such as {@code S/RES/822 (1993)}. */
  public static final Property<Motion, String> IDENTIFIER =
      DECLARATION.optional("identifier", ValueType.TEXT, Motion::identifier, Motion.Builder::identifier);

  /** {@code title}, required: its title, official in the legislature's language, with any translations. */
  public static final Property<Motion, MultilingualText> TITLE =
      DECLARATION.required("title", ValueType.MULTILINGUAL_TEXT, Motion::title, Motion.Builder::title);

  /** {@code text}, optional: its text. */
  public static final Property<Motion, MultilingualText> TEXT =
      DECLARATION.optional("text", ValueType.MULTILINGUAL_TEXT, Motion::text, Motion.Builder::text);

  /** {@code sponsor_ids}, a list: who tabled or sponsored it. */
  public static final Property<Motion, Reference<? extends Actor>> SPONSORS =
      DECLARATION.list("sponsor_ids", ValueType.actorReference(), Motion::sponsors, Motion.Builder::addAllSponsors);

  /** {@code tabled_on}, optional: when it was tabled. */
  public static final Property<Motion, PartialDate> TABLED_ON =
      DECLARATION.optional("tabled_on", ValueType.DATE, Motion::tabledOn, Motion.Builder::tabledOn);

  /**
   * {@code legal_basis}, optional: the provision it was tabled under, such as "Article 34-1 of the
   * Constitution".
   */
  public static final Property<Motion, String> LEGAL_BASIS =
      DECLARATION.optional("legal_basis", ValueType.TEXT, Motion::legalBasis, Motion.Builder::legalBasis);

  /** {@code subjects}, a list: what it is about, in structured form. */
  public static final Property<Motion, MotionSubject> SUBJECTS =
      DECLARATION.list("subjects", ValueType.part(MotionSubject.shape()), Motion::subjects, Motion.Builder::addAllSubjects);

  /** {@code amends_id}, optional: the motion this one amends, for an amendment. */
  public static final Property<Motion, Reference<Motion>> AMENDS =
      DECLARATION.optional("amends_id", ValueType.reference(RecordType.MOTION), Motion::amends, Motion.Builder::amends);

  /**
   * {@code other_report_of_id}, optional: the record of the same act as another source reports it,
   * when this record is a second report of that act.
   */
  public static final Property<Motion, Reference<Motion>> OTHER_REPORT_OF =
      DECLARATION.otherReportOf(Motion::otherReportOf, Motion.Builder::otherReportOf);

  /** {@code identifiers}, a list: the identifiers other registers give the motion. */
  public static final Property<Motion, Identifier> IDENTIFIERS =
      DECLARATION.identifiers(Motion::identifiers, Motion.Builder::addAllIdentifiers);

  /** {@code source_ids}, a list: the sources that report the motion. */
  public static final Property<Motion, Reference<? extends Provenance>> SOURCES =
      DECLARATION.sources(Motion::sources, Motion.Builder::addAllSources);

  private static final Shape<Motion> SHAPE = DECLARATION.build();

  /**
   * Returns the shape of this record: its properties in wire order, read by validation, dossiers
   * and JSON.
   *
   * @return the shape of motions, the same instance on every call
   */
  public static Shape<Motion> shape() {
    return SHAPE;
  }

  /**
   * Returns a builder; {@code id}, {@code legislature} and {@code title} are required.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public final RecordType recordType() {
    return RecordType.MOTION;
  }

  /**
   * Returns the legislature the motion is put before.
   *
   * @return a reference to the legislature; never null
   */
  public abstract Reference<Legislature> legislature();

  /**
   * Returns the session in which it was put, when recorded.
   *
   * @return a reference to the session, or empty when not recorded
   */
  public abstract Optional<Reference<Session>> session();

  /**
   * Returns what kind of question it is.
   *
   * @return the kind, or empty when not stated
   */
  public abstract Optional<MotionKind> kind();

  /**
   * Returns its official identifier, such as {@code S/RES/822 (1993)} or {@code n° 150}.
   *
   * @return the identifier, not blank, or empty when not stated
   */
  public abstract Optional<String> identifier();

  /**
   * Returns its title, official in the legislature's language, with any translations.
   *
   * @return the title; never null
   */
  public abstract MultilingualText title();

  /**
   * Returns its text, when recorded.
   *
   * @return the text, or empty when not recorded
   */
  public abstract Optional<MultilingualText> text();

  /**
   * Returns who tabled or sponsored it.
   *
   * @return references to the sponsors, in the order given, each once; never null, possibly empty
   */
  public abstract List<Reference<? extends Actor>> sponsors();

  /**
   * Returns when it was tabled.
   *
   * @return the date of tabling, or empty when unknown
   */
  public abstract Optional<PartialDate> tabledOn();

  /**
   * Returns the provision it was tabled under, such as "Article 34-1 of the Constitution".
   *
   * @return the legal basis, not blank, or empty when not stated
   */
  public abstract Optional<String> legalBasis();

  /**
   * Returns what it is about, in structured form.
   *
   * @return the subjects, in the order given; never null, possibly empty
   */
  public abstract List<MotionSubject> subjects();

  /**
   * Returns the motion this one amends, for an amendment.
   *
   * @return a reference to the amended motion, never this one, or empty when this is not an
   *     amendment
   */
  public abstract Optional<Reference<Motion>> amends();

  /**
   * Returns the record of the same act as another source reports it, when this record is a
   * second report of that act: both are kept, each with its own sources, and the consistency
   * report shows where they disagree.
   *
   * @return a reference to the other motion, never this one, or empty when this is the only report
   */
  public abstract Optional<Reference<Motion>> otherReportOf();

  /**
   * Returns the date it was tabled, when known.
   *
   * @return the {@linkplain #tabledOn() date of tabling}, or empty when unknown
   */
  @Override
  public final Optional<PartialDate> actDate() {
    return tabledOn();
  }

  @Value.Check
  final void check() {
    Violations v = Violations.collect();
    v.id(ID, id());
    v.noNullElements(SPONSORS, sponsors());
    v.noNullElements(SUBJECTS, subjects());
    v.noNullElements(SOURCES, sources());
    v.required(LEGISLATURE, legislature());
    v.required(TITLE, title());
    v.optionalText(IDENTIFIER, identifier());
    v.optionalText(LEGAL_BASIS, legalBasis());
    v.distinct(SPONSORS, sponsors());
    for (int i = 0; i < subjects().size(); i++) {
      if (subjects().get(i) != null) {
        subjects().get(i).validate(v, SUBJECTS.at(i));
      }
    }
    v.notSelf(AMENDS, id(), amends().map(Reference::id), "a motion cannot amend itself");
    v.notSelf(OTHER_REPORT_OF, id(), otherReportOf().map(Reference::id), "a record cannot be another report of itself");
    v.noNullElements(IDENTIFIERS, identifiers());
    v.distinct(IDENTIFIERS, identifiers());
    v.distinct(SOURCES, sources());
    v.throwIfAny(RecordType.MOTION.wireName(), id());
  }

  /**
   * Builds a {@link Motion}: set its fields one at a time, then call {@code build()}. Get one
   * from {@link Motion#builder()}.
   *
   * <p>{@code build()} checks the required fields and every invariant of {@link Motion} at
   * once, and throws a {@link io.github.chancery.core.validation.ValidationException} listing
   * every violation; it never returns an invalid motion.
   *
   * <p>Not thread-safe: a builder is mutable; use it on one thread.
   */
  public static final class Builder extends ImmutableMotion.Builder {
    Builder() {}

    /**
     * Builds the motion from the fields set so far, checking at once the fields {@link
     * Motion#builder()} names as required and every invariant of {@link Motion}.
     *
     * @return the motion, immutable and valid
     * @throws io.github.chancery.core.validation.ValidationException listing every missing or
     *     invalid field, by its wire name and the rule it breaks; no motion is built
     */
    @Override
    public Motion build() {
      return super.build();
    }
  }
}
