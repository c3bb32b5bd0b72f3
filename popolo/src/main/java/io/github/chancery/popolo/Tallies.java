package io.github.chancery.popolo;

import io.github.chancery.core.record.Reference;
import io.github.chancery.core.validation.Violations;
import io.github.chancery.core.vote.Ballot;
import io.github.chancery.core.vote.Count;
import io.github.chancery.core.vote.VoteOption;
import java.math.BigInteger;
import java.util.Optional;
import java.util.Set;

/**
 * Popolo's votes, as {@link Ballot}s, and its counts, as {@link Count}s: what a vote event holds,
 * whether given inside it or apart from it. One that cannot be mapped is warned at its own path
 * and costs only itself, never the vote event.
 *
 * <p>Not thread-safe: one per import.
 */
final class Tallies {
  private static final Set<String> COUNT_FIELDS =
      Set.of("option", "value", "group_id", "group", "party_id", "party", "vote_event_id", "vote_event");
  private static final Set<String> VOTE_FIELDS =
      Set.of("vote_event_id", "vote_event", "voter_id", "voter", "option", "group_id", "group", "party_id", "party", "role", "weight",
          "pair_id", "pair");

  private final Fields fields;
  private final References references;

  Tallies(Shared shared) {
    this.fields = shared.fields;
    this.references = shared.references;
  }

  /** A count: an option and a whole value of zero or more, and its group. */
  Optional<Count> count(PopoloObject object) {
    JsonTree value = object.get("value");
    String option = fields.scalar(object, "option");
    // Exactly, as a BigInteger: a long would wrap 18446744073709551617 round to 1.
    BigInteger whole = value != null && value.isNumber() && value.isWhole() ? value.decimalValue().toBigInteger() : null;
    if (option == null || whole == null || whole.signum() < 0) {
      fields.warn(object, object.path(), "a count needs an option and a whole value of zero or more: not imported");
      return Optional.empty();
    }
    if (whole.compareTo(BigInteger.valueOf(Integer.MAX_VALUE)) > 0) {
      fields.warn(object, object.path(), "the value " + whole + " is out of range (a count holds at most " + Integer.MAX_VALUE + "): not imported");
      return Optional.empty();
    }
    Optional<VoteOption> parsed = fields.code(object.place(), object.path("option"), option, VoteOption::of);
    if (parsed.isEmpty()) {
      return Optional.empty();
    }
    Count count = Count.of(parsed.get(), whole.intValue());
    String group = groupOf(object);
    fields.known(object, Kind.COUNTS.collection(), COUNT_FIELDS);
    return Optional.of(group == null ? count : count.withGroup(Reference.to(group)));
  }

  /** A vote's or count's group, else its party (which exports give instead); a party beside another group is warned. */
  private String groupOf(PopoloObject object) {
    String group = references.id(object, "group", "group_id", Kind.ORGANIZATIONS);
    String party = references.id(object, "party", "party_id", Kind.ORGANIZATIONS);
    if (group != null && party != null && !group.equals(party)) {
      fields.warn(object, object.path(object.fields().hasNonNull("party_id") ? "party_id" : "party"),
          "the party '" + party + "' is not kept: the group '" + group + "' is, and there is room for one");
    }
    return group != null ? group : party;
  }

  /** A vote: an option and a voter (a person or organization, or a name), with its group, role, weight and pair. */
  Optional<Ballot> ballot(PopoloObject object) {
    String option = fields.scalar(object, "option");
    if (option == null) {
      fields.warn(object, object.path(), "a vote needs an option: not imported");
      return Optional.empty();
    }
    Optional<VoteOption> parsed = fields.code(object.place(), object.path("option"), option, VoteOption::of);
    if (parsed.isEmpty()) {
      return Optional.empty();
    }
    Ballot ballot;
    JsonTree voter = object.get("voter");
    if (voter != null && voter.isObject() && !voter.hasNonNull("id") && voter.hasNonNull("name")
        && fields.idText(object, object.fields(), "voter_id", object.path()) == null) {
      // A voter by name; with a voter_id, the embedded voter is the one it names, read as any embedded object.
      JsonTree name = voter.get("name");
      if (!name.isScalar() || !Violations.isSoundText(name.text())) {
        fields.warn(object, object.path("voter.name"), (name.isScalar() ? "'" + name.text() + "' is not a name" : "is " + name.describe()
            + ", a name was expected") + ": the vote has no voter and is not imported");
        return Optional.empty();
      }
      ballot = Ballot.byName(name.text(), parsed.get());
    } else {
      String voterId = references.id(object, "voter", "voter_id", Kind.PERSONS);
      if (voterId == null) {
        fields.warn(object, object.path(), "a vote needs a voter: not imported");
        return Optional.empty();
      }
      ballot = Ballot.of(Reference.to(voterId), parsed.get());
    }
    String group = groupOf(object);
    if (group != null) {
      ballot = ballot.withGroup(Reference.to(group));
    }
    Optional<String> role = fields.optionalText(object, "role");
    if (role.isPresent()) {
      ballot = ballot.withRole(role.get());
    }
    ballot = weighed(object, ballot);
    String pair = references.id(object, "pair", "pair_id", Kind.PERSONS);
    if (pair != null && !ballot.voter().filter(v -> v.id().equals(pair)).isPresent()) {
      ballot = ballot.withPair(Reference.to(pair));
    }
    fields.known(object, Kind.VOTES.collection(), VOTE_FIELDS);
    return Optional.of(ballot);
  }

  /** The ballot with the vote's weight, when it is a number above zero within range; else warned and not kept. */
  private Ballot weighed(PopoloObject object, Ballot ballot) {
    JsonTree weight = object.get("weight");
    if (weight == null || weight.isNull()) {
      return ballot;
    }
    if (!weight.isNumber()) {
      fields.warn(object, object.path("weight"), "is " + weight.describe() + ", a number was expected: not kept");
    } else if (!Double.isFinite(weight.doubleValue())) {
      fields.warn(object, object.path("weight"), "the weight " + weight.text() + " is out of range: not kept");
    } else if (weight.decimalValue().signum() > 0) {
      return ballot.withWeight(weight.decimalValue());
    } else {
      fields.warn(object, object.path("weight"), "a weight must be above zero, was " + weight.text() + ": not kept");
    }
    return ballot;
  }
}
