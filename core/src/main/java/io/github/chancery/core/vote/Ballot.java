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
import java.util.Objects;
import java.util.Optional;

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
 *
 * <p>Written by hand rather than generated: a roll call holds ballots by the hundred and a corpus
 * by the million, so a ballot is built straight from the values read, with no builder and no copy,
 * and its own checks read its fields without making an {@code Optional} of each.
 */
public final class Ballot implements WireValue {
  private static final Shape.Declaration<Ballot, Object[]> DECLARATION =
      Shape.ofPartValues("ballot", Ballot.class, Ballot::fromValues);

  /** The voter, by reference: {@code voter_id}. */
  public static final Property<Ballot, Reference<? extends Actor>> VOTER =
      DECLARATION.optionalOrNull("voter_id", ValueType.actorReference(), b -> b.voter);

  /** The voter's name as printed: {@code voter_name}. */
  public static final Property<Ballot, String> VOTER_NAME =
      DECLARATION.optionalOrNull("voter_name", ValueType.TEXT, b -> b.voterName);

  /** How they voted: {@code option}. */
  public static final Property<Ballot, VoteOption> OPTION =
      DECLARATION.required("option", ValueType.code(VoteOption::of, VoteOption.knownValues()), Ballot::option);

  /** The voter's group at the time: {@code group_id}. */
  public static final Property<Ballot, Reference<Organization>> GROUP =
      DECLARATION.optionalOrNull("group_id", ValueType.reference(RecordType.ORGANIZATION), b -> b.group);

  /** The voter's role, such as {@value #TELLER}: {@code role}. */
  public static final Property<Ballot, String> ROLE = DECLARATION.optionalOrNull("role", ValueType.TEXT, Ballot::roleOrNull);

  /** The ballot's weight, 1 when absent: {@code weight}. */
  public static final Property<Ballot, BigDecimal> WEIGHT =
      DECLARATION.optionalOrNull("weight", ValueType.DECIMAL, Ballot::weightOrNull);

  /** The member the voter was paired with: {@code pair_id}. */
  public static final Property<Ballot, Reference<? extends Actor>> PAIR =
      DECLARATION.optionalOrNull("pair_id", ValueType.actorReference(), Ballot::pairOrNull);

  private static final Shape<Ballot> SHAPE = DECLARATION.atLeastOneOf(VOTER, VOTER_NAME).build();

  /** The role of a teller, who counts a division's votes; tellers are not in the division's totals. */
  public static final String TELLER = "teller";

  // Absent values are nulls here; the accessors give them as Optionals. The role, weight and pair,
  // which few ballots have, are held apart, so that the usual ballot is a smaller object.
  private final Reference<? extends Actor> voter;
  private final String voterName;
  private final VoteOption option;
  private final Reference<Organization> group;
  private final Rare rare;

  /** What few ballots have: a role, a weight, a pair; never all three null. */
  private static final class Rare {
    private final String role;
    private final BigDecimal weight;
    private final Reference<? extends Actor> pair;

    private Rare(String role, BigDecimal weight, Reference<? extends Actor> pair) {
      this.role = role;
      this.weight = weight;
      this.pair = pair;
    }
  }

  private Ballot(
      Reference<? extends Actor> voter,
      String voterName,
      VoteOption option,
      Reference<Organization> group,
      String role,
      BigDecimal weight,
      Reference<? extends Actor> pair) {
    this.voter = voter;
    this.voterName = voterName;
    this.option = option;
    this.group = group;
    this.rare = role == null && weight == null && pair == null ? null : new Rare(role, weight, pair);
    checkPresent();
  }

  @SuppressWarnings("unchecked")
  private static Ballot fromValues(Object[] values) {
    return new Ballot(
        (Reference<? extends Actor>) values[VOTER.index()],
        (String) values[VOTER_NAME.index()],
        (VoteOption) values[OPTION.index()],
        (Reference<Organization>) values[GROUP.index()],
        (String) values[ROLE.index()],
        (BigDecimal) values[WEIGHT.index()],
        (Reference<? extends Actor>) values[PAIR.index()]);
  }

