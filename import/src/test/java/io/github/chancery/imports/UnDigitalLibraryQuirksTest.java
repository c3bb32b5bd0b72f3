package io.github.chancery.imports;

import static io.github.chancery.imports.Fixtures.gaRow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.chancery.core.actor.State;
import io.github.chancery.core.dossier.Dossier;
import io.github.chancery.core.legislature.Motion;
import io.github.chancery.core.legislature.Session;
import io.github.chancery.core.legislature.SessionKind;
import io.github.chancery.core.vote.Ballot;
import io.github.chancery.core.vote.Count;
import io.github.chancery.core.vote.Vote;
import io.github.chancery.core.vote.VoteOption;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every vote code and documented quirk of the UN Digital Library's files, each test naming the rule it pins. */
final class UnDigitalLibraryQuirksTest {

  private static Vote vote(ImportResult imported, String undlId) {
    return imported.dossier().orElseThrow().get("vote-undl-" + undlId, Vote.class).orElseThrow();
  }

  @Test
  void everyDocumentedVoteCodeHasItsOptionAndNonVotingIsNotAbstention() throws Exception {
    // Rule: Y yes, N no, A abstention, X non-voting (v2 on), NV non-voting (v1 description), blank (MARCXML exports).
    ImportResult imported =
        Fixtures.readGa(
            gaRow("1", "UKR", "UKRAINE", "Y"), gaRow("1", "FRA", "FRANCE", "N"), gaRow("1", "IND", "INDIA", "A"),
            gaRow("1", "ETH", "ETHIOPIA", "X"), gaRow("1", "BEN", "BENIN", "NV"), gaRow("1", "TGO", "TOGO", ""));
    assertThat(imported.warnings()).isEmpty();
    assertThat(vote(imported, "1").ballots()).extracting(Ballot::option)
        .containsExactly(VoteOption.YES, VoteOption.NO, VoteOption.ABSTAIN, VoteOption.NOT_VOTING, VoteOption.NOT_VOTING, VoteOption.NOT_VOTING);
  }

  @Test
  void anUnknownVoteCodeIsAWarningWithFileLineAndColumnAndTheRestIsKept() throws Exception {
    // Rule: the vote codes are a closed list; an unknown code is an error, not a default.
    ImportResult imported = Fixtures.readGa(gaRow("1", "UKR", "UKRAINE", "Y"), gaRow("1", "FRA", "FRANCE", "y"));
    assertThat(imported.warnings()).singleElement().satisfies(w -> {
      assertThat(w.file()).isEqualTo("2025_7_23_ga_voting.csv");
      assertThat(w.line()).hasValue(3);
      assertThat(w.column()).contains("ms_vote");
      assertThat(w.code()).isEqualTo(ImportWarningCode.UNKNOWN_CODE);
    });
    assertThat(vote(imported, "1").ballots()).hasSize(1);
  }

  @Test
  void aCodeISODidNotAssignKeepsItsBallotsWithAStateWithoutACode() throws Exception {
    // Quirk 1: the Federal Republic of Germany's seat, 1973-1990, is coded GER, not an ISO code.
    ImportResult imported =
        Fixtures.readGa(gaRow("1", "GER", "\"GERMANY, FEDERAL REPUBLIC OF\"", "Y"), gaRow("2", "GER", "\"GERMANY, FEDERAL REPUBLIC OF\"", "A"));
    assertThat(imported.warnings()).singleElement().satisfies(w -> {
      assertThat(w.code()).isEqualTo(ImportWarningCode.UNRESOLVED_COUNTRY_CODE);
      assertThat(w.line()).hasValue(2);
      assertThat(w.column()).contains("ms_code");
    });
    State germany = imported.dossier().orElseThrow().get("state-undl-ger", State.class).orElseThrow();
    assertThat(germany.countryCode()).isEmpty();
    assertThat(vote(imported, "2").ballots()).hasSize(1);
  }

  @Test
  void aWithdrawnCodeIsReadAsTheEntryItDesignatedOnTheVotesDate() throws Exception {
    // Quirk 1: Serbia and Montenegro (2003-2006) is coded SCG.
    ImportResult imported = Fixtures.readGa(gaRow("1", "SCG", "SERBIA AND MONTENEGRO", "Y").replace("2022-03-02", "2005-06-01"));
    assertThat(imported.dossier().orElseThrow().get("state-csxx", State.class)).isPresent();
  }

  @Test
  void aCurrentCodeUsedBeforeISOAssignedItIsReadAsTheCurrentCodeAndWarnedOnce() throws Exception {
    // Quirk 1: the publisher codes states by their current codes (Romania's ROU, ROM before 2002).
    ImportResult imported =
        Fixtures.readGa(
            gaRow("1", "ROU", "ROMANIA", "Y").replace("2022-03-02", "1990-01-01"),
            gaRow("2", "ROU", "ROMANIA", "Y").replace("2022-03-02", "1991-01-01"));
    assertThat(imported.warnings()).singleElement().satisfies(w -> {
      assertThat(w.code()).isEqualTo(ImportWarningCode.UNRESOLVED_COUNTRY_CODE);
      assertThat(w.message()).contains("read as RO");
    });
    assertThat(vote(imported, "2").ballots().get(0).voter()).contains(io.github.chancery.core.record.Reference.to("state-ro"));
  }

