package io.github.chancery.core.vote;

import io.github.chancery.core.wire.WireValue;
import io.github.chancery.core.record.RecordType;
import io.github.chancery.core.record.ValueType;
import io.github.chancery.core.record.Property;
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
 * UN), named by reference or, where the source prints only a name, by the name as printed
 * ({@code voter_name}), which a {@code Dossier} can resolve against the persons it holds. With
 * the group the voter belonged to at the time, a role (such as {@link #TELLER}), a weight (1 when
 * absent) and, for a paired ballot, the member the voter was paired with.
 *
 * <p>Required: {@code option}, and {@code voter} or {@code voter_name} (both may be given: the
 * name as printed beside the voter it was resolved to). Part of a {@link Vote}, which validates
 * it: the name is not blank, the weight, when given, is above zero, no voter has two ballots,
 * and no voter is paired with themselves. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Ballot implements WithBallot, WireValue {
  Ballot() {}

  private static final Shape.Declaration<Ballot, ImmutableBallot.Builder> DECLARATION =
      Shape.ofPart("ballot", Ballot.class, ImmutableBallot::builder, ImmutableBallot.Builder::build);

  /** {@code voter_id}, optional: who voted, a person or a state. */
  public static final Property<Ballot, Reference<? extends Actor>> VOTER =
      DECLARATION.optional("voter_id", ValueType.actorReference(), Ballot::voter, ImmutableBallot.Builder::voter);

  /** {@code voter_name}, optional: the voter's name as the source prints it. */
  public static final Property<Ballot, String> VOTER_NAME =
      DECLARATION.optional("voter_name", ValueType.TEXT, Ballot::voterName, ImmutableBallot.Builder::voterName);

  /** {@code option}, required: how they voted. */
  public static final Property<Ballot, VoteOption> OPTION =
      DECLARATION.required(
          "option",
          ValueType.code(VoteOption::of, VoteOption.knownValues()),
          Ballot::option,
          ImmutableBallot.Builder::option);

  /** {@code group_id}, optional: the voter's group at the time of the vote, such as a party. */
  public static final Property<Ballot, Reference<Organization>> GROUP =
      DECLARATION.optional(
          "group_id",
          ValueType.reference(RecordType.ORGANIZATION),
          Ballot::group,
          ImmutableBallot.Builder::group);

  /** {@code role}, optional: the voter's role in the vote, such as {@code teller}. */
  public static final Property<Ballot, String> ROLE =
      DECLARATION.optional("role", ValueType.TEXT, Ballot::role, ImmutableBallot.Builder::role);

  /** {@code weight}, optional: the weight of the ballot. */
  public static final Property<Ballot, BigDecimal> WEIGHT =
      DECLARATION.optional("weight", ValueType.DECIMAL, Ballot::weight, ImmutableBallot.Builder::weight);

  /** {@code pair_id}, optional: the member the voter was paired with, for a paired ballot. */
  public static final Property<Ballot, Reference<? extends Actor>> PAIR =
      DECLARATION.optional("pair_id", ValueType.actorReference(), Ballot::pair, ImmutableBallot.Builder::pair);

  private static final Shape<Ballot> SHAPE = DECLARATION.atLeastOneOf(VOTER, VOTER_NAME).build();

  /**
   * Returns the shape of this part: its properties in wire order, read by validation, dossiers and
   * JSON.
   *
   * @return the shape of ballots, the same instance on every call
   */
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
    // Nulls are missing data, reported as required by the ballot's check, as for every part.
    return ImmutableBallot.builder().voter(Optional.ofNullable(voter)).option(option).build();
  }

  /**
   * Returns a ballot of a voter given by its record: {@code Ballot.of(ukraine, VoteOption.YES)}.
   *
   * @param voter the person or state who voted
   * @param option how they voted
   * @return the ballot, whose voter is a reference to the record's id
   */
  public static Ballot of(Actor voter, VoteOption option) {
    // A null voter is missing data, reported as voter_id required, as by the other form.
    return of(voter == null ? null : Reference.<Actor>of(voter), option);
  }

  /**
   * Returns a ballot whose voter the source gives only by name.
   *
   * @param voterName the name as printed, such as {@code Smith, J.}
   * @param option how they voted
   * @return the ballot
   */
  public static Ballot byName(String voterName, VoteOption option) {
    return ImmutableBallot.builder().voterName(Optional.ofNullable(voterName)).option(option).build();
  }

  /** The role of a teller, who counts a division's votes; tellers are not in the division's totals. */
  public static final String TELLER = "teller";

  /**
   * Returns who voted, a person or a state, when the source identifies them.
   *
   * @return a reference to the voter, or empty when the source gives only a name
   */
  public abstract Optional<Reference<? extends Actor>> voter();

  /**
   * Returns the voter's name as the source prints it, when given.
   *
   * @return the name as printed, or empty when not given; present whenever the voter is empty
   */
  public abstract Optional<String> voterName();

  /**
   * Returns how they voted.
   *
   * @return the option chosen; never null
   */
  public abstract VoteOption option();

  /**
   * Returns whether the voter was a teller for the option ({@code role} {@value #TELLER}, in any
   * case): Westminster's division totals leave the tellers out, so the consistency report does
   * not count their ballots against the counts.
   *
   * @return true when the role is {@value #TELLER}, ignoring case
   */
  public boolean isTeller() {
    return role().filter(TELLER::equalsIgnoreCase).isPresent();
  }

  /**
   * Returns the voter's group at the time of the vote, such as a party.
   *
   * @return a reference to the group, or empty when not recorded
   */
  public abstract Optional<Reference<Organization>> group();

  /**
   * Returns the voter's role in the vote, such as {@code teller}.
   *
   * @return the role, or empty when the voter had none recorded
   */
  public abstract Optional<String> role();

  /**
   * Returns the weight of the ballot; absent means 1.
   *
   * @return the weight, above zero in a valid vote, or empty for a weight of 1
   */
  public abstract Optional<BigDecimal> weight();

  /**
   * Returns the member the voter was paired with, for a paired ballot: two members on opposite
   * sides who agree that neither votes, as the Westminster parliaments and the US Congress record.
   *
   * @return a reference to the paired member, never the voter in a valid vote, or empty when the
   *     ballot is not paired
   */
  public abstract Optional<Reference<? extends Actor>> pair();

  // Missing parts are rejected at once, so that a part never exists half-built; every other
  // rule is checked by the enclosing record, which reports it with the full path.
  @Value.Check
  final void checkPresent() {
    if (voter().isPresent() && option() != null) {
      return; // the usual case, without a collector
    }
    Violations v = Violations.collect();
    if (voter().isEmpty() && voterName().isEmpty()) {
      v.add(VOTER, ViolationCode.REQUIRED, "a ballot needs a " + VOTER.name() + " or a " + VOTER_NAME.name());
    }
    v.required(OPTION, option());
    v.throwIfAny(null, null);
  }

  // Paths are built only for what is reported: a vote checks its ballots by the hundred.
  void validate(Violations v, int index) {
    if (voterName().isPresent() && !Violations.isSoundText(voterName().get())) {
      v.text(Vote.BALLOTS.at(index, VOTER_NAME), voterName().get());
    }
    if (role().isPresent() && !Violations.isSoundText(role().get())) {
      v.text(Vote.BALLOTS.at(index, ROLE), role().get());
    }
    if (pair().isPresent() && voter().isPresent() && pair().get().equals(voter().get())) {
      v.add(Vote.BALLOTS.at(index, PAIR), ViolationCode.SELF_REFERENCE, "a voter cannot be paired with themselves");
    }
    if (weight().isPresent() && weight().get().signum() <= 0) {
      v.add(Vote.BALLOTS.at(index, WEIGHT), ViolationCode.NOT_POSITIVE, "must be above zero, was " + weight().get());
    }
  }
}
