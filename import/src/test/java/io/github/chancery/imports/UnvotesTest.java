package io.github.chancery.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.chancery.core.actor.State;
import io.github.chancery.core.code.CountryCode;
import io.github.chancery.core.dossier.Dossier;
import io.github.chancery.core.legislature.Motion;
import io.github.chancery.core.legislature.MotionKind;
import io.github.chancery.core.legislature.MotionSubject;
import io.github.chancery.core.legislature.SubjectKind;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.vote.Ballot;
import io.github.chancery.core.vote.Vote;
import io.github.chancery.core.vote.VoteOption;
import io.github.chancery.json.ChanceryJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The three tables of {@code unvotes} under {@code unvotes/}: the README's rows of roll call 3
 * (the United States yes, Canada no, Cuba yes) and issues of 77 and 9001, with rows written from
 * the package's cleaning script (its YU, CS, DD and YD overrides) and the codebook, and tables
 * written inline for the faults.
 */
final class UnvotesTest {
  @TempDir Path folder;

  private static Path resource(String name) {
    try {
      return Path.of(UnvotesTest.class.getResource("/unvotes/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static final List<Path> TABLES =
      List.of(resource("un_votes.csv"), resource("un_roll_calls.csv"), resource("un_roll_call_issues.csv"));

  private final ImportResult imported = read(TABLES);
  private final Dossier dossier = imported.dossier().orElseThrow();

  private static ImportResult read(List<Path> files) {
    try {
      return Unvotes.importer().read(files);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private Vote vote(String rcid) {
    return dossier.get("vote-voeten-" + rcid, Vote.class).orElseThrow();
  }

  private static VoteOption optionOf(Vote vote, String stateId) {
    return vote.ballots().stream().filter(b -> b.voter().map(Reference::id).filter(stateId::equals).isPresent())
        .map(Ballot::option).findFirst().orElseThrow();
  }

  private static List<String> descriptions(Motion motion) {
    return motion.subjects().stream().map(MotionSubject::description)
        .map(d -> d.orElseThrow().in("en").orElseThrow()).collect(Collectors.toList());
  }

  @Test
  void theThreeTablesAreReadTogetherWhateverTheirOrderWithoutAWarning() {
    assertThat(imported.warnings()).isEmpty();
    assertThat(imported.rowsRead()).isEqualTo(16 + 6 + 3);
    assertThat(read(List.of(TABLES.get(2), TABLES.get(0), TABLES.get(1))).dossier()).contains(dossier);
    assertThat(imported.report().errorCount()).isZero();
  }

  @Test
  void thePackagesThreeVotesAreYesNoAndAbstain() {
    // un_votes has yes, abstain and no only: absent and non-member rows were filtered out.
    Vote vote = vote("3");
    assertThat(optionOf(vote, "state-us")).isEqualTo(VoteOption.YES);
    assertThat(optionOf(vote, "state-ca")).isEqualTo(VoteOption.NO);
    assertThat(optionOf(vote, "state-yucs")).isEqualTo(VoteOption.ABSTAIN);
    assertThat(vote.ballots()).hasSize(5);
    assertThat(vote.counts()).isEmpty(); // the package removed the totals
    assertThat(vote.date()).contains(PartialDate.of(1946, 1, 1));
  }

  @Test
  void yuIsYugoslaviaSerbiaAndMontenegroOrSerbiaByTheDate() {
    // The cleaning script codes every ccode 345 row YU, after 2006 too.
    assertThat(optionOf(vote("3"), "state-yucs")).isEqualTo(VoteOption.ABSTAIN);
    assertThat(optionOf(vote("4900"), "state-csxx")).isEqualTo(VoteOption.YES);
    assertThat(optionOf(vote("6100"), "state-rs")).isEqualTo(VoteOption.YES);
    assertThat(dossier.get("state-rs", State.class).orElseThrow().countryCode()).contains(CountryCode.of("RS"));
  }

  @Test
  void thePackagesOtherOverridesAreTheFormerCountries() {
    // CS Czechoslovakia, DD the German Democratic Republic, YD Yemen's People's Republic.
    assertThat(dossier.get("state-cshh", State.class).orElseThrow().countryCode()).contains(CountryCode.of("CSHH"));
    assertThat(optionOf(vote("2000"), "state-ddde")).isEqualTo(VoteOption.YES);
    assertThat(optionOf(vote("2000"), "state-ydye")).isEqualTo(VoteOption.ABSTAIN);
  }

  @Test
  void theFlagsAndIssuesAreTheMotionsKindAndSubjects() {
    assertThat(dossier.get("motion-voeten-3", Motion.class).orElseThrow().kind()).contains(MotionKind.AMENDMENT);
    Motion paragraph = dossier.get("motion-voeten-2000", Motion.class).orElseThrow();
    assertThat(paragraph.kind()).contains(MotionKind.MOTION);
    assertThat(descriptions(paragraph)).containsExactly(VoetenMapper.PARAGRAPH);
    Motion important = dossier.get("motion-voeten-6100", Motion.class).orElseThrow();
    assertThat(descriptions(important)).containsExactly(VoetenMapper.IMPORTANT, "issue: Human rights (hr)");
    assertThat(important.subjects().get(1).kind()).isEqualTo(SubjectKind.HUMAN_RIGHTS);
    assertThat(descriptions(dossier.get("motion-voeten-9001", Motion.class).orElseThrow()))
        .containsExactly("issue: Palestinian conflict (me)");
    assertThat(vote("9001").session()).isEmpty();
  }

  @Test
  void aMissingTableOrTheVotesAloneAreRefusedSayingWhatIsNeeded() {
    assertThatThrownBy(() -> Unvotes.importer().read(List.of(TABLES.get(0), TABLES.get(2))))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("roll calls");
    assertThatThrownBy(() -> Unvotes.importer().read(
            new ByteArrayInputStream("rcid,country,country_code,vote\n".getBytes(StandardCharsets.UTF_8)), "un_votes.csv"))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("un_roll_calls.csv");
  }

  @Test
  void theVotesTablesPathFindsTheOtherTablesBesideIt() throws IOException {
    assertThat(Unvotes.importer().read(TABLES.get(0)).dossier()).contains(dossier);
  }

  @Test
  void badRowsAreWarnedAboutWithTheirFileAndLineAndTheRestIsKept() throws IOException {
    Path votes = Files.writeString(folder.resolve("unvotes.csv"),
        "rcid,country,country_code,vote\n3,United States,US,yes\n3,Canada,CA,absent\n3,Zanzibar,,yes\n"
            + "3,Nowhere,QQ,no\n3,Namibia,NA,abstain\n3,Somewhere,NA,no\n4,Cuba,CU,yes\n");
    Path rollCalls = Files.writeString(folder.resolve("roll_calls.csv"),
        "rcid,session,importantvote,date,unres,amend,para,short,descr\n3,1,0,1946-01-01,R/1/66,1,0,SHORT,LONG\n"
            + "5,1,0,1946-01-02,R/1/67,0,0,SHORT,LONG\n");
    Path issues = Files.writeString(folder.resolve("issues.csv"), "rcid,short_name,issue\n3,xx,Something else\n6,me,Palestinian conflict\n");
    ImportResult faulty = Unvotes.importer().read(List.of(votes, rollCalls, issues));
    assertThat(faulty.warnings()).extracting(w -> w.file(), w -> w.line().orElseThrow(), ImportWarning::code)
        .containsExactly(
            tuple("roll_calls.csv", 3L, ImportWarningCode.NOT_MAPPED), // roll call 5 has no votes
            tuple("issues.csv", 2L, ImportWarningCode.UNDOCUMENTED_VALUE),
            tuple("issues.csv", 3L, ImportWarningCode.MISSING_VALUE),
            tuple("unvotes.csv", 3L, ImportWarningCode.UNKNOWN_CODE),
            tuple("unvotes.csv", 4L, ImportWarningCode.UNRESOLVED_COUNTRY_CODE),
            tuple("unvotes.csv", 5L, ImportWarningCode.UNRESOLVED_COUNTRY_CODE),
            tuple("unvotes.csv", 7L, ImportWarningCode.UNRESOLVED_COUNTRY_CODE), // NA, R's missing value
            tuple("unvotes.csv", 8L, ImportWarningCode.MISSING_VALUE)); // roll call 4 is not in the table
    Dossier kept = faulty.dossier().orElseThrow();
    assertThat(kept.get("state-unvotes-zanzibar", State.class).orElseThrow().countryCode()).isEmpty();
    // NA is Namibia when the country is Namibia
    assertThat(kept.get("state-na", State.class).orElseThrow().countryCode()).contains(CountryCode.of("NA"));
    assertThat(kept.get("vote-voeten-3", Vote.class).orElseThrow().ballots()).hasSize(5);
    assertThat(kept.get("vote-voeten-4", Vote.class).orElseThrow().date()).isEmpty();
    assertThat(descriptions(kept.get("motion-voeten-3", Motion.class).orElseThrow()))
        .containsExactly(VoetenMapper.AMENDMENT, "issue: Something else (xx)");
  }

  @Test
  void theRegistryNamesTheFormatAndDetectsTheVotesTable() {
    assertThat(Importers.named("unvotes")).contains(Unvotes.importer());
    assertThat(Importers.detect(List.of("rcid", "country", "country_code", "vote"))).contains(Unvotes.importer());
    assertThat(Importers.detect(List.of("rcid", "short_name", "issue"))).isEmpty();
  }

  @Test
  void theImportedRecordsRoundTripThroughChanceryJson() throws Exception {
    ChanceryJson json = ChanceryJson.strict();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    json.writeDossier(dossier, out);
    assertThat(json.readDossier(out.toByteArray())).isEqualTo(dossier);
  }
}
