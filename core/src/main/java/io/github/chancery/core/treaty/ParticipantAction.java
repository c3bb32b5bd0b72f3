package io.github.chancery.core.treaty;

import io.github.chancery.core.wire.WireValue;
import io.github.chancery.core.record.ValueType;
import io.github.chancery.core.record.Property;
import io.github.chancery.core.record.Shape;
import io.github.chancery.core.record.Actor;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.validation.Violations;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One act of a participant about a treaty, with its own date: a signature, a ratification, an
 * accession, a denunciation. Kept apart rather than lumped into "ratified by".
 *
 * <p>{@code date} is when the act was done (an instrument deposited, a withdrawal notified);
 * {@code effective_on} is when it takes effect for the participant, when that is another day:
 * the entry into force for a state that ratifies after the treaty is in force (the thirtieth day
 * after deposit under the Paris Agreement), or the day a withdrawal notified a year before takes
 * effect. A participant that withdraws and accedes again has both acts, each with its dates.
 *
 * <p>Required: {@code participant}, {@code kind}, {@code date}. Part of a {@link Treaty}. An act
 * recorded as taking effect before it was done (except a succession, which takes effect from the
 * date of the succession of states, before its notification), or a binding act recorded as taking
 * effect before the treaty's entry into force, is kept as the source gives it: the consistency
 * report flags it ({@code dates-out-of-order}), and the treaty's party status takes neither date
 * for granted. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ParticipantAction implements WithParticipantAction, WireValue {
  ParticipantAction() {}

  private static final Shape.Declaration<ParticipantAction, ImmutableParticipantAction.Builder> DECLARATION =
      Shape.ofPart("participant_action", ParticipantAction.class, ImmutableParticipantAction::builder, ImmutableParticipantAction.Builder::build);

  /** {@code participant_id}, required: who acted. */
  public static final Property<ParticipantAction, Reference<? extends Actor>> PARTICIPANT =
      DECLARATION.required(
          "participant_id",
          ValueType.actorReference(),
          ParticipantAction::participant,
          ImmutableParticipantAction.Builder::participant);

  /** {@code kind}, required: what it did. */
  public static final Property<ParticipantAction, ParticipantActionKind> KIND =
      DECLARATION.required(
          "kind",
          ValueType.code(ParticipantActionKind::of, ParticipantActionKind.knownValues()),
          ParticipantAction::kind,
          ImmutableParticipantAction.Builder::kind);

  /** {@code date}, required: when the act was done. */
  public static final Property<ParticipantAction, PartialDate> DATE =
      DECLARATION.required("date", ValueType.DATE, ParticipantAction::date, ImmutableParticipantAction.Builder::date);

  /** {@code effective_on}, optional: when the act takes effect for the participant. */
  public static final Property<ParticipantAction, PartialDate> EFFECTIVE_ON =
      DECLARATION.optional(
          "effective_on",
          ValueType.DATE,
          ParticipantAction::effectiveOn,
          ImmutableParticipantAction.Builder::effectiveOn);

  private static final Shape<ParticipantAction> SHAPE = DECLARATION.build();

  /**
   * Returns the shape of this part: its properties in wire order, read by validation, dossiers and
   * JSON.
   *
   * @return the shape of participant actions, the same instance on every call
   */
  public static Shape<ParticipantAction> shape() {
    return SHAPE;
  }

  /**
   * Returns a participant action.
   *
   * @param participant the state or other actor that acted
   * @param kind what it did
   * @param date when
   * @return the action
   */
  public static ParticipantAction of(
      Reference<? extends Actor> participant, ParticipantActionKind kind, PartialDate date) {
    return ImmutableParticipantAction.builder().participant(participant).kind(kind).date(date).build();
  }

  /**
   * Returns who acted.
   *
   * @return a reference to the participant; never null
   */
  public abstract Reference<? extends Actor> participant();

  /**
   * Returns what it did.
   *
   * @return the kind of act; never null
   */
  public abstract ParticipantActionKind kind();

  /**
   * Returns when the act was done: an instrument deposited, a withdrawal notified.
   *
   * @return the date the act was done; never null
   */
  public abstract PartialDate date();

  /**
   * Returns when the act takes effect for the participant, when recorded and not its date.
   *
   * @return the date it takes effect, or empty when it is the act's date or not recorded
   */
  public abstract Optional<PartialDate> effectiveOn();

  /**
   * Returns whether the act is recorded as taking effect definitely before it was done, which only
   * a succession can (it takes effect from the succession of states): one of the two dates is
   * wrong, as in a table that gives a ratification of 5 November 2002 an entry into force of 3
   * February 2002.
   *
   * @return true when {@code effective_on} is definitely before {@code date} and the act is not a
   *     succession
   */
  public boolean takesEffectBeforeItIsDone() {
    return !ParticipantActionKind.SUCCESSION.equals(kind())
        && effectiveOn().isPresent()
        && effectiveOn().get().isDefinitelyBefore(date());
  }

  // Missing parts are rejected at once, so that a part never exists half-built.
  @Value.Check
  final void checkPresent() {
    Violations v = Violations.collect();
    v.required(PARTICIPANT, participant());
    v.required(KIND, kind());
    v.required(DATE, date());
    v.throwIfAny(null, null);
  }
}
