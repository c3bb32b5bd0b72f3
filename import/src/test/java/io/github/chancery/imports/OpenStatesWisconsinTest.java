package io.github.chancery.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chancery.core.dossier.Dossier;
import io.github.chancery.core.dossier.FindingCode;
import io.github.chancery.core.legislature.Legislature;
import io.github.chancery.core.legislature.LegislatureKind;
import io.github.chancery.core.legislature.Motion;
import io.github.chancery.core.legislature.Session;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.vote.Ballot;
import io.github.chancery.core.vote.Count;
import io.github.chancery.core.vote.Vote;
import io.github.chancery.core.vote.VoteOption;
import io.github.chancery.core.vote.VoteResult;
import io.github.chancery.json.ChanceryJson;
import io.github.chancery.json.format.RecordWriter;
import java.io.ByteArrayOutputStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Wisconsin AB 75, passed 54 to 43 with 2 not voting on 13 March 2025, as in the Open States documentation. */
final class OpenStatesWisconsinTest {
  static Path fixture(String table) throws URISyntaxException {
    return Path.of(OpenStatesWisconsinTest.class.getResource("/openstates/wi/WI_2025_" + table + ".csv").toURI());
  }

  private static <T extends ChanceryRecord> List<T> all(Dossier dossier, Class<T> type) {
    return dossier.records().stream().filter(type::isInstance).map(type::cast).toList();
  }

  @Test
  void theVoteIsReadFromOneFileWithItsSiblingsAndKeepsCountsResultDateAndSource() throws Exception {
    ImportResult imported = OpenStates.importer().read(fixture("votes"));
    assertThat(imported.warnings()).isEmpty();
    Dossier dossier = imported.dossier().orElseThrow();
    Vote vote = all(dossier, Vote.class).get(0);
    assertThat(vote.result()).contains(VoteResult.ADOPTED);
    assertThat(vote.date()).contains(PartialDate.of(OffsetDateTime.of(2025, 3, 13, 5, 0, 0, 0, ZoneOffset.UTC)));
    assertThat(vote.counts()).containsExactly(
        Count.of(VoteOption.YES, 54), Count.of(VoteOption.NO, 43), Count.of(VoteOption.NOT_VOTING, 2));
    assertThat(vote.sources()).hasSize(2);
    assertThat(vote.rule()).isEmpty();
    Motion motion = all(dossier, Motion.class).get(0);
    assertThat(motion.identifier()).contains("AB 75");
    assertThat(motion.title().toString()).contains("Relating to the state budget");
    Legislature chamber = all(dossier, Legislature.class).get(0);
    assertThat(chamber.kind()).contains(LegislatureKind.LOWER_CHAMBER);
    assertThat(all(dossier, Session.class)).singleElement().satisfies(s -> assertThat(s.identifier()).contains("2025"));
  }

  @Test
  void votersWithAnIdArePeopleAndAVoterWithoutOneIsABallotByName() throws Exception {
    Vote vote = all(OpenStates.importer().read(fixture("votes")).dossier().orElseThrow(), Vote.class).get(0);
    assertThat(vote.ballots()).hasSize(3);
    assertThat(vote.ballots().get(0).voter()).hasValueSatisfying(r -> assertThat(r.id()).isEqualTo("person-os-ocd-person-uuid-1"));
    Ballot byName = vote.ballots().get(2);
    assertThat(byName.voter()).isEmpty();
    assertThat(byName.voterName()).contains("ANDRACA");
    assertThat(byName.option()).isEqualTo(VoteOption.NO);
  }

  @Test
  void theImportRoundTripsThroughChanceryJson() throws Exception {
    Dossier dossier = OpenStates.importer().read(fixture("votes")).dossier().orElseThrow();
    ChanceryJson json = ChanceryJson.strict();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    json.writeDossier(dossier, out);
    assertThat(json.readDossier(out.toByteArray())).isEqualTo(dossier);
  }

  @Test
  void streamingGivesTheSameRecordCountAndNoDossier() throws Exception {
    ImportResult streamed;
    try (RecordWriter out = ChanceryJson.strict().writeNdjson(new ByteArrayOutputStream())) {
      streamed = OpenStates.importer().stream(fixture("vote_people"), out, ImportProgress.none());
    }
    assertThat(streamed.dossier()).isEmpty();
    assertThat(streamed.recordsImported()).isEqualTo(OpenStates.importer().read(fixture("votes")).recordsImported());
    assertThat(streamed.report().findings(FindingCode.RESULT_CONTRADICTS_COUNTS)).isEmpty();
  }

  @Test
  void aRollShorterThanTheCountsIsReportedAndNotFixed() throws Exception {
    ImportResult imported = OpenStates.importer().read(fixture("votes"));
    assertThat(imported.report().findings(FindingCode.COUNTS_DISAGREE_WITH_BALLOTS)).isNotEmpty();
    assertThat(all(imported.dossier().orElseThrow(), Vote.class).get(0).counts()).hasSize(3);
  }

  @Test
  void theFormatIsInTheRegistry() {
    assertThat(Importers.named("openstates")).contains(OpenStates.importer());
  }
}
