package io.github.chancery.core.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chancery.core.actor.Office;
import io.github.chancery.core.actor.Person;
import io.github.chancery.core.legislature.Legislature;
import io.github.chancery.core.legislature.Motion;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.text.MultilingualText;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.vote.Ballot;
import io.github.chancery.core.vote.Count;
import io.github.chancery.core.vote.Vote;
import io.github.chancery.core.vote.VoteOption;
import io.github.chancery.core.vote.VoteResult;
import io.github.chancery.core.vote.VotingRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A dossier of a chamber of 1,000 members and 1,000 recorded votes, 1,000,000 ballots in all, is
 * built and checked in the test JVM's default heap. Two planted inconsistencies show that every
 * ballot was looked at. Speed is measured by the benchmarks, not here.
 */
final class MillionBallotsTest {
  private static final int MEMBERS = 1_000;
  private static final int VOTES = 1_000;

  @Test
  void checksAMillionBallotsAndFindsThePlantedInconsistencies() {
    Random random = new Random(1993L);
    Dossier.Builder dossier = Dossier.builder();
    dossier.add(Legislature.builder().id("leg-1").name(MultilingualText.of("en", "Chamber")).seatCount(MEMBERS).build());
    dossier.add(Motion.builder().id("motion-1").legislature(Reference.to("leg-1")).title(MultilingualText.of("en", "Bill")).build());
    for (int m = 0; m < MEMBERS; m++) {
      dossier.add(
          Person.builder()
              .id("member-" + m)
              .name(MultilingualText.of("en", "Member " + m))
              .addOffice(Office.of("Member").withOrganization(Reference.<Legislature>to("leg-1")).withStart(PartialDate.of(2019)))
              .build());
    }
    dossier.add(Person.builder().id("outsider").name(MultilingualText.of("en", "Outsider")).build());
    long ballots = 0;
    for (int v = 0; v < VOTES; v++) {
      List<Ballot> cast = new ArrayList<>(MEMBERS);
      int yes = 0;
      for (int m = 0; m < MEMBERS; m++) {
        boolean inFavour = random.nextBoolean();
        yes += inFavour ? 1 : 0;
        String voter = v == 500 && m == 0 ? "outsider" : "member-" + m;
        cast.add(Ballot.of(Reference.<Person>to(voter), inFavour ? VoteOption.YES : VoteOption.NO));
      }
      ballots += cast.size();
      int reportedYes = v == 700 ? yes - 1 : yes;
      dossier.add(
          Vote.builder()
              .id("vote-" + v)
              .motion(Reference.to("motion-1"))
              .date(PartialDate.of(2020, 1 + v % 12, 1 + v % 28))
              .rule(VotingRule.SIMPLE_MAJORITY)
              .result(reportedYes > MEMBERS - yes ? VoteResult.ADOPTED : VoteResult.REJECTED)
              .addCounts(Count.of(VoteOption.YES, reportedYes), Count.of(VoteOption.NO, MEMBERS - yes))
              .addAllBallots(cast)
              .build());
    }
    Dossier built = dossier.build();

    ConsistencyReport report = built.check();

    assertThat(ballots).isEqualTo(1_000_000);
    assertThat(report.hasErrors()).isFalse();
    assertThat(report.findings())
        .extracting(f -> f.code() + " " + f.recordId() + " " + f.path())
        .containsExactly(
            "ballot-from-non-member vote-500 records[" + built.positionOf("vote-500").getAsInt() + "].ballots[0].voter_id",
            "counts-disagree-with-ballots vote-700 records[" + built.positionOf("vote-700").getAsInt() + "].counts[0].value");
    List<ChanceryRecord> votes = built.ofType(io.github.chancery.core.record.RecordType.VOTE);
    assertThat(votes).hasSize(VOTES);
    assertThat(built.votesOn(Reference.to("motion-1"))).hasSize(VOTES);
  }
}
