package io.github.chancery.core.diplomacy;

import io.github.chancery.core.record.Actor;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.record.Identifier;
import io.github.chancery.core.record.Property;
import io.github.chancery.core.record.Provenance;
import io.github.chancery.core.record.RecordType;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.record.Shape;
import io.github.chancery.core.record.ValueType;
import io.github.chancery.core.text.LanguageTag;
import io.github.chancery.core.text.MultilingualText;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.validation.ViolationCode;
import io.github.chancery.core.validation.Violations;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A formal protest from one actor to another: a note verbale, a formal note, an aide-mémoire, a
 * démarche, or a summoned ambassador, with its date, reference number, the records it protests,
 * a summary and its language.
 *
 * <p>Sender and recipient are actors at any level: a state, its foreign ministry, an embassy.
 *
 * <p>Required: {@code id}, {@code sender}, {@code recipient}. Invariants: the recipient is not
 * the sender; protested records are not repeated; texts are not blank. Immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class ProtestNote implements ChanceryRecord, WithProtestNote {
  ProtestNote() {}

  private static final Shape.Declaration<ProtestNote, ProtestNote.Builder> DECLARATION =
      Shape.ofRecord(RecordType.PROTEST_NOTE, ProtestNote.class, ProtestNote::builder, ProtestNote.Builder::build);

  /** {@code id}, required: the protest note's id. */
  public static final Property<ProtestNote, String> ID = DECLARATION.id(ProtestNote::id, ProtestNote.Builder::id);

  /** {@code sender_id}, required: who sent the protest. */
  public static final Property<ProtestNote, Reference<? extends Actor>> SENDER =
      DECLARATION.required("sender_id", ValueType.actorReference(), ProtestNote::sender, ProtestNote.Builder::sender);

  /** {@code recipient_id}, required: to whom it was addressed or delivered. */
  public static final Property<ProtestNote, Reference<? extends Actor>> RECIPIENT =
      DECLARATION.required("recipient_id", ValueType.actorReference(), ProtestNote::recipient, ProtestNote.Builder::recipient);

  /** {@code date}, optional: when it was sent or delivered. */
  public static final Property<ProtestNote, PartialDate> DATE =
      DECLARATION.optional("date", ValueType.DATE, ProtestNote::date, ProtestNote.Builder::date);

  /** {@code form}, optional: the form it took. */
  public static final Property<ProtestNote, NoteForm> FORM =
      DECLARATION.optional(
          "form",
          ValueType.code(NoteForm::of, NoteForm.knownValues()),
          ProtestNote::form,
          ProtestNote.Builder::form);

  /** {@code reference_number}, optional: the note's reference number, such as {@code 123/20}. */
  public static final Property<ProtestNote, String> REFERENCE_NUMBER =
      DECLARATION.optional(
          "reference_number",
          ValueType.TEXT,
          ProtestNote::referenceNumber,
          ProtestNote.Builder::referenceNumber);

  /** {@code protested_act_ids}, a list: the records it protests, such as a resolution. */
  public static final Property<ProtestNote, Reference<? extends ChanceryRecord>> PROTESTED_ACTS =
      DECLARATION.list(
          "protested_act_ids",
          ValueType.anyReference(),
          ProtestNote::protestedActs,
          ProtestNote.Builder::addAllProtestedActs);

  /** {@code summary}, optional: a summary of what it says. */
  public static final Property<ProtestNote, MultilingualText> SUMMARY =
      DECLARATION.optional("summary", ValueType.MULTILINGUAL_TEXT, ProtestNote::summary, ProtestNote.Builder::summary);

  /** {@code language}, optional: the language it was written in. */
  public static final Property<ProtestNote, LanguageTag> LANGUAGE =
      DECLARATION.optional("language", ValueType.LANGUAGE_TAG, ProtestNote::language, ProtestNote.Builder::language);

  /**
   * {@code other_report_of_id}, optional: the record of the same act as another source reports it,
   * when this record is a second report of that act.
   */
  public static final Property<ProtestNote, Reference<ProtestNote>> OTHER_REPORT_OF =
      DECLARATION.otherReportOf(ProtestNote::otherReportOf, ProtestNote.Builder::otherReportOf);

  /** {@code identifiers}, a list: the identifiers other registers give the protest note. */
  public static final Property<ProtestNote, Identifier> IDENTIFIERS =
      DECLARATION.identifiers(ProtestNote::identifiers, ProtestNote.Builder::addAllIdentifiers);

  /** {@code source_ids}, a list: the sources that report the protest note. */
  public static final Property<ProtestNote, Reference<? extends Provenance>> SOURCES =
      DECLARATION.sources(ProtestNote::sources, ProtestNote.Builder::addAllSources);

  private static final Shape<ProtestNote> SHAPE = DECLARATION.build();

  /**
   * Returns the shape of this record: its properties in wire order, read by validation, dossiers
   * and JSON.
   *
   * @return the shape of protest notes, the same instance on every call
   */
  public static Shape<ProtestNote> shape() {
    return SHAPE;
  }

  /**
   * Returns a builder; {@code id}, {@code sender} and {@code recipient} are required.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public final RecordType recordType() {
    return RecordType.PROTEST_NOTE;
  }

  /**
   * Returns who sent the protest.
   *
   * @return a reference to the sender; never null
   */
  public abstract Reference<? extends Actor> sender();

  /**
   * Returns to whom it was addressed or delivered.
   *
   * @return a reference to the recipient, never the sender; never null
   */
  public abstract Reference<? extends Actor> recipient();

  /**
   * Returns when it was sent or delivered.
   *
   * @return the date, or empty when unknown
   */
  public abstract Optional<PartialDate> date();

  /**
   * Returns the form it took.
   *
   * @return the form, or empty when not stated
   */
  public abstract Optional<NoteForm> form();

  /**
   * Returns the note's reference number, such as {@code 123/20}.
   *
   * @return the reference number, not blank, or empty when not stated
   */
  public abstract Optional<String> referenceNumber();

  /**
   * Returns the records it protests, such as a resolution.
   *
   * @return references to the protested records, in the order given, each once; never null,
   *     possibly empty
   */
  public abstract List<Reference<? extends ChanceryRecord>> protestedActs();

  /**
   * Returns a summary of what it says.
   *
   * @return the summary, or empty when there is none
   */
  public abstract Optional<MultilingualText> summary();

  /**
   * Returns the language it was written in.
   *
   * @return the language, or empty when not stated
   */
  public abstract Optional<LanguageTag> language();

  /**
   * Returns the record of the same act as another source reports it, when this record is a
   * second report of that act: both are kept, each with its own sources, and the consistency
   * report shows where they disagree.
   *
   * @return a reference to the other note, never this one, or empty when this is the only report
   */
  public abstract Optional<Reference<ProtestNote>> otherReportOf();

  /**
   * Returns the date of the note, when known.
   *
   * @return the {@linkplain #date() date}, or empty when unknown
   */
  @Override
  public final Optional<PartialDate> actDate() {
    return date();
  }

  @Value.Check
  final void check() {
    Violations v = Violations.collect();
    v.id(ID, id());
    v.noNullElements(PROTESTED_ACTS, protestedActs());
    v.noNullElements(SOURCES, sources());
    v.required(SENDER, sender());
    v.required(RECIPIENT, recipient());
    if (sender() != null && sender().equals(recipient())) {
      v.add(
          RECIPIENT,
          ViolationCode.SELF_ADDRESSED,
          "a protest note cannot be sent to its own sender '" + sender() + "'");
    }
    v.optionalText(REFERENCE_NUMBER, referenceNumber());
    v.distinct(PROTESTED_ACTS, protestedActs());
    v.notSelf(OTHER_REPORT_OF, id(), otherReportOf().map(Reference::id), "a record cannot be another report of itself");
    v.noNullElements(IDENTIFIERS, identifiers());
    v.distinct(IDENTIFIERS, identifiers());
    v.distinct(SOURCES, sources());
    v.throwIfAny(RecordType.PROTEST_NOTE.wireName(), id());
  }

  /**
   * Builds a {@link ProtestNote}: set its fields one at a time, then call {@code build()}. Get one
   * from {@link ProtestNote#builder()}.
   *
   * <p>{@code build()} checks the required fields and every invariant of {@link ProtestNote} at
   * once, and throws a {@link io.github.chancery.core.validation.ValidationException} listing
   * every violation; it never returns an invalid protest note.
   *
   * <p>Not thread-safe: a builder is mutable; use it on one thread.
   */
  public static final class Builder extends ImmutableProtestNote.Builder {
    Builder() {}

    /**
     * Builds the protest note from the fields set so far, checking at once the fields {@link
     * ProtestNote#builder()} names as required and every invariant of {@link ProtestNote}.
     *
     * @return the protest note, immutable and valid
     * @throws io.github.chancery.core.validation.ValidationException listing every missing or
     *     invalid field, by its wire name and the rule it breaks; no protest note is built
     */
    @Override
    public ProtestNote build() {
      return super.build();
    }
  }
}
