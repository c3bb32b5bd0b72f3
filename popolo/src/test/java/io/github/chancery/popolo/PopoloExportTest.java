package io.github.chancery.popolo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.chancery.core.actor.DisputedEntity;
import io.github.chancery.core.actor.Membership;
import io.github.chancery.core.actor.Organization;
import io.github.chancery.core.actor.OrganizationKind;
import io.github.chancery.core.actor.Person;
import io.github.chancery.core.actor.State;
import io.github.chancery.core.code.CountryCode;
import io.github.chancery.core.diplomacy.NoteForm;
import io.github.chancery.core.diplomacy.Position;
import io.github.chancery.core.diplomacy.ProtestNote;
import io.github.chancery.core.diplomacy.Stance;
import io.github.chancery.core.diplomacy.Statement;
import io.github.chancery.core.dossier.Dossier;
import io.github.chancery.core.legislature.Legislature;
import io.github.chancery.core.legislature.LegislatureKind;
import io.github.chancery.core.legislature.Motion;
import io.github.chancery.core.legislature.Session;
import io.github.chancery.core.legislature.SessionKind;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.record.RecordType;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.source.Source;
import io.github.chancery.core.text.MultilingualText;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.treaty.Treaty;
import io.github.chancery.core.treaty.TreatyKind;
import io.github.chancery.core.vote.Ballot;
import io.github.chancery.core.vote.Count;
import io.github.chancery.core.vote.Vote;
import io.github.chancery.core.vote.VoteMethod;
import io.github.chancery.core.vote.VoteOption;
import io.github.chancery.core.vote.VoteResult;
import io.github.chancery.core.vote.VotingRule;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What {@link Popolo#write} says it did with each record: written as a Popolo object, or not
 * written with its reason, and the fields of written records the document leaves out. Run through
 * each JSON line alone, as every test of the module (popolo/pom.xml).
 */
final class PopoloExportTest {
  private static MultilingualText text(String und) {
    return MultilingualText.of("und", und);
  }

  /** The seed story's shape: a vote on a disputed entity, the treaty, statements and a protest note about it. */
  private static Dossier seedLike() {
    List<ChanceryRecord> records = new ArrayList<>();
    records.add(Source.builder().id("source-article").url(URI.create("https://www.azernews.az/nation/174885.html"))
        .title(text("Canadian Senate rejects motion on Nagorno-Karabakh")).build());
    records.add(Source.builder().id("source-treaty-text").url(URI.create("https://en.kremlin.ru/events/president/news/64384"))
        .build());
    records.add(Source.builder().id("source-paper").title(text("A paper archive")).build());
    records.add(State.builder().id("state-az").name(text("Azerbaijan")).countryCode(CountryCode.parse("AZ")).build());
    records.add(State.builder().id("state-am").name(text("Armenia")).countryCode(CountryCode.parse("AM")).build());
    records.add(DisputedEntity.builder().id("entity-nk").name(text("Nagorno-Karabakh")).build());
    records.add(Legislature.builder().id("senate-ca").name(text("Senate of Canada")).kind(LegislatureKind.UPPER_CHAMBER).build());
    records.add(Organization.builder().id("party-c").name(text("Conservative Party")).kind(OrganizationKind.PARTY).build());
    records.add(Person.builder().id("senator-a").name(text("Senator A")).build());
    records.add(Person.builder().id("senator-b").name(text("Senator B")).build());
    records.add(Membership.builder().id("m-a").member(Reference.to("senator-a")).organization(Reference.to("senate-ca")).build());
    records.add(Membership.builder().id("m-nk").member(Reference.to("entity-nk")).organization(Reference.to("party-c")).build());
    records.add(Session.builder().id("session-43-2").legislature(Reference.to("senate-ca")).kind(SessionKind.SESSION).identifier("43-2").build());
    records.add(Motion.builder().id("motion-nk").legislature(Reference.to("senate-ca")).session(Reference.to("session-43-2"))
        .title(text("That the Senate recognise Nagorno-Karabakh")).build());
    records.add(Vote.builder().id("vote-nk").motion(Reference.to("motion-nk")).date(PartialDate.of(2020, 12, 3))
        .result(VoteResult.REJECTED).addCounts(Count.of(VoteOption.YES, 1), Count.of(VoteOption.NO, 1))
        .addBallot(Ballot.of(Reference.to("senator-a"), VoteOption.YES))
        .addBallot(Ballot.of(Reference.to("senator-b"), VoteOption.NO))
        .addSource(Reference.to("source-article")).build());
    records.add(Treaty.builder().id("treaty-ceasefire-2020").title(text("Trilateral statement of 10 November 2020"))
        .kind(TreatyKind.TRILATERAL_STATEMENT).addParty(Reference.to("state-az")).addParty(Reference.to("state-am"))
        .addSource(Reference.to("source-treaty-text")).addSource(Reference.to("source-paper")).build());
    records.add(Statement.builder().id("statement-az").author(Reference.to("state-az"))
        .addPosition(Position.of(Stance.WELCOMES, Reference.to("vote-nk"))).addSource(Reference.to("source-article")).build());
    records.add(Statement.builder().id("statement-am").author(Reference.to("state-am"))
        .addPosition(Position.of(Stance.REJECTS, Reference.to("vote-nk"))).build());
    records.add(ProtestNote.builder().id("note-az-am").sender(Reference.to("state-az")).recipient(Reference.to("state-am"))
        .form(NoteForm.NOTE).build());
    return Dossier.of(records);
  }

  private static PopoloExport export(Dossier dossier, ByteArrayOutputStream out) throws IOException {
    return Popolo.write(dossier, out);
  }

  private static PopoloExport export(Dossier dossier) throws IOException {
    return export(dossier, new ByteArrayOutputStream());
  }

  private static String resource(String name) {
    try (InputStream in = PopoloExportTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("missing test resource " + name, e);
    }
  }

  @Test
  void everyRecordOfADossierWithATreatyStatementsAndAProtestNoteIsWrittenOrListedAsNotWrittenWithItsReason() throws IOException {
    Dossier dossier = seedLike();

    PopoloExport export = export(dossier);

    assertThat(export.notWritten()).containsExactly(
        PopoloOmission.of("source-article", RecordType.SOURCE,
            "Popolo has no object for a source: its URL and title are written in the sources of the record that cites it"),
        PopoloOmission.of("source-treaty-text", RecordType.SOURCE,
            "Popolo has no object for a source, and gives its URL and title only in the sources of the records that cite it:"
                + " no record written cites it"),
        PopoloOmission.of("source-paper", RecordType.SOURCE,
            "Popolo has no object for a source, and gives sources only as links: a source without a URL is not written"),
        PopoloOmission.of("entity-nk", RecordType.DISPUTED_ENTITY,
            "Popolo has no object for a disputed entity: the memberships that name it as member give only its id, as an"
                + " organization's"),
        PopoloOmission.of("treaty-ceasefire-2020", RecordType.TREATY, "Popolo has no object for a treaty"),
        PopoloOmission.of("statement-az", RecordType.STATEMENT, "Popolo has no object for a statement"),
        PopoloOmission.of("statement-am", RecordType.STATEMENT, "Popolo has no object for a statement"),
        PopoloOmission.of("note-az-am", RecordType.PROTEST_NOTE, "Popolo has no object for a protest note"));
    assertThat(export.written()).containsExactly(
        "senator-a", "senator-b", "state-az", "state-am", "senate-ca", "party-c", "m-a", "m-nk", "session-43-2", "motion-nk",
        "vote-nk");
    Set<String> accounted = new HashSet<>(export.written());
    export.notWritten().forEach(omission -> assertThat(accounted.add(omission.recordId())).as(omission.recordId()).isTrue());
    assertThat(accounted).isEqualTo(dossier.records().stream().map(ChanceryRecord::id).collect(Collectors.toSet()));
    assertThat(export.written().size() + export.notWritten().size()).isEqualTo(dossier.size()).isEqualTo(19);
    assertThat(export.lostFields()).isEmpty();
  }

  @Test
  void theRecordsSaidWrittenAreTheObjectsOfTheDocument() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    PopoloExport export = export(seedLike(), out);

    Dossier again = Popolo.read(new ByteArrayInputStream(out.toByteArray())).dossier();
    // Popolo's sources are links: read back, a cited URL is a source again, under an id of its own.
    assertThat(again.records().stream().filter(r -> !(r instanceof Source)).map(ChanceryRecord::id))
        .containsExactlyInAnyOrderElementsOf(export.written());
    assertThat(export.writtenByType()).containsExactly(
        Map.entry(RecordType.STATE, 2), Map.entry(RecordType.ORGANIZATION, 1), Map.entry(RecordType.PERSON, 2),
        Map.entry(RecordType.MEMBERSHIP, 2), Map.entry(RecordType.LEGISLATURE, 1), Map.entry(RecordType.SESSION, 1),
        Map.entry(RecordType.MOTION, 1), Map.entry(RecordType.VOTE, 1));
  }

  @Test
  void exportingOnlyPersonsOrganizationsMembershipsAndVotesLeavesNothingOut() throws IOException {
    Dossier dossier = Dossier.of(List.of(
        Legislature.builder().id("chamber").name(text("Chamber")).kind(LegislatureKind.LOWER_CHAMBER).build(),
        Organization.builder().id("party-a").name(text("Party A")).kind(OrganizationKind.PARTY).build(),
        Person.builder().id("ann").name(text("Ann")).birthDate(PartialDate.of(1960, 4, 2)).build(),
        Person.builder().id("bob").name(text("Bob")).build(),
        Membership.builder().id("m-ann").member(Reference.to("ann")).organization(Reference.to("party-a"))
            .start(PartialDate.parse("2019-12-12T10:00:00Z")).build(),
        Motion.builder().id("motion-1").legislature(Reference.to("chamber")).title(text("A bill"))
            .addSponsor(Reference.to("ann")).tabledOn(PartialDate.parse("2021-03-01T09:00:00.125+01:00")).build(),
        Vote.builder().id("vote-1").motion(Reference.to("motion-1")).legislature(Reference.to("chamber"))
            .date(PartialDate.parse("2021-03-04T15:30:00")).result(VoteResult.ADOPTED).rule(VotingRule.SIMPLE_MAJORITY)
            .addCounts(Count.of(VoteOption.YES, 1), Count.of(VoteOption.NO, 1))
            .addBallot(Ballot.of(Reference.to("ann"), VoteOption.YES).withGroup(Reference.to("party-a")))
            .addBallot(Ballot.byName("Bob", VoteOption.NO)).build()));
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    PopoloExport export = export(dossier, out);

    assertThat(export.notWritten()).isEmpty();
    assertThat(export.lostFields()).isEmpty();
    assertThat(export.written()).hasSize(dossier.size());
    assertThat(export).hasToString("Popolo export: 7 records written; nothing left out");
    assertThat(Popolo.read(new ByteArrayInputStream(out.toByteArray())).dossier().records())
        .containsExactlyInAnyOrderElementsOf(dossier.records());
  }

  @Test
  void theFieldsOfWrittenRecordsThatTheDocumentLeavesOutAreCountedByRecordTypeAndField() throws IOException {
    Dossier dossier = Dossier.of(List.of(
        Legislature.builder().id("chamber").name(text("Chamber")).seatCount(650).build(),
        Person.builder().id("ann").name(text("Ann")).build(),
        Person.builder().id("bob").name(text("Bob")).build(),
        Motion.builder().id("motion-1").legislature(Reference.to("chamber")).title(text("A bill")).text(text("Be it enacted"))
            .addSponsor(Reference.to("ann")).addSponsor(Reference.to("bob")).build(),
        Motion.builder().id("motion-2").legislature(Reference.to("chamber")).title(text("Another bill"))
            .text(text("Be it also enacted")).addSponsor(Reference.to("bob")).build(),
        Vote.builder().id("vote-1").motion(Reference.to("motion-1")).method(VoteMethod.RECORDED).rule(VotingRule.SIMPLE_MAJORITY)
            .addBallot(Ballot.of(Reference.to("ann"), VoteOption.YES).withVoterName("Ann Smith")).build(),
        Vote.builder().id("vote-2").motion(Reference.to("motion-1")).method(VoteMethod.VOICE)
            .rule(VotingRule.of("two-thirds")).build(),
        Vote.builder().id("vote-3").motion(Reference.to("motion-absent")).rule(VotingRule.SIMPLE_MAJORITY).build()));

    PopoloExport export = export(dossier);

    assertThat(export.notWritten()).isEmpty();
    assertThat(export.lostFields()).containsExactly(
        PopoloLostField.of(RecordType.LEGISLATURE, "seat_count", 1, "not written"),
        PopoloLostField.of(RecordType.MOTION, "text", 2, "not written: Popolo's motion text holds the title"),
        PopoloLostField.of(RecordType.MOTION, "sponsor_ids", 1, "only the first is written, as creator_id"),
        PopoloLostField.of(RecordType.VOTE, "method", 2, "not written"),
        PopoloLostField.of(RecordType.VOTE, "rule", 2,
            "not written: a rule is written only as its motion's requirement, which is the rule of the first vote on the"
                + " motion that has one"),
        PopoloLostField.of(RecordType.VOTE, "ballots[].voter_name", 1, "not written beside the ballot's voter_id"));
    assertThat(export.lostFields().get(1)).hasToString("motion text, in 2 records: not written: Popolo's motion text holds the title");
    assertThat(export).hasToString("Popolo export: 8 records written; 6 fields of written records not written whole");
  }

  @Test
  void aDateIsReportedOnlyWhenItsFieldCannotHoldItWhole() throws IOException {
    Dossier dossier = Dossier.of(List.of(
        Organization.builder().id("party-a").name(text("Party A")).build(),
        Person.builder().id("ann").name(text("Ann")).birthDate(PartialDate.parse("1960-04-02T06:30:00Z")).build(),
        Person.builder().id("bob").name(text("Bob")).birthDate(PartialDate.of(1958)).build(),
        Membership.builder().id("m-offset").member(Reference.to("ann")).organization(Reference.to("party-a"))
            .start(PartialDate.parse("2019-12-12T10:00:00+01:00")).end(PartialDate.parse("2020-01-01T10:00:00.5Z")).build(),
        Membership.builder().id("m-local").member(Reference.to("bob")).organization(Reference.to("party-a"))
            .start(PartialDate.parse("2019-12-12T10:00:00")).build(),
        Membership.builder().id("m-day").member(Reference.to("bob")).organization(Reference.to("party-a"))
            .start(PartialDate.of(2019, 12, 12)).end(PartialDate.parse("2020-01-01T10:00:00Z")).build()));

    PopoloExport export = export(dossier);

    String offsetTime = "written as Popolo's date pattern allows, without a local time of day, a fraction of a second, a time-zone"
        + " id or an offset's seconds";
    assertThat(export.lostFields()).containsExactly(
        PopoloLostField.of(RecordType.PERSON, "birth_date", 1, "written as a date only: Popolo's field takes no time of day"),
        PopoloLostField.of(RecordType.MEMBERSHIP, "start", 1, offsetTime),
        PopoloLostField.of(RecordType.MEMBERSHIP, "end", 1, offsetTime));
  }

  @Test
  void everyBranchOfTheWriterSaysWhatItLeftOut() throws IOException {
    PopoloExport export = export(ExportFixture.dossier());

    List<String> report = new ArrayList<>();
    report.add(export.toString());
    export.notWritten().forEach(omission -> report.add(omission.toString()));
    export.lostFields().forEach(field -> report.add(field.toString()));
    assertThat(report).containsExactlyElementsOf(resource("/popolo/export/export-fixture.txt").lines()
        .filter(line -> !line.isBlank() && !line.startsWith("#")).collect(Collectors.toList()));
  }

  @Test
  void theSummaryCountsTheRecordsNotWrittenByType() throws IOException {
    assertThat(export(seedLike())).hasToString(
        "Popolo export: 11 records written; not written: 8 (1 disputed entity, 1 protest note, 2 statements, 1 treaty, 3 sources)");
  }

  @Test
  void theExportCannotBeChanged() throws IOException {
    PopoloExport export = export(seedLike());

    assertThatThrownBy(() -> export.written().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> export.notWritten().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> export.lostFields().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> export.writtenByType().clear()).isInstanceOf(UnsupportedOperationException.class);
  }
}
