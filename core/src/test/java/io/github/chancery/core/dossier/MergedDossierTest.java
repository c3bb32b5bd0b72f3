package io.github.chancery.core.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.chancery.core.actor.Organization;
import io.github.chancery.core.actor.OrganizationKind;
import io.github.chancery.core.actor.Person;
import io.github.chancery.core.legislature.Legislature;
import io.github.chancery.core.legislature.LegislatureKind;
import io.github.chancery.core.legislature.Motion;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.text.MultilingualText;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.validation.ValidationException;
import io.github.chancery.core.vote.Ballot;
import io.github.chancery.core.vote.Count;
import io.github.chancery.core.vote.Vote;
import io.github.chancery.core.vote.VoteOption;
import io.github.chancery.core.vote.VoteResult;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A monitor of House of Commons divisions publishes its members (with their published birth
 * dates), its parties, and one file per division that embeds each voter it names, by id and name:
 * the division of 5 March 2008 on a referendum on the Lisbon Treaty (European Union (Amendment)
 * Bill, negatived by 311 to 248) and that of 11 June 2008 on 42 days' pre-charge detention
 * (Counter-Terrorism Bill, carried by 315 to 306), each given here with a few of its voters. The
 * second division prints Diane Abbott as "Ms Diane Abbott", as Hansard's division lists do.
 */
final class MergedDossierTest {
  private static final Legislature COMMONS = Legislature.builder().id("house-of-commons")
      .name(MultilingualText.of("en", "House of Commons")).kind(LegislatureKind.LOWER_CHAMBER).build();
  private static final Organization LABOUR = party("party-labour", "Labour");
  private static final Organization CONSERVATIVE = party("party-conservative", "Conservative");
  private static final Person ABBOTT = member("mp-diane-abbott", "Diane Abbott", PartialDate.of(1953, 9, 27), "female");
  private static final Person BROWN = member("mp-gordon-brown", "Gordon Brown", PartialDate.of(1951, 2, 20), "male");
  private static final Person CAMERON = member("mp-david-cameron", "David Cameron", PartialDate.of(1966, 10, 9), "male");
  private static final Person DAVIS = member("mp-david-davis", "David Davis", PartialDate.of(1948, 12, 23), "male");
  private static final Person HOEY = member("mp-kate-hoey", "Kate Hoey", PartialDate.of(1946, 6, 21), "female");

  private static Organization party(String id, String name) {
    return Organization.builder().id(id).name(MultilingualText.of("en", name)).kind(OrganizationKind.PARTY).build();
  }

  private static Person member(String id, String name, PartialDate born, String gender) {
    return Person.builder().id(id).name(MultilingualText.of("en", name)).birthDate(born).gender(gender).build();
  }

  /** A voter as a division file embeds it: its id and its name as printed. */
  private static Person voter(Person member) {
    return Person.builder().id(member.id()).name(member.name()).build();
  }

  private static List<ChanceryRecord> division(String id, String title, PartialDate date, VoteResult result, int ayes, int noes,
      List<Person> voters, List<Ballot> ballots) {
    Motion motion = Motion.builder().id("motion-" + id).legislature(Reference.to(COMMONS.id())).title(MultilingualText.of("en", title)).build();
    List<ChanceryRecord> records = new ArrayList<>(voters);
    records.add(motion);
    records.add(Vote.builder().id(id).motion(Reference.of(motion)).date(date).result(result)
        .addCounts(Count.of(VoteOption.YES, ayes), Count.of(VoteOption.NO, noes)).addAllBallots(ballots).build());
    return records;
  }

  private static Ballot ballot(Person voter, VoteOption option, Organization party) {
    return Ballot.of(Reference.to(voter.id()), option).withGroup(Reference.of(party));
  }

  private static final List<ChanceryRecord> PEOPLE = List.of(ABBOTT, BROWN, CAMERON, DAVIS, HOEY);
  private static final List<ChanceryRecord> PARTIES = List.of(COMMONS, LABOUR, CONSERVATIVE);
  private static final List<ChanceryRecord> LISBON =
      division("division-2008-03-05-lisbon-referendum", "European Union (Amendment) Bill: referendum", PartialDate.of(2008, 3, 5),
          VoteResult.REJECTED, 248, 311, List.of(voter(BROWN), voter(CAMERON), voter(DAVIS), voter(HOEY)),
          List.of(ballot(BROWN, VoteOption.NO, LABOUR), ballot(CAMERON, VoteOption.YES, CONSERVATIVE), ballot(DAVIS, VoteOption.YES, CONSERVATIVE),
              ballot(HOEY, VoteOption.YES, LABOUR)));
  private static final List<ChanceryRecord> FORTY_TWO_DAYS =
      division("division-2008-06-11-42-days", "Counter-Terrorism Bill: 42 days' pre-charge detention", PartialDate.of(2008, 6, 11),
          VoteResult.ADOPTED, 315, 306,
          List.of(voter(BROWN), ABBOTT.withName(MultilingualText.of("en", "Ms Diane Abbott")).withBirthDate(java.util.Optional.empty())
              .withGender(java.util.Optional.empty()), voter(CAMERON), voter(DAVIS)),
          List.of(ballot(BROWN, VoteOption.YES, LABOUR), ballot(ABBOTT, VoteOption.NO, LABOUR), ballot(CAMERON, VoteOption.NO, CONSERVATIVE),
              ballot(DAVIS, VoteOption.NO, CONSERVATIVE)));