  @Test
  void unreadableTotalsAreWarnedAndTheirCountsLeftOut() throws Exception {
    // Rule: totals are whole numbers, written 120 or 120.0.
    String row = "1,UKR,UKRAINE,Y,2022-03-02,ES-11,A/RES/ES-11/1,,,,Title,,,,1.0,0,abc,0.5,1,";
    ImportResult imported = Fixtures.readGa(row);
    assertThat(imported.warnings()).extracting(ImportWarning::column)
        .containsExactly(java.util.Optional.of("total_abstentions"), java.util.Optional.of("total_non_voting"));
    assertThat(vote(imported, "1").counts()).containsExactly(Count.of(VoteOption.YES, 1), Count.of(VoteOption.NO, 0));
  }

  @Test
  void totalsWhoseSumIsNotTheMembersAreWarned() throws Exception {
    // Rule (not stated by the publisher): total_yes + total_no + total_abstentions + total_non_voting == total_ms.
    ImportResult imported = Fixtures.readGa("1,UKR,UKRAINE,Y,2022-03-02,ES-11,A/RES/ES-11/1,,,,Title,,,,1,0,0,0,2,");
    assertThat(imported.warnings()).extracting(ImportWarning::code).containsExactly(ImportWarningCode.TOTALS_DISAGREE);
  }

  @Test
  void multiValuedCellsAreSplitOnBarsAndLetteredSymbolsKeepTheirLetter() throws Exception {
    // Rules: draft and subjects are parted by "|"; quirk 3: A/RES/62/223 A and A/RES/62/223B are two resolutions.
    ImportResult imported =
        Fixtures.readGa(
            "1,UKR,UKRAINE,Y,2007-12-22,62,A/RES/62/223 A,A/C.5/62/L.1| A/C.5/62/L.2 |,A/62/1|A/62/2,A/62/PV.79,"
                + "Title :P resolution / adopted by the General Assemly,,A|B,,1,0,0,0,1,",
            "2,UKR,UKRAINE,Y,2007-12-22,62,A/RES/62/223B,,,A/62/PV.79,Other,,,,1,0,0,0,1,");
    assertThat(imported.warnings()).isEmpty();
    Dossier dossier = imported.dossier().orElseThrow();
    Motion a = dossier.get("motion-a-res-62-223-a", Motion.class).orElseThrow();
    assertThat(a.identifier()).contains("A/RES/62/223 A");
    assertThat(a.identifiers()).hasSize(2); // the two drafts: the lettered symbol is not of the register's form
    assertThat(a.subjects()).hasSize(2);
    assertThat(a.sources()).hasSize(3); // the file and the two committee reports
    // Quirk 2: the catalogue suffix, with its typos.
    assertThat(a.title().in("en")).contains("Title");
    assertThat(dossier.get("motion-a-res-62-223b", Motion.class)).isPresent();
    Session session = dossier.get("un-general-assembly-session-62", Session.class).orElseThrow();
    assertThat(session.kind()).contains(SessionKind.SESSION);
    assertThat(session.number()).hasValue(62);
  }

  @Test
  void anUndocumentedSessionSpellingIsKeptAndWarned() throws Exception {
    // Rule: the spelling of special sessions is not documented.
    ImportResult imported = Fixtures.readGa(gaRow("1", "UKR", "UKRAINE", "Y").replace(",ES-11,", ",S-27,"));
    assertThat(imported.warnings()).extracting(ImportWarning::code).containsExactly(ImportWarningCode.UNDOCUMENTED_VALUE);
    assertThat(imported.dossier().orElseThrow().get("un-general-assembly-session-s-27", Session.class).orElseThrow().kind())
        .contains(SessionKind.SPECIAL_SESSION);
  }

  @Test
  void badRowsAreWarningsAndTheRestOfTheVoteIsKept() throws Exception {
    // Rule: nothing is dropped silently: a short row, a row with no id, a second row of a voter.
    ImportResult imported =
        Fixtures.readGa(
            gaRow("1", "UKR", "UKRAINE", "Y"), "1,FRA,FRANCE,Y", gaRow("1", "UKR", "UKRAINE", "N"),
            gaRow("", "POL", "POLAND", "Y"), gaRow("1", "", "", "Y"), gaRow("1", "", "SOMEWHERE", "Y"));
    assertThat(imported.warnings()).extracting(ImportWarning::code)
        .containsExactly(
            ImportWarningCode.FIELD_COUNT, ImportWarningCode.DUPLICATE_ROW, ImportWarningCode.MISSING_VALUE,
            ImportWarningCode.MISSING_VALUE, ImportWarningCode.MISSING_VALUE);
    assertThat(imported.warnings()).extracting(w -> w.line().getAsLong()).containsExactly(3L, 4L, 5L, 6L, 7L);
    assertThat(vote(imported, "1").ballots()).extracting(b -> b.voterName().orElseThrow()).containsExactly("UKRAINE", "SOMEWHERE");
  }