  /**
   * Returns the shape of a ballot: its properties in wire order.
   *
   * @return the shape; never null
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
   * @throws io.github.chancery.core.validation.ValidationException if the voter or the option is
   *     missing
   */
  public static Ballot of(Reference<? extends Actor> voter, VoteOption option) {
    // Nulls are missing data, reported as required by the ballot's check, as for every part.
    return new Ballot(voter, null, option, null, null, null, null);
  }

  /**
   * Returns a ballot of a voter given by its record: {@code Ballot.of(ukraine, VoteOption.YES)}.
   *
   * @param voter the person or state who voted
   * @param option how they voted
   * @return the ballot, whose voter is a reference to the record's id
   * @throws io.github.chancery.core.validation.ValidationException if the voter or the option is
   *     missing
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
   * @throws io.github.chancery.core.validation.ValidationException if the name or the option is
   *     missing
   */
  public static Ballot byName(String voterName, VoteOption option) {
    return new Ballot(null, voterName, option, null, null, null, null);
  }

  /**
   * Returns who voted, a person or a state, when the source identifies them.
   *
   * @return a reference to the voter, or empty when the source gives only a name
   */
  public Optional<Reference<? extends Actor>> voter() {
    return Optional.ofNullable(voter);
  }

  /** The voter, or null: for the checks of a vote, which visit every ballot. */
  Reference<? extends Actor> voterOrNull() {
    return voter;
  }

  /**
   * Returns the voter's name as the source prints it, when given.
   *
   * @return the name as printed, or empty when not given; present whenever the voter is empty
   */
  public Optional<String> voterName() {
    return Optional.ofNullable(voterName);
  }

  /**
   * Returns how they voted.
   *
   * @return the option chosen; never null
   */
  public VoteOption option() {
    return option;
  }

  /**
   * Returns whether the voter was a teller for the option ({@code role} {@value #TELLER}, in any
   * case): Westminster's division totals leave the tellers out, so the consistency report does
   * not count their ballots against the counts.
   *
   * @return true when the role is {@value #TELLER}, ignoring case
   */
  public boolean isTeller() {
    return TELLER.equalsIgnoreCase(roleOrNull());
  }

  /**
   * Returns the voter's group at the time of the vote, such as a party.
   *
   * @return a reference to the group, or empty when not recorded
   */
  public Optional<Reference<Organization>> group() {
    return Optional.ofNullable(group);
  }

  /**
   * Returns the voter's role in the vote, such as {@code teller}.
   *
   * @return the role, or empty when the voter had none recorded
   */
  public Optional<String> role() {
    return Optional.ofNullable(roleOrNull());
  }

  private String roleOrNull() {
    return rare == null ? null : rare.role;
  }

  /**
   * Returns the weight of the ballot; absent means 1.
   *
   * @return the weight, above zero in a valid vote, or empty for a weight of 1
   */
  public Optional<BigDecimal> weight() {
    return Optional.ofNullable(weightOrNull());
  }

  private BigDecimal weightOrNull() {
    return rare == null ? null : rare.weight;
  }

  /**
   * Returns the member the voter was paired with, for a paired ballot: two members on opposite
   * sides who agree that neither votes, as the Westminster parliaments and the US Congress record.
   *
   * @return a reference to the paired member, never the voter in a valid vote, or empty when the
   *     ballot is not paired
   */
  public Optional<Reference<? extends Actor>> pair() {
    return Optional.ofNullable(pairOrNull());
  }

  private Reference<? extends Actor> pairOrNull() {
    return rare == null ? null : rare.pair;
  }

  /**
   * Returns this ballot with another voter.
   *
   * @param voter the voter, or null for none (the ballot then needs a voter name)
   * @return a ballot with the voter; this one if it is the same
   * @throws io.github.chancery.core.validation.ValidationException if the ballot would have
   *     neither voter nor voter name
   */
  public Ballot withVoter(Reference<? extends Actor> voter) {
    return voter == this.voter ? this : new Ballot(voter, voterName, option, group, roleOrNull(), weightOrNull(), pairOrNull());
  }

