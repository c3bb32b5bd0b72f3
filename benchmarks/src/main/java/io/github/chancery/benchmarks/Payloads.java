package io.github.chancery.benchmarks;

import io.github.chancery.benchmarks.payload.Legislators;
import io.github.chancery.benchmarks.payload.PoliticalGroups;
import io.github.chancery.benchmarks.payload.RollCall;
import io.github.chancery.benchmarks.payload.UnMemberStates;
import io.github.chancery.core.actor.Person;
import io.github.chancery.core.dossier.Dossier;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.vote.Vote;
import io.github.chancery.examples.SeedStory;
import java.util.ArrayList;
import java.util.List;

/** The records the read, write and build benchmarks share, always built from the same seeds. */
final class Payloads {
  private Payloads() {}

  /** A General Assembly vote: 193 states voting yes, no, abstain or absent. */
  static Vote generalAssemblyVote() {
    return RollCall.generalAssembly(UnMemberStates.all(), 75L);
  }

  /** A vote of a 1,000-member chamber, members voting with their political group. */
  static Vote thousandMemberVote() {
    String chamber = "leg-federal-assembly";
    List<Person> members = Legislators.of("person-fa-member", chamber, "Member", 1000, 1848L);
    return RollCall.chamber(
        "vote-fa-2021-0312",
        "motion-fa-2021-0312",
        chamber,
        PartialDate.of(2021, 3, 12),
        members,
        PoliticalGroups.of(chamber),
        312L);
  }

  /** The records of the seed story (40, of every type), as one dossier. */
  static Dossier seedDossier() {
    return Dossier.of(SeedStory.records());
  }

  /** Actors: the 193 UN member states and the 105 senators of a senate, with their offices. */
  static List<ChanceryRecord> actors() {
    List<ChanceryRecord> actors = new ArrayList<>(UnMemberStates.all());
    actors.addAll(Legislators.of("person-ca-senator", "leg-ca-senate", "Senator", 105, 1867L));
    return actors;
  }
}
