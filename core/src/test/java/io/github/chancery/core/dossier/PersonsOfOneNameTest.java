package io.github.chancery.core.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chancery.core.actor.Organization;
import io.github.chancery.core.actor.Person;
import io.github.chancery.core.legislature.Legislature;
import io.github.chancery.core.legislature.Motion;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.text.MultilingualText;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.vote.Ballot;
import io.github.chancery.core.vote.Vote;
import io.github.chancery.core.vote.VoteOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Members of the House of Commons who share a name, told apart by their published dates of birth
 * and death. John Smith, Leader of the Labour Party and MP for Monklands East, was born on 13
 * September 1938 and died on 12 May 1994; John Smith, MP for the Vale of Glamorgan from 1989 to
 * 1992 and from 1997 to 2010, was born in 1951 (the year is all his published record gives): both
 * sat from 1989 to 1992. Angela Smith, MP for Basildon from 1997 to 2010, was born on 7 January
 * 1959; Angela Smith, MP for Sheffield Hillsborough from 2005 (later Penistone and Stocksbridge),
 * on 16 August 1961: both sat from 2005 to 2010, and Hansard told them apart as "Smith, Angela E."
 * and "Smith, Angela C.". The divisions below are a division list as a monitor gives it, by name.
 */
final class PersonsOfOneNameTest {
  private static final Legislature COMMONS =
      Legislature.builder().id("house-of-commons").name(MultilingualText.of("en", "House of Commons")).build();
  private static final Person JOHN_SMITH_1938 = person("mp-john-smith-monklands-east", "John Smith")
      .birthDate(PartialDate.of(1938, 9, 13)).deathDate(PartialDate.of(1994, 5, 12)).build();
  private static final Person JOHN_SMITH_1951 =
      person("mp-john-smith-vale-of-glamorgan", "John Smith").birthDate(PartialDate.of(1951)).build();
  private static final Person ANGELA_SMITH_1959 =
      person("mp-angela-smith-basildon", "Angela Smith").birthDate(PartialDate.of(1959, 1, 7)).build();
  private static final Person ANGELA_SMITH_1961 =
      person("mp-angela-smith-hillsborough", "Angela Smith").birthDate(PartialDate.of(1961, 8, 16)).build();
  private static final Motion MOTION =
      Motion.builder().id("motion-commons").legislature(Reference.to(COMMONS.id())).title(MultilingualText.of("en", "That the Bill be now read a Second time")).build();

  private static Person.Builder person(String id, String name) {
    return Person.builder().id(id).name(MultilingualText.of("en", name));
  }

  private static Dossier dossier(ChanceryRecord... more) {
    List<ChanceryRecord> records =
        new ArrayList<>(List.of(COMMONS, JOHN_SMITH_1938, JOHN_SMITH_1951, ANGELA_SMITH_1959, ANGELA_SMITH_1961, MOTION));
    records.addAll(List.of(more));
    return Dossier.of(records);
  }

  private static Vote division(String id, PartialDate date, Ballot... ballots) {
    return Vote.builder().id(id).motion(Reference.to(MOTION.id())).date(date).addBallots(ballots).build();
  }

  private static List<String> found(Dossier dossier) {
    return dossier.check().findings().stream().map(f -> f.code() + " " + f.path() + ": " + f.message()).collect(Collectors.toList());
  }

  @Test
  void aBirthDateGivenBesideANameTellsTwoMembersOfThatNameApart() {
    Dossier dossier = dossier();

    assertThat(dossier.actorsNamed("Angela Smith")).containsExactly(ANGELA_SMITH_1959, ANGELA_SMITH_1961);
    assertThat(dossier.actorsNamed("Angela Smith", PartialDate.of(1961, 8, 16))).containsExactly(ANGELA_SMITH_1961);
    assertThat(dossier.actorsNamed("ANGELA SMITH", PartialDate.of(1959))).containsExactly(ANGELA_SMITH_1959);
    assertThat(dossier.actorsNamed("Angela Smith", PartialDate.of(1961, 8))).containsExactly(ANGELA_SMITH_1961);
    assertThat(dossier.actorsNamed("Angela Smith", PartialDate.of(1970))).isEmpty();
  }

