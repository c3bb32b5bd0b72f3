package io.github.chancery.core.dossier;

import io.github.chancery.core.actor.FormerCode;
import io.github.chancery.core.actor.State;
import io.github.chancery.core.record.Actor;
import io.github.chancery.core.record.Property;
import io.github.chancery.core.record.Reference;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The consistency rules of states: their former codes and their successions. */
final class ActorRules {
  private final CheckContext context;

  ActorRules(CheckContext context) {
    this.context = context;
  }

  void state(State state, String at) {
    for (int i = 0; i < state.formerCodes().size(); i++) {
      FormerCode code = state.formerCodes().get(i);
      if (!code.isWithinAnAssignment()) {
        context.add(
            FindingCode.CODE_NOT_ASSIGNED_THEN,
            state,
            at + State.FORMER_CODES.at(i),
            "ISO 3166 did not assign " + code.code() + " over " + code.start().map(Object::toString).orElse("?") + " to "
                + code.end().map(Object::toString).orElse("?") + "; it was assigned "
                + code.code().assignments().stream().map(Object::toString).collect(Collectors.joining(" and ")));
      }
    }
    oneSided(state, at, State.SUCCESSORS, State.PREDECESSORS, "successor", "predecessor");
    oneSided(state, at, State.PREDECESSORS, State.SUCCESSORS, "predecessor", "successor");
  }

  /** A succession the other state of the dossier does not name back. */
  private void oneSided(
      State state,
      String at,
      Property<State, Reference<? extends Actor>> named,
      Property<State, Reference<? extends Actor>> back,
      String role,
      String backRole) {
    List<Reference<? extends Actor>> others = named.values(state);
    for (int i = 0; i < others.size(); i++) {
      Optional<State> other = context.dossier().get(others.get(i).id(), State.class);
      if (other.isPresent() && back.values(other.get()).stream().noneMatch(r -> r.id().equals(state.id()))) {
        context.add(
            FindingCode.SUCCESSION_ONE_SIDED,
            state,
            at + named.at(i),
            "'" + state.id() + "' names '" + other.get().id() + "' as its " + role + ", but '" + other.get().id()
                + "' does not name it as a " + backRole);
      }
    }
  }
}
