package io.github.chancery.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.chancery.core.dossier.Dossier;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.vote.Vote;
import io.github.chancery.core.vote.VoteOption;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rows the export's documentation does not foresee, and its documented variants: each is mapped or kept as a warning. */
final class HowTheyVoteQuirksTest {
  @TempDir Path folder;

  private static ImportWarning only(ImportResult imported) {
    assertThat(imported.warnings()).hasSize(1);
    return imported.warnings().get(0);
  }

  @Test
  void anUndocumentedPositionIsAWarningWithFileLineAndColumnAndTheOtherBallotsAreKept() throws Exception {
    ImportResult imported =
        HtvExport.small().table("member_votes.csv", HtvExport.MEMBER_VOTES, "10,1,FOR,ESP,EPP", "10,2,ABSTAIN,CZE,NI").read(folder);
    ImportWarning warning = only(imported);
    assertThat(warning.file()).isEqualTo("member_votes.csv");
    assertThat(warning.line()).hasValue(3);
    assertThat(warning.column()).contains("position");
    assertThat(warning.code()).isEqualTo(ImportWarningCode.UNKNOWN_CODE);
    assertThat(vote(imported).ballots()).singleElement().satisfies(b -> assertThat(b.option()).isEqualTo(VoteOption.YES));
  }

  @Test
  void aRowWithTooFewFieldsIsAWarningNotADroppedRow() throws Exception {
    ImportResult imported = HtvExport.small().table("member_votes.csv", HtvExport.MEMBER_VOTES, "10,1,FOR").read(folder);
    assertThat(only(imported).code()).isEqualTo(ImportWarningCode.FIELD_COUNT);
    assertThat(only(imported).line()).hasValue(2);
  }

