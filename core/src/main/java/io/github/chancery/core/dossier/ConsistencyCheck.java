package io.github.chancery.core.dossier;

import io.github.chancery.core.actor.FormerCode;
import io.github.chancery.core.actor.Membership;
import io.github.chancery.core.actor.State;
import io.github.chancery.core.actor.Office;
import io.github.chancery.core.actor.Organization;
import io.github.chancery.core.actor.OrganizationKind;
import io.github.chancery.core.actor.Person;
import io.github.chancery.core.diplomacy.ProtestNote;
import io.github.chancery.core.legislature.Legislature;
import io.github.chancery.core.legislature.Motion;
import io.github.chancery.core.legislature.Session;
import io.github.chancery.core.record.Actor;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.record.Identifier;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.treaty.ParticipantAction;
import io.github.chancery.core.treaty.PartyStatus;
import io.github.chancery.core.treaty.Signature;
import io.github.chancery.core.treaty.Treaty;
import io.github.chancery.core.vote.Ballot;
import io.github.chancery.core.vote.Count;
import io.github.chancery.core.vote.Vote;
import io.github.chancery.core.vote.VoteOption;
import io.github.chancery.core.vote.VoteResult;
import io.github.chancery.core.vote.VotingRule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * The rules of the consistency report. Each rule looks at one record and what it refers to, and
 * never fails: what it cannot decide for lack of data (no rule, no counts, no dates, no
 * memberships recorded), it does not report.
 */
final class ConsistencyCheck {
  private final Dossier dossier;
  private final List<Finding> findings = new ArrayList<>();
  /** Person id to the offices they hold in each legislature, by legislature id. */
  private final Map<String, Map<String, List<Office>>> memberships = new HashMap<>();
  /** Membership records by organisation id, then by member id. */
  private final Map<String, Map<String, List<Membership>>> membershipsIn = new HashMap<>();
  /** Membership records by member id. */
  private final Map<String, List<Membership>> membershipsHeld = new HashMap<>();

  private ConsistencyCheck(Dossier dossier) {
    this.dossier = dossier;
    for (Person person : dossier.all(Person.class)) {
      for (Office office : person.offices()) {
        office.organization().ifPresent(
            body ->
                memberships
                    .computeIfAbsent(body.id(), id -> new HashMap<>())
                    .computeIfAbsent(person.id(), id -> new ArrayList<>())
                    .add(office));
      }
    }
    for (Membership membership : dossier.all(Membership.class)) {
      membershipsIn
          .computeIfAbsent(membership.organization().id(), id -> new HashMap<>())
          .computeIfAbsent(membership.member().id(), id -> new ArrayList<>())
          .add(membership);
      membershipsHeld.computeIfAbsent(membership.member().id(), id -> new ArrayList<>()).add(membership);
    }
  }

  static ConsistencyReport run(Dossier dossier, boolean references) {
    ConsistencyCheck check = new ConsistencyCheck(dossier);
    if (references) {
      check.findings.addAll(dossier.referenceProblems());
    }
    List<ChanceryRecord> records = dossier.records();
    for (int i = 0; i < records.size(); i++) {
      ChanceryRecord record = records.get(i);
      String at = "records[" + i + "].";
      switch (record.recordType()) {
        case VOTE:
          check.vote((Vote) record, at);
          break;
        case MOTION:
          check.motion((Motion) record, at);
          break;
        case SESSION:
          check.session((Session) record, at);
          break;
        case STATE:
          check.state((State) record, at);
          break;
        case PROTEST_NOTE:
          check.protest((ProtestNote) record, at);
          break;
        case TREATY:
          check.signatures((Treaty) record, at);
          check.participation((Treaty) record, at);
          break;
        default:
          break; // no rule of its own beyond references and other reports
      }
      check.otherReport(record, at);
    }
    check.sharedIdentifiers();
    check.rollCalls();
    return ConsistencyReport.of(check.findings);
  }

  // --- identifiers ---

