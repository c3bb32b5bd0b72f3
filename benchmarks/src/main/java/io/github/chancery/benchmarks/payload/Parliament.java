package io.github.chancery.benchmarks.payload;

import io.github.chancery.core.actor.Organization;
import io.github.chancery.core.actor.Person;
import io.github.chancery.core.dossier.Dossier;
import io.github.chancery.core.legislature.Legislature;
import io.github.chancery.core.legislature.LegislatureKind;
import io.github.chancery.core.legislature.Motion;
import io.github.chancery.core.legislature.MotionKind;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.source.Source;
import io.github.chancery.core.source.SourceKind;
import io.github.chancery.core.text.MultilingualText;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.vote.Vote;
import java.util.List;

/**
 * A dossier of a parliament's recorded votes, as large as asked: the chamber and its 600
 * members (each with the seat they hold), its eight political groups, the sources, and for every
 * hundred ballots a motion and the vote on it, in which a hundred members vote with their group.
 * Every reference resolves and every vote agrees with its ballots, so that the consistency check
 * applies all its rules and finds no error.
 */
public final class Parliament {
  /** How many ballots each vote has. */
  public static final int BALLOTS_PER_VOTE = 100;

  /** How many members the chamber has. */
  public static final int SEATS = 600;

  private static final String CHAMBER = "leg-eu-parliament";

  private Parliament() {}

  /**
   * Builds the dossier.
   *
   * @param ballots how many ballots in all; a multiple of {@link #BALLOTS_PER_VOTE}
   * @return the dossier
   */
  public static Dossier withBallots(int ballots) {
    if (ballots % BALLOTS_PER_VOTE != 0) {
      throw new IllegalArgumentException(ballots + " is not a multiple of " + BALLOTS_PER_VOTE);
    }
    List<Person> members =
        Legislators.of("person-mep", CHAMBER, "Member of the European Parliament", SEATS, 1979L);
    List<Organization> groups = PoliticalGroups.of(CHAMBER);
    Dossier.Builder dossier = Dossier.builder();
    dossier.add(source(Legislators.sourceId(CHAMBER), "List of members"));
    dossier.add(source(CHAMBER.replace("leg-", "src-") + "-votes", "Results of roll-call votes"));
    dossier.add(
        Legislature.builder()
            .id(CHAMBER)
            .name(MultilingualText.of("en", "European Parliament").with("fr", "Parlement européen"))
            .kind(LegislatureKind.INTERNATIONAL_ASSEMBLY)
            .seatCount(SEATS)
            .build());
    dossier.addAll(groups);
    dossier.addAll(members);
    for (int v = 0; v < ballots / BALLOTS_PER_VOTE; v++) {
      int year = 2020 + v % 4;
      int month = 1 + (v / 4) % 12;
      String motionId = String.format("motion-ep-%06d", v);
      dossier.add(
          Motion.builder()
              .id(motionId)
              .legislature(Reference.to(CHAMBER))
              .kind(MotionKind.RESOLUTION)
              .identifier(String.format("B9-%04d/%d", v % 10_000, year))
              .title(MultilingualText.of("en", "Motion for a resolution " + v))
              .tabledOn(PartialDate.of(year, month))
              .build());
      int from = (v * 37) % (SEATS - BALLOTS_PER_VOTE);
      dossier.add(
          RollCall.chamber(
              String.format("vote-ep-%06d", v),
              motionId,
              CHAMBER,
              PartialDate.of(year, month, 1 + v % 28),
              members.subList(from, from + BALLOTS_PER_VOTE),
              groups,
              v));
    }
    return dossier.build();
  }

  /**
   * Returns how many ballots a dossier's votes have in all.
   *
   * @param dossier the dossier
   * @return the ballots
   */
  public static long ballotsOf(Dossier dossier) {
    return dossier.all(Vote.class).stream().mapToLong(v -> v.ballots().size()).sum();
  }

  private static Source source(String id, String title) {
    return Source.builder()
        .id(id)
        .kind(SourceKind.OFFICIAL_RECORD)
        .publisher("European Parliament")
        .title(MultilingualText.of("en", title))
        .build();
  }
}