  @Test
  void aMemberVoteOfAMemberOrVoteTheExportDoesNotHaveIsAnUnknownReference() throws Exception {
    ImportResult imported =
        HtvExport.small().table("member_votes.csv", HtvExport.MEMBER_VOTES, "10,9,FOR,ESP,EPP", "11,1,FOR,ESP,EPP").read(folder);
    assertThat(imported.warnings()).extracting(ImportWarning::code, ImportWarning::column)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(ImportWarningCode.UNKNOWN_REFERENCE, java.util.Optional.of("member_id")),
            org.assertj.core.groups.Tuple.tuple(ImportWarningCode.UNKNOWN_REFERENCE, java.util.Optional.of("vote_id")));
  }

  @Test
  void rowsOfAVoteAfterAnotherVotesRowsAreNotTogetherAndWarnedAbout() throws Exception {
    ImportResult imported =
        HtvExport.small()
            .table("votes.csv", HtvExport.VOTES, "10,2024-02-27 12:00:00,A,,,False,,,,,,,,,", "11,2024-02-27 12:01:00,B,,,False,,,,,,,,,")
            .table("member_votes.csv", HtvExport.MEMBER_VOTES, "10,1,FOR,ESP,EPP", "11,1,FOR,ESP,EPP", "10,2,FOR,CZE,NI")
            .read(folder);
    assertThat(only(imported).code()).isEqualTo(ImportWarningCode.RECORD_NOT_TOGETHER);
    assertThat(only(imported).line()).hasValue(4);
  }

  @Test
  void aSecondRowOfTheSameMemberInAVoteIsADuplicate() throws Exception {
    ImportResult imported =
        HtvExport.small().table("member_votes.csv", HtvExport.MEMBER_VOTES, "10,1,FOR,ESP,EPP", "10,1,AGAINST,ESP,EPP").read(folder);
    assertThat(only(imported).code()).isEqualTo(ImportWarningCode.DUPLICATE_ROW);
  }

  @Test
  void anEmailThatIsNotOneAddressIsAWarningAndTheMemberIsKeptWithoutIt() throws Exception {
    ImportResult imported =
        HtvExport.small()
            .table("members.csv", HtvExport.MEMBERS, "1,Ana,Pérez,ESP,,,,", "2,Jan,Novák,CZE,,not an address,,")
            .table("member_votes.csv", HtvExport.MEMBER_VOTES, "10,2,FOR,CZE,NI")
            .read(folder);
    assertThat(only(imported).file()).isEqualTo("members.csv");
    assertThat(only(imported).column()).contains("email");
    assertThat(only(imported).code()).isEqualTo(ImportWarningCode.INVALID_VALUE);
    assertThat(imported.dossier().orElseThrow().get("person-htv-2", io.github.chancery.core.actor.Person.class))
        .hasValueSatisfying(p -> assertThat(p.email()).isEmpty());
    assertThat(vote(imported).ballots()).hasSize(1);
  }

  @Test
  void aLapsedVoteIsKeptWithoutAResultAndSaysSo() throws Exception {
    ImportResult imported =
        HtvExport.small().table("votes.csv", HtvExport.VOTES, "10,2024-02-27 12:00:00,A title,,,False,,,,,0,0,0,0,LAPSED").read(folder);
    assertThat(only(imported).code()).isEqualTo(ImportWarningCode.NOT_MAPPED);
    assertThat(vote(imported).result()).isEmpty();
  }

  @Test
  void anUnreadableTimestampKeepsTheVoteWithoutADate() throws Exception {
    ImportResult imported =
        HtvExport.small().table("votes.csv", HtvExport.VOTES, "10,27/02/2024,A title,,,False,,,,,,,,,").read(folder);
    assertThat(only(imported).code()).isEqualTo(ImportWarningCode.UNREADABLE_DATE);
    assertThat(only(imported).column()).contains("timestamp");
    assertThat(vote(imported).date()).isEmpty();
  }

  @Test
  void aTimestampWithATAndAnOffsetIsReadAsAnInstant() {
    assertThat(HtvMapper.timestamp("2024-02-27T12:00:00+00:00"))
        .isEqualTo(PartialDate.of(OffsetDateTime.of(2024, 2, 27, 12, 0, 0, 0, ZoneOffset.UTC)));
  }

  @Test
  void anOlderVintageWithIsFeaturedAndNoCountsIsReadAndAnUnknownColumnIsNamed() throws Exception {
    ImportResult imported =
        HtvExport.small()
            .table("votes.csv", "id,timestamp,display_title,reference,description,is_main,is_featured,procedure_reference,procedure_title,extra",
                "10,2024-02-27 12:00:00,A title,,,True,False,,,x")
            .read(folder);
    assertThat(only(imported).code()).isEqualTo(ImportWarningCode.UNKNOWN_COLUMN);
    assertThat(only(imported).column()).contains("extra");
    assertThat(vote(imported).counts()).isEmpty();
  }

  @Test
  void theExportsOtherTablesAreNamedAsNotImported() throws Exception {
    List<Path> files = HtvExport.small().writeTo(folder);
    Path countries = Files.writeString(folder.resolve("countries.csv"), "code,iso_alpha_2,label\r\nDEU,DE,Germany\r\n");
    ImportResult imported = HowTheyVote.importer().read(append(files, countries));
    assertThat(only(imported).file()).isEqualTo("countries.csv");
    assertThat(only(imported).code()).isEqualTo(ImportWarningCode.NOT_MAPPED);
  }

  @Test
  void gzippedTablesAreReadAsPublished() throws Exception {
    List<Path> files = HtvExport.small().without("member_votes.csv").writeTo(folder);
    Path gz = folder.resolve("member_votes.csv.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write((HtvExport.MEMBER_VOTES + "\r\n10,1,FOR,ESP,EPP\r\n").getBytes(StandardCharsets.UTF_8));
    }
    ImportResult imported = HowTheyVote.importer().read(append(files, gz));
    assertThat(vote(imported).ballots()).hasSize(1);
  }

  @Test
  void oneFileGivenAloneIsReadWithTheExportsTablesInItsFolder() throws Exception {
    HtvExport.small().table("member_votes.csv", HtvExport.MEMBER_VOTES, "10,1,FOR,ESP,EPP").writeTo(folder);
    ImportResult imported = HowTheyVote.importer().read(folder.resolve("votes.csv"));
    assertThat(vote(imported).ballots()).hasSize(1);
  }

  @Test
  void aMissingTableIsRefusedByName() {
    List<Path> files = HtvExport.small().without("member_votes.csv").writeTo(folder);
    assertThatThrownBy(() -> HowTheyVote.importer().read(files))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("member_votes.csv");
  }

  @Test
  void aSingleStreamIsRefusedSayingTheExportIsSeveralFiles() {
    assertThatThrownBy(() -> HowTheyVote.importer().read(new ByteArrayInputStream(new byte[0]), "votes.csv"))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("several files");
  }

  @Test
  void aFileOfAnotherFormatIsRefusedNamingIt() throws Exception {
    List<Path> files = HtvExport.small().writeTo(folder);
    Path other = Files.writeString(folder.resolve("other.csv"), "a,b\r\n1,2\r\n");
    assertThatThrownBy(() -> HowTheyVote.importer().read(append(files, other)))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("other.csv");
  }

  @Test
  void theRegistryNamesTheFormatAndDetectsItsTablesByTheirHeaders() {
    assertThat(Importers.named("howtheyvote")).containsSame(HowTheyVote.importer());
    assertThat(Importers.detect(List.of(HtvExport.MEMBER_VOTES.split(",")))).containsSame(HowTheyVote.importer());
    assertThat(Importers.detect(List.of(HtvExport.VOTES.split(",")))).containsSame(HowTheyVote.importer());
    assertThat(Importers.detect(List.of(Fixtures.GA_HEADER.split(",")))).containsSame(UnDigitalLibrary.importer());
  }

  private static List<Path> append(List<Path> files, Path more) {
    List<Path> all = new java.util.ArrayList<>(files);
    all.add(more);
    return all;
  }

  private static Vote vote(ImportResult imported) {
    Dossier dossier = imported.dossier().orElseThrow();
    return dossier.get("vote-htv-10", Vote.class).orElseThrow();
  }
}
