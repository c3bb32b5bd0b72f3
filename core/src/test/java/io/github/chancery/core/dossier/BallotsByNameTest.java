package io.github.chancery.core.dossier;

import static io.github.chancery.core.testing.Violated.pathsAndCodes;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.chancery.core.actor.Person;
import io.github.chancery.core.legislature.Legislature;
import io.github.chancery.core.legislature.Motion;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.record.OtherName;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.text.MultilingualText;
import io.github.chancery.core.vote.Ballot;
import io.github.chancery.core.vote.Count;
import io.github.chancery.core.vote.Vote;
import io.github.chancery.core.vote.VoteOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Ballots that give the voter by name, as roll calls print them. The Clerk of the US House of
 * Representatives lists voters by surname, adding the state where two members share one: in the
 * 116th Congress, "Rogers (AL)" for Mike Rogers and "Rogers (KY)" for Hal Rogers. The French
 * Senate's "analyse du scrutin" prints names in capitals ("Jean-Noël GUÉRINI"), which other
 * sources give without accents. Westminster's division lists name two tellers for each side, who
 * are not in the division's totals.
 */
final class BallotsByNameTest {
  private static final Legislature HOUSE =
      Legislature.builder().id("us-house").name(MultilingualText.of("en", "House of Representatives")).build();
  private static final Person MIKE_ROGERS = rogers("person-mike-rogers", "Mike Rogers", "Rogers (AL)");
  private static final Person HAL_ROGERS = rogers("person-hal-rogers", "Hal Rogers", "Rogers (KY)");
  private static final Person GUERINI =
      Person.builder().id("person-guerini").name(MultilingualText.of("fr", "Jean-Noël Guérini")).build();
  private static final Motion BILL =
      Motion.builder().id("hr-1").legislature(Reference.to(HOUSE.id())).title(MultilingualText.of("en", "H.R. 1")).build();

  private static Person rogers(String id, String name, String asPrinted) {
    return Person.builder()
        .id(id)
        .name(MultilingualText.of("en", name))
        .addOtherName(OtherName.of("en", "Rogers"))
        .addOtherName(OtherName.of("en", asPrinted))
        .build();
  }

  private static Dossier dossier(Ballot... ballots) {
    List<ChanceryRecord> records = new ArrayList<>(List.of(HOUSE, MIKE_ROGERS, HAL_ROGERS, GUERINI, BILL));
    records.add(Vote.builder().id("roll-call").motion(Reference.to(BILL.id())).addBallots(ballots).build());
    return Dossier.of(records);
  }

  private static List<String> found(Dossier dossier) {
    return dossier.check().findings().stream().map(f -> f.code() + " " + f.path() + ": " + f.message()).collect(Collectors.toList());
  }

  @Test
  void matchesANameWithoutRegardToCaseAccentsOrSpacing() {
    Dossier dossier = dossier();

    assertThat(dossier.actorsNamed("JEAN-NOEL  GUERINI")).containsExactly(GUERINI);
    assertThat(dossier.actorsNamed("Rogers (KY)")).containsExactly(HAL_ROGERS);
    assertThat(dossier.actorsNamed("Rogers")).containsExactly(MIKE_ROGERS, HAL_ROGERS);
    // Word order tells names apart: it is kept.
    assertThat(dossier.actorsNamed("Guérini Jean-Noël")).isEmpty();
  }

  @Test
  void resolvesTheNamesOfExactlyOneActorAndKeepsTheNameAsPrinted() {
    Dossier resolved =
        dossier(Ballot.byName("Rogers (KY)", VoteOption.YES), Ballot.byName("JEAN-NOËL GUÉRINI", VoteOption.NO), Ballot.byName("Rogers", VoteOption.YES))
            .resolveVoterNames();
    List<Ballot> ballots = resolved.get("roll-call", Vote.class).orElseThrow().ballots();

    assertThat(ballots.get(0).voter()).contains(Reference.to(HAL_ROGERS.id()));
    assertThat(ballots.get(0).voterName()).contains("Rogers (KY)");
    assertThat(ballots.get(1).voter()).contains(Reference.to(GUERINI.id()));
    assertThat(ballots.get(2).voter()).isEmpty();
    assertThat(found(resolved))
        .containsExactly(
            "ambiguous-voter-name records[5].ballots[2].voter_name: 'Rogers' is the name of 2 actors: 'person-mike-rogers', 'person-hal-rogers'");
  }