  private static MergedDossier monitor() {
    return MergedDossier.builder()
        .add("people.json", Dossier.of(PEOPLE))
        .add("parties.json", Dossier.of(PARTIES))
        .add("division-2008-03-05.json", Dossier.of(LISBON))
        .add("division-2008-06-11.json", Dossier.of(FORTY_TWO_DAYS))
        .merge();
  }

  @Test
  void theFilesOfAMonitorCannotMakeOneDossierAsTheyAre() {
    List<ChanceryRecord> all = new ArrayList<>(PEOPLE);
    all.addAll(PARTIES);
    all.addAll(LISBON);
    all.addAll(FORTY_TWO_DAYS);

    assertThatThrownBy(() -> Dossier.of(all)).isInstanceOf(ValidationException.class).hasMessageContaining("duplicate");
  }

  @Test
  void theSameMemberGivenInSeveralFilesIsKeptOnceAsTheRegisterOfMembersGivesThem() {
    MergedDossier merged = monitor();

    assertThat(merged.dossier().size()).isEqualTo(5 + 3 + 2 + 2);
    assertThat(merged.dossier().get(BROWN.id(), Person.class)).contains(BROWN);
    assertThat(merged.originOf(BROWN.id())).contains("people.json");
    assertThat(merged.originOf("division-2008-06-11-42-days")).contains("division-2008-06-11.json");
    assertThat(merged.dossier().records().subList(0, 5)).containsExactlyElementsOf(PEOPLE);
  }

  @Test
  void aMemberGivenDifferentlyInTwoFilesIsKeptApartAsAFindingNamingBothFiles() {
    MergedDossier merged = monitor();

    assertThat(merged.dossier().get(ABBOTT.id(), Person.class)).contains(ABBOTT);
    assertThat(merged.conflicts()).singleElement().satisfies(conflict -> {
      assertThat(conflict.id()).isEqualTo(ABBOTT.id());
      assertThat(conflict.keptFrom()).isEqualTo("people.json");
      assertThat(conflict.keptApartFrom()).isEqualTo("division-2008-06-11.json");
      assertThat(((Person) conflict.keptApart()).nameIn("en")).isEqualTo("Ms Diane Abbott");
      assertThat(conflict.differences()).containsExactly("name");
    });
    assertThat(merged.keptApart()).extracting(ChanceryRecord::id).containsExactly(ABBOTT.id());
    assertThat(merged.findings()).extracting(Finding::toString).containsExactly(
        "WARNING record-given-differently mp-diane-abbott records[0].name: 'mp-diane-abbott' is given differently by people.json (kept)"
            + " and division-2008-06-11.json (kept apart): name '[en] Diane Abbott' and '[en] Ms Diane Abbott'");
  }

  @Test
  void theReportOfAMergeIsTheDossiersReportWithTheRecordsKeptApart() {
    ConsistencyReport report = monitor().check();

    assertThat(report.findings(FindingCode.RECORD_GIVEN_DIFFERENTLY)).hasSize(1);
    assertThat(report.findings(FindingCode.DANGLING_REFERENCE)).isEmpty();
    assertThat(report.findings(FindingCode.COUNTS_DISAGREE_WITH_BALLOTS)).isNotEmpty(); // a few voters of each division only
    assertThat(report.warningCount()).isEqualTo(report.findings().size());
  }

  @Test
  void aFullerRecordGivenLaterTakesThePlaceOfTheFirstAndNothingIsKeptApart() {
    MergedDossier merged = MergedDossier.builder()
        .add("division-2008-03-05.json", LISBON)
        .add("people.json", PEOPLE)
        .merge();

    assertThat(merged.conflicts()).isEmpty();
    assertThat(merged.dossier().records().get(0)).isEqualTo(BROWN);
    assertThat(merged.originOf(BROWN.id())).contains("people.json");
    assertThat(merged.dossier().get(ABBOTT.id())).contains(ABBOTT);
  }

  @Test
  void twoRecordsOfDifferentTypesUnderOneIdAreKeptApart() {
    Organization party = party(HOEY.id(), "Kate Hoey");

    MergedDossier merged = MergedDossier.builder().add("people.json", PEOPLE).add("parties.json", List.of(party)).merge();

    assertThat(merged.dossier().get(HOEY.id())).contains(HOEY);
    assertThat(merged.conflicts()).singleElement().satisfies(c -> assertThat(c.differences()).containsExactly("type"));
    assertThat(merged.findings().get(0).path()).isEqualTo("records[4].id");
    assertThat(merged.findings().get(0).message()).endsWith("a record of type person and one of type organization");
  }

  @Test
  void theSameRecordGivenTwiceInOneSourceIsKeptOnce() {
    MergedDossier merged = MergedDossier.builder().add("people.ndjson", List.of(ABBOTT, BROWN, ABBOTT)).merge();

    assertThat(merged.dossier().records()).containsExactly(ABBOTT, BROWN);
    assertThat(merged.conflicts()).isEmpty();
    assertThat(merged.toString()).isEqualTo("merged dossier of 2 records, 0 kept apart");
  }

  @Test
  void aSourceNeedsAnOrigin() {
    assertThatThrownBy(() -> MergedDossier.builder().add(" ", PEOPLE)).isInstanceOf(IllegalArgumentException.class);
  }
}
