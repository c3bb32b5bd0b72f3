package io.github.chancery.core.dossier;

import io.github.chancery.core.actor.Membership;
import io.github.chancery.core.actor.Office;
import io.github.chancery.core.actor.Organization;
import io.github.chancery.core.actor.OrganizationKind;
import io.github.chancery.core.actor.Person;
import io.github.chancery.core.actor.State;
import io.github.chancery.core.legislature.Legislature;
import io.github.chancery.core.record.Actor;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.vote.Ballot;
import io.github.chancery.core.vote.Vote;
import io.github.chancery.core.vote.VoteOption;
import io.github.chancery.core.vote.VoteResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The consistency rules of a vote's ballots, against the dossier's actors and memberships:
 * voters given by name, states that did not exist on the date, voters who were not members,
 * groups other than the voter's recorded one, a veto no permanent member cast, and recused
 * members who voted.
 */
final class BallotRules {
  private final CheckContext context;

  BallotRules(CheckContext context) {
    this.context = context;
  }

  /** Ballots that give the voter only by name: what the dossier's actors offer for each name. */
  void votersByName(Vote vote, String at) {
    for (int i = 0; i < vote.ballots().size(); i++) {
      Ballot ballot = vote.ballots().get(i);
      if (ballot.voter().isPresent() || ballot.voterName().isEmpty()) {
        continue;
      }
      String name = ballot.voterName().get();
      List<Actor> candidates = VoterNames.voters(context.dossier(), vote, name);
      if (candidates.size() > 1) {
        context.add(
            FindingCode.AMBIGUOUS_VOTER_NAME,
            vote,
            at + Vote.BALLOTS.at(i, Ballot.VOTER_NAME),
            "'" + name + "' is the name of " + candidates.size() + " actors: "
                + candidates.stream().map(c -> "'" + c.id() + "'").collect(Collectors.joining(", ")));
      } else {
        context.add(
            FindingCode.UNRESOLVED_VOTER,
            vote,
            at + Vote.BALLOTS.at(i, Ballot.VOTER_NAME),
            candidates.isEmpty()
                ? VoterNames.noneNamed(context.dossier(), vote, name)
                : "'" + name + "' is given by name only; it is the name of '" + candidates.get(0).id() + "' (resolveVoterNames() links it)");
      }
    }
  }

  /** Ballots of states dated outside the states' own dates. */
  void statesThatVoted(Vote vote, String at) {
    if (vote.date().isEmpty()) {
      return;
    }
    PartialDate date = vote.date().get();
    for (int i = 0; i < vote.ballots().size(); i++) {
      Optional<State> state = vote.ballots().get(i).voter().flatMap(v -> context.dossier().get(v.id(), State.class));
      if (state.isEmpty()) {
        continue;
      }
      boolean before = state.get().start().filter(date::isDefinitelyBefore).isPresent();
      boolean after = state.get().end().filter(date::isDefinitelyAfter).isPresent();
      if (before || after) {
        context.add(
            FindingCode.BALLOT_FROM_STATE_NOT_EXISTING,
            vote,
            at + Vote.BALLOTS.at(i, Ballot.VOTER),
            "'" + state.get().id() + "' votes on " + date + ", " + (before
                ? "before it came into existence on " + state.get().start().get()
                : "after it ceased to exist on " + state.get().end().get()));
      }
    }
  }