  /**
   * Two records claiming one identifier of another register are probably one act or actor
   * recorded twice, unless one says it is another report of the other.
   */
  private void sharedIdentifiers() {
    for (ChanceryRecord record : dossier.records()) {
      for (int k = 0; k < record.identifiers().size(); k++) {
        Identifier identifier = record.identifiers().get(k);
        List<ChanceryRecord> holders = dossier.withIdentifier(identifier);
        if (holders.size() < 2 || holders.get(0) == record) {
          continue; // reported once, on each later holder
        }
        ChanceryRecord first = holders.get(0);
        if (sameAct(record, first)) {
          continue;
        }
        add(
            FindingCode.DUPLICATE_IDENTIFIER,
            record,
            "records[" + dossier.positionOf(record.id()).getAsInt() + "].identifiers[" + k + "]",
            "'" + identifier + "' is also the identifier of " + first.recordType() + " '" + first.id() + "'");
      }
    }
  }

  private static boolean sameAct(ChanceryRecord one, ChanceryRecord other) {
    Optional<Reference<?>> a = Dossier.otherReportOf(one);
    Optional<Reference<?>> b = Dossier.otherReportOf(other);
    return a.map(r -> r.id().equals(other.id())).orElse(false)
        || b.map(r -> r.id().equals(one.id())).orElse(false)
        || (a.isPresent() && b.isPresent() && a.get().id().equals(b.get().id()));
  }

  private void add(FindingCode code, ChanceryRecord record, String path, String message) {
    findings.add(Finding.of(code, path, message, record.id()));
  }

  // --- states ---

  private void state(State state, String at) {
    for (int i = 0; i < state.formerCodes().size(); i++) {
      FormerCode code = state.formerCodes().get(i);
      if (!code.isWithinAnAssignment()) {
        add(
            FindingCode.CODE_NOT_ASSIGNED_THEN,
            state,
            at + "former_codes[" + i + "]",
            "ISO 3166 did not assign " + code.code() + " over " + code.start().map(Object::toString).orElse("?") + " to "
                + code.end().map(Object::toString).orElse("?") + "; it was assigned "
                + code.code().assignments().stream().map(Object::toString).collect(Collectors.joining(" and ")));
      }
    }
    oneSided(state, at + "successor_ids", state.successors(), State::predecessors, "successor", "predecessor");
    oneSided(state, at + "predecessor_ids", state.predecessors(), State::successors, "predecessor", "successor");
  }

  private void oneSided(
      State state, String at, List<Reference<? extends Actor>> others, java.util.function.Function<State, List<Reference<? extends Actor>>> back,
      String role, String backRole) {
    for (int i = 0; i < others.size(); i++) {
      Optional<State> other = dossier.get(others.get(i).id(), State.class);
      if (other.isPresent() && back.apply(other.get()).stream().noneMatch(r -> r.id().equals(state.id()))) {
        add(
            FindingCode.SUCCESSION_ONE_SIDED,
            state,
            at + "[" + i + "]",
            "'" + state.id() + "' names '" + other.get().id() + "' as its " + role + ", but '" + other.get().id()
                + "' does not name it as a " + backRole);
      }
    }
  }

  // --- sessions ---

  private void session(Session session, String at) {
    Optional<Session> parent = session.parent().flatMap(p -> dossier.resolve(p, Session.class));
    if (parent.isEmpty()) {
      return;
    }
    if (!parent.get().legislature().id().equals(session.legislature().id())) {
      add(
          FindingCode.SESSION_OF_OTHER_LEGISLATURE,
          session,
          at + "parent_id",
          "session '" + session.id() + "' is of " + session.legislature() + " but is part of session '"
              + parent.get().id() + "' of " + parent.get().legislature());
    }
    Session outer = parent.get();
    if (session.start().isPresent() && outer.start().isPresent() && session.start().get().isDefinitelyBefore(outer.start().get())) {
      add(
          FindingCode.SESSION_OUTSIDE_PARENT,
          session,
          at + "start",
          session.start().get() + " is before session '" + outer.id() + "' opened on " + outer.start().get());
    }
    if (session.end().isPresent() && outer.end().isPresent() && session.end().get().isDefinitelyAfter(outer.end().get())) {
      add(
          FindingCode.SESSION_OUTSIDE_PARENT,
          session,
          at + "end",
          session.end().get() + " is after session '" + outer.id() + "' closed on " + outer.end().get());
    }
  }

