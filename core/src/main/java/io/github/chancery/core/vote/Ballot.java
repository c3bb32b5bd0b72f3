package io.github.chancery.core.vote;

import io.github.chancery.core.record.RecordType;
import io.github.chancery.core.record.ValueType;
import io.github.chancery.core.record.Shape;
import io.github.chancery.core.record.Actor;
import io.github.chancery.core.actor.Organization;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.validation.ViolationCode;
import io.github.chancery.core.validation.Violations;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One voter's ballot in a recorded vote. The voter is a person (a senator) or a state (at the
 * UN), with the group the voter belonged to at the time, a role (such as {@code teller}), a weight
 * (1 when absent) and, for a paired ballot, the member the voter was paired with.
 *
 * <p>Required: {@code voter}, {@code option}. Part of a {@link Vote}, which validates it: the
 * weight, when given, is above zero, no voter has two ballots, and no voter is paired with
 * themselves. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Ballot implements WithBallot {
  Ballot() {}

  private static final Shape<Ballot> SHAPE =
    Shape.ofPart("ballot", Ballot.class, ImmutableBallot::builder, ImmutableBallot.Builder::build)
        .required("voter_id", ValueType.actorReference(), Ballot::voter, ImmutableBallot.Builder::voter)
        .required("option", ValueType.code(VoteOption::of, VoteOption.knownValues()), Ballot::option, ImmutableBallot.Builder::option)
        .optional("group_id", ValueType.reference(RecordType.ORGANIZATION), Ballot::group, ImmutableBallot.Builder::group)
        .optional("role", ValueType.TEXT, Ballot::role, ImmutableBallot.Builder::role)
        .optional("weight", ValueType.DECIMAL, Ballot::weight, ImmutableBallot.Builder::weight)
        .optional("pair_id", ValueType.actorReference(), Ballot::pair, ImmutableBallot.Builder::pair)
        .build();

  /** Returns the shape of this part: its properties in wire order, read by validation, dossiers and JSON. */
  public static Shape<Ballot> shape() {
    return SHAPE;
  }

  /**
   * Returns a ballot.
   *
   * @param voter the person or state who voted
   * @param option how they voted
   * @return the ballot
   */
  public static Ballot of(Reference<? extends Actor> voter, VoteOption option) {
    return ImmutableBallot.of(voter, option);
  }

  /** Returns who voted: a person or a state. */
  @Value.Parameter
  public abstract Reference<? extends Actor> voter();

  /** Returns how they voted. */
  @Value.Parameter
  public abstract VoteOption option();

  /** Returns the voter's group at the time of the vote, such as a party. */
  public abstract Optional<Reference<Organization>> group();

  /** Returns the voter's role in the vote, such as {@code teller}. */
  public abstract Optional<String> role();

  /** Returns the weight of the ballot; absent means 1. */
  public abstract Optional<BigDecimal> weight();

  /**
   * Returns the member the voter was paired with, for a paired ballot: two members on opposite
   * sides who agree that neither votes, as the Westminster parliaments and the US Congress record.
   */
  public abstract Optional<Reference<? extends Actor>> pair();

  // Missing parts are rejected at once, so that a part never exists half-built; every other
  // rule is checked by the enclosing record, which reports it with the full path.
  @Value.Check
  final void checkPresent() {
    if (voter() != null && option() != null) {
      return; // the usual case, without a collector
    }
    Violations v = Violations.collect();
    v.required("voter_id", voter());
    v.required("option", option());
    v.throwIfAny(null, null);
  }

  // Paths are built only for what is reported: a vote checks its ballots by the hundred.
  void validate(Violations v, int index) {
    if (role().isPresent() && !Violations.isSoundText(role().get())) {
      v.text("ballots[" + index + "].role", role().get());
    }
    if (pair().isPresent() && pair().get().equals(voter())) {
      v.add("ballots[" + index + "].pair_id", ViolationCode.SELF_REFERENCE, "a voter cannot be paired with themselves");
    }
    if (weight().isPresent() && weight().get().signum() <= 0) {
      v.add("ballots[" + index + "].weight", ViolationCode.NOT_POSITIVE, "must be above zero, was " + weight().get());
    }
  }
}