  @Test
  void aBirthDateGivenBesideANameExcludesNoPersonWhoseBirthIsNotRecordedAndNoActorThatIsNotBorn() {
    Person unknownBirth = person("mp-angela-smith-undated", "Angela Smith").build();
    Organization namesake = Organization.builder().id("org-angela-smith").name(MultilingualText.of("en", "Angela Smith")).build();
    Dossier dossier = dossier(unknownBirth, namesake);

    assertThat(dossier.actorsNamed("Angela Smith")).containsExactly(ANGELA_SMITH_1959, ANGELA_SMITH_1961, unknownBirth, namesake);
    assertThat(dossier.actorsNamed("Angela Smith", PartialDate.of(1961, 8, 16))).containsExactly(ANGELA_SMITH_1961, unknownBirth);
  }

  @Test
  void aBallotByNameIsResolvedToTheOnlyPersonOfTheNameAliveOnTheDateOfTheVote() {
    Vote division = division("division-2008-06-11", PartialDate.of(2008, 6, 11), Ballot.byName("John Smith", VoteOption.YES));

    Dossier resolved = dossier(division).resolveVoterNames();

    Ballot ballot = resolved.get(division.id(), Vote.class).orElseThrow().ballots().get(0);
    assertThat(ballot.voter()).contains(Reference.to(JOHN_SMITH_1951.id()));
    assertThat(ballot.voterName()).contains("John Smith");
    assertThat(found(dossier(division)))
        .containsExactly(
            "unresolved-voter records[6].ballots[0].voter_name: 'John Smith' is given by name only; it is the name of"
                + " 'mp-john-smith-vale-of-glamorgan' (resolveVoterNames() links it)");
  }

  @Test
  void aBallotByANameTwoLivingPersonsShareStaysUnresolvedAndIsReported() {
    Vote of1990 = division("division-1990-11-07", PartialDate.of(1990, 11, 7), Ballot.byName("John Smith", VoteOption.NO));
    Vote of2008 = division("division-2008-06-11", PartialDate.of(2008, 6, 11), Ballot.byName("Angela Smith", VoteOption.YES));
    Dossier dossier = dossier(of1990, of2008);

    assertThat(dossier.resolveVoterNames()).isSameAs(dossier);
    assertThat(found(dossier))
        .containsExactly(
            "ambiguous-voter-name records[6].ballots[0].voter_name: 'John Smith' is the name of 2 actors:"
                + " 'mp-john-smith-monklands-east', 'mp-john-smith-vale-of-glamorgan'",
            "ambiguous-voter-name records[7].ballots[0].voter_name: 'Angela Smith' is the name of 2 actors:"
                + " 'mp-angela-smith-basildon', 'mp-angela-smith-hillsborough'");
  }

  @Test
  void aBallotByTheNameOfOnlyPersonsNotAliveThenIsReportedWithTheirDates() {
    Vote afterHisDeath = division("division-1994-06-08", PartialDate.of(1994, 6, 8), Ballot.byName("John Smith", VoteOption.YES));
    Dossier dossier = Dossier.of(List.of(COMMONS, JOHN_SMITH_1938, MOTION, afterHisDeath));

    assertThat(dossier.resolveVoterNames()).isSameAs(dossier);
    assertThat(found(dossier))
        .containsExactly(
            "unresolved-voter records[3].ballots[0].voter_name: no actor named 'John Smith' was alive on 1994-06-08:"
                + " 'mp-john-smith-monklands-east' (1938-09-13 to 1994-05-12)");
  }

  @Test
  void aVoteWithoutADateLeavesEveryPersonOfTheNameACandidate() {
    Vote undated = Vote.builder().id("division-undated").motion(Reference.to(MOTION.id()))
        .addBallots(Ballot.byName("John Smith", VoteOption.YES)).build();

    assertThat(found(dossier(undated))).extracting(f -> f.substring(0, f.indexOf(' '))).containsExactly("ambiguous-voter-name");
  }
}
