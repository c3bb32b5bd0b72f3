package io.github.chancery.core.vote;

import io.github.chancery.core.legislature.Legislature;
import io.github.chancery.core.legislature.Motion;
import io.github.chancery.core.legislature.Session;
import io.github.chancery.core.record.Actor;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.record.Identifier;
import io.github.chancery.core.record.Property;
import io.github.chancery.core.record.Provenance;
import io.github.chancery.core.record.RecordType;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.record.Shape;
import io.github.chancery.core.record.ValueType;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.validation.ViolationCode;
import io.github.chancery.core.validation.Violations;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A legislature's decision on a motion: its date, the result as officially declared (when the
 * source gives one), how it was taken, the rule that applied, the counts per option (in all and
 * per group) and, for a recorded vote, each voter's ballot, with the options whose voters the
 * ballots list in full when the source names only some voters.
 *
 * <p>The result is stored as declared, never recomputed: thresholds and weights vary, and
 * sources sometimes report only "rejected". A vote whose counts are unknown is valid. Counts that
 * disagree with the ballots, or a result the counts contradict, are not construction errors but
 * findings of the consistency report: real sources publish such records.
 *
 * <p>A vote may also record what explains a gap between its figures: the seats vacant at the
 * time and the members who recused themselves.
 *
 * <p>Required: {@code id}, {@code motion}. Invariants: no count is negative; an
 * option is counted at most once in all and once per group; no voter has two ballots; ballot
 * weights are above zero; vacant seats are not negative; no recused member is listed twice.
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Vote implements ChanceryRecord, WithVote {
  Vote() {}

  private static final Shape.Declaration<Vote, Vote.Builder> DECLARATION =
      Shape.ofRecord(RecordType.VOTE, Vote.class, Vote::builder, Vote.Builder::build);

  /** {@code id}, required: the vote's id. */
  public static final Property<Vote, String> ID = DECLARATION.id(Vote::id, Vote.Builder::id);

  /** {@code motion_id}, required: the motion decided. */
  public static final Property<Vote, Reference<Motion>> MOTION =
      DECLARATION.required("motion_id", ValueType.reference(RecordType.MOTION), Vote::motion, Vote.Builder::motion);

  /** {@code result}, optional: the result as officially declared. */
  public static final Property<Vote, VoteResult> RESULT =
      DECLARATION.optional(
          "result",
          ValueType.code(VoteResult::of, VoteResult.knownValues()),
          Vote::result,
          Vote.Builder::result);

  /** {@code legislature_id}, optional: the legislature that voted. */
  public static final Property<Vote, Reference<Legislature>> LEGISLATURE =
      DECLARATION.optional(
          "legislature_id",
          ValueType.reference(RecordType.LEGISLATURE),
          Vote::legislature,
          Vote.Builder::legislature);

  /** {@code session_id}, optional: the session in which the vote was held. */
  public static final Property<Vote, Reference<Session>> SESSION =
      DECLARATION.optional("session_id", ValueType.reference(RecordType.SESSION), Vote::session, Vote.Builder::session);

  /**
   * {@code identifier}, optional: the official identifier of the vote, such as a division number,
   * unique in its session.
   */
  public static final Property<Vote, String> IDENTIFIER =
      DECLARATION.optional("identifier", ValueType.TEXT, Vote::identifier, Vote.Builder::identifier);

  /** {@code date}, optional: when the vote was held. */
  public static final Property<Vote, PartialDate> DATE =
      DECLARATION.optional("date", ValueType.DATE, Vote::date, Vote.Builder::date);

  /** {@code method}, optional: how the vote was taken. */
  public static final Property<Vote, VoteMethod> METHOD =
      DECLARATION.optional(
          "method",
          ValueType.code(VoteMethod::of, VoteMethod.knownValues()),
          Vote::method,
          Vote.Builder::method);

  /** {@code rule}, optional: the rule it was decided under. */
  public static final Property<Vote, VotingRule> RULE =
      DECLARATION.optional("rule", ValueType.code(VotingRule::of, VotingRule.knownValues()), Vote::rule, Vote.Builder::rule);

  /** {@code counts}, a list: the counts per option, in all and per group, as reported. */
  public static final Property<Vote, Count> COUNTS =
      DECLARATION.list("counts", ValueType.part(Count.shape()), Vote::counts, Vote.Builder::addAllCounts);

  /** {@code ballots}, a list: the individual ballots, for a recorded vote. */
  public static final Property<Vote, Ballot> BALLOTS =
      DECLARATION.list("ballots", ValueType.part(Ballot.shape()), Vote::ballots, Vote.Builder::addAllBallots);

  /** {@code listed_in_full}, a list: the options for which the ballots name every voter. */
  public static final Property<Vote, VoteOption> LISTED_IN_FULL =
      DECLARATION.list(
          "listed_in_full",
          ValueType.code(VoteOption::of, VoteOption.knownValues()),
          Vote::listedInFull,
          Vote.Builder::addAllListedInFull);

  /**
   * {@code roll_call}, optional: how much of the roll call the ballots give, when the source names
   * only some voters of every option ({@code partial}).
   */
  public static final Property<Vote, RollCallExtent> ROLL_CALL =
      DECLARATION.optional(
          "roll_call",
          ValueType.code(RollCallExtent::of, RollCallExtent.knownValues()),
          Vote::rollCall,
          Vote.Builder::rollCall);

  /** {@code vacant_seats}, optional: how many of the legislature's seats were vacant at the vote. */
  public static final Property<Vote, Integer> VACANT_SEATS =
      DECLARATION.<Integer>optional(
          "vacant_seats",
          ValueType.COUNT,
          v -> v.vacantSeats().isPresent() ? Optional.of(v.vacantSeats().getAsInt()) : Optional.empty(),
          (b, vacant) -> b.vacantSeats(vacant));

  /** {@code recused_member_ids}, a list: the members who recused themselves from the vote. */
  public static final Property<Vote, Reference<? extends Actor>> RECUSED_MEMBERS =
      DECLARATION.list(
          "recused_member_ids",
          ValueType.actorReference(),
          Vote::recusedMembers,
          Vote.Builder::addAllRecusedMembers);

  /**
   * {@code other_report_of_id}, optional: the record of the same act as another source reports it,
   * when this record is a second report of that act.
   */
  public static final Property<Vote, Reference<Vote>> OTHER_REPORT_OF =
      DECLARATION.otherReportOf(Vote::otherReportOf, Vote.Builder::otherReportOf);

  /** {@code identifiers}, a list: the identifiers other registers give the vote. */
  public static final Property<Vote, Identifier> IDENTIFIERS =
      DECLARATION.identifiers(Vote::identifiers, Vote.Builder::addAllIdentifiers);

  /** {@code source_ids}, a list: the sources that report the vote. */
  public static final Property<Vote, Reference<? extends Provenance>> SOURCES =
      DECLARATION.sources(Vote::sources, Vote.Builder::addAllSources);

  private static final Shape<Vote> SHAPE = DECLARATION.build();

  /**
   * Returns the shape of this record: its properties in wire order, read by validation, dossiers
   * and JSON.
   *
   * @return the shape of votes, the same instance on every call
   */
  public static Shape<Vote> shape() {
    return SHAPE;
  }

  /**
   * Returns a builder; {@code id} and {@code motion} are required.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public final RecordType recordType() {
    return RecordType.VOTE;
  }

  /**
   * Returns the motion decided.
   *
   * @return a reference to the motion; never null
   */
  public abstract Reference<Motion> motion();

  /**
   * Returns the result as officially declared; empty when the source gives none (many roll-call
   * datasets give the ballots and no outcome), in which case the consistency report says what
   * the rule and counts imply.
   *
   * @return the declared result, or empty when the source gives none
   */
  public abstract Optional<VoteResult> result();

  /**
   * Returns the legislature that voted, when it is not (only) the motion's own.
   *
   * @return a reference to the voting legislature, or empty when it is the motion's own or not
   *     recorded
   */
  public abstract Optional<Reference<Legislature>> legislature();

  /**
   * Returns the session in which the vote was held, when recorded. Roll calls are often numbered
   * afresh in each session: a vote is told apart by its session and {@link #identifier()}, and
   * the consistency report checks its date against the session's.
   *
   * @return a reference to the session, or empty when not recorded
   */
  public abstract Optional<Reference<Session>> session();

  /**
   * Returns the official identifier of the vote, such as a division number, unique in its session.
   *
   * @return the identifier, not blank, or empty when not recorded
   */
  public abstract Optional<String> identifier();

  /**
   * Returns when the vote was held.
   *
   * @return the date of the vote, or empty when unknown
   */
  public abstract Optional<PartialDate> date();

  /**
   * Returns how the vote was taken.
   *
   * @return the method, or empty when not recorded
   */
  public abstract Optional<VoteMethod> method();

  /**
   * Returns the rule it was decided under.
   *
   * @return the rule, or empty when not recorded
   */
  public abstract Optional<VotingRule> rule();

  /**
   * Returns the counts per option, in all and per group, as reported.
   *
   * @return the vote's counts, in the order given, no option counted twice for the same group;
   *     never null, empty when unknown
   */
  public abstract List<Count> counts();

  /**
   * Returns the individual ballots, for a recorded vote.
   *
   * @return the ballots, in the order given, at most one per voter reference; never null, empty
   *     when the vote was not recorded by voter
   */
  public abstract List<Ballot> ballots();

  /**
   * Returns the options for which the ballots name every voter, when the source names only some
   * voters (only those against, or those for and against). Empty means the ballots, when there
   * are any, are the whole roll call. The consistency report compares the counts of these
   * options only with the ballots.
   *
   * @return the options listed in full, in the order given, each once; never null, possibly empty
   */
  public abstract List<VoteOption> listedInFull();

  /**
   * Returns how much of the roll call the ballots give, when the source says: {@link
   * RollCallExtent#PARTIAL} when they name only some voters of every option not {@linkplain
   * #listedInFull() listed in full}. Without it (or with a code this library does not know), the
   * ballots are the whole roll call unless {@link #listedInFull()} names the options they give in
   * full.
   *
   * @return the extent of the roll call, or empty when not stated
   */
  public abstract Optional<RollCallExtent> rollCall();

  /**
   * Returns whether the ballots name every voter who chose an option: the roll call is stated
   * {@linkplain RollCallExtent#COMPLETE complete}, or the option is one of {@link #listedInFull()},
   * or, unless the roll call is stated {@linkplain RollCallExtent#PARTIAL partial}, no option is
   * listed in full and the ballots are the whole roll call.
   *
   * @param option the option
   * @return true when a count of the option can be compared with the ballots, and the ballots of
   *     the option can be tallied; false when there are no ballots
   */
  public final boolean listsInFull(VoteOption option) {
    if (ballots().isEmpty()) {
      return false;
    }
    if (rollCall().isPresent() && RollCallExtent.COMPLETE.equals(rollCall().get())) {
      return true;
    }
    if (rollCall().isPresent() && RollCallExtent.PARTIAL.equals(rollCall().get())) {
      return listedInFull().contains(option);
    }
    return listedInFull().isEmpty() || listedInFull().contains(option);
  }

  /**
   * Returns whether the ballots are the whole roll call: every option is {@linkplain
   * #listsInFull(VoteOption) listed in full}.
   *
   * @return true when there are ballots and every voter of every option has one
   */
  public final boolean isWholeRollCall() {
    if (ballots().isEmpty()) {
      return false;
    }
    if (rollCall().isPresent() && rollCall().get().isKnown()) {
      return RollCallExtent.COMPLETE.equals(rollCall().get());
    }
    return listedInFull().isEmpty();
  }

  /**
   * Returns how many of the legislature's seats were vacant at the time of the vote, when
   * recorded: rules counted on the members duly chosen and sworn count the seats less these, and
   * the consistency report explains with them counts that exceed the members who could vote.
   *
   * @return the number of vacant seats, not negative, or empty when not recorded
   */
  public abstract OptionalInt vacantSeats();

  /**
   * Returns the members who recused themselves from the vote (a member voting on their own
   * nomination, a party to a dispute): publishers leave them out of the counts or list them with
   * a ballot, and the consistency report explains with them a count that differs from the ballots.
   *
   * @return references to the recused members, in the order given, each once; never null, empty
   *     when none is recorded
   */
  public abstract List<Reference<? extends Actor>> recusedMembers();

  /**
   * Returns whether the declared result is {@link VoteResult#ADOPTED}.
   *
   * @return true only when a result is declared and it is {@code adopted}
   */
  public final boolean isAdopted() {
    return result().isPresent() && VoteResult.ADOPTED.equals(result().get());
  }

  /**
   * Returns the reported count of an option for the whole vote (not per group).
   *
   * @param option the option
   * @return the count, or empty when it was not reported
   */
  public final OptionalInt count(VoteOption option) {
    return counts().stream()
        .filter(c -> c.group().isEmpty() && c.option().equals(option))
        .mapToInt(Count::value)
        .findFirst();
  }

  /**
   * Returns the record of the same act as another source reports it, when this record is a
   * second report of that act: both are kept, each with its own sources, and the consistency
   * report shows where they disagree.
   *
   * @return a reference to the other vote, never this one, or empty when this is the only report
   */
  public abstract Optional<Reference<Vote>> otherReportOf();

  /**
   * Returns the date of the vote, when known.
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
    v.noNullElements(COUNTS, counts());
    v.noNullElements(BALLOTS, ballots());
    v.noNullElements(SOURCES, sources());
    v.required(MOTION, motion());
    v.optionalText(IDENTIFIER, identifier());
    Map<Object, Integer> counted = new HashMap<>();
    for (int i = 0; i < counts().size(); i++) {
      Count count = counts().get(i);
      if (count == null) {
        continue; // reported above
      }
      count.validate(v, i);
      Integer first = counted.putIfAbsent(List.of(count.option(), count.group()), i);
      if (first != null) {
        v.add(
            COUNTS.at(i),
            ViolationCode.DUPLICATE,
            "option '" + count.option() + "'"
                + count.group().map(g -> " of group " + g).orElse("")
                + " is already counted at " + COUNTS.at(first));
      }
    }
    // An open table of the voters seen, sized once for every voter: a roll call has hundreds of
    // ballots, and a set's entry per voter would cost more than the ballots themselves.
    Object[] voters = new Object[Integer.highestOneBit(Math.max(ballots().size(), 1) * 2 + 1) * 2];
    int mask = voters.length - 1;
    int shift = Integer.numberOfLeadingZeros(mask); // the slot is the top bits of the mixed hash
    for (int i = 0; i < ballots().size(); i++) {
      Ballot ballot = ballots().get(i);
      if (ballot == null) {
        continue; // reported above
      }
      ballot.validate(v, i);
      // Ballots by name are not compared: two members may share a printed name.
      Reference<?> voter = ballot.voterOrNull();
      if (voter == null) {
        continue;
      }
      // Members' ids differ in their last characters, whose hashes are near one another: mixed
      // (Fibonacci hashing), they do not fill runs of neighbouring slots for the probe to walk.
      int slot = (voter.hashCode() * 0x9E3779B9) >>> shift;
      while (voters[slot] != null && !voters[slot].equals(voter)) {
        slot = (slot + 1) & mask;
      }
      if (voters[slot] == null) {
        voters[slot] = voter;
      } else {
        v.add(
            BALLOTS.at(i, Ballot.VOTER),
            ViolationCode.DUPLICATE_BALLOT,
            "voter '" + voter + "' already has a ballot at " + BALLOTS.at(firstBallotOf(voter)));
      }
    }
    v.notSelf(OTHER_REPORT_OF, id(), otherReportOf().map(Reference::id), "a record cannot be another report of itself");
    v.noNullElements(LISTED_IN_FULL, listedInFull());
    v.distinct(LISTED_IN_FULL, listedInFull());
    if (vacantSeats().isPresent() && vacantSeats().getAsInt() < 0) {
      v.nonNegative(VACANT_SEATS.name(), vacantSeats().getAsInt());
    }
    v.noNullElements(RECUSED_MEMBERS, recusedMembers());
    v.distinct(RECUSED_MEMBERS, recusedMembers());
    v.noNullElements(IDENTIFIERS, identifiers());
    v.distinct(IDENTIFIERS, identifiers());
    v.distinct(SOURCES, sources());
    v.throwIfAny(RecordType.VOTE.wireName(), id());
  }

  private int firstBallotOf(Reference<?> voter) {
    for (int i = 0; ; i++) {
      if (ballots().get(i) != null && ballots().get(i).voter().filter(voter::equals).isPresent()) {
        return i;
      }
    }
  }

  /**
   * Builds a {@link Vote}: set its fields one at a time, then call {@code build()}. Get one
   * from {@link Vote#builder()}.
   *
   * <p>{@code build()} checks the required fields and every invariant of {@link Vote} at
   * once, and throws a {@link io.github.chancery.core.validation.ValidationException} listing
   * every violation; it never returns an invalid vote.
   *
   * <p>Not thread-safe: a builder is mutable; use it on one thread.
   */
  public static final class Builder extends ImmutableVote.Builder {
    Builder() {}

    /**
     * Builds the vote from the fields set so far, checking at once the fields {@link
     * Vote#builder()} names as required and every invariant of {@link Vote}.
     *
     * @return the vote, immutable and valid
     * @throws io.github.chancery.core.validation.ValidationException listing every missing or
     *     invalid field, by its wire name and the rule it breaks; no vote is built
     */
    @Override
    public Vote build() {
      return super.build();
    }
  }
}
