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
import io.github.chancery.core.record.ChanceryRecord;
import java.util.List;
import java.util.function.Consumer;

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
    Dossier.Builder dossier = Dossier.builder();
    forEachRecord(ballots, dossier::add);
    return dossier.build();
  }

  /**
   * Gives the records of the dossier {@link #withBallots(int)} builds, one at a time and in the same
   * order, without holding them: the chamber, members, groups and sources first, then each motion
   * and its vote; for corpora larger than a heap.
   *
   * @param ballots how many ballots in all; a multiple of {@link #BALLOTS_PER_VOTE}
   * @param each takes each record in turn
   */
  public static void forEachRecord(long ballots, Consumer<ChanceryRecord> each) {
    if (ballots % BALLOTS_PER_VOTE != 0) {
      throw new IllegalArgumentException(ballots + " is not a multiple of " + BALLOTS_PER_VOTE);
    }
    List<Person> members =
        Legislators.of("person-mep", CHAMBER, "Member of the European Parliament", SEATS, 1979L);
    List<Organization> groups = PoliticalGroups.of(CHAMBER);
    each.accept(source(Legislators.sourceId(CHAMBER), "List of members"));
    each.accept(source(CHAMBER.replace("leg-", "src-") + "-votes", "Results of roll-call votes"));
    each.accept(
        Legislature.builder()
            .id(CHAMBER)
            .name(MultilingualText.of("en", "European Parliament").with("fr", "Parlement européen"))
            .kind(LegislatureKind.INTERNATIONAL_ASSEMBLY)
            .seatCount(SEATS)
            .build());
    groups.forEach(each);
    members.forEach(each);
    for (long v = 0; v < ballots / BALLOTS_PER_VOTE; v++) {
      int year = 2020 + (int) (v % 4);
      int month = 1 + (int) ((v / 4) % 12);
      String motionId = String.format("motion-ep-%07d", v);
      each.accept(
          Motion.builder()
              .id(motionId)
              .legislature(Reference.to(CHAMBER))
              .kind(MotionKind.RESOLUTION)
              .identifier(String.format("B9-%04d/%d", v % 10_000, year))
              .title(MultilingualText.of("en", "Motion for a resolution " + v))
              .tabledOn(PartialDate.of(year, month))
              .build());
      int from = (int) ((v * 37) % (SEATS - BALLOTS_PER_VOTE));
      each.accept(
          RollCall.chamber(
              String.format("vote-ep-%07d", v),
              motionId,
              CHAMBER,
              PartialDate.of(year, month, 1 + (int) (v % 28)),
              members.subList(from, from + BALLOTS_PER_VOTE),
              groups,
              v));
    }
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
