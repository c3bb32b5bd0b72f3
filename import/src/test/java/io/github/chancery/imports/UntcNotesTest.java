package io.github.chancery.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.chancery.core.diplomacy.Stance;
import io.github.chancery.core.diplomacy.Statement;
import io.github.chancery.core.dossier.Dossier;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.treaty.ParticipantAction;
import io.github.chancery.core.treaty.ParticipantActionKind;
import io.github.chancery.core.treaty.Treaty;
import io.github.chancery.json.ChanceryJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The text sections of a UN Treaty Collection status page read beside its table: the UNTC's
 * introduction says that the names of participants that have withdrawn appear between brackets and
 * that "the date of deposit of the notification of denunciation is indicated in a footnote"; these
 * tests pin that the footnote's withdrawal becomes an act with its dates, that other notes are
 * reported, and that declarations and reservations become the participants' statements.
 *
 * <p>The United States' withdrawals from the Paris Agreement (notified 4 November 2019, in effect
 * 4 November 2020; notified 27 January 2025, in effect 27 January 2026) are public record; the
 * wording of the notes in the fixture follows the depositary's style and is illustrative, as is the
 * European Union's declaration text and Denmark's note.
 */
final class UntcNotesTest {
  @TempDir Path folder;

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(UntcNotesTest.class.getResource("/untc/" + name).toURI());
  }

  private static Treaty treaty(ImportResult imported, String id) {
    return imported.dossier().orElseThrow().get(id, Treaty.class).orElseThrow();
  }

  private static List<ParticipantAction> actionsOf(Treaty treaty, String participantId) {
    return treaty.participantActions().stream().filter(a -> a.participant().id().equals(participantId)).toList();
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
  }

  @Test
  void theEndNoteOfAWithdrawnParticipantGivesEachWithdrawalWithItsDateOfEffect() throws Exception {
    ImportResult imported = UntcStatus.importer().read(resource("XXVII-7-d.csv"));

    assertThat(actionsOf(treaty(imported, "treaty-untc-xxvii-7-d"), "state-us"))
        .extracting(ParticipantAction::kind, ParticipantAction::date, ParticipantAction::effectiveOn)
        .containsExactly(
            tuple(ParticipantActionKind.SIGNATURE, PartialDate.of(2016, 4, 22), Optional.empty()),
            tuple(ParticipantActionKind.ACCEPTANCE, PartialDate.of(2021, 1, 20), Optional.empty()),
            tuple(ParticipantActionKind.WITHDRAWAL, PartialDate.of(2019, 11, 4), Optional.of(PartialDate.of(2020, 11, 4))),
            tuple(ParticipantActionKind.WITHDRAWAL, PartialDate.of(2025, 1, 27), Optional.of(PartialDate.of(2026, 1, 27))));
    assertThat(imported.warnings()).noneMatch(w -> w.message().contains("United States") && w.message().contains("brackets"));
    // The table shows only the acceptance of 2021; the one of 2016 withdrawn from in 2019 is not in it:
    // the import says so, and the consistency report flags the first withdrawal, by the acts recorded.
    assertThat(imported.warnings()).filteredOn(w -> w.message().contains("precedes the consent the table shows"))
        .singleElement().satisfies(w -> assertThat(w.message()).contains("2019-11-04", "2021-01-20"));
    assertThat(imported.report().errors()).extracting(f -> f.code().toString())
        .containsExactly("withdrawal-by-non-party");
  }

  @Test
  void aNoteThatReportsNoWithdrawalIsAWarningAtItsLineInTheNotesFile() throws Exception {
    ImportResult imported = UntcStatus.importer().read(resource("XXVII-7-d.csv"));

    assertThat(imported.warnings())
        .filteredOn(w -> w.file().equals("XXVII-7-d.notes.txt"))
        .extracting(ImportWarning::line, ImportWarning::code)
        .containsExactly(tuple(java.util.OptionalLong.of(11), ImportWarningCode.NOT_MAPPED));
    assertThat(imported.warnings()).anyMatch(w -> w.message().contains("end note 1 (on Denmark)") && w.message().contains("Faroe"));
  }

  @Test
  void aDeclarationBecomesAStatementOfTheParticipantConcerningTheTreaty() throws Exception {
    ImportResult imported = UntcStatus.importer().read(resource("XXVII-7-d.csv"));
    Dossier dossier = imported.dossier().orElseThrow();

    List<Statement> statements = dossier.all(Statement.class);
    assertThat(statements).hasSize(1);
    Statement declaration = statements.get(0);
    assertThat(declaration.author().id()).isEqualTo(UntcMapper.EU_ID);
    assertThat(declaration.positions()).singleElement().satisfies(position -> {
      assertThat(position.stance()).isEqualTo(Stance.DECLARES);
      assertThat(position.concerning()).extracting(r -> r.id()).containsExactly("treaty-untc-xxvii-7-d");
    });
    assertThat(declaration.summary().orElseThrow().in("en").orElseThrow())
        .contains("The European Union declares that")
        .contains("competence evolves.");
    assertThat(declaration.date()).isEmpty();
  }

  @Test
  void aReservationAndADeclarationOfOneParticipantAreTwoStatementsOfTheirStances() throws Exception {
    Path table = write("XXVI-8.csv", "Participant,Signature,\"Ratification, Accession(a)\"\nBelarus,10 Apr 1997,3 Jul 2003 a\nFrance,10 Apr 1997,\n");
    write("XXVI-8.notes.txt", String.join("\n",
        "Declarations and Reservations",
        "Belarus",
        "Reservation:",
        "Belarus does not consider itself bound by article 19.",
        "Declaration: Belarus understands article 3",
        "as applying to its own territory.",
        ""));

    ImportResult imported = UntcStatus.importer().read(table);

    assertThat(imported.dossier().orElseThrow().all(Statement.class))
        .extracting(s -> s.positions().get(0).stance(), s -> s.summary().orElseThrow().in("en").orElseThrow(), Statement::id)
        .containsExactly(
            tuple(Stance.RESERVES, "Belarus does not consider itself bound by article 19.", "statement-untc-xxvi-8-belarus-1"),
            tuple(Stance.DECLARES, "Belarus understands article 3 as applying to its own territory.", "statement-untc-xxvi-8-belarus-2"));
    assertThat(imported.report().errors()).isEmpty();
  }

  @Test
  void aDenunciationWhoseEffectIsInTheNextSentenceIsRecordedWithBothDates() throws Exception {
    // Kyoto Protocol (XXVII-7-a): Canada's withdrawal, notified 15 December 2011, effective 15 December 2012
    Path table = write("XXVII-7-a.csv",
        "Participant,Signature,\"Ratification, Acceptance(A), Approval(AA), Accession(a)\"\n[Canada 2],29 Apr 1998,[17 Dec 2002]\n");
    write("XXVII-7-a.notes.txt", String.join("\n",
        "End Notes",
        "2. On 15 December 2011, the Depositary received written notification of Canada's withdrawal from the Kyoto Protocol.",
        "This action will become effective for Canada on 15 December 2012 in accordance with article 27 (1) and (2) of the",
        "Kyoto Protocol.",
        ""));

    ImportResult imported = UntcStatus.importer().read(table);

    assertThat(actionsOf(treaty(imported, "treaty-untc-xxvii-7-a"), "state-ca"))
        .extracting(ParticipantAction::kind, ParticipantAction::date, ParticipantAction::effectiveOn)
        .containsExactly(
            tuple(ParticipantActionKind.SIGNATURE, PartialDate.of(1998, 4, 29), Optional.empty()),
            tuple(ParticipantActionKind.RATIFICATION, PartialDate.of(2002, 12, 17), Optional.empty()),
            tuple(ParticipantActionKind.WITHDRAWAL, PartialDate.of(2011, 12, 15), Optional.of(PartialDate.of(2012, 12, 15))));
    assertThat(imported.warnings()).noneMatch(w -> w.message().contains("brackets"));
  }

  @Test
  void aFootnoteMissingFromTheNotesAndABracketedParticipantWithoutAWithdrawalAreWarnings() throws Exception {
    Path table = write("XXVII-7-a.csv",
        "Participant,Signature,\"Ratification, Acceptance(A), Approval(AA), Accession(a)\"\n[Canada 3],29 Apr 1998,[17 Dec 2002]\n");
    Path notes = write("XXVII-7-a.notes.txt", "End Notes\n2. A note on another participant.\n");

    ImportResult imported = UntcStatus.importer().read(List.of(notes, table));

    assertThat(imported.warnings()).extracting(ImportWarning::file, ImportWarning::code)
        .contains(
            tuple("XXVII-7-a.csv", ImportWarningCode.MISSING_VALUE),
            tuple("XXVII-7-a.csv", ImportWarningCode.NOT_MAPPED));
    assertThat(imported.warnings()).anyMatch(w -> w.message().contains("footnote 3 on Canada is not among the end notes"));
    assertThat(imported.warnings()).anyMatch(w -> w.message().contains("none of its footnotes in XXVII-7-a.notes.txt reports one"));
    assertThat(actionsOf(treaty(imported, "treaty-untc-xxvii-7-a"), "state-ca")).hasSize(2);
  }

  @Test
  void theFilesAreOneTableAndAtMostOneNotesFile() throws Exception {
    Path table = write("XXVII-7-a.csv", "Participant,Signature,\"Ratification, Accession(a)\"\nCanada,29 Apr 1998,17 Dec 2002\n");
    Path other = write("XXVII-7.csv", "Participant,Signature,\"Ratification, Accession(a)\"\nCanada,12 Jun 1992,4 Dec 1992\n");
    Path notes = write("XXVII-7-a.notes.txt", "End Notes\n");

    assertThatThrownBy(() -> UntcStatus.importer().read(List.of(table, other)))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("one table and at most one notes file");
    assertThatThrownBy(() -> UntcStatus.importer().read(List.of(notes)))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("no status table");
  }

  @Test
  void textOutsideTheKnownSectionsIsReportedAndNotImported() throws Exception {
    Path table = write("XXVII-7-a.csv", "Participant,Signature,\"Ratification, Accession(a)\"\nCanada,29 Apr 1998,17 Dec 2002\n");
    write("XXVII-7-a.notes.txt", "STATUS AS AT 1 Dec 2026\nObjections\nCanada\nAn objection.\n");

    ImportResult imported = UntcStatus.importer().read(table);

    assertThat(imported.warnings()).filteredOn(w -> w.file().equals("XXVII-7-a.notes.txt"))
        .extracting(w -> w.line().orElse(0), ImportWarning::code)
        .containsExactly(tuple(1L, ImportWarningCode.NOT_MAPPED), tuple(2L, ImportWarningCode.NOT_MAPPED));
    assertThat(imported.dossier().orElseThrow().all(Statement.class)).isEmpty();
  }

  @Test
  void theWithdrawalsAndStatementsRoundTripThroughChanceryJsonAndStreamAlike() throws Exception {
    ImportResult imported = UntcStatus.importer().read(resource("XXVII-7-d.csv"));
    Dossier dossier = imported.dossier().orElseThrow();
    ChanceryJson json = ChanceryJson.strict();
    ByteArrayOutputStream written = new ByteArrayOutputStream();
    json.writeDossier(dossier, written);
    assertThat(json.readDossier(written.toByteArray())).isEqualTo(dossier);

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImportResult streamed;
    try (var writer = json.writeNdjson(out)) {
      streamed = UntcStatus.importer().stream(resource("XXVII-7-d.csv"), writer, ImportProgress.none());
    }
    try (var reader = json.readNdjson(new java.io.ByteArrayInputStream(out.toByteArray()))) {
      assertThat(reader.stream().toList()).containsExactlyInAnyOrderElementsOf(dossier.records());
    }
    assertThat(streamed.warningCount()).isEqualTo(imported.warningCount());
  }
}
