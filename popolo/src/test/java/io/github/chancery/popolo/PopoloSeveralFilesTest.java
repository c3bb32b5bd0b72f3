package io.github.chancery.popolo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.chancery.core.actor.Membership;
import io.github.chancery.core.actor.Person;
import io.github.chancery.core.dossier.Dossier;
import io.github.chancery.core.dossier.Finding;
import io.github.chancery.core.dossier.FindingCode;
import io.github.chancery.core.dossier.MergeConflict;
import io.github.chancery.core.dossier.MergedDossier;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.validation.ValidationException;
import io.github.chancery.core.vote.Ballot;
import io.github.chancery.core.vote.Vote;
import io.github.chancery.core.vote.VoteOption;
import io.github.chancery.core.vote.VoteResult;
import io.github.chancery.json.problem.InvalidJson;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A monitor of the House of Commons publishes its members ({@code people.json}: their published
 * dates of birth, and of death for Robin Cook and Frank Dobson), its parties and the members'
 * parties ({@code parties.json}), and one file per division, each embedding the voters it names
 * by id and name: the two divisions of 18 March 2003 on Iraq, No. 117 on the amendment that the
 * case for war had not been established (negatived, 217 to 396) and No. 118 on the Government's
 * motion (agreed, 412 to 149), each given with ten or eleven of its voters. The second prints
 * Diane Abbott as "Ms Diane Abbott", as Hansard's division lists do.
 */
final class PopoloSeveralFilesTest {
  private static final Path MONITOR = monitor();
  private static final Path PEOPLE = MONITOR.resolve("people.json");
  private static final Path PARTIES = MONITOR.resolve("parties.json");
  private static final Path AMENDMENT = MONITOR.resolve("division-2003-03-18-117.json");
  private static final Path MOTION = MONITOR.resolve("division-2003-03-18-118.json");

