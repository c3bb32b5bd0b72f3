package io.github.chancery.core.dossier;

import io.github.chancery.core.actor.Person;
import io.github.chancery.core.record.Actor;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.vote.Ballot;
import io.github.chancery.core.vote.Vote;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Names as printed, matched with the actors of a dossier, using what the dossier knows of persons'
 * lives: a person born after a vote or dead before it did not cast its ballot, and a source that
 * gives a birth date beside a name (EveryPolitician, a register of members) tells two persons of
 * one name apart. So in a dossier of the House of Commons since 1983, a ballot of 2005 by "John
 * Smith" is that of the member for the Vale of Glamorgan (born 1951), not of the Labour leader
 * who died in 1994; and of the two members named Angela Smith who sat from 2005 to 2010, the one
 * born on 16 August 1961 is the member for Sheffield Hillsborough.
 *
 * <p>Unknown dates never exclude: a person without a recorded birth or death may be anyone of the
 * name. Actors other than persons are not born and do not die: they are kept when only the
 * vote's date is known, and left out when a birth date is asked for. Nothing is guessed: where
 * several remain, none is chosen. Stateless and thread-safe.
 */
final class VoterNames {
  private VoterNames() {}

  /** The actors of the name that may be the person born on that date. */
  static List<Actor> named(Dossier dossier, String name, PartialDate birthDate) {
    Objects.requireNonNull(birthDate, "birthDate");
    List<Actor> found = new ArrayList<>();
    for (Actor actor : dossier.actorsNamed(name)) {
      if (actor instanceof Person && ((Person) actor).birthDate().map(birthDate::mayCoincideWith).orElse(true)) {
        found.add(actor);
      }
    }
    return found;
  }

  /** The actors of the name that may have cast a ballot of a vote: persons not alive on its date are left out. */
  static List<Actor> voters(Dossier dossier, Vote vote, String name) {
    List<Actor> named = dossier.actorsNamed(name);
    Optional<PartialDate> date = vote.date();
    if (date.isEmpty() || named.stream().noneMatch(a -> a instanceof Person)) {
      return named;
    }
    List<Actor> alive = new ArrayList<>(named.size());
    for (Actor actor : named) {
      if (!(actor instanceof Person) || ((Person) actor).mayBeAliveOn(date.get())) {
        alive.add(actor);
      }
    }
    return alive;
  }

  /** Why no actor of the name may have cast a ballot: none has the name, or those who have it were not alive then. */
  static String noneNamed(Dossier dossier, Vote vote, String name) {
    List<Actor> named = dossier.actorsNamed(name);
    if (named.isEmpty()) {
      return "no actor of the dossier is named '" + name + "'";
    }
    List<String> lives = new ArrayList<>();
    for (Actor actor : named) {
      Person person = (Person) actor; // only persons are left out for the vote's date
      lives.add("'" + person.id() + "' (" + person.birthDate().map(Object::toString).orElse("?") + " to "
          + person.deathDate().map(Object::toString).orElse("?") + ")");
    }
    return "no actor named '" + name + "' was alive on " + vote.date().orElseThrow() + ": " + String.join(", ", lives);
  }

  /** See {@link Dossier#resolveVoterNames()}. */
  static Dossier resolve(Dossier dossier) {
    List<ChanceryRecord> resolved = new ArrayList<>(dossier.size());
    boolean changed = false;
    for (ChanceryRecord record : dossier.records()) {
      if (record instanceof Vote) {
        Vote vote = (Vote) record;
        List<Ballot> ballots = new ArrayList<>(vote.ballots());
        boolean linked = false;
        for (int i = 0; i < ballots.size(); i++) {
          Ballot ballot = ballots.get(i);
          if (ballot.voter().isEmpty() && ballot.voterName().isPresent()) {
            List<Actor> named = voters(dossier, vote, ballot.voterName().get());
            if (named.size() == 1) {
              ballots.set(i, ballot.withVoter(Reference.to(named.get(0).id())));
              linked = true;
            }
          }
        }
        if (linked) {
          record = vote.withBallots(ballots);
          changed = true;
        }
      }
      resolved.add(record);
    }
    return changed ? Dossier.of(resolved) : dossier;
  }
}