  private void motion(Motion motion, String at) {
    motion.session()
        .flatMap(s -> dossier.resolve(s, Session.class))
        .filter(session -> !session.legislature().id().equals(motion.legislature().id()))
        .ifPresent(
            session ->
                add(
                    FindingCode.SESSION_OF_OTHER_LEGISLATURE,
                    motion,
                    at + "session_id",
                    "session '" + session.id() + "' is of " + session.legislature() + ", the motion is put before "
                        + motion.legislature()));
  }

  /** Later votes of a session that repeat an earlier one's identifier, unless one reports the other. */
  private void rollCalls() {
    Map<String, Vote> first = new HashMap<>();
    List<ChanceryRecord> records = dossier.records();
    for (int i = 0; i < records.size(); i++) {
      if (!(records.get(i) instanceof Vote)) {
        continue;
      }
      Vote vote = (Vote) records.get(i);
      if (vote.session().isEmpty() || vote.identifier().isEmpty()) {
        continue;
      }
      String key = vote.session().get().id() + '\n' + vote.identifier().get();
      Vote earlier = first.putIfAbsent(key, vote);
      if (earlier != null && !sameAct(vote, earlier)) {
        add(
            FindingCode.DUPLICATE_ROLL_CALL,
            vote,
            "records[" + i + "].identifier",
            "vote '" + earlier.id() + "' of session '" + vote.session().get().id() + "' already has identifier '"
                + vote.identifier().get() + "'");
      }
    }
  }

  /** Ballots of states dated outside the states' own dates. */
  private void statesThatVoted(Vote vote, String at) {
    if (vote.date().isEmpty()) {
      return;
    }
    PartialDate date = vote.date().get();
    for (int i = 0; i < vote.ballots().size(); i++) {
      Optional<State> state = vote.ballots().get(i).voter().flatMap(v -> dossier.get(v.id(), State.class));
      if (state.isEmpty()) {
        continue;
      }
      boolean before = state.get().start().filter(date::isDefinitelyBefore).isPresent();
      boolean after = state.get().end().filter(date::isDefinitelyAfter).isPresent();
      if (before || after) {
        add(
            FindingCode.BALLOT_FROM_STATE_NOT_EXISTING,
            vote,
            at + "ballots[" + i + "].voter_id",
            "'" + state.get().id() + "' votes on " + date + ", " + (before
                ? "before it came into existence on " + state.get().start().get()
                : "after it ceased to exist on " + state.get().end().get()));
      }
    }
  }

  /** Ballots that give the voter only by name: what the dossier's actors offer for each name. */
  private void votersByName(Vote vote, String at) {
    for (int i = 0; i < vote.ballots().size(); i++) {
      Ballot ballot = vote.ballots().get(i);
      if (ballot.voter().isPresent() || ballot.voterName().isEmpty()) {
        continue;
      }
      String name = ballot.voterName().get();
      List<Actor> candidates = dossier.actorsNamed(name);
      if (candidates.size() > 1) {
        add(
            FindingCode.AMBIGUOUS_VOTER_NAME,
            vote,
            at + "ballots[" + i + "].voter_name",
            "'" + name + "' is the name of " + candidates.size() + " actors: "
                + candidates.stream().map(c -> "'" + c.id() + "'").collect(Collectors.joining(", ")));
      } else {
        add(
            FindingCode.UNRESOLVED_VOTER,
            vote,
            at + "ballots[" + i + "].voter_name",
            candidates.isEmpty()
                ? "no actor of the dossier is named '" + name + "'"
                : "'" + name + "' is given by name only; it is the name of '" + candidates.get(0).id() + "' (resolveVoterNames() links it)");
      }
    }
  }

