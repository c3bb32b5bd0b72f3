package io.github.chancery.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chancery.core.dossier.FindingCode;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.vote.Vote;
import io.github.chancery.json.ChanceryJson;
import io.github.chancery.json.format.RecordWriter;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code member_votes.csv}'s {@code group_code} is the group the member sat in on the day of the
 * vote, not the current one (the export's documentation): it is the ballot's group, and the
 * consistency report compares it with the memberships of {@code group_memberships.csv} on that day.
 */
final class HowTheyVoteGroupOfTheDayTest {
  @TempDir Path folder;

  @Test
  void aMemberWhoChangedGroupVotesInTheGroupOfTheDayWithoutAFinding() throws Exception {
    ImportResult imported =
        HtvExport.small().table("member_votes.csv", HtvExport.MEMBER_VOTES, "10,1,FOR,ESP,EPP", "10,2,AGAINST,CZE,NI").read(folder);
    Vote vote = imported.dossier().orElseThrow().get("vote-htv-10", Vote.class).orElseThrow();
    assertThat(vote.ballots().get(1).group()).contains(Reference.to("group-htv-ni"));
    assertThat(imported.warnings()).isEmpty();
    assertThat(imported.report().findings(FindingCode.BALLOT_GROUP_MISMATCH)).isEmpty();
  }

  @Test
  void aBallotInAGroupTheMemberHadLeftThatDayIsReportedAsAGroupMismatch() throws Exception {
    ImportResult imported =
        HtvExport.small().table("member_votes.csv", HtvExport.MEMBER_VOTES, "10,1,FOR,ESP,EPP", "10,2,AGAINST,CZE,RENEW").read(folder);
    assertThat(imported.warnings()).isEmpty();
    assertThat(imported.report().findings(FindingCode.BALLOT_GROUP_MISMATCH)).singleElement().satisfies(f -> {
      assertThat(f.recordId()).isEqualTo("vote-htv-10");
      assertThat(f.message()).contains("group-htv-renew").contains("group-htv-ni");
    });
  }

  @Test
  void aStreamedImportReportsTheGroupMismatchToo() throws Exception {
    HtvExport export =
        HtvExport.small().table("member_votes.csv", HtvExport.MEMBER_VOTES, "10,1,FOR,ESP,EPP", "10,2,AGAINST,CZE,RENEW");
    ImportResult imported;
    try (RecordWriter out = ChanceryJson.strict().writeNdjson(new ByteArrayOutputStream())) {
      imported = HowTheyVote.importer().stream(export.writeTo(folder), out, ImportProgress.none());
    }
    assertThat(imported.dossier()).isEmpty();
    assertThat(imported.report().findings(FindingCode.BALLOT_GROUP_MISMATCH)).singleElement()
        .satisfies(f -> assertThat(f.recordId()).isEqualTo("vote-htv-10"));
  }

  @Test
  void aBallotWithoutAGroupIsKeptWithoutOneAndNotCompared() throws Exception {
    ImportResult imported = HtvExport.small().table("member_votes.csv", HtvExport.MEMBER_VOTES, "10,2,FOR,CZE,").read(folder);
    Vote vote = imported.dossier().orElseThrow().get("vote-htv-10", Vote.class).orElseThrow();
    assertThat(vote.ballots()).singleElement().satisfies(b -> assertThat(b.group()).isEmpty());
    assertThat(imported.warnings()).isEmpty();
  }
}
