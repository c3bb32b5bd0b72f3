package io.github.chancery.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chancery.core.actor.State;
import io.github.chancery.core.code.CountryCode;
import io.github.chancery.core.dossier.Dossier;
import io.github.chancery.core.dossier.FindingCode;
import io.github.chancery.core.legislature.Legislature;
import io.github.chancery.core.legislature.LegislatureKind;
import io.github.chancery.core.legislature.Motion;
import io.github.chancery.core.legislature.MotionKind;
import io.github.chancery.core.legislature.Session;
import io.github.chancery.core.legislature.SessionKind;
import io.github.chancery.core.record.Identifier;
import io.github.chancery.core.record.IdentifierScheme;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.source.Source;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.vote.Ballot;
import io.github.chancery.core.vote.Count;
import io.github.chancery.core.vote.Vote;
import io.github.chancery.core.vote.VoteMethod;
import io.github.chancery.core.vote.VoteOption;
import io.github.chancery.core.vote.VoteResult;
import io.github.chancery.json.ChanceryJson;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import org.junit.jupiter.api.Test;

/**
 * The General Assembly's voting file, on a fixture written from the publisher's description: A/RES/ES-11/1
 * of 2 March 2022 (141–5–35, 12 non-voting, 193 members) with six of its member rows, and A/RES/ES-10/21's
 * row of Benin as a third party quotes it.
 */
final class UnDigitalLibraryGeneralAssemblyTest {
  private final ImportResult imported = Fixtures.read("2022_3_2_ga_voting.csv");
  private final Dossier dossier = imported.dossier().orElseThrow();

  @Test
  void everyRowOfTheFileIsMappedWithoutAWarning() {
    assertThat(imported.warnings()).isEmpty();
    assertThat(imported.rowsRead()).isEqualTo(7);
    assertThat(imported.recordsImported()).isEqualTo(dossier.size());
  }

  @Test
  void theAssemblyIsOneLegislatureAndEachSessionASession() {
    Legislature assembly = dossier.get("un-general-assembly", Legislature.class).orElseThrow();
    assertThat(assembly.kind()).contains(LegislatureKind.INTERNATIONAL_ASSEMBLY);
    // Rule: session is "ES-11" for an emergency special session, a number for a regular one.
    Session session = dossier.get("un-general-assembly-session-es-11", Session.class).orElseThrow();
    assertThat(session.kind()).contains(SessionKind.EMERGENCY_SPECIAL_SESSION);
    assertThat(session.identifier()).contains("ES-11");
  }

  @Test
  void theResolutionIsAMotionWithItsSymbolDraftSubjectsAndTheTitleWithoutTheCatalogueSuffix() {
    Motion motion = dossier.get("motion-a-res-es-11-1", Motion.class).orElseThrow();
    assertThat(motion.kind()).contains(MotionKind.RESOLUTION);
    assertThat(motion.identifier()).contains("A/RES/ES-11/1");
    // Rule (quirk 2): titles carry " : resolution / adopted by the General Assembly".
    assertThat(motion.title().in("en")).contains("Aggression against Ukraine");
    assertThat(motion.identifiers())
        .containsExactly(
            Identifier.of(IdentifierScheme.UN_DOCUMENT_SYMBOL, "A/RES/ES-11/1"),
            Identifier.of(IdentifierScheme.UN_DOCUMENT_SYMBOL, "A/ES-11/L.1"));
    // Rule: subjects are several UNBIS concepts parted by "|", kept with their "--" levels.
    assertThat(motion.subjects()).hasSize(3);
    assertThat(motion.subjects().get(1).description().orElseThrow().in("en")).contains("UKRAINE--POLITICAL CONDITIONS");
    assertThat(motion.subjects().get(2).description().orElseThrow().in("en")).contains("RUSSIAN FEDERATION--ARMED FORCES");
    assertThat(motion.subjects().get(0).description().orElseThrow().in("en").orElseThrow()).startsWith("agenda item: Letter dated");
  }

  @Test
  void theVoteHasTheDeclaredDecimalTotalsAsCountsAndOneBallotPerMemberRow() {
    Vote vote = dossier.get("vote-undl-3959039", Vote.class).orElseThrow();
    assertThat(vote.motion()).isEqualTo(Reference.to("motion-a-res-es-11-1"));
    assertThat(vote.date()).contains(PartialDate.of(2022, 3, 2));
    assertThat(vote.method()).contains(VoteMethod.RECORDED);
    assertThat(vote.result()).contains(VoteResult.ADOPTED);
    // Rule: totals are written as decimals, 141.0.
    assertThat(vote.counts())
        .containsExactly(
            Count.of(VoteOption.YES, 141), Count.of(VoteOption.NO, 5), Count.of(VoteOption.ABSTAIN, 35),
            Count.of(VoteOption.NOT_VOTING, 12));
    assertThat(vote.ballots()).extracting(Ballot::option)
        .containsExactly(VoteOption.YES, VoteOption.NO, VoteOption.NO, VoteOption.ABSTAIN, VoteOption.ABSTAIN, VoteOption.NOT_VOTING);
    // Rule: ms_name is the name at the time of the vote, kept on the ballot.
    assertThat(vote.ballots().get(0).voter()).contains(Reference.to("state-ua"));
    assertThat(vote.ballots().get(0).voterName()).contains("UKRAINE");
    assertThat(vote.identifiers()).contains(Identifier.of("undl", "3959039"));
  }

  @Test
  void statesAreReadByTheirAlpha3CodeOnTheVotesDateWithThePublishersCodeAsIdentifier() {
    State ukraine = dossier.get("state-ua", State.class).orElseThrow();
    assertThat(ukraine.countryCode()).contains(CountryCode.of("UA"));
    assertThat(ukraine.identifiers()).containsExactly(Identifier.of("undl-ms-code", "UKR"));
    assertThat(ukraine.name().in("en")).contains("UKRAINE");
  }

  @Test
  void theVoteCitesTheFileTheLibraryRecordAndTheMeetingRecord() {
    Vote vote = dossier.get("vote-undl-3959039", Vote.class).orElseThrow();
    assertThat(vote.sources())
        .containsExactly(
            Reference.to("source-undl-2022-3-2-ga-voting-csv"), Reference.to("source-undl-3959039"), Reference.to("source-a-es-11-pv-5"));
    Source file = dossier.get("source-undl-2022-3-2-ga-voting-csv", Source.class).orElseThrow();
    // Rule: the file name's prefix is the publication date, zero padding or not.
    assertThat(file.publishedOn()).contains(PartialDate.of(2022, 3, 2));
    Source record = dossier.get("source-undl-3959039", Source.class).orElseThrow();
    assertThat(record.url()).contains(URI.create("https://digitallibrary.un.org/record/3959039"));
  }

  @Test
  void declaredTotalsThatDisagreeWithTheRollAreTheReportsFinding() {
    // The fixture gives six of the 193 member rows: 141 yes against one yes ballot, and so on.
    assertThat(imported.report().findings(FindingCode.COUNTS_DISAGREE_WITH_BALLOTS))
        .extracting(f -> f.recordId())
        .contains("vote-undl-3959039", "vote-undl-4025240");
    assertThat(imported.report().errors()).isEmpty();
  }

  @Test
  void theImportedRecordsRoundTripThroughChanceryJson() throws Exception {
    ChanceryJson json = ChanceryJson.strict();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    json.writeDossier(dossier, out);
    Dossier back = json.readDossier(out.toByteArray());
    assertThat(back).isEqualTo(dossier);
  }
}
