package io.github.chancery.core.legislature;

import io.github.chancery.core.record.Identifier;
import io.github.chancery.core.record.ValueType;
import io.github.chancery.core.record.Shape;
import io.github.chancery.core.record.Actor;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.record.RecordType;
import io.github.chancery.core.record.Reference;
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

  private static final Shape<Motion> SHAPE =
    Shape.ofRecord(RecordType.MOTION, Motion.class, Motion::builder, Motion.Builder::build)
        .required("id", ValueType.ID, Motion::id, Motion.Builder::id)
        .required("legislature_id", ValueType.reference(RecordType.LEGISLATURE), Motion::legislature, Motion.Builder::legislature)
        .optional("session_id", ValueType.reference(RecordType.SESSION), Motion::session, Motion.Builder::session)
        .optional("kind", ValueType.code(MotionKind::of, MotionKind.knownValues()), Motion::kind, Motion.Builder::kind)
        .optional("identifier", ValueType.TEXT, Motion::identifier, Motion.Builder::identifier)
        .required("title", ValueType.MULTILINGUAL_TEXT, Motion::title, Motion.Builder::title)
        .optional("text", ValueType.MULTILINGUAL_TEXT, Motion::text, Motion.Builder::text)
        .list("sponsor_ids", ValueType.actorReference(), Motion::sponsors, Motion.Builder::addAllSponsors)
        .optional("tabled_on", ValueType.DATE, Motion::tabledOn, Motion.Builder::tabledOn)
        .optional("legal_basis", ValueType.TEXT, Motion::legalBasis, Motion.Builder::legalBasis)
        .list("subjects", ValueType.part(MotionSubject.shape()), Motion::subjects, Motion.Builder::addAllSubjects)
        .optional("amends_id", ValueType.reference(RecordType.MOTION), Motion::amends, Motion.Builder::amends)
        .optional("other_report_of_id", ValueType.reference(RecordType.MOTION), Motion::otherReportOf, Motion.Builder::otherReportOf)
        .list("identifiers", ValueType.part(Identifier.shape()), Motion::identifiers, Motion.Builder::addAllIdentifiers)
        .list("source_ids", ValueType.reference(RecordType.SOURCE), Motion::sources, Motion.Builder::addAllSources)
        .build();

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
    v.id("id", id());
    v.noNullElements("sponsor_ids", sponsors());
    v.noNullElements("subjects", subjects());
    v.noNullElements("source_ids", sources());
    v.required("legislature_id", legislature());
    v.required("title", title());
    v.optionalText("identifier", identifier());
    v.optionalText("legal_basis", legalBasis());
    v.distinct("sponsor_ids", sponsors());
    for (int i = 0; i < subjects().size(); i++) {
      if (subjects().get(i) != null) {
        subjects().get(i).validate(v, "subjects[" + i + "]");
      }
    }
    v.notSelf("amends_id", id(), amends().map(Reference::id), "a motion cannot amend itself");
    v.notSelf("other_report_of_id", id(), otherReportOf().map(Reference::id), "a record cannot be another report of itself");
    v.noNullElements("identifiers", identifiers());
    v.distinct("identifiers", identifiers());
    v.distinct("source_ids", sources());
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
  }
}