  @Test
  void listsTheBallotsWhoseVoterIsNotResolved() {
    assertThat(found(dossier(Ballot.byName("Rogers (KY)", VoteOption.YES), Ballot.byName("Pelosi", VoteOption.NO))))
        .containsExactly(
            "unresolved-voter records[5].ballots[0].voter_name: 'Rogers (KY)' is given by name only; it is the name of"
                + " 'person-hal-rogers' (resolveVoterNames() links it)",
            "unresolved-voter records[5].ballots[1].voter_name: no actor of the dossier is named 'Pelosi'");
    Dossier unchanged = dossier(Ballot.byName("Pelosi", VoteOption.NO));
    assertThat(unchanged.resolveVoterNames()).isSameAs(unchanged);
  }

  @Test
  void requiresAVoterOrANameAndANameThatIsNotBlank() {
    assertThat(pathsAndCodes(() -> Ballot.byName(null, VoteOption.YES))).containsExactly("voter_id required");
    assertThat(pathsAndCodes(() -> dossier(Ballot.byName(" ", VoteOption.YES)))).containsExactly("ballots[0].voter_name blank");
  }

  @Test
  void twoBallotsMayGiveTheSameNameSinceTwoMembersMayShareIt() {
    assertThat(dossier(Ballot.byName("Rogers", VoteOption.YES), Ballot.byName("Rogers", VoteOption.NO)).size()).isEqualTo(6);
  }

  @Test
  void leavesTellersOutOfTheTallyComparedWithTheCounts() {
    // Two ayes and two tellers for the ayes: the division's total is 2.
    Vote division =
        Vote.builder()
            .id("division")
            .motion(Reference.to(BILL.id()))
            .addCounts(Count.of(VoteOption.YES, 2))
            .addBallots(
                Ballot.of(Reference.to(MIKE_ROGERS.id()), VoteOption.YES),
                Ballot.of(Reference.to(HAL_ROGERS.id()), VoteOption.YES),
                Ballot.of(Reference.to(GUERINI.id()), VoteOption.YES).withRole("Teller"),
                Ballot.byName("Pelosi", VoteOption.YES).withRole(Ballot.TELLER))
            .build();
    List<ChanceryRecord> records = new ArrayList<>(List.of(HOUSE, MIKE_ROGERS, HAL_ROGERS, GUERINI, BILL, division));

    assertThat(division.ballots().get(2).isTeller()).isTrue();
    assertThat(found(Dossier.of(records))).extracting(f -> f.substring(0, f.indexOf(' '))).containsExactly("unresolved-voter");
    records.set(5, division.withBallots(division.ballots().subList(0, 3).stream().map(b -> b.withRole("member")).collect(Collectors.toList())));
    assertThat(found(Dossier.of(records))).extracting(f -> f.substring(0, f.indexOf(' '))).containsExactly("counts-disagree-with-ballots");
  }

  @Test
  void matchesLettersThatCarryTheirAccentInThemselves() {
    Person kaczynski = Person.builder().id("person-kaczynski").name(MultilingualText.of("pl", "Jarosław Kaczyński")).build();
    Dossier dossier = Dossier.of(List.of(kaczynski));

    assertThat(dossier.actorsNamed("Jaroslaw Kaczynski")).containsExactly(kaczynski);
    assertThat(dossier.actorsNamed("JAROSŁAW KACZYŃSKI")).containsExactly(kaczynski);
  }
}
