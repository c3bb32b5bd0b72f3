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
import io.github.chancery.core.time.DateOrder;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.validation.ViolationCode;
import io.github.chancery.core.validation.Violations;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.ArrayList;
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
 * every signature is on behalf of a party; entry into force is not definitely before the
 * conclusion or any signature; the UN registration number reads {@code I:33521} (registered) or
 * {@code II:965} (filed and recorded). Immutable and thread-safe.
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
   * Returns when a participant's act takes effect for it: its {@code effective_on}; else, for an
   * act that binds, the later of its date and the treaty's entry into force; else its date.
   *
   * @param action an act of this treaty's participant actions
   * @return the date
   */
  public PartialDate effectiveDateOf(ParticipantAction action) {
    Objects.requireNonNull(action, "action");
    if (action.effectiveOn().isPresent()) {
      return action.effectiveOn().get();
    }
    if (action.kind().bindsParticipant() && entryIntoForce().isPresent() && action.date().isDefinitelyBefore(entryIntoForce().get())) {
      return entryIntoForce().get();
    }
    return action.date();
  }

  /**
   * Returns whether a participant was a party to the treaty on a date, from its history: each
   * act that binds it ({@link ParticipantActionKind#bindsParticipant()}) or ends its participation
   * ({@link ParticipantActionKind#endsParticipation()}) changes its status from the day the act
   * takes effect ({@link #effectiveDateOf}), so that a state that withdrew and acceded again is a
   * party, then not, then again. A participant without such acts is a party when {@code party_ids}
   * lists it and the treaty is in force. Where an act's date and the date asked may be either side
   * of each other (one known only to the month), the answer is {@link PartyStatus#UNDETERMINED};
   * so it is after a binding act when the record says neither when the treaty entered into force
   * nor when the act took effect, unless the treaty's status is {@code signed} (not in force).
   *
   * @param participant the state or other actor
   * @param date the date
   * @return the status by the record
   */
  public PartyStatus partyStatusOf(Reference<? extends Actor> participant, PartialDate date) {
    Objects.requireNonNull(participant, "participant");
    Objects.requireNonNull(date, "date");
    List<ParticipantAction> history = new ArrayList<>();
    for (ParticipantAction action : participantActions()) {
      if (action.participant().equals(participant) && (action.kind().bindsParticipant() || action.kind().endsParticipation())) {
        history.add(action);
      }
    }
    if (history.isEmpty()) {
      if (!parties().contains(participant)) {
        return PartyStatus.NOT_A_PARTY;
      }
      return entryIntoForce().map(force -> statusAfter(force, date, PartyStatus.PARTY, PartyStatus.NOT_A_PARTY))
          .orElse(PartyStatus.UNDETERMINED);
    }
    history.sort(java.util.Comparator.comparing(this::effectiveDateOf, PartialDate.chronologicalOrder()));
    PartyStatus status = PartyStatus.NOT_A_PARTY;
    for (ParticipantAction action : history) {
      boolean binds = action.kind().bindsParticipant();
      if (binds && action.effectiveOn().isEmpty() && entryIntoForce().isEmpty()) {
        // Bound, but whether the treaty is in force is not recorded: a party only once it is.
        if (status().filter(TreatyStatus.SIGNED::equals).isPresent() || action.date().isDefinitelyAfter(date)) {
          continue;
        }
        status = status == PartyStatus.PARTY ? status : PartyStatus.UNDETERMINED;
        continue;
      }
      PartyStatus after = binds ? PartyStatus.PARTY : PartyStatus.NOT_A_PARTY;
      status = statusAfter(effectiveDateOf(action), date, after, status);
    }
    return status;
  }

  /** The status on {@code date} of a change to {@code after} on {@code effective}, from {@code before}. */
  private static PartyStatus statusAfter(PartialDate effective, PartialDate date, PartyStatus after, PartyStatus before) {
    if (takesEffectBy(effective, date)) {
      return after;
    }
    if (effective.isDefinitelyAfter(date) || after == before) {
      return before;
    }
    return PartyStatus.UNDETERMINED;
  }

  /** Whether an act effective on {@code effective} has certainly taken effect on {@code date}. */
  private static boolean takesEffectBy(PartialDate effective, PartialDate date) {
    if (effective.isDefinitelyBefore(date)) {
      return true;
    }
    // The same day, both known to the day: in effect that day.
    return effective.precision().compareTo(io.github.chancery.core.time.DatePrecision.DAY) >= 0
        && date.precision().compareTo(io.github.chancery.core.time.DatePrecision.DAY) >= 0
        && !effective.latestDay().isAfter(date.earliestDay());
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
      DateOrder.check(v, ENTRY_INTO_FORCE.name(), entryIntoForce(), Signature.DATE.under(path), signature.date());
    }
    DateOrder.check(v, ENTRY_INTO_FORCE, entryIntoForce(), CONCLUDED_ON, concludedOn());
    for (int i = 0; i < participantActions().size(); i++) {
      ParticipantAction action = participantActions().get(i);
      if (action == null || action.effectiveOn().isEmpty()) {
        continue;
      }
      String path = PARTICIPANT_ACTIONS.at(i);
      // A succession takes effect from the succession of states, before it is notified.
      if (!action.kind().equals(ParticipantActionKind.SUCCESSION)) {
        DateOrder.check(
            v, ParticipantAction.EFFECTIVE_ON.under(path), action.effectiveOn(), ParticipantAction.DATE.under(path), Optional.of(action.date()));
      }
      if (action.kind().bindsParticipant()) {
        DateOrder.check(v, ParticipantAction.EFFECTIVE_ON.under(path), action.effectiveOn(), ENTRY_INTO_FORCE.name(), entryIntoForce());
      }
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