  /**
   * Returns this ballot with another voter, or none.
   *
   * @param voter the voter, or empty for none; not null
   * @return a ballot with the voter; this one if it is the same
   * @throws io.github.chancery.core.validation.ValidationException if the ballot would have
   *     neither voter nor voter name
   */
  public Ballot withVoter(Optional<? extends Reference<? extends Actor>> voter) {
    return withVoter(Objects.requireNonNull(voter, "voter").orElse(null));
  }

  /**
   * Returns this ballot with another voter name.
   *
   * @param voterName the name as printed, or null for none
   * @return a ballot with the name; this one if it is the same
   * @throws io.github.chancery.core.validation.ValidationException if the ballot would have
   *     neither voter nor voter name
   */
  public Ballot withVoterName(String voterName) {
    return Objects.equals(voterName, this.voterName) ? this : new Ballot(voter, voterName, option, group, roleOrNull(), weightOrNull(), pairOrNull());
  }

  /**
   * Returns this ballot with another voter name, or none.
   *
   * @param voterName the name as printed, or empty for none; not null
   * @return a ballot with the name; this one if it is the same
   * @throws io.github.chancery.core.validation.ValidationException if the ballot would have
   *     neither voter nor voter name
   */
  public Ballot withVoterName(Optional<String> voterName) {
    return withVoterName(Objects.requireNonNull(voterName, "voterName").orElse(null));
  }

  /**
   * Returns this ballot with another option.
   *
   * @param option how they voted
   * @return a ballot with the option; this one if it is the same
   * @throws io.github.chancery.core.validation.ValidationException if the option is null
   */
  public Ballot withOption(VoteOption option) {
    return option == this.option ? this : new Ballot(voter, voterName, option, group, roleOrNull(), weightOrNull(), pairOrNull());
  }

  /**
   * Returns this ballot with another group.
   *
   * @param group the group, or null for none
   * @return a ballot with the group; this one if it is the same
   */
  public Ballot withGroup(Reference<Organization> group) {
    return group == this.group ? this : new Ballot(voter, voterName, option, group, roleOrNull(), weightOrNull(), pairOrNull());
  }

  /**
   * Returns this ballot with another group, or none.
   *
   * @param group the group, or empty for none; not null
   * @return a ballot with the group; this one if it is the same
   */
  public Ballot withGroup(Optional<? extends Reference<Organization>> group) {
    return withGroup(Objects.requireNonNull(group, "group").orElse(null));
  }

  /**
   * Returns this ballot with another role.
   *
   * @param role the role, such as {@value #TELLER}, or null for none
   * @return a ballot with the role; this one if it is the same
   */
  public Ballot withRole(String role) {
    return Objects.equals(role, roleOrNull()) ? this : new Ballot(voter, voterName, option, group, role, weightOrNull(), pairOrNull());
  }

  /**
   * Returns this ballot with another role, or none.
   *
   * @param role the role, or empty for none; not null
   * @return a ballot with the role; this one if it is the same
   */
  public Ballot withRole(Optional<String> role) {
    return withRole(Objects.requireNonNull(role, "role").orElse(null));
  }

  /**
   * Returns this ballot with another weight.
   *
   * @param weight the weight, or null for a weight of 1
   * @return a ballot with the weight; this one if it is the same
   */
  public Ballot withWeight(BigDecimal weight) {
    return Objects.equals(weight, weightOrNull()) ? this : new Ballot(voter, voterName, option, group, roleOrNull(), weight, pairOrNull());
  }

  /**
   * Returns this ballot with another weight, or none.
   *
   * @param weight the weight, or empty for a weight of 1; not null
   * @return a ballot with the weight; this one if it is the same
   */
  public Ballot withWeight(Optional<? extends BigDecimal> weight) {
    return withWeight(Objects.requireNonNull(weight, "weight").orElse(null));
  }

