package io.github.chancery.core.legislature;

import io.github.chancery.core.wire.WireValue;
import io.github.chancery.core.record.ValueType;
import io.github.chancery.core.record.Property;
import io.github.chancery.core.record.Shape;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.text.MultilingualText;
import io.github.chancery.core.validation.Violations;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a motion is about, in a form that can be queried: for example the {@linkplain
 * SubjectKind#RECOGNITION recognition} of a given disputed entity.
 *
 * <p>Required: {@code kind}. Part of a {@link Motion}, which validates it. Immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class MotionSubject implements WithMotionSubject, WireValue {
  MotionSubject() {}

  private static final Shape.Declaration<MotionSubject, ImmutableMotionSubject.Builder> DECLARATION =
      Shape.ofPart("motion_subject", MotionSubject.class, ImmutableMotionSubject::builder, ImmutableMotionSubject.Builder::build);

  /** {@code kind}, required: what the motion is about. */
  public static final Property<MotionSubject, SubjectKind> KIND =
      DECLARATION.required(
          "kind",
          ValueType.code(SubjectKind::of, SubjectKind.knownValues()),
          MotionSubject::kind,
          ImmutableMotionSubject.Builder::kind);

  /** {@code concerning_ids}, a list: the records the subject concerns. */
  public static final Property<MotionSubject, Reference<? extends ChanceryRecord>> CONCERNING =
      DECLARATION.list(
          "concerning_ids",
          ValueType.anyReference(),
          MotionSubject::concerning,
          ImmutableMotionSubject.Builder::addAllConcerning);

  /** {@code description}, optional: a description in words. */
  public static final Property<MotionSubject, MultilingualText> DESCRIPTION =
      DECLARATION.optional(
          "description",
          ValueType.MULTILINGUAL_TEXT,
          MotionSubject::description,
          ImmutableMotionSubject.Builder::description);

  private static final Shape<MotionSubject> SHAPE = DECLARATION.build();

  /**
   * Returns the shape of this part: its properties in wire order, read by validation, dossiers and
   * JSON.
   *
   * @return the shape of motion subjects, the same instance on every call
   */
  public static Shape<MotionSubject> shape() {
    return SHAPE;
  }

  /**
   * Returns a subject of the given kind concerning the given records.
   *
   * @param kind what the motion is about
   * @param concerning the records it concerns, such as the entity to be recognised
   * @return the subject
   */
  @SafeVarargs
  public static MotionSubject of(SubjectKind kind, Reference<? extends ChanceryRecord>... concerning) {
    Objects.requireNonNull(concerning, "concerning");
    ImmutableMotionSubject.Builder subject = ImmutableMotionSubject.builder().kind(kind);
    for (Reference<? extends ChanceryRecord> record : concerning) {
      subject.addConcerning(record);
    }
    return subject.build();
  }

  /**
   * Returns what the motion is about.
   *
   * @return the kind of subject; never null
   */
  public abstract SubjectKind kind();

  /**
   * Returns the records the subject concerns.
   *
   * @return references to the records, in the order given; never null, possibly empty, and not
   *     repeating a record in a valid motion
   */
  public abstract List<Reference<? extends ChanceryRecord>> concerning();

  /**
   * Returns a description in words, when the kind and records do not say enough.
   *
   * @return the description, or empty when there is none
   */
  public abstract Optional<MultilingualText> description();

  // Missing parts are rejected at once, so that a part never exists half-built; every other
  // rule is checked by the enclosing record, which reports it with the full path.
  @Value.Check
  final void checkPresent() {
    Violations v = Violations.collect();
    v.required(KIND, kind());
    v.noNullElements(CONCERNING, concerning());
    v.throwIfAny(null, null);
  }

  void validate(Violations v, String path) {
    v.distinct(CONCERNING.under(path), concerning());
  }
}
