package io.github.chancery.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.chancery.core.actor.Membership;
import io.github.chancery.core.actor.Organization;
import io.github.chancery.core.actor.Person;
import io.github.chancery.core.dossier.Dossier;
import io.github.chancery.core.dossier.FindingCode;
import io.github.chancery.core.legislature.Motion;
import io.github.chancery.core.legislature.Session;
import io.github.chancery.core.record.Identifier;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.vote.Ballot;
import io.github.chancery.core.vote.Count;
import io.github.chancery.core.vote.Vote;
import io.github.chancery.core.vote.VoteOption;
import io.github.chancery.core.vote.VoteResult;
import io.github.chancery.core.vote.VotingRule;
import io.github.chancery.json.ChanceryJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The House fixture ({@code src/test/resources/voteview/H117_*.csv}, see its NOTICE.md): twelve
 * members and four roll calls, imported from the three files together. Each test names the
 * documented rule it pins (voteview.com's {@code data_help_votes}, {@code data_help_rollcalls} and
 * {@code data_help_members}).
 */
final class VoteviewHouseTest {
  @TempDir static Path folder;

  private static Dossier dossier;
  private static ImportResult imported;

  private static ImportResult importHouse() throws IOException {
    if (imported == null) {
      List<Path> files = new ArrayList<>();
      for (String name : List.of("H117_votes.csv", "H117_rollcalls.csv", "H117_members.csv")) { // any order
        files.add(copy(name));
      }
      imported = Voteview.importer().read(files);
      dossier = imported.dossier().orElseThrow();
    }
    return imported;
  }

  static Path copy(String name) throws IOException {
    Path file = folder.resolve(name);
    if (!Files.exists(file)) {
      try (InputStream in = VoteviewHouseTest.class.getResourceAsStream("/voteview/" + name)) {
        Files.copy(in, file);
      }
    }
    return file;
  }

  private static Vote vote(int rollnumber) throws IOException {
    importHouse();
    return dossier.get("vote-voteview-h117-" + rollnumber, Vote.class).orElseThrow();
  }

  private static Map<String, Ballot> ballotsByVoter(Vote vote) {
    return vote.ballots().stream().collect(Collectors.toMap(b -> b.voter().orElseThrow().id(), Function.identity()));
  }

  @Test
  void everyCastCodeFromZeroToNineKeepsItsMeaningAsOptionAndRole() throws IOException {
    // data_help_votes: 0 not a member, 1 yea, 2 paired yea, 3 announced yea, 4 announced nay,
    // 5 paired nay, 6 nay, 7 and 8 present, 9 not voting. Roll call 11 gives members 1 to 10 codes 0 to 9.
    Map<String, Ballot> ballots = ballotsByVoter(vote(11));
    assertThat(List.of("a000901", "b000902", "c000903", "d000904", "e000905", "f000906", "g000907", "h000908", "i000909", "j000910"))
        .extracting(id -> ballots.get("person-bioguide-" + id))
        .extracting(Ballot::option, b -> b.role().orElse(null))
        .containsExactly(
            tuple(VoteOption.OTHER, "not a member"),
            tuple(VoteOption.YES, null),
            tuple(VoteOption.PAIRED, "paired yea"),
            tuple(VoteOption.ABSENT, "announced yea"),
            tuple(VoteOption.ABSENT, "announced nay"),
            tuple(VoteOption.PAIRED, "paired nay"),
            tuple(VoteOption.NO, null),
            tuple(VoteOption.ABSTAIN, "present (cast code 7)"),
            tuple(VoteOption.ABSTAIN, "present (cast code 8)"),
            tuple(VoteOption.NOT_VOTING, null));
  }

  @Test
  void theOnlyPairedYeaAndTheOnlyPairedNayOfARollCallArePairedWithEachOther() throws IOException {
    // data_help_votes: 2 paired yea, 5 paired nay; the file does not say who was paired with whom,
    // so a pair is given only when a roll call has one of each.
    Map<String, Ballot> ballots = ballotsByVoter(vote(11));
    assertThat(ballots.get("person-bioguide-c000903").pair()).contains(Reference.to("person-bioguide-f000906"));
    assertThat(ballots.get("person-bioguide-f000906").pair()).contains(Reference.to("person-bioguide-c000903"));
    assertThat(ballots.get("person-bioguide-b000902").pair()).isEmpty();
  }

  @Test
  void bothRollNumbersAreKeptAndTheVoteIsOfItsNumberedSessionOfTheCongress() throws IOException {
    // data_help_rollcalls: rollnumber counts the congress's roll calls; clerk_rollnumber is the
    // clerk's, which restarts each session.
    Vote vote = vote(12);
    assertThat(vote.identifier()).contains("12");
    assertThat(vote.identifiers())
        .containsExactly(Identifier.of("voteview-rollnumber", "H117-12"), Identifier.of("us-clerk-rollnumber", "H117-2-4"));
    assertThat(vote.session()).contains(Reference.to("us-house-of-representatives-congress-117-session-2"));
    Session session = dossier.get("us-house-of-representatives-congress-117-session-2", Session.class).orElseThrow();
    assertThat(session.parent()).contains(Reference.to("us-house-of-representatives-congress-117"));
    assertThat(vote.date()).contains(PartialDate.of(2022, 1, 12));
    assertThat(vote.legislature()).contains(Reference.to("us-house-of-representatives"));
  }