  private void voteInSession(Vote vote, String at, Optional<Legislature> legislature) {
    Optional<Session> found = vote.session().flatMap(s -> dossier.resolve(s, Session.class));
    if (found.isEmpty()) {
      return;
    }
    Session session = found.get();
    if (vote.date().isPresent() && !session.mayInclude(vote.date().get())) {
      add(
          FindingCode.VOTE_OUTSIDE_SESSION,
          vote,
          at + "date",
          "the vote of " + vote.date().get() + " is outside session '" + session.id() + "' ("
              + session.start().map(Object::toString).orElse("?") + " to "
              + session.end().map(Object::toString).orElse("?") + ")");
    }
    if (legislature.isPresent() && !legislature.get().id().equals(session.legislature().id())) {
      add(
          FindingCode.SESSION_OF_OTHER_LEGISLATURE,
          vote,
          at + "session_id",
          "session '" + session.id() + "' is of " + session.legislature() + ", the vote is of " + legislature.get().id());
    }
  }

  // --- votes ---

  private void vote(Vote vote, String at) {
    Optional<Motion> motion = dossier.resolve(vote.motion(), Motion.class);
    Optional<Legislature> legislature =
        vote.legislature()
            .or(() -> motion.map(Motion::legislature))
            .flatMap(reference -> dossier.resolve(reference, Legislature.class));
    OptionalInt seats = legislature.map(Legislature::seatCount).orElse(OptionalInt.empty());

    if (vote.date().isPresent() && motion.flatMap(Motion::tabledOn).isPresent()) {
      PartialDate tabled = motion.get().tabledOn().get();
      if (vote.date().get().isDefinitelyBefore(tabled)) {
        add(
            FindingCode.VOTE_BEFORE_MOTION,
            vote,
            at + "date",
            "the vote of " + vote.date().get() + " is before motion '" + motion.get().id() + "' was tabled on " + tabled);
      }
    }

    long counted = vote.counts().stream().filter(c -> c.group().isEmpty()).mapToLong(Count::value).sum();
    if (seats.isPresent() && counted > seats.getAsInt()) {
      add(
          FindingCode.MORE_VOTES_THAN_SEATS,
          vote,
          at + "counts",
          counted + " votes are counted but " + legislature.get().id() + " has " + seats.getAsInt() + " seats");
    }

    votersByName(vote, at);
    statesThatVoted(vote, at);
    voteInSession(vote, at, legislature);
    countsAgainstBallots(vote, at);
    resultAgainstCounts(vote, at, seats, legislature);
    legislature.ifPresent(body -> ballotsOfMembers(vote, at, body));
    ballotGroups(vote, at);
  }

  private void countsAgainstBallots(Vote vote, String at) {
    if (vote.ballots().isEmpty()) {
      return;
    }
    Map<VoteOption, long[]> cast = new HashMap<>();
    for (Ballot ballot : vote.ballots()) {
      if (!ballot.isTeller()) { // division totals leave the tellers out
        cast.computeIfAbsent(ballot.option(), option -> new long[1])[0]++;
      }
    }
    for (int i = 0; i < vote.counts().size(); i++) {
      Count count = vote.counts().get(i);
      // A partial roll call names only some voters: its other options have no list to compare.
      if (count.group().isPresent() || !vote.listsInFull(count.option())) {
        continue;
      }
      long[] tally = cast.get(count.option());
      long ballots = tally == null ? 0 : tally[0];
      if (ballots != count.value()) {
        add(
            FindingCode.COUNTS_DISAGREE_WITH_BALLOTS,
            vote,
            at + "counts[" + i + "].value",
            "'" + count.option() + "' is counted " + count.value() + " but " + ballots
                + (ballots == 1 ? " ballot was" : " ballots were") + " cast for it");
      }
    }
  }

  /** What a vote's figures give under its rule, when they decide it, and why. */
  private static final class Outcome {
    final VoteResult result; // ADOPTED, REJECTED or VETOED
    final String why;