  private static Path monitor() {
    try {
      return Path.of(PopoloSeveralFilesTest.class.getResource("/popolo/monitor").toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalStateException("missing test resource /popolo/monitor", e);
    }
  }

  private static List<String> warnings(PopoloImport imported) {
    return imported.warnings().stream().map(PopoloWarning::toString).collect(Collectors.toList());
  }

  private static List<String> ballots(Vote vote) {
    return vote.ballots().stream().map(b -> b.voter().orElseThrow().id() + " " + b.option()).collect(Collectors.toList());
  }

  @Test
  void theMonitorsFilesReadOneByOneCannotBePutInOneDossier() throws IOException {
    List<ChanceryRecord> records = new ArrayList<>();
    for (Path file : List.of(PEOPLE, PARTIES, AMENDMENT, MOTION)) {
      records.addAll(Popolo.read(file).dossier().records());
    }

    assertThatThrownBy(() -> Dossier.of(records))
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).violations()).hasSize(19)
            .allSatisfy(v -> assertThat(v.message()).contains("is already used by")));
  }

  @Test
  void theMonitorsFolderReadAsOneGivesEachMemberOnceWithTheDatesOfTheRegister() throws IOException {
    PopoloImport imported = Popolo.readAll(MONITOR);
    Dossier dossier = imported.dossier();

    assertThat(dossier.all(Person.class)).hasSize(10).allSatisfy(p -> assertThat(p.birthDate()).isPresent());
    assertThat(dossier.get("mp-robin-cook", Person.class).orElseThrow())
        .isEqualTo(Popolo.read(PEOPLE).dossier().get("mp-robin-cook", Person.class).orElseThrow());
    assertThat(dossier.get("mp-frank-dobson", Person.class).orElseThrow().deathDate()).contains(PartialDate.of(2019, 11, 11));
    assertThat(dossier.all(Membership.class)).hasSize(10);
    assertThat(dossier.referenceProblems()).isEmpty();
    Vote amendment = dossier.get("division-2003-03-18-117", Vote.class).orElseThrow();
    Vote motion = dossier.get("division-2003-03-18-118", Vote.class).orElseThrow();
    assertThat(amendment.result()).contains(VoteResult.REJECTED);
    assertThat(motion.result()).contains(VoteResult.ADOPTED);
    assertThat(ballots(motion)).containsExactly(
        "mp-tony-blair yes", "mp-gordon-brown yes", "mp-jack-straw yes", "mp-iain-duncan-smith yes", "mp-dennis-skinner no",
        "mp-jeremy-corbyn no", "mp-diane-abbott no", "mp-robin-cook no", "mp-frank-dobson no", "mp-kenneth-clarke no");
    assertThat(motion.ballots()).extracting(Ballot::group).extracting(g -> g.map(Reference::id).orElseThrow())
        .containsOnly("party-labour", "party-conservative");
    assertThat(dossier.check().findings()).extracting(Finding::code).containsOnly(FindingCode.COUNTS_DISAGREE_WITH_BALLOTS);
  }

  @Test
  void aMemberPrintedOtherwiseInOneDivisionIsKeptApartWithAWarningNamingBothFiles() throws IOException {
    PopoloImport imported = Popolo.readAll(MONITOR);

    assertThat(imported.dossier().get("mp-diane-abbott", Person.class).orElseThrow().nameIn()).isEqualTo("Diane Abbott");
    assertThat(imported.keptApart()).singleElement()
        .satisfies(r -> assertThat(((Person) r).nameIn()).isEqualTo("Ms Diane Abbott"))
        .satisfies(r -> assertThat(r.id()).isEqualTo("mp-diane-abbott"));
    assertThat(imported.warnings()).singleElement().satisfies(w -> {
      assertThat(w.file()).contains(MOTION.toString());
      assertThat(w.path()).isEqualTo("$.vote_events[0].votes[6].voter");
      assertThat(w.message()).isEqualTo("this embedded copy of 'mp-diane-abbott' differs from the object given in full at "
          + PEOPLE + " $.persons[6], which is kept: this copy is not kept");
    });
    assertThat(imported.dossier().get("division-2003-03-18-118", Vote.class).orElseThrow().ballots().get(6).voter())
        .contains(Reference.to("mp-diane-abbott"));
  }

  @Test
  void theFilesGivenInAnotherOrderGiveTheSameRecordsAndTheSameRecordKeptApart() throws IOException {
    PopoloImport folder = Popolo.readAll(MONITOR);

    PopoloImport listed = Popolo.readAll(List.of(PEOPLE, PARTIES, AMENDMENT, MOTION));

    assertThat(listed.dossier().records()).containsExactlyInAnyOrderElementsOf(folder.dossier().records());
    assertThat(listed.keptApart()).isEqualTo(folder.keptApart());
    assertThat(warnings(listed)).containsExactly(
        MOTION + " $.vote_events[0].votes[6].voter: this embedded copy of 'mp-diane-abbott' differs from the object given in full at "
            + PEOPLE + " $.persons[6], which is kept: this copy is not kept");
  }

  @Test
  void theSameFileGivenTwiceGivesEachRecordOnceAndNoWarning() throws IOException {
    PopoloImport twice = Popolo.readAll(List.of(PEOPLE, PEOPLE));

    assertThat(twice.dossier().records()).containsExactlyElementsOf(Popolo.read(PEOPLE).dossier().records());
    assertThat(twice.warnings()).isEmpty();
    assertThat(twice.keptApart()).isEmpty();
  }

  @Test
  void twoObjectsGivenInFullUnderOneIdInTwoFilesAreWarnedWithBothFilesAndTheSecondKeptApart(@TempDir Path folder) throws IOException {
    // Another register gives Kenneth Clarke's birth as 2 July 1941: one of the two is wrong, and neither is dropped.
    Path other = Files.writeString(folder.resolve("people-other.json"),
        "{\"persons\":[{\"id\":\"mp-kenneth-clarke\",\"name\":\"Kenneth Clarke\",\"birth_date\":\"1941-07-02\"}]}");

    PopoloImport imported = Popolo.readAll(List.of(PEOPLE, other));

    assertThat(imported.dossier().get("mp-kenneth-clarke", Person.class).orElseThrow().birthDate()).contains(PartialDate.of(1940, 7, 2));
    assertThat(imported.keptApart()).singleElement()
        .satisfies(r -> assertThat(((Person) r).birthDate()).contains(PartialDate.of(1941, 7, 2)));
    assertThat(warnings(imported)).containsExactly(
        other + " $.persons[0]: a second object with id 'mp-kenneth-clarke' differs from the first at " + PEOPLE
            + " $.persons[9], which is kept: this one is not imported");
  }

  @Test
  void dossiersImportedOneByOneMergeIntoOneWithEachMemberOnceAndTheOtherPrintingKeptApart() throws IOException {
    MergedDossier merged = MergedDossier.builder()
        .add("division-2003-03-18-117.json", Popolo.read(AMENDMENT).dossier())
        .add("division-2003-03-18-118.json", Popolo.read(MOTION).dossier())
        .add("parties.json", Popolo.read(PARTIES).dossier())
        .add("people.json", Popolo.read(PEOPLE).dossier())
        .merge();

    assertThat(merged.dossier().records()).containsExactlyInAnyOrderElementsOf(Popolo.readAll(MONITOR).dossier().records());
    assertThat(merged.originOf("mp-jack-straw")).contains("people.json");
    assertThat(merged.originOf("division-2003-03-18-117")).contains("division-2003-03-18-117.json");
    assertThat(merged.conflicts()).singleElement().satisfies(conflict -> {
      assertThat(conflict.keptFrom()).isEqualTo("people.json");
      assertThat(conflict.keptApartFrom()).isEqualTo("division-2003-03-18-118.json");
      assertThat(conflict.differences()).containsExactly("name");
    });
    assertThat(merged.conflicts()).extracting(MergeConflict::finding).extracting(Finding::message).containsExactly(
        "'mp-diane-abbott' is given differently by people.json (kept) and division-2003-03-18-118.json (kept apart):"
            + " name '[und] Diane Abbott' and '[und] Ms Diane Abbott'");
    assertThat(merged.check().findings(FindingCode.RECORD_GIVEN_DIFFERENTLY)).hasSize(1);
  }

  @Test
  void aFileThatIsNotPopoloIsRefusedNamingTheFile(@TempDir Path folder) throws IOException {
    Path broken = Files.writeString(folder.resolve("division-2003-03-18-119.json"), "{\"vote_events\": [");

    InvalidJson refused = Refusals.refusal(() -> Popolo.readAll(List.of(PEOPLE, broken)));

    assertThat(Refusals.message(refused)).contains(broken.toString());
    assertThat(refused.problems()).extracting(p -> p.code().code()).containsExactly("malformed-json");
  }

  @Test
  void aFolderWithoutPopoloFilesOrNotAFolderAtAllIsRefused(@TempDir Path folder) throws IOException {
    Files.writeString(folder.resolve("README.txt"), "The monitor's files.");

    assertThatThrownBy(() -> Popolo.readAll(folder)).isInstanceOf(NoSuchFileException.class).hasMessageContaining(".json");
    assertThatThrownBy(() -> Popolo.readAll(PEOPLE)).isInstanceOf(NotDirectoryException.class);
    assertThatThrownBy(() -> Popolo.readAll(List.of())).isInstanceOf(IllegalArgumentException.class);
  }
}
