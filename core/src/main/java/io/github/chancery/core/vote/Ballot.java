package io.github.chancery.core.vote;

import io.github.chancery.core.record.WireValue;
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

  private static final Shape<Ballot> SHAPE =
    Shape.ofPart("ballot", Ballot.class, ImmutableBallot::builder, ImmutableBallot.Builder::build)
        .optional("voter_id", ValueType.actorReference(), Ballot::voter, ImmutableBallot.Builder::voter)
        .optional("voter_name", ValueType.TEXT, Ballot::voterName, ImmutableBallot.Builder::voterName)
        .required("option", ValueType.code(VoteOption::of, VoteOption.knownValues()), Ballot::option, ImmutableBallot.Builder::option)
        .optional("group_id", ValueType.reference(RecordType.ORGANIZATION), Ballot::group, ImmutableBallot.Builder::group)
        .optional("role", ValueType.TEXT, Ballot::role, ImmutableBallot.Builder::role)
        .optional("weight", ValueType.DECIMAL, Ballot::weight, ImmutableBallot.Builder::weight)
        .optional("pair_id", ValueType.actorReference(), Ballot::pair, ImmutableBallot.Builder::pair)
        .atLeastOneOf("voter_id", "voter_name")
        .build();

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
      v.add("voter_id", ViolationCode.REQUIRED, "a ballot needs a voter_id or a voter_name");
    }
    v.required("option", option());
    v.throwIfAny(null, null);
  }

  // Paths are built only for what is reported: a vote checks its ballots by the hundred.
  void validate(Violations v, int index) {
    if (voterName().isPresent() && !Violations.isSoundText(voterName().get())) {
      v.text("ballots[" + index + "].voter_name", voterName().get());
    }
    if (role().isPresent() && !Violations.isSoundText(role().get())) {
      v.text("ballots[" + index + "].role", role().get());
    }
    if (pair().isPresent() && voter().isPresent() && pair().get().equals(voter().get())) {
      v.add("ballots[" + index + "].pair_id", ViolationCode.SELF_REFERENCE, "a voter cannot be paired with themselves");
    }
    if (weight().isPresent() && weight().get().signum() <= 0) {
      v.add("ballots[" + index + "].weight", ViolationCode.NOT_POSITIVE, "must be above zero, was " + weight().get());
    }
  }
}
