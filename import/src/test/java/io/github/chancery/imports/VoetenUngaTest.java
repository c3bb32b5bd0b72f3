package io.github.chancery.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.chancery.core.actor.State;
import io.github.chancery.core.code.CountryCode;
import io.github.chancery.core.dossier.Dossier;
import io.github.chancery.core.dossier.FindingCode;
import io.github.chancery.core.legislature.Motion;
import io.github.chancery.core.legislature.MotionKind;
import io.github.chancery.core.legislature.MotionSubject;
import io.github.chancery.core.legislature.Session;
import io.github.chancery.core.legislature.SubjectKind;
import io.github.chancery.core.record.Identifier;
import io.github.chancery.core.record.IdentifierScheme;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.vote.Ballot;
import io.github.chancery.core.vote.Count;
import io.github.chancery.core.vote.Vote;
import io.github.chancery.core.vote.VoteOption;
import io.github.chancery.json.ChanceryJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Voeten's raw Dataverse file, on {@code voeten/UNVotes.csv}: roll call 3 (R/1/66, 1946, an
 * amendment; the real totals 29 yes and 4 abstentions, with six of its country rows, every vote
 * code among them), and three roll calls written from the codebook (2004, 2010 and the emergency
 * special session's rcid 9001) with Yugoslavia's COW number 345 in each, and rows written inline
 * for the faults.
 */
final class VoetenUngaTest {
  static final String HEADER =
      "\"\",\"rcid\",\"ccode\",\"member\",\"vote\",\"Country\",\"Countryname\",\"year\",\"session\",\"abstain\",\"yes\","
          + "\"no\",\"importantvote\",\"date\",\"unres\",\"amend\",\"para\",\"short\",\"descr\",\"me\",\"nu\",\"di\",\"hr\","
          + "\"co\",\"ec\",\"ident\",\"resid\"";

  private final ImportResult imported = read("UNVotes.csv");
  private final Dossier dossier = imported.dossier().orElseThrow();

  static ImportResult read(String resource) {
    try (InputStream in = VoetenUngaTest.class.getResourceAsStream("/voeten/" + resource)) {
      return VoetenUnga.importer().read(in, resource);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static ImportResult readRows(String... rows) throws IOException {
    String text = HEADER + "\n" + String.join("\n", rows) + "\n";
    return VoetenUnga.importer().read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "UNVotes.csv");
  }

  private static String row(int rcid, String ccode, String member, String vote) {
    return "\"1\"," + rcid + "," + ccode + "," + member + "," + vote + ",\"XXX\",\"Somewhere\",1964,19,0,1,0,0,\"1964-02-01\","
        + "\"R/19/1\",0,0,\"SHORT\",\"LONG\",0,0,0,0,0,0,," + "19001";
  }

  private Vote vote(String rcid) {
    return dossier.get("vote-voeten-" + rcid, Vote.class).orElseThrow();
  }

  private static VoteOption optionOf(Vote vote, String stateId) {
    return vote.ballots().stream().filter(b -> b.voter().map(Reference::id).filter(stateId::equals).isPresent())
        .map(Ballot::option).findFirst().orElseThrow();
  }

  @Test
  void everyVoteCodeIsTheCodebooksOptionAndNotAMemberIsNoBallot() {
    Vote vote = vote("3");
    // Codebook: 1 yes, 2 abstain, 3 no, 8 absent, 9 not a member.
    assertThat(optionOf(vote, "state-us")).isEqualTo(VoteOption.YES);
    assertThat(optionOf(vote, "state-yucs")).isEqualTo(VoteOption.ABSTAIN);
    assertThat(optionOf(vote, "state-ca")).isEqualTo(VoteOption.NO);
    assertThat(optionOf(vote, "state-suhh")).isEqualTo(VoteOption.ABSENT);
    // The Bahamas' row (code 9, member blank) is no ballot: five ballots of six rows.
    assertThat(vote.ballots()).hasSize(5);
    assertThat(dossier.get("state-bs", State.class)).isEmpty();
    assertThat(imported.warnings()).singleElement().satisfies(w -> {
      assertThat(w.code()).isEqualTo(ImportWarningCode.NOT_MAPPED);
      assertThat(w.line()).hasValue(4);
      assertThat(w.message()).startsWith("1 rows");
    });
  }

  @Test
  void yugoslaviasNumber345IsReadByTheDateOfTheRollCall() {
    // COW keeps 345 for Yugoslavia, Serbia and Montenegro and Serbia.
    assertThat(optionOf(vote("3"), "state-yucs")).isEqualTo(VoteOption.ABSTAIN);
    assertThat(optionOf(vote("9001"), "state-yucs")).isEqualTo(VoteOption.YES);
    assertThat(optionOf(vote("4900"), "state-csxx")).isEqualTo(VoteOption.YES);
    assertThat(optionOf(vote("6100"), "state-rs")).isEqualTo(VoteOption.YES);
    State serbia = dossier.get("state-rs", State.class).orElseThrow();
    assertThat(serbia.countryCode()).contains(CountryCode.of("RS"));
    assertThat(serbia.identifiers()).contains(Identifier.of(IdentifierScheme.CORRELATES_OF_WAR, "345"));
    assertThat(dossier.get("state-yucs", State.class).orElseThrow().countryCode()).contains(CountryCode.of("YUCS"));
    // 365 was the Soviet Union in 1946.
    assertThat(dossier.get("state-suhh", State.class).orElseThrow().countryCode()).contains(CountryCode.of("SUHH"));
  }

  @Test
  void theRollCallIsAVoteWithItsDateSessionDeclaredTotalsAndIds() {
    Vote vote = vote("3");
    assertThat(vote.date()).contains(PartialDate.of(1946, 1, 1));
    assertThat(vote.identifier()).contains("3");
    assertThat(vote.identifiers()).contains(Identifier.of("voeten-rcid", "3"), Identifier.of("voeten-resid", "1001"));
    // The totals (no is blank in the published row) become counts.
    assertThat(vote.counts()).containsExactlyInAnyOrder(Count.of(VoteOption.YES, 29), Count.of(VoteOption.ABSTAIN, 4));
    assertThat(vote.session()).contains(Reference.to("un-general-assembly-session-1"));
    assertThat(dossier.get("un-general-assembly-session-1", Session.class).orElseThrow().number()).hasValue(1);
  }

  @Test
  void anEmergencySpecialSessionsRollCallAbove9000HasNoRegularSession() {
    // Codebook: rcids above 9000 are emergency special sessions, whose number the file does not give.
    assertThat(vote("9001").session()).isEmpty();
    Motion motion = dossier.get("motion-voeten-9001", Motion.class).orElseThrow();
    assertThat(motion.identifiers()).containsExactly(Identifier.of(IdentifierScheme.UN_DOCUMENT_SYMBOL, "A/RES/ES-10/2"));
  }

  @Test
  void theFlagsAndIssueCodesAreTheMotionsKindAndSubjects() {
    Motion amendment = dossier.get("motion-voeten-3", Motion.class).orElseThrow();
    // amend = 1: an amendment; R/1/66 is Voeten's code, not a UN document symbol.
    assertThat(amendment.kind()).contains(MotionKind.AMENDMENT);
    assertThat(amendment.identifier()).contains("R/1/66");
    assertThat(amendment.identifiers()).containsExactly(Identifier.of("voeten-unres", "R/1/66"));
    assertThat(amendment.title().in("en")).contains("AMENDMENTS, RULES OF PROCEDURE");
    assertThat(amendment.text().orElseThrow().in("en").orElseThrow()).startsWith("TO ADOPT A CUBAN AMENDMENT");
    assertThat(descriptions(amendment)).containsExactly(VoetenMapper.AMENDMENT);
    Motion important = dossier.get("motion-voeten-6100", Motion.class).orElseThrow();
    // importantvote = 1, me = 1, hr = 1.
    assertThat(important.kind()).contains(MotionKind.RESOLUTION);
    assertThat(descriptions(important))
        .containsExactly(VoetenMapper.IMPORTANT, "issue: Palestinian conflict (me)", "issue: Human rights (hr)");
    assertThat(important.subjects().get(2).kind()).isEqualTo(SubjectKind.HUMAN_RIGHTS);
    assertThat(descriptions(dossier.get("motion-voeten-4900", Motion.class).orElseThrow()))
        .containsExactly("issue: Nuclear weapons and nuclear material (nu)", "issue: Arms control and disarmament (di)");
  }

  private static List<String> descriptions(Motion motion) {
    return motion.subjects().stream().map(MotionSubject::description)
        .map(d -> d.orElseThrow().in("en").orElseThrow()).collect(Collectors.toList());
  }

  @Test
  void theReportFindsOnlyTheExcerptedRollCallsTotalsShortOfItsBallots() {
    // Roll call 3 has six of its rows here; the others' totals are their ballots'.
    assertThat(imported.report().findings(FindingCode.COUNTS_DISAGREE_WITH_BALLOTS))
        .isNotEmpty()
        .allSatisfy(f -> assertThat(f.recordId()).isEqualTo("vote-voeten-3"));
    assertThat(imported.report().errorCount()).isZero();
  }

  @Test
  void badRowsAreWarnedAboutWithTheirLineAndTheRestIsKept() throws IOException {
    ImportResult faulty =
        readRows(
            row(100, "2", "1", "1"),
            row(100, "20", "1", "7"), // an unknown vote code
            row(100, "x", "1", "1"), // an unreadable number
            row(100, "511", "1", "1"), // Zanzibar, not in the table
            row(100, "2", "1", "3"), // a second row of the United States
            row(100, "40", "", "1")); // a member's vote with the member column blank
    assertThat(faulty.warnings()).extracting(w -> w.line().orElseThrow(), ImportWarning::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(3L, ImportWarningCode.UNKNOWN_CODE),
            org.assertj.core.groups.Tuple.tuple(4L, ImportWarningCode.UNREADABLE_NUMBER),
            org.assertj.core.groups.Tuple.tuple(5L, ImportWarningCode.UNRESOLVED_COUNTRY_CODE),
            org.assertj.core.groups.Tuple.tuple(6L, ImportWarningCode.DUPLICATE_ROW),
            org.assertj.core.groups.Tuple.tuple(7L, ImportWarningCode.UNDOCUMENTED_VALUE));
    Dossier kept = faulty.dossier().orElseThrow();
    State zanzibar = kept.get("state-cow-511", State.class).orElseThrow();
    assertThat(zanzibar.countryCode()).isEmpty();
    assertThat(zanzibar.identifiers()).containsExactly(Identifier.of(IdentifierScheme.CORRELATES_OF_WAR, "511"));
    assertThat(kept.get("vote-voeten-100", Vote.class).orElseThrow().ballots()).hasSize(3);
  }

  @Test
  void aFileWithoutTheRequiredColumnsIsRefusedWithWhatItLacks() {
    assertThatThrownBy(() -> VoetenUnga.importer().read(
            new ByteArrayInputStream("rcid,country,vote\n".getBytes(StandardCharsets.UTF_8)), "x.csv"))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("ccode");
  }

  @Test
  void theRegistryNamesAndDetectsTheFormat() {
    assertThat(Importers.named("voeten-unga")).contains(VoetenUnga.importer());
    List<String> header = List.of(HEADER.replace("\"", "").split(",", -1));
    assertThat(Importers.detect(header)).contains(VoetenUnga.importer());
    assertThat(Importers.detect(List.of(Fixtures.GA_HEADER.split(",")))).contains(UnDigitalLibrary.importer());
  }

  @Test
  void theImportedRecordsRoundTripThroughChanceryJson() throws Exception {
    ChanceryJson json = ChanceryJson.strict();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    json.writeDossier(dossier, out);
    assertThat(json.readDossier(out.toByteArray())).isEqualTo(dossier);
  }
}