  /**
   * Returns this ballot paired with another member.
   *
   * @param pair the member paired with, or null for none
   * @return a ballot with the pair; this one if it is the same
   */
  public Ballot withPair(Reference<? extends Actor> pair) {
    return pair == pairOrNull() ? this : new Ballot(voter, voterName, option, group, roleOrNull(), weightOrNull(), pair);
  }

  /**
   * Returns this ballot paired with another member, or with none.
   *
   * @param pair the member paired with, or empty for none; not null
   * @return a ballot with the pair; this one if it is the same
   */
  public Ballot withPair(Optional<? extends Reference<? extends Actor>> pair) {
    return withPair(Objects.requireNonNull(pair, "pair").orElse(null));
  }

  // Missing parts are rejected at once, so that a part never exists half-built; every other
  // rule is checked by the enclosing record, which reports it with the full path.
  private void checkPresent() {
    if (voter != null && option != null) {
      return; // the usual case, without a collector
    }
    Violations v = Violations.collect();
    if (voter == null && voterName == null) {
      v.add(VOTER, ViolationCode.REQUIRED, "a ballot needs a " + VOTER.name() + " or a " + VOTER_NAME.name());
    }
    v.required(OPTION, option);
    v.throwIfAny(null, null);
  }

  // Paths are built only for what is reported: a vote checks its ballots by the hundred.
  void validate(Violations v, int index) {
    if (voterName != null && !Violations.isSoundText(voterName)) {
      v.text(Vote.BALLOTS.at(index, VOTER_NAME), voterName);
    }
    if (rare == null) {
      return;
    }
    if (rare.role != null && !Violations.isSoundText(rare.role)) {
      v.text(Vote.BALLOTS.at(index, ROLE), rare.role);
    }
    if (rare.pair != null && rare.pair.equals(voter)) {
      v.add(Vote.BALLOTS.at(index, PAIR), ViolationCode.SELF_REFERENCE, "a voter cannot be paired with themselves");
    }
    if (rare.weight != null && rare.weight.signum() <= 0) {
      v.add(Vote.BALLOTS.at(index, WEIGHT), ViolationCode.NOT_POSITIVE, "must be above zero, was " + rare.weight);
    }
  }

  /**
   * Returns whether another object is a ballot with the same values.
   *
   * @param other the other object
   * @return true for a ballot of the same voter, name, option, group, role, weight and pair
   */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Ballot)) {
      return false;
    }
    Ballot that = (Ballot) other;
    return Objects.equals(voter, that.voter)
        && Objects.equals(voterName, that.voterName)
        && Objects.equals(option, that.option)
        && Objects.equals(group, that.group)
        && Objects.equals(roleOrNull(), that.roleOrNull())
        && Objects.equals(weightOrNull(), that.weightOrNull())
        && Objects.equals(pairOrNull(), that.pairOrNull());
  }

  /**
   * Returns a hash of the values.
   *
   * @return the hash
   */
  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + Objects.hashCode(voter);
    h += (h << 5) + Objects.hashCode(voterName);
    h += (h << 5) + Objects.hashCode(option);
    h += (h << 5) + Objects.hashCode(group);
    h += (h << 5) + Objects.hashCode(roleOrNull());
    h += (h << 5) + Objects.hashCode(weightOrNull());
    h += (h << 5) + Objects.hashCode(pairOrNull());
    return h;
  }

  /**
   * Returns the values present, for debugging: {@code Ballot{voter=un-ukraine, option=yes}}.
   *
   * @return the ballot's values
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("Ballot{");
    append(text, "voter", voter);
    append(text, "voterName", voterName);
    append(text, "option", option);
    append(text, "group", group);
    append(text, "role", roleOrNull());
    append(text, "weight", weightOrNull());
    append(text, "pair", pairOrNull());
    return text.append('}').toString();
  }

  private static void append(StringBuilder text, String name, Object value) {
    if (value != null) {
      text.append(text.length() > 7 ? ", " : "").append(name).append('=').append(value);
    }
  }
}