  @Test
  void aRollCallHasTheDeclaredYeaAndNayCountsAndResult() throws IOException {
    // data_help_rollcalls: yea_count, nay_count and vote_result as declared.
    Vote vote = vote(11);
    assertThat(vote.counts()).containsExactly(Count.of(VoteOption.YES, 3), Count.of(VoteOption.NO, 1));
    assertThat(vote.result()).contains(VoteResult.ADOPTED);
    assertThat(vote.rule()).contains(VotingRule.SIMPLE_MAJORITY);
    Motion motion = dossier.get("motion-voteview-h117-11", Motion.class).orElseThrow();
    assertThat(motion.title().toString()).contains("On Passage: For the People Act of 2021");
    assertThat(motion.identifier()).contains("HR1");
  }

  @Test
  void aSuspensionNeedingTwoThirdsIsJudgedByTwoThirdsNotBySimpleMajority() throws IOException {
    // majority_requirement 2/3, and House Rule XV for a suspension whose requirement is blank:
    // 6 yeas to 4 nays failed, which a simple majority would have contradicted.
    assertThat(vote(10).rule()).contains(VotingRule.TWO_THIRDS_PRESENT_AND_VOTING);
    assertThat(vote(10).result()).contains(VoteResult.REJECTED);
    assertThat(vote(12).rule()).contains(VotingRule.TWO_THIRDS_PRESENT_AND_VOTING);
    assertThat(imported.report().findings(FindingCode.RESULT_CONTRADICTS_COUNTS))
        .extracting(f -> f.recordId())
        .containsExactly("vote-voteview-h117-13");
  }

  @Test
  void aResultTheCountsContradictIsReported() throws IOException {
    // Roll call 13 declares Passed with 5 yeas and 7 nays under majority_requirement 1/2.
    assertThat(imported().report().findings(FindingCode.RESULT_CONTRADICTS_COUNTS)).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("5 for and 7 against"));
    assertThat(imported.report().findings(FindingCode.COUNTS_DISAGREE_WITH_BALLOTS)).isEmpty();
  }

  @Test
  void membersArePersonsWithIcpsrAndBioguideIdsAndMembershipsOfTheChamberForTheirParty() throws IOException {
    // data_help_members: icpsr, bioguide_id (empty for some), bioname "SURNAME, Given", born and died as decimals.
    importHouse();
    Person irwin = dossier.get("person-bioguide-i000909", Person.class).orElseThrow();
    assertThat(irwin.identifiers()).containsExactly(Identifier.of("icpsr", "21109"), Identifier.of("bioguide", "I000909"));
    assertThat(irwin.familyName()).contains("IRWIN");
    assertThat(irwin.givenName()).contains("Carl");
    assertThat(irwin.birthDate()).contains(PartialDate.of(1963));
    assertThat(irwin.deathDate()).contains(PartialDate.of(2022));
    Person lane = dossier.get("person-icpsr-21112", Person.class).orElseThrow();
    assertThat(lane.identifiers()).containsExactly(Identifier.of("icpsr", "21112"));
    Membership membership = dossier.get("membership-voteview-h117-21109", Membership.class).orElseThrow();
    assertThat(membership.organization()).isEqualTo(Reference.to("us-house-of-representatives"));
    assertThat(membership.session()).contains(Reference.to("us-house-of-representatives-congress-117"));
    assertThat(membership.post()).contains("OH-5");
    assertThat(membership.onBehalfOf()).contains(Reference.to("party-voteview-200"));
    assertThat(dossier.get("party-voteview-200", Organization.class).orElseThrow().name().toString()).contains("Republican");
    assertThat(ballotsByVoter(vote(11)).get("person-bioguide-i000909").group()).contains(Reference.to("party-voteview-200"));
  }

  @Test
  void aRowThatCannotBeMappedIsKeptAsAWarningWithFileLineAndColumn() throws IOException {
    // data_help_votes: cast_code is 0 to 9; the President's rows are positions, not votes of a chamber.
    assertThat(importHouse().warnings())
        .extracting(ImportWarning::file, w -> w.line().orElse(0), w -> w.column().orElse(null), ImportWarning::code)
        .containsExactly(
            tuple("H117_votes.csv", 26L, "chamber", ImportWarningCode.NOT_MAPPED),
            tuple("H117_votes.csv", 51L, "cast_code", ImportWarningCode.UNKNOWN_CODE));
    assertThat(imported.rowsRead()).isEqualTo(12 + 4 + 50);
  }

  @Test
  void theImportedRecordsRoundTripThroughChanceryJson() throws Exception {
    importHouse();
    ChanceryJson json = ChanceryJson.strict();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    json.writeDossier(dossier, out);
    assertThat(json.readDossier(out.toByteArray())).isEqualTo(dossier);
  }

  @Test
  void theReportHasNoErrors() throws IOException {
    assertThat(importHouse().report().errors()).isEmpty();
  }

  private static ImportResult imported() throws IOException {
    return importHouse();
  }
}