    Outcome(VoteResult result, String why) {
      this.result = result;
      this.why = why;
    }
  }

  private void resultAgainstCounts(Vote vote, String at, OptionalInt seats, Optional<Legislature> legislature) {
    if (vote.rule().isEmpty()) {
      return;
    }
    VotingRule rule = vote.rule().get();
    Outcome outcome = outcome(vote, rule, seats, legislature);
    OptionalInt yes = vote.count(VoteOption.YES);
    OptionalInt no = vote.count(VoteOption.NO);
    if (vote.result().isEmpty()) {
      if (outcome != null) {
        add(
            FindingCode.RESULT_IMPLIED,
            vote,
            at + "result",
            "no result is declared; under " + rule + ", " + outcome.why + " give " + outcome.result);
      }
      return;
    }
    VoteResult declared = vote.result().get();
    String contradiction = null;
    if (declared.equals(VoteResult.TIED)) {
      if (rule.equals(VotingRule.SIMPLE_MAJORITY) && yes.isPresent() && no.isPresent() && yes.getAsInt() != no.getAsInt()) {
        contradiction = yes.getAsInt() + " for and " + no.getAsInt() + " against are not a tie";
      }
    } else if (outcome != null) {
      boolean agrees;
      if (declared.equals(VoteResult.ADOPTED)) {
        agrees = outcome.result.equals(VoteResult.ADOPTED);
      } else if (declared.equals(VoteResult.REJECTED)) {
        agrees = !outcome.result.equals(VoteResult.ADOPTED);
      } else if (declared.equals(VoteResult.VETOED)) {
        agrees = outcome.result.equals(VoteResult.VETOED);
      } else {
        agrees = true; // withdrawn, or a code of the publisher's own: nothing to compare
      }
      contradiction = agrees ? null : outcome.why + " give " + outcome.result;
    }
    if (contradiction != null) {
      add(
          FindingCode.RESULT_CONTRADICTS_COUNTS,
          vote,
          at + "result",
          "declared " + declared + " under " + rule + ", but " + contradiction);
    }
  }