  @Test
  void rowsOfAVoteThatComeBackLaterAreWarnedNotMerged() throws Exception {
    // Rule: undl_id groups the rows of one vote; they are read as they come, one vote at a time.
    ImportResult imported =
        Fixtures.readGa(gaRow("1", "UKR", "UKRAINE", "Y"), gaRow("2", "UKR", "UKRAINE", "Y"), gaRow("1", "FRA", "FRANCE", "Y"));
    assertThat(imported.warnings()).extracting(ImportWarning::code).containsExactly(ImportWarningCode.RECORD_NOT_TOGETHER);
  }

  @Test
  void aRowGivingAVotesValueOtherwiseIsWarnedAndTheFirstKept() throws Exception {
    // Rule: the vote's values are repeated on each of its rows.
    ImportResult imported =
        Fixtures.readGa(gaRow("1", "UKR", "UKRAINE", "Y"), gaRow("1", "FRA", "FRANCE", "Y").replace("2022-03-02", "2022-03-03"));
    assertThat(imported.warnings()).singleElement().satisfies(w -> {
      assertThat(w.code()).isEqualTo(ImportWarningCode.ROW_DISAGREES);
      assertThat(w.column()).contains("date");
    });
    assertThat(vote(imported, "1").ballots()).hasSize(2);
  }

  @Test
  void aByteOrderMarkAndQuotedCommasAndUtf8NamesAreRead() throws Exception {
    // Rules: UTF-8, maybe with a BOM; RFC 4180 quoting, titles with commas.
    String text = "\uFEFF" + Fixtures.GA_HEADER + "\n"
        + "1,TUR,TÜRKIYE,Y,2022-03-02,77,A/RES/77/1,,,,\"Peace, and security\",,,,1,0,0,0,1,\n";
    ImportResult imported = Fixtures.readText("2026_02_06_ga_voting.csv", text);
    assertThat(imported.warnings()).isEmpty();
    Dossier dossier = imported.dossier().orElseThrow();
    assertThat(dossier.get("motion-a-res-77-1", Motion.class).orElseThrow().title().in("en")).contains("Peace, and security");
    assertThat(vote(imported, "1").ballots().get(0).voterName()).contains("TÜRKIYE");
  }

  @Test
  void theVersion1NamesAreReadAndAnUnknownColumnIsWarnedOnce() throws Exception {
    // Rule: the v1 description names ms_codes, ms_names, ms_votes, resolutions, yes, no, abstentions, non-voting.
    String text = "undl_id,ms_codes,ms_names,ms_votes,date,resolutions,title,yes,no,abstentions,non-voting,total-voting\n"
        + "1,UKR,UKRAINE,Y,2022-03-02,A/RES/ES-11/1,Title,1,0,0,0,1\n";
    ImportResult imported = Fixtures.readText("2024_09_12_ga_resolutions_voting.csv", text);
    assertThat(imported.warnings()).singleElement().satisfies(w -> {
      assertThat(w.code()).isEqualTo(ImportWarningCode.UNKNOWN_COLUMN);
      assertThat(w.column()).contains("total-voting");
      assertThat(w.line()).hasValue(1);
    });
    assertThat(vote(imported, "1").counts()).hasSize(4);
  }

  @Test
  void aHeaderThatIsNotTheFormatsIsRefusedWithTheHeader() {
    assertThatThrownBy(() -> Fixtures.readText("votes.csv", "id,country,vote\n1,UKR,Y\n"))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("votes.csv:1")
        .hasMessageContaining("undl_id, ms_code, ms_vote, date, resolution")
        .hasMessageContaining("id,country,vote");
  }

  @Test
  void aQuoteNeverClosedIsAWarningOnItsLineNotADroppedRow() throws Exception {
    // Rule: RFC 4180 quoting; a quote left open runs to the end of the file, one field.
    ImportResult imported = Fixtures.readGa(gaRow("1", "UKR", "UKRAINE", "Y"), "1,FRA,\"FRANCE,Y,2022-03-02");
    assertThat(imported.warnings()).singleElement().satisfies(w -> {
      assertThat(w.code()).isEqualTo(ImportWarningCode.FIELD_COUNT);
      assertThat(w.line()).hasValue(3);
    });
  }

  @Test
  void detectionRecognisesBothBodiesHeadersAndNoOther() {
    assertThat(Importers.detect(List.of(Fixtures.GA_HEADER.split(",")))).contains(UnDigitalLibrary.importer());
    assertThat(Importers.detect(List.of("id", "name"))).isEmpty();
    assertThat(Importers.named("un-digital-library")).contains(UnDigitalLibrary.importer());
    assertThat(Importers.names()).startsWith("un-digital-library"); // the first of docs/import.md; other formats follow
  }
}
