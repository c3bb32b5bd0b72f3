package io.github.chancery.core.treaty;

import io.github.chancery.core.record.Identifier;
import io.github.chancery.core.record.ValueType;
import io.github.chancery.core.record.Shape;
import io.github.chancery.core.record.Actor;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.record.RecordType;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.text.LanguageTag;
import io.github.chancery.core.text.MultilingualText;
import io.github.chancery.core.time.DateOrder;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.validation.ViolationCode;
import io.github.chancery.core.validation.Violations;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A treaty, agreement or other instrument between parties: a convention, a protocol, a
 * memorandum, a joint or trilateral statement, a ceasefire, an exchange of notes.
 *
 * <p>It records the parties, the signatures (who signed, in what capacity, for whom, when and
 * where), any mediators (a mediator may also be a party, as Russia was for the statement of 10
 * November 2020), when and where it was concluded, when it entered into force (possibly an
 * instant in a named zone), its status, depositary, UN registration number, and each
 * participant's actions with their dates.
 *
 * <p>Required: {@code id}, {@code title}. Invariants: parties and mediators are not repeated;
 * every signature is on behalf of a party; entry into force is not definitely before the
 * conclusion or any signature; the UN registration number reads {@code I:33521} (registered) or
 * {@code II:965} (filed and recorded). Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Treaty implements ChanceryRecord, WithTreaty {
  private static final Pattern UN_REGISTRATION = Pattern.compile("(I|II):[1-9][0-9]*");

  Treaty() {}

  private static final Shape<Treaty> SHAPE =
    Shape.ofRecord(RecordType.TREATY, Treaty.class, Treaty::builder, Treaty.Builder::build)
        .required("id", ValueType.ID, Treaty::id, Treaty.Builder::id)
        .required("title", ValueType.MULTILINGUAL_TEXT, Treaty::title, Treaty.Builder::title)
        .optional("kind", ValueType.code(TreatyKind::of, TreatyKind.knownValues()), Treaty::kind, Treaty.Builder::kind)
        .list("party_ids", ValueType.actorReference(), Treaty::parties, Treaty.Builder::addAllParties)
        .list("signatures", ValueType.part(Signature.shape()), Treaty::signatures, Treaty.Builder::addAllSignatures)
        .list("mediator_ids", ValueType.actorReference(), Treaty::mediators, Treaty.Builder::addAllMediators)
        .optional("concluded_on", ValueType.DATE, Treaty::concludedOn, Treaty.Builder::concludedOn)
        .optional("concluded_at", ValueType.TEXT, Treaty::concludedAt, Treaty.Builder::concludedAt)
        .optional("entry_into_force", ValueType.DATE, Treaty::entryIntoForce, Treaty.Builder::entryIntoForce)
        .optional("status", ValueType.code(TreatyStatus::of, TreatyStatus.knownValues()), Treaty::status, Treaty.Builder::status)
        .optional("depositary_id", ValueType.actorReference(), Treaty::depositary, Treaty.Builder::depositary)
        .optional("un_registration_number", ValueType.TEXT, Treaty::unRegistrationNumber, Treaty.Builder::unRegistrationNumber)
        .list("authentic_languages", ValueType.LANGUAGE_TAG, Treaty::authenticLanguages, Treaty.Builder::addAllAuthenticLanguages)
        .list("participant_actions", ValueType.part(ParticipantAction.shape()), Treaty::participantActions, Treaty.Builder::addAllParticipantActions)
        .optional("other_report_of_id", ValueType.reference(RecordType.TREATY), Treaty::otherReportOf, Treaty.Builder::otherReportOf)
        .list("identifiers", ValueType.part(Identifier.shape()), Treaty::identifiers, Treaty.Builder::addAllIdentifiers)
        .list("source_ids", ValueType.reference(RecordType.SOURCE), Treaty::sources, Treaty.Builder::addAllSources)
        .build();

  /** Returns the shape of this record: its properties in wire order, read by validation, dossiers and JSON. */
  public static Shape<Treaty> shape() {
    return SHAPE;
  }

  /** Returns a builder; {@code id} and {@code title} are required. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public final RecordType recordType() {
    return RecordType.TREATY;
  }

  /** Returns the title, in its authentic languages and any translations. */
  public abstract MultilingualText title();

  /** Returns what kind of instrument it is. */
  public abstract Optional<TreatyKind> kind();

  /** Returns the parties. */
  public abstract List<Reference<? extends Actor>> parties();

  /** Returns the signatures. */
  public abstract List<Signature> signatures();

  /** Returns who mediated or brokered it; a mediator may also be a party. */
  public abstract List<Reference<? extends Actor>> mediators();

  /** Returns when it was concluded. */
  public abstract Optional<PartialDate> concludedOn();

  /** Returns where it was concluded. */
  public abstract Optional<String> concludedAt();

  /** Returns when it entered into force in general; may be an instant in a named zone. */
  public abstract Optional<PartialDate> entryIntoForce();

  /** Returns where it stands. */
  public abstract Optional<TreatyStatus> status();

  /** Returns its depositary. */
  public abstract Optional<Reference<? extends Actor>> depositary();

  /** Returns its registration number with the UN Secretariat, such as {@code I:33521}. */
  public abstract Optional<String> unRegistrationNumber();

  /** Returns the languages its text is authentic in. */
  public abstract List<LanguageTag> authenticLanguages();

  /** Returns each participant's acts about it, with their dates. */
  public abstract List<ParticipantAction> participantActions();

  /**
   * Returns the record of the same act as another source reports it, when this record is a
   * second report of that act: both are kept, each with its own sources, and the consistency
   * report shows where they disagree.
   */
  public abstract Optional<Reference<Treaty>> otherReportOf();

  /** Returns the date it was concluded, when known. */
  @Override
  public final Optional<PartialDate> actDate() {
    return concludedOn();
  }

  @Value.Check
  final void check() {
    Violations v = Violations.collect();
    v.id("id", id());
    v.noNullElements("party_ids", parties());
    v.noNullElements("signatures", signatures());
    v.noNullElements("mediator_ids", mediators());
    v.noNullElements("authentic_languages", authenticLanguages());
    v.noNullElements("participant_actions", participantActions());
    v.noNullElements("source_ids", sources());
    v.required("title", title());
    v.distinct("party_ids", parties());
    v.distinct("mediator_ids", mediators());
    v.distinct("authentic_languages", authenticLanguages());
    v.optionalText("concluded_at", concludedAt());
    Set<Reference<?>> parties = new HashSet<>(parties());
    for (int i = 0; i < signatures().size(); i++) {
      Signature signature = signatures().get(i);
      if (signature == null) {
        continue; // reported above
      }
      String path = "signatures[" + i + "]";
      signature.validate(v, path);
      if (!parties.contains(signature.onBehalfOf())) {
        v.add(
            path + ".on_behalf_of_id",
            ViolationCode.NON_PARTY_SIGNATORY,
            "'" + signature.onBehalfOf() + "' is not a party to the treaty");
      }
      DateOrder.check(v, "entry_into_force", entryIntoForce(), path + ".date", signature.date());
    }
    DateOrder.check(v, "entry_into_force", entryIntoForce(), "concluded_on", concludedOn());
    unRegistrationNumber()
        .filter(number -> !UN_REGISTRATION.matcher(number).matches())
        .ifPresent(
            number ->
                v.add(
                    "un_registration_number",
                    ViolationCode.INVALID_FORMAT,
                    "'" + number + "' is not a UN registration number such as I:33521 or II:965"));
    v.notSelf("other_report_of_id", id(), otherReportOf().map(Reference::id), "a record cannot be another report of itself");
    v.noNullElements("identifiers", identifiers());
    v.distinct("identifiers", identifiers());
    v.distinct("source_ids", sources());
    v.throwIfAny(RecordType.TREATY.wireName(), id());
  }

  /** Builds a {@link Treaty}. Not thread-safe. */
  public static final class Builder extends ImmutableTreaty.Builder {
    Builder() {}
  }
}
