package io.github.chancery.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chancery.core.dossier.ConsistencyReport;
import io.github.chancery.core.dossier.Dossier;
import io.github.chancery.core.legislature.Motion;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.treaty.Treaty;
import io.github.chancery.core.actor.State;
import io.github.chancery.json.ChanceryJson;
import io.github.chancery.popolo.Popolo;
import io.github.chancery.popolo.PopoloExport;
import io.github.chancery.popolo.PopoloOmission;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The whole seed story as one dossier: complete, consistent, and navigable. */
final class SeedStoryDossierTest {
  private final Dossier dossier = Dossier.of(SeedStory.records());

  @Test
  void theSeedStoryIsADossierWithoutErrorsWhoseOnlyWarningsNameTheCodesItKeepsVerbatim() {
    ConsistencyReport report = dossier.check();

    assertThat(dossier.referenceProblems()).isEmpty();
    assertThat(report.errors()).isEmpty();
    // The story's own codes, which the library does not know: the capitals as metonyms, "invokes".
    assertThat(report.findings())
        .extracting(f -> f.code() + " " + f.path())
        .containsExactly(
            "unknown-code records[3].other_names[0].kind",
            "unknown-code records[6].other_names[0].kind",
            "unknown-code records[30].positions[1].stance");
  }

  @Test
  void followsTheStoryFromTheResolutionToTheNotesAndTheStatement() {
    Reference<Motion> resolution = Reference.to("motion-fr-senat-ppr-150");

    assertThat(dossier.votesOn(resolution)).extracting(v -> v.id()).containsExactly("vote-fr-senat-ppr-150");
    assertThat(dossier.protestsAgainst(resolution)).extracting(n -> n.id()).containsExactly("note-az-fr-2020-11-26");
    assertThat(dossier.statementsConcerning(resolution)).extracting(s -> s.id())
        .containsExactly("statement-az-mfa-french-resolutions");
    assertThat(dossier.treatiesWithParty(Reference.<State>to("state-ru"))).extracting(Treaty::id)
        .containsExactly("treaty-trilateral-statement-2020-11-10");
    assertThat(dossier.supportedBy(SeedStory.tweet())).extracting(r -> r.id())
        .containsExactly("motion-ca-senate-nk-recognition", "vote-ca-senate-nk-recognition");
  }

  @Test
  void theSeedDossierRoundTripsThroughTheDossierDocument() throws Exception {
    ChanceryJson json = ChanceryJson.strict();
    String document = json.writeDossier(dossier);

    Dossier read = json.readDossier(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)));

    assertThat(read.records()).isEqualTo(dossier.records());
    assertThat(json.writeDossier(read)).isEqualTo(document);
  }

  /** Popolo has no object for a treaty, a statement, a note or a source: the export lists each, with its reason. */
  @Test
  void exportedAsPopoloTheStorySaysWhichRecordsWereNotWrittenAndWhy() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    PopoloExport export = Popolo.write(dossier, out);

    assertThat(export.written().size() + export.notWritten().size()).isEqualTo(dossier.size());
    assertThat(export.notWritten()).extracting(PopoloOmission::toString).containsExactly(
        "source src-azernews-2020-12-canada-senate: Popolo has no object for a source, and gives sources only as links:"
            + " a source without a URL is not written",
        "source src-housakos-tweet-2020-12-09: Popolo has no object for a source, and gives sources only as links:"
            + " a source without a URL is not written",
        "source src-senat-scrutin-2020-11-25: Popolo has no object for a source: its URL and title are written in the"
            + " sources of the 2 records that cite it",
        "disputed_entity entity-nagorno-karabakh: Popolo has no object for a disputed entity",
        "protest_note note-az-fr-2020-11-26: Popolo has no object for a protest note",
        "protest_note note-az-fr-national-assembly: Popolo has no object for a protest note",
        "statement statement-az-mfa-french-resolutions: Popolo has no object for a statement",
        "treaty treaty-trilateral-statement-2020-11-10: Popolo has no object for a treaty");
    assertThat(export).hasToString(
        "Popolo export: 32 records written; not written: 8 (1 disputed entity, 2 protest notes, 1 statement, 1 treaty,"
            + " 3 sources); 13 fields of written records not written whole");
    String links = "a source without a URL, or not in the dossier, is not written: Popolo's sources are links";
    assertThat(export.lostFields()).extracting(Object::toString).containsExactly(
        "state other_names[].kind, in 2 records: not written",
        "person offices, in 4 records: not written",
        "person source_ids, in 1 record: " + links,
        "membership source_ids, in 1 record: " + links,
        "legislature kind, in 1 record: written as the classification legislature: only upper, lower, unicameral and"
            + " bicameral have one of their own",
        "legislature jurisdiction_id, in 5 records: not written",
        "legislature seat_count, in 4 records: not written",
        "motion title, in 1 record: written in one language: the und text, else the first",
        "motion legal_basis, in 1 record: not written",
        "motion subjects, in 7 records: not written",
        "motion source_ids, in 7 records: " + links,
        "vote method, in 1 record: not written",
        "vote source_ids, in 7 records: " + links);
  }
}
