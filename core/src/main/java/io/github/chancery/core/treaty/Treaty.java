package io.github.chancery.core.treaty;

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
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.Objects;
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
 * every signature is on behalf of a party; the number of days after deposit is not negative; the UN
 * registration number reads {@code I:33521} (registered) or {@code II:965} (filed and recorded).
 *
 * <p>Dates of different acts that contradict each other as a source publishes them (an entry into
 * force before the conclusion or before the first signature, a participant's act taking effect
 * before it was done or, for a binding act, before the treaty's entry into force) are kept: the
 * consistency report gives them as {@code dates-out-of-order}, and {@link #partyStatusOf} does not
 * take either date for granted. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Treaty implements ChanceryRecord, WithTreaty {
  private static final Pattern UN_REGISTRATION = Pattern.compile("(I|II):[1-9][0-9]*");

  Treaty() {}

  private static final Shape.Declaration<Treaty, Treaty.Builder> DECLARATION =
      Shape.ofRecord(RecordType.TREATY, Treaty.class, Treaty::builder, Treaty.Builder::build);

  /** {@code id}, required: the treaty's id. */
  public static final Property<Treaty, String> ID = DECLARATION.id(Treaty::id, Treaty.Builder::id);

  /** {@code title}, required: the title, in its authentic languages and any translations. */
  public static final Property<Treaty, MultilingualText> TITLE =
      DECLARATION.required("title", ValueType.MULTILINGUAL_TEXT, Treaty::title, Treaty.Builder::title);

  /** {@code kind}, optional: what kind of instrument it is. */
  public static final Property<Treaty, TreatyKind> KIND =
      DECLARATION.optional("kind", ValueType.code(TreatyKind::of, TreatyKind.knownValues()), Treaty::kind, Treaty.Builder::kind);

  /** {@code party_ids}, a list: the parties. */
  public static final Property<Treaty, Reference<? extends Actor>> PARTIES =
      DECLARATION.list("party_ids", ValueType.actorReference(), Treaty::parties, Treaty.Builder::addAllParties);

  /** {@code signatures}, a list: the signatures. */
  public static final Property<Treaty, Signature> SIGNATURES =
      DECLARATION.list("signatures", ValueType.part(Signature.shape()), Treaty::signatures, Treaty.Builder::addAllSignatures);

  /** {@code mediator_ids}, a list: who mediated or brokered it. */
  public static final Property<Treaty, Reference<? extends Actor>> MEDIATORS =
      DECLARATION.list("mediator_ids", ValueType.actorReference(), Treaty::mediators, Treaty.Builder::addAllMediators);

  /** {@code concluded_on}, optional: when it was concluded. */
  public static final Property<Treaty, PartialDate> CONCLUDED_ON =
      DECLARATION.optional("concluded_on", ValueType.DATE, Treaty::concludedOn, Treaty.Builder::concludedOn);

  /** {@code concluded_at}, optional: where it was concluded. */
  public static final Property<Treaty, String> CONCLUDED_AT =
      DECLARATION.optional("concluded_at", ValueType.TEXT, Treaty::concludedAt, Treaty.Builder::concludedAt);

  /** {@code entry_into_force}, optional: when it entered into force in general. */
  public static final Property<Treaty, PartialDate> ENTRY_INTO_FORCE =
      DECLARATION.optional("entry_into_force", ValueType.DATE, Treaty::entryIntoForce, Treaty.Builder::entryIntoForce);

  /**
   * {@code entry_into_force_days_after_deposit}, optional: the treaty's rule for later parties, the
   * number of days after the deposit of a party's instrument on which it enters into force for that
   * party (30 under the Paris Agreement, article 21(3); 90 under the UNFCCC, article 23(2)).
   */
  public static final Property<Treaty, Integer> ENTRY_INTO_FORCE_DAYS_AFTER_DEPOSIT =
      DECLARATION.<Integer>optional(
          "entry_into_force_days_after_deposit",
          ValueType.COUNT,
          t -> t.entryIntoForceDaysAfterDeposit().isPresent()
              ? Optional.of(t.entryIntoForceDaysAfterDeposit().getAsInt())
              : Optional.empty(),
          (b, days) -> b.entryIntoForceDaysAfterDeposit(days));

  /** {@code status}, optional: where it stands. */
  public static final Property<Treaty, TreatyStatus> STATUS =
      DECLARATION.optional(
          "status",
          ValueType.code(TreatyStatus::of, TreatyStatus.knownValues()),
          Treaty::status,
          Treaty.Builder::status);

  /** {@code depositary_id}, optional: its depositary. */
  public static final Property<Treaty, Reference<? extends Actor>> DEPOSITARY =
      DECLARATION.optional("depositary_id", ValueType.actorReference(), Treaty::depositary, Treaty.Builder::depositary);

  /**
   * {@code un_registration_number}, optional: its registration number with the UN Secretariat, such
   * as {@code I:33521}.
   */
  public static final Property<Treaty, String> UN_REGISTRATION_NUMBER =
      DECLARATION.optional(
          "un_registration_number",
          ValueType.TEXT,
          Treaty::unRegistrationNumber,
          Treaty.Builder::unRegistrationNumber);

  /** {@code authentic_languages}, a list: the languages its text is authentic in. */
  public static final Property<Treaty, LanguageTag> AUTHENTIC_LANGUAGES =
      DECLARATION.list(
          "authentic_languages",
          ValueType.LANGUAGE_TAG,
          Treaty::authenticLanguages,
          Treaty.Builder::addAllAuthenticLanguages);

  /** {@code participant_actions}, a list: each participant's acts about it, with their dates. */
  public static final Property<Treaty, ParticipantAction> PARTICIPANT_ACTIONS =
      DECLARATION.list(
          "participant_actions",
          ValueType.part(ParticipantAction.shape()),
          Treaty::participantActions,
          Treaty.Builder::addAllParticipantActions);

  /**
   * {@code other_report_of_id}, optional: the record of the same act as another source reports it,
   * when this record is a second report of that act.
   */
  public static final Property<Treaty, Reference<Treaty>> OTHER_REPORT_OF =
      DECLARATION.otherReportOf(Treaty::otherReportOf, Treaty.Builder::otherReportOf);

  /** {@code identifiers}, a list: the identifiers other registers give the treaty. */
  public static final Property<Treaty, Identifier> IDENTIFIERS =
      DECLARATION.identifiers(Treaty::identifiers, Treaty.Builder::addAllIdentifiers);

  /** {@code source_ids}, a list: the sources that report the treaty. */
  public static final Property<Treaty, Reference<? extends Provenance>> SOURCES =
      DECLARATION.sources(Treaty::sources, Treaty.Builder::addAllSources);

  private static final Shape<Treaty> SHAPE = DECLARATION.build();

  /**
   * Returns the shape of this record: its properties in wire order, read by validation, dossiers
   * and JSON.
   *
   * @return the shape of treaties, the same instance on every call
   */
  public static Shape<Treaty> shape() {
    return SHAPE;
  }

  /**
   * Returns a builder; {@code id} and {@code title} are required.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public final RecordType recordType() {
    return RecordType.TREATY;
  }

  /**
   * Returns the title, in its authentic languages and any translations.
   *
   * @return the title; never null
   */
  public abstract MultilingualText title();

  /**
   * Returns what kind of instrument it is.
   *
   * @return the kind, or empty when not stated
   */
  public abstract Optional<TreatyKind> kind();

  /**
   * Returns the parties.
   *
   * @return references to the parties, in the order given, each once; never null, possibly empty
   */
  public abstract List<Reference<? extends Actor>> parties();

  /**
   * Returns the signatures.
   *
   * @return the signatures, in the order given, each on behalf of a party; never null, possibly
   *     empty
   */
  public abstract List<Signature> signatures();

  /**
   * Returns who mediated or brokered it; a mediator may also be a party.
   *
   * @return references to the mediators, in the order given, each once; never null, possibly empty
   */
  public abstract List<Reference<? extends Actor>> mediators();

  /**
   * Returns when it was concluded.
   *
   * @return the date of conclusion, or empty when unknown
   */
  public abstract Optional<PartialDate> concludedOn();

  /**
   * Returns where it was concluded.
   *
   * @return the place of conclusion, not blank, or empty when not recorded
   */
  public abstract Optional<String> concludedAt();

  /**
   * Returns when it entered into force in general; may be an instant in a named zone.
   *
   * @return the date or instant of entry into force, not definitely before the conclusion or any
   *     signature, or empty when not in force or unknown
   */
  public abstract Optional<PartialDate> entryIntoForce();

  /**
   * Returns the treaty's rule for parties whose instrument is deposited after the conditions of its
   * entry into force are met: it enters into force for such a party on this day after the deposit
   * ("on the thirtieth day after the date of deposit", Paris Agreement article 21(3)). A party
   * bound before the entry into force is bound from the later of the entry into force and that
   * day.
   *
   * @return the number of days, zero or more, or empty when the record does not give the rule
   */
  public abstract OptionalInt entryIntoForceDaysAfterDeposit();

  /**
   * Returns where it stands.
   *
   * @return the status, or empty when not recorded
   */
  public abstract Optional<TreatyStatus> status();

  /**
   * Returns its depositary.
   *
   * @return a reference to the depositary, or empty when not recorded
   */
  public abstract Optional<Reference<? extends Actor>> depositary();

  /**
   * Returns its registration number with the UN Secretariat, such as {@code I:33521}.
   *
   * @return the number, such as {@code I:33521} or {@code II:965}, or empty when not registered or
   *     not recorded
   */
  public abstract Optional<String> unRegistrationNumber();

  /**
   * Returns the languages its text is authentic in.
   *
   * @return the languages, in the order given, each once; never null, possibly empty
   */
  public abstract List<LanguageTag> authenticLanguages();

  /**
   * Returns each participant's acts about it, with their dates.
   *
   * @return the acts, in the order given; never null, possibly empty
   */
  public abstract List<ParticipantAction> participantActions();

  /**
   * Returns the record of the same act as another source reports it, when this record is a
   * second report of that act: both are kept, each with its own sources, and the consistency
   * report shows where they disagree.
   *
   * @return a reference to the other treaty record, never this one, or empty when this is the only
   *     report
   */
  public abstract Optional<Reference<Treaty>> otherReportOf();

  /**
   * Returns when a participant's act takes effect for it, by the record: its {@code effective_on},
   * unless that contradicts the act's own date or, for a binding act, the treaty's entry into force;
   * else, for an act that binds the participant, the treaty's entry into force when the act was done
   * before it or on that very day (a treaty signed and in force the same day), or the day the
   * treaty's {@linkplain #entryIntoForceDaysAfterDeposit() rule for later parties} gives (the later
   * of the two). Nothing else is assumed: without a recorded date of effect or a rule, an
   * instrument deposited after the entry into force, or a notice of withdrawal, has no known date
   * of effect.
   *
   * @param action an act of this treaty's participant actions
   * @return the day it takes effect, or empty when the record does not say (or says it only to a
   *     month or year)
   */
  public Optional<PartialDate> effectiveDateOf(ParticipantAction action) {
    Objects.requireNonNull(action, "action");
    return ParticipantHistory.effectOf(this, action).certainDay();
  }

  /**
   * Returns whether a participant's binding act is recorded as taking effect definitely before the
   * treaty's entry into force, which it cannot: one of the two dates is wrong.
   *
   * @param action an act of this treaty's participant actions
   * @return true when the act binds, has an {@code effective_on}, and it is definitely before the
   *     recorded entry into force
   */
  public boolean takesEffectBeforeEntryIntoForce(ParticipantAction action) {
    Objects.requireNonNull(action, "action");
    return action.kind().bindsParticipant()
        && action.effectiveOn().isPresent()
        && entryIntoForce().isPresent()
        && action.effectiveOn().get().isDefinitelyBefore(entryIntoForce().get());
  }

  /**
   * Returns whether a participant was a party to the treaty on a date, from its history: each
   * act that binds it ({@link ParticipantActionKind#bindsParticipant()}) or ends its participation
   * ({@link ParticipantActionKind#endsParticipation()}) changes its status from the day the act
   * takes effect ({@link #effectiveDateOf}), so that a state that withdrew and acceded again is a
   * party, then not, then again. A participant without such acts is a party when {@code party_ids}
   * lists it and the treaty is in force.
   *
   * <p>What the record leaves open is {@link PartyStatus#UNDETERMINED}, never guessed: a date of
   * effect that may fall either side of the date asked (one known only to the month); an act with
   * no date of effect that the record gives or its rule for later parties computes, from the day
   * it was done; an act whose recorded dates contradict each other, from the earlier of them until
   * the date the rest of the record gives, if any; a binding act of a treaty whose entry into force
   * is not recorded, unless its status is {@code signed} (not in force).
   *
   * @param participant the state or other actor
   * @param date the date
   * @return the status by the record
   */
  public PartyStatus partyStatusOf(Reference<? extends Actor> participant, PartialDate date) {
    Objects.requireNonNull(participant, "participant");
    Objects.requireNonNull(date, "date");
    return ParticipantHistory.statusOf(this, participant, date);
  }

  /**
   * Returns the date it was concluded, when known.
   *
   * @return the {@linkplain #concludedOn() date of conclusion}, or empty when unknown
   */
  @Override
  public final Optional<PartialDate> actDate() {
    return concludedOn();
  }

  @Value.Check
  final void check() {
    Violations v = Violations.collect();
    v.id(ID, id());
    v.noNullElements(PARTIES, parties());
    v.noNullElements(SIGNATURES, signatures());
    v.noNullElements(MEDIATORS, mediators());
    v.noNullElements(AUTHENTIC_LANGUAGES, authenticLanguages());
    v.noNullElements(PARTICIPANT_ACTIONS, participantActions());
    v.noNullElements(SOURCES, sources());
    v.required(TITLE, title());
    v.distinct(PARTIES, parties());
    v.distinct(MEDIATORS, mediators());
    v.distinct(AUTHENTIC_LANGUAGES, authenticLanguages());
    v.optionalText(CONCLUDED_AT, concludedAt());
    Set<Reference<?>> parties = new HashSet<>(parties());
    for (int i = 0; i < signatures().size(); i++) {
      Signature signature = signatures().get(i);
      if (signature == null) {
        continue; // reported above
      }
      String path = SIGNATURES.at(i);
      signature.validate(v, path);
      if (!parties.contains(signature.onBehalfOf())) {
        v.add(
            Signature.ON_BEHALF_OF.under(path),
            ViolationCode.NON_PARTY_SIGNATORY,
            "'" + signature.onBehalfOf() + "' is not a party to the treaty");
      }
    }
    // Dates of different acts that contradict each other are the source's to publish: the
    // consistency report gives them (dates-out-of-order).
    if (entryIntoForceDaysAfterDeposit().isPresent()) {
      v.nonNegative(ENTRY_INTO_FORCE_DAYS_AFTER_DEPOSIT.name(), entryIntoForceDaysAfterDeposit().getAsInt());
    }
    unRegistrationNumber()
        .filter(number -> !UN_REGISTRATION.matcher(number).matches())
        .ifPresent(
            number ->
                v.add(
                    UN_REGISTRATION_NUMBER,
                    ViolationCode.INVALID_FORMAT,
                    "'" + number + "' is not a UN registration number such as I:33521 or II:965"));
    v.notSelf(OTHER_REPORT_OF, id(), otherReportOf().map(Reference::id), "a record cannot be another report of itself");
    v.noNullElements(IDENTIFIERS, identifiers());
    v.distinct(IDENTIFIERS, identifiers());
    v.distinct(SOURCES, sources());
    v.throwIfAny(RecordType.TREATY.wireName(), id());
  }

  /**
   * Builds a {@link Treaty}: set its fields one at a time, then call {@code build()}. Get one
   * from {@link Treaty#builder()}.
   *
   * <p>{@code build()} checks the required fields and every invariant of {@link Treaty} at
   * once, and throws a {@link io.github.chancery.core.validation.ValidationException} listing
   * every violation; it never returns an invalid treaty.
   *
   * <p>Not thread-safe: a builder is mutable; use it on one thread.
   */
  public static final class Builder extends ImmutableTreaty.Builder {
    Builder() {}

    /**
     * Builds the treaty from the fields set so far, checking at once the fields {@link
     * Treaty#builder()} names as required and every invariant of {@link Treaty}.
     *
     * @return the treaty, immutable and valid
     * @throws io.github.chancery.core.validation.ValidationException listing every missing or
     *     invalid field, by its wire name and the rule it breaks; no treaty is built
     */
    @Override
    public Treaty build() {
      return super.build();
    }
  }
}