  /**
   * A draft declared vetoed, with negative ballots, none of them cast by a member that may have
   * held a permanent seat on the vote's date: as vetoed-drafts lists give only the vetoing members'
   * negative votes, the list names the wrong member (a successor state's code before the
   * succession, an elected member). Without recorded permanent members nothing is judged.
   */
  void vetoByPermanentMember(Vote vote, String at, PermanentSeats permanent, Optional<Legislature> legislature) {
    if (vote.result().isEmpty() || !VoteResult.VETOED.equals(vote.result().get()) || permanent.isEmpty()) {
      return;
    }
    List<String> against = new ArrayList<>();
    for (Ballot ballot : vote.ballots()) {
      if (!ballot.option().equals(VoteOption.NO)) {
        continue;
      }
      if (ballot.voter().isEmpty() || permanent.mayHold(ballot.voter().get())) {
        return; // a permanent member's veto, or one by a voter given only by name: nothing to say
      }
      against.add("'" + ballot.voter().get().id() + "'");
    }
    if (against.isEmpty()) {
      return; // no negative ballot recorded: nothing to check the veto against
    }
    context.add(
        FindingCode.VETO_BY_NON_PERMANENT_MEMBER,
        vote,
        at + Vote.RESULT.name(),
        "declared vetoed, but the negative " + (against.size() == 1 ? "vote is" : "votes are") + " of "
            + String.join(", ", against) + ", not " + (against.size() == 1 ? "a permanent member" : "permanent members")
            + " of " + legislature.get().id() + vote.date().map(d -> " on " + d).orElse(""));
  }

  /** Members recorded as recused who nonetheless have a ballot for or against. */
  void recusedMembersWhoVoted(Vote vote, String at) {
    if (vote.recusedMembers().isEmpty()) {
      return;
    }
    for (int i = 0; i < vote.ballots().size(); i++) {
      Ballot ballot = vote.ballots().get(i);
      boolean decisive = ballot.option().equals(VoteOption.YES) || ballot.option().equals(VoteOption.NO);
      if (decisive && ballot.voter().isPresent() && vote.recusedMembers().contains(ballot.voter().get())) {
        context.add(
            FindingCode.RECUSED_MEMBER_VOTED,
            vote,
            at + Vote.BALLOTS.at(i, Ballot.OPTION),
            "'" + ballot.voter().get() + "' is recorded as recused but has a ballot '" + ballot.option() + "'");
      }
    }
  }

  void ballotsOfMembers(Vote vote, String at, Legislature legislature) {
    Map<String, List<Office>> offices = context.officesIn(legislature.id());
    Map<String, List<Membership>> recorded = context.membershipsIn(legislature.id());
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
      if (recorded.isEmpty() && context.dossier().get(voter.id(), Person.class).isEmpty()) {
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
        context.add(
            FindingCode.BALLOT_FROM_NON_MEMBER,
            vote,
            at + Vote.BALLOTS.at(i, Ballot.VOTER),
            "'" + voter + "' is not a recorded member of " + legislature.id()
                + vote.date().map(d -> " on " + d).orElse(""));
      }
    }
  }

  /**
   * A ballot's group against the voter's recorded memberships of groups of the same kind on the
   * vote's date; without a date, or without such memberships, there is nothing to compare.
   */
  void ballotGroups(Vote vote, String at) {
    if (vote.date().isEmpty() || !context.hasMemberships()) {
      return;
    }
    PartialDate date = vote.date().get();
    for (int i = 0; i < vote.ballots().size(); i++) {
      Ballot ballot = vote.ballots().get(i);
      if (ballot.group().isEmpty() || ballot.voter().isEmpty()) {
        continue;
      }
      String group = ballot.group().get().id();
      Optional<OrganizationKind> kind = context.dossier().get(group, Organization.class).flatMap(Organization::kind);
      if (kind.isEmpty()) {
        continue; // a group the dossier does not hold, or of no kind: nothing of the same kind to compare with
      }
      List<String> others = new ArrayList<>();
      boolean matches = false;
      for (Membership membership : context.membershipsHeld(ballot.voter().get().id())) {
        Optional<Organization> body = context.dossier().get(membership.organization().id(), Organization.class);
        if (body.isEmpty() || !membership.mayBeInForceOn(date) || !body.get().kind().equals(kind)) {
          continue;
        }
        matches |= body.get().id().equals(group);
        if (!others.contains(body.get().id())) {
          others.add(body.get().id());
        }
      }
      if (!matches && !others.isEmpty()) {
        context.add(
            FindingCode.BALLOT_GROUP_MISMATCH,
            vote,
            at + Vote.BALLOTS.at(i, Ballot.GROUP),
            "the ballot gives group '" + group + "', but on " + date + " '" + ballot.voter().get() + "' was a recorded member of "
                + others.stream().map(o -> "'" + o + "'").collect(Collectors.joining(", ")));
      }
    }
  }
}