  /** Returns what the figures give under the rule, or null when they do not decide it. */
  private Outcome outcome(Vote vote, VotingRule rule, OptionalInt seats, Optional<Legislature> legislature) {
    OptionalInt yes = vote.count(VoteOption.YES);
    OptionalInt no = vote.count(VoteOption.NO);
    if (rule.equals(VotingRule.SIMPLE_MAJORITY) && yes.isPresent() && no.isPresent()) {
      return new Outcome(
          yes.getAsInt() > no.getAsInt() ? VoteResult.ADOPTED : VoteResult.REJECTED,
          yes.getAsInt() + " for and " + no.getAsInt() + " against");
    }
    if (rule.equals(VotingRule.TWO_THIRDS_PRESENT_AND_VOTING) && yes.isPresent() && no.isPresent()) {
      long voting = (long) yes.getAsInt() + no.getAsInt();
      return new Outcome(
          3L * yes.getAsInt() >= 2L * voting && voting > 0 ? VoteResult.ADOPTED : VoteResult.REJECTED,
          yes.getAsInt() + " for of " + voting + " present and voting");
    }
    if (rule.equals(VotingRule.ABSOLUTE_MAJORITY) && yes.isPresent() && seats.isPresent()) {
      return new Outcome(
          2L * yes.getAsInt() > seats.getAsInt() ? VoteResult.ADOPTED : VoteResult.REJECTED,
          yes.getAsInt() + " for out of " + seats.getAsInt() + " seats");
    }
    if (rule.equals(VotingRule.SECURITY_COUNCIL_SUBSTANTIVE)) {
      return securityCouncil(vote, yes, no, legislature);
    }
    if (rule.equals(VotingRule.CONCURRENT_MAJORITIES)) {
      Map<Reference<?>, int[]> groups = new LinkedHashMap<>();
      for (Count count : vote.counts()) {
        if (count.group().isPresent()) {
          int[] tally = groups.computeIfAbsent(count.group().get(), g -> new int[2]);
          if (count.option().equals(VoteOption.YES)) {
            tally[0] += count.value();
          } else if (count.option().equals(VoteOption.NO)) {
            tally[1] += count.value();
          }
        }
      }
      if (groups.size() >= 2) {
        return new Outcome(
            groups.values().stream().allMatch(t -> t[0] > t[1]) ? VoteResult.ADOPTED : VoteResult.REJECTED,
            "the majorities per group, "
                + groups.entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue()[0] + "-" + e.getValue()[1])
                    .collect(Collectors.joining(", "))
                + ",");
      }
    }
    // Consensus is adoption without a vote, and a publisher's own rule has no known threshold:
    // no figures decide either.
    return null;
  }

  /**
   * Nine affirmative votes are needed, and a negative vote of a permanent member defeats a draft
   * that has them (an abstention does not): the permanent members are those the voting body's
   * record lists, and their ballots or the count of votes against tell whether one voted no.
   */
  private static Outcome securityCouncil(Vote vote, OptionalInt yes, OptionalInt no, Optional<Legislature> legislature) {
    if (yes.isEmpty()) {
      return null;
    }
    int affirmative = yes.getAsInt();
    if (affirmative < 9) {
      return new Outcome(VoteResult.REJECTED, "only " + affirmative + " affirmative votes, where nine are needed,");
    }
    if (no.isPresent() && no.getAsInt() == 0) {
      return new Outcome(VoteResult.ADOPTED, affirmative + " affirmative votes and none against");
    }
    List<Reference<? extends io.github.chancery.core.record.Actor>> permanent =
        legislature.map(Legislature::permanentMembers).orElse(List.of());
    if (permanent.isEmpty() || vote.ballots().isEmpty()) {
      return null;
    }
    List<String> against = new ArrayList<>();
    int known = 0;
    for (Reference<?> member : permanent) {
      Optional<Ballot> ballot = vote.ballots().stream().filter(b -> b.voter().filter(member::equals).isPresent()).findFirst();
      if (ballot.isPresent()) {
        known++;
        if (ballot.get().option().equals(VoteOption.NO)) {
          against.add(member.id());
        }
      }
    }
    if (!against.isEmpty()) {
      return new Outcome(
          VoteResult.VETOED,
          affirmative + " affirmative votes and the negative vote of permanent member " + String.join(", ", against));
    }
    if (known == permanent.size() || vote.listsInFull(VoteOption.NO)) {
      return new Outcome(VoteResult.ADOPTED, affirmative + " affirmative votes and no permanent member against");
    }
    return null;
  }

  private void ballotsOfMembers(Vote vote, String at, Legislature legislature) {
    Map<String, List<Office>> offices = memberships.getOrDefault(legislature.id(), Map.of());
    Map<String, List<Membership>> recorded = membershipsIn.getOrDefault(legislature.id(), Map.of());
    if (offices.isEmpty() && recorded.isEmpty()) {
      return; // no memberships recorded for this body: nothing to check against
    }
    PartialDate date = vote.date().orElse(null);
    for (int i = 0; i < vote.ballots().size(); i++) {
      Optional<Reference<? extends Actor>> named = vote.ballots().get(i).voter();
      if (named.isEmpty()) {
        continue; // a ballot by name is listed as unresolved instead
      }
      Reference<?> voter = named.get();
      if (recorded.isEmpty() && dossier.get(voter.id(), Person.class).isEmpty()) {
        continue; // offices are recorded for persons only: states and organisations are not judged by them
      }
      boolean member = false;
      for (Office office : offices.getOrDefault(voter.id(), List.of())) {
        member |= date == null || office.mayBeHeldOn(date);
      }
      for (Membership membership : recorded.getOrDefault(voter.id(), List.of())) {
        member |= date == null || membership.mayBeInForceOn(date);
      }
      if (!member) {
        add(
            FindingCode.BALLOT_FROM_NON_MEMBER,
            vote,
            at + "ballots[" + i + "].voter_id",
            "'" + voter + "' is not a recorded member of " + legislature.id()
                + vote.date().map(d -> " on " + d).orElse(""));
      }
    }
  }

  /**
   * A ballot's group against the voter's recorded memberships of groups of the same kind on the
   * vote's date; without a date, or without such memberships, there is nothing to compare.
   */
  private void ballotGroups(Vote vote, String at) {
    if (vote.date().isEmpty() || membershipsHeld.isEmpty()) {
      return;
    }
    PartialDate date = vote.date().get();
    for (int i = 0; i < vote.ballots().size(); i++) {
      Ballot ballot = vote.ballots().get(i);
      if (ballot.group().isEmpty() || ballot.voter().isEmpty()) {
        continue;
      }
      String group = ballot.group().get().id();
      Optional<OrganizationKind> kind = dossier.get(group, Organization.class).flatMap(Organization::kind);
      if (kind.isEmpty()) {
        continue; // a group the dossier does not hold, or of no kind: nothing of the same kind to compare with
      }
      List<String> others = new ArrayList<>();
      boolean matches = false;
      for (Membership membership : membershipsHeld.getOrDefault(ballot.voter().get().id(), List.of())) {
        Optional<Organization> body = dossier.get(membership.organization().id(), Organization.class);
        if (body.isEmpty() || !membership.mayBeInForceOn(date) || !body.get().kind().equals(kind)) {
          continue;
        }
        matches |= body.get().id().equals(group);
        if (!others.contains(body.get().id())) {
          others.add(body.get().id());
        }
      }
      if (!matches && !others.isEmpty()) {
        add(
            FindingCode.BALLOT_GROUP_MISMATCH,
            vote,
            at + "ballots[" + i + "].group_id",
            "the ballot gives group '" + group + "', but on " + date + " '" + ballot.voter().get() + "' was a recorded member of "
                + others.stream().map(o -> "'" + o + "'").collect(Collectors.joining(", ")));
      }
    }
  }

  // --- protest notes ---

  private void protest(ProtestNote note, String at) {
    if (note.date().isEmpty()) {
      return;
    }
    PartialDate sent = note.date().get();
    for (int i = 0; i < note.protestedActs().size(); i++) {
      Optional<ChanceryRecord> act = dossier.get(note.protestedActs().get(i).id());
      Optional<PartialDate> done = act.flatMap(ChanceryRecord::actDate);
      if (done.isPresent() && sent.isDefinitelyBefore(done.get())) {
        add(
            FindingCode.PROTEST_BEFORE_ACT,
            note,
            at + "protested_act_ids[" + i + "]",
            "the note of " + sent + " protests '" + act.get().id() + "', dated " + done.get());
      }
    }
  }

  // --- treaties ---

  /**
   * A withdrawal or denunciation by a participant that was not a party when it was notified, by
   * the rest of its history: it withdraws from what it had not joined.
   */
  private void participation(Treaty treaty, String at) {
    List<ParticipantAction> actions = treaty.participantActions();
    for (int i = 0; i < actions.size(); i++) {
      ParticipantAction action = actions.get(i);
      if (!action.kind().endsParticipation()) {
        continue;
      }
      // Withdrawing from what it is not recorded as having joined is not impossible, only
      // incomplete data: the rule needs a recorded binding act to judge by.
      boolean bound = false;
      for (ParticipantAction other : actions) {
        bound |= other.participant().equals(action.participant()) && other.kind().bindsParticipant();
      }
      if (!bound) {
        continue;
      }
      List<ParticipantAction> others = new ArrayList<>(actions);
      others.remove(i);
      PartyStatus before = treaty.withParticipantActions(others).partyStatusOf(action.participant(), action.date());
      if (before == PartyStatus.NOT_A_PARTY) {
        add(
            FindingCode.WITHDRAWAL_BY_NON_PARTY,
            treaty,
            at + "participant_actions[" + i + "].date",
            "'" + action.participant() + "' gives notice of " + action.kind() + " on " + action.date()
                + " but was not a party then, by its recorded acts");
      }
    }
  }

  private void signatures(Treaty treaty, String at) {
    for (int i = 0; i < treaty.signatures().size(); i++) {
      Signature signature = treaty.signatures().get(i);
      Optional<Person> person = signature.signatory().flatMap(signatory -> dossier.resolve(signatory, Person.class));
      if (signature.capacity().isEmpty() || person.isEmpty() || person.get().offices().isEmpty()) {
        continue; // nothing recorded to check the capacity against
      }
      String capacity = signature.capacity().get();
      boolean held =
          person.get().offices().stream()
              .anyMatch(
                  office ->
                      office.role().toLowerCase(Locale.ROOT).equals(capacity.toLowerCase(Locale.ROOT))
                          && office.organization().map(o -> o.equals(signature.onBehalfOf())).orElse(true)
                          && signature.date().map(office::mayBeHeldOn).orElse(true));
      if (!held) {
        add(
            FindingCode.SIGNATORY_NOT_IN_OFFICE,
            treaty,
            at + "signatures[" + i + "].signatory_id",
            "'" + person.get().id() + "' held no recorded office of " + capacity + " of '"
                + signature.onBehalfOf() + "'" + signature.date().map(d -> " on " + d).orElse(""));
      }
    }
  }

  // --- conflicting reports ---

  private void otherReport(ChanceryRecord record, String at) {
    Optional<Reference<?>> other = Dossier.otherReportOf(record);
    if (other.isEmpty()) {
      return;
    }
    Optional<ChanceryRecord> first = dossier.get(other.get().id());
    if (first.isEmpty() || first.get().recordType() != record.recordType()) {
      return; // reported as a reference problem
    }
    List<String> differences = new ArrayList<>();
    differ(differences, "date", record.actDate(), first.get().actDate());
    if (record instanceof Vote) {
      Vote vote = (Vote) record;
      Vote earlier = (Vote) first.get();
      if (!vote.result().equals(earlier.result())) {
        differences.add(
            "result " + vote.result().map(Object::toString).orElse("not declared") + " and "
                + earlier.result().map(Object::toString).orElse("not declared"));
      }
      for (Count count : vote.counts()) {
        if (count.group().isEmpty()) {
          OptionalInt before = earlier.count(count.option());
          if (before.isPresent() && before.getAsInt() != count.value()) {
            differences.add("'" + count.option() + "' " + count.value() + " and " + before.getAsInt());
          }
        }
      }
    } else if (record instanceof Treaty) {
      differ(differences, "entry into force", ((Treaty) record).entryIntoForce(), ((Treaty) first.get()).entryIntoForce());
    } else if (record instanceof Motion) {
      Optional<String> identifier = ((Motion) record).identifier();
      Optional<String> earlier = ((Motion) first.get()).identifier();
      if (identifier.isPresent() && earlier.isPresent() && !identifier.equals(earlier)) {
        differences.add("identifier " + identifier.get() + " and " + earlier.get());
      }
    }
    if (!differences.isEmpty()) {
      add(
          FindingCode.CONFLICTING_REPORTS,
          record,
          at + "other_report_of_id",
          "'" + record.id() + "' (" + sourcesOf(record) + ") and '" + first.get().id() + "' ("
              + sourcesOf(first.get()) + ") report the same act differently: "
              + String.join("; ", differences));
    }
  }

  private static void differ(List<String> differences, String what, Optional<PartialDate> a, Optional<PartialDate> b) {
    if (a.isPresent() && b.isPresent() && !a.get().mayCoincideWith(b.get())) {
      differences.add(what + " " + a.get() + " and " + b.get());
    }
  }

  private static String sourcesOf(ChanceryRecord record) {
    return record.sources().isEmpty()
        ? "no source"
        : "per " + record.sources().stream().map(Objects::toString).collect(Collectors.joining(", "));
  }
}
