package io.github.chancery.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.chancery.core.actor.Organization;
import io.github.chancery.core.actor.State;
import io.github.chancery.core.code.CountryCode;
import io.github.chancery.core.dossier.Dossier;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.treaty.ParticipantAction;
import io.github.chancery.core.treaty.ParticipantActionKind;
import io.github.chancery.core.treaty.Treaty;
import io.github.chancery.json.ChanceryJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * The UN Treaty Collection status table of the Paris Agreement (XXVII-7-d), and the markers,
 * brackets and footnotes of the format, each test naming the rule it pins.
 *
 * <p>The fixture's dates of Afghanistan, Belarus, Denmark, Japan, the United States and the European
 * Union's deposit day are those of docs/i27 research (UNTC XML and derived data); the European
 * Union's marker (AA), China's and France's rows and the footnote numbers are illustrative.
 */
final class UntcStatusTest {
  private static final String PARIS_HEADER = "Participant,Signature,\"Ratification, Acceptance(A), Approval(AA), Accession(a)\"";
  private static final String FULL_HEADER =
      "Participant,Signature,\"Ratification, Acceptance(A), Approval(AA), Accession(a), Succession(d)\"";

  private static ImportResult paris() throws IOException {
    try (InputStream in = UntcStatusTest.class.getResourceAsStream("/untc/XXVII-7-d.csv")) {
      return UntcStatus.importer().read(in, "XXVII-7-d.csv");
    }
  }

  private static ImportResult table(String header, String... rows) throws IOException {
    String text = header + "\n" + String.join("\n", rows) + "\n";
    return UntcStatus.importer().read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "XXVII-7-d.csv");
  }

  private static Treaty treaty(ImportResult imported) {
    return imported.dossier().orElseThrow().get("treaty-untc-xxvii-7-d", Treaty.class).orElseThrow();
  }

  private static List<ParticipantAction> actionsOf(ImportResult imported, String participantId) {
    return treaty(imported).participantActions().stream().filter(a -> a.participant().id().equals(participantId)).toList();
  }

  @Test
  void theParisTableGivesOneTreatyWithEachParticipantsSignatureAndConsent() throws Exception {
    ImportResult imported = paris();
    Treaty treaty = treaty(imported);
    assertThat(treaty.title().toString()).contains("XXVII-7-d");
    assertThat(treaty.participantActions()).hasSize(16);
    assertThat(actionsOf(imported, "state-af")).extracting(ParticipantAction::kind, ParticipantAction::date)
        .containsExactly(
            tuple(ParticipantActionKind.SIGNATURE, PartialDate.of(2016, 4, 22)),
            tuple(ParticipantActionKind.RATIFICATION, PartialDate.of(2017, 2, 15)));
    assertThat(actionsOf(imported, "state-by")).extracting(ParticipantAction::kind)
        .containsExactly(ParticipantActionKind.SIGNATURE, ParticipantActionKind.ACCEPTANCE);
    assertThat(actionsOf(imported, "state-fr")).extracting(ParticipantAction::kind)
        .containsExactly(ParticipantActionKind.SIGNATURE, ParticipantActionKind.APPROVAL);
    assertThat(actionsOf(imported, "state-cn").get(1).kind()).isEqualTo(ParticipantActionKind.RATIFICATION);
    assertThat(imported.dossier().orElseThrow().get("state-us", State.class).orElseThrow().countryCode())
        .contains(CountryCode.of("US"));
    assertThat(imported.report().errors()).isEmpty();
  }

  @Test
  void theEuropeanUnionIsAnOrganisationAndNeverAState() throws Exception {
    ImportResult imported = paris();
    Dossier dossier = imported.dossier().orElseThrow();
    assertThat(dossier.get(UntcMapper.EU_ID, Organization.class)).isPresent();
    assertThat(actionsOf(imported, UntcMapper.EU_ID)).extracting(ParticipantAction::kind, ParticipantAction::date)
        .containsExactly(
            tuple(ParticipantActionKind.SIGNATURE, PartialDate.of(2016, 4, 22)),
            tuple(ParticipantActionKind.APPROVAL, PartialDate.of(2016, 10, 5)));
    ImportResult byCode = table(PARIS_HEADER, "EUU,22 Apr 2016,5 Oct 2016");
    assertThat(byCode.warnings()).isEmpty();
    assertThat(actionsOf(byCode, UntcMapper.EU_ID).get(1).kind()).isEqualTo(ParticipantActionKind.RATIFICATION);
  }

  @Test
  void footnotesAndBracketsAreWarningsAndTheActsAreKept() throws Exception {
    ImportResult imported = paris();
    assertThat(imported.warnings()).extracting(ImportWarning::line, ImportWarning::code)
        .containsExactly(
            tuple(OptionalLong.of(5), ImportWarningCode.NOT_MAPPED),
            tuple(OptionalLong.of(9), ImportWarningCode.NOT_MAPPED),
            tuple(OptionalLong.of(9), ImportWarningCode.NOT_MAPPED));
    assertThat(imported.warnings()).extracting(ImportWarning::message)
        .anySatisfy(m -> assertThat(m).contains("footnote 1", "Denmark"))
        .anySatisfy(m -> assertThat(m).contains("footnote 7", "United States of America"))
        .anySatisfy(m -> assertThat(m).contains("between brackets", "2021-01-20"));
    assertThat(actionsOf(imported, "state-us")).extracting(ParticipantAction::kind, ParticipantAction::date)
        .containsExactly(
            tuple(ParticipantActionKind.SIGNATURE, PartialDate.of(2016, 4, 22)),
            tuple(ParticipantActionKind.ACCEPTANCE, PartialDate.of(2021, 1, 20)));
    ImportResult withdrawn = table(PARIS_HEADER, "[Ruritania],1 Jan 2017,");
    assertThat(withdrawn.warnings()).extracting(ImportWarning::code)
        .contains(ImportWarningCode.UNRESOLVED_COUNTRY_CODE, ImportWarningCode.NOT_MAPPED);
    assertThat(actionsOf(withdrawn, "state-untc-ruritania")).hasSize(1);
  }

  @Test
  void everyMarkerOfTheHeaderGivesItsActAndParticipantsMayBeAlpha3Codes() throws Exception {
    // The dates of this table are illustrative.
    ImportResult imported =
        table(FULL_HEADER, "IND,22 Apr 2016,2 Oct 2016", "JPN,,8 Nov 2016 A", "DNK,,1 Nov 2016 AA", "AFG,,7 Sep 2017 a", "MNE,,3 Jun 2017 d");
    assertThat(imported.warnings()).isEmpty();
    assertThat(treaty(imported).participantActions()).extracting(ParticipantAction::kind)
        .containsExactly(ParticipantActionKind.SIGNATURE, ParticipantActionKind.RATIFICATION, ParticipantActionKind.ACCEPTANCE,
            ParticipantActionKind.APPROVAL, ParticipantActionKind.ACCESSION, ParticipantActionKind.SUCCESSION);
    assertThat(treaty(imported).participantActions().get(0).participant().id()).isEqualTo("state-in");
  }

  @Test
  void anUnknownMarkerIsAWarningWithFileLineAndColumnAndTheSignatureIsKept() throws Exception {
    // Markers are case-sensitive: 'aa' is not 'AA'.
    ImportResult imported = table(PARIS_HEADER, "Japan,22 Apr 2016,8 Nov 2016 aa");
    assertThat(imported.warnings()).singleElement().satisfies(w -> {
      assertThat(w.file()).isEqualTo("XXVII-7-d.csv");
      assertThat(w.line()).hasValue(2);
      assertThat(w.column()).contains("Ratification, Acceptance(A), Approval(AA), Accession(a)");
      assertThat(w.code()).isEqualTo(ImportWarningCode.UNKNOWN_CODE);
    });
    assertThat(actionsOf(imported, "state-jp")).extracting(ParticipantAction::kind).containsExactly(ParticipantActionKind.SIGNATURE);
  }

  @Test
  void aBadDateIsAWarningAndTheRowsOtherFactsAreKept() throws Exception {
    ImportResult imported = table(PARIS_HEADER, "France,31 Apr 2016,5 Oct 2016 AA", "China,22 April 2016,3 Sep 2016");
    assertThat(imported.warnings()).extracting(ImportWarning::line, ImportWarning::code, w -> w.column().orElseThrow())
        .containsExactly(
            tuple(OptionalLong.of(2), ImportWarningCode.UNREADABLE_DATE, "Signature"),
            tuple(OptionalLong.of(3), ImportWarningCode.UNREADABLE_DATE, "Signature"));
    assertThat(actionsOf(imported, "state-fr")).extracting(ParticipantAction::kind).containsExactly(ParticipantActionKind.APPROVAL);
    assertThat(actionsOf(imported, "state-cn")).extracting(ParticipantAction::kind).containsExactly(ParticipantActionKind.RATIFICATION);
  }

  @Test
  void anUnknownParticipantNameIsKeptAsAStateWithoutACode() throws Exception {
    ImportResult imported = table(PARIS_HEADER, "Atlantis,22 Apr 2016,");
    assertThat(imported.warnings()).singleElement().satisfies(w -> {
      assertThat(w.code()).isEqualTo(ImportWarningCode.UNRESOLVED_COUNTRY_CODE);
      assertThat(w.column()).contains("Participant");
    });
    assertThat(imported.dossier().orElseThrow().get("state-untc-atlantis", State.class).orElseThrow().countryCode()).isEmpty();
  }

  @Test
  void theRegistryNamesTheFormatAndDetectsTheHeader() {
    assertThat(Importers.named("untc-status")).contains(UntcStatus.importer());
    assertThat(Importers.detect(List.of("Participant", "Signature", "Ratification, Acceptance(A), Approval(AA), Accession(a)")))
        .contains(UntcStatus.importer());
    assertThat(Importers.detect(List.of("Participant", "Signature"))).isEmpty();
    assertThatThrownBy(() -> table("Name,Signature", "France,22 Apr 2016")).isInstanceOf(ImportException.class);
  }

  @Test
  void theImportedRecordsRoundTripThroughChanceryJson() throws Exception {
    Dossier dossier = paris().dossier().orElseThrow();
    ChanceryJson json = ChanceryJson.strict();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    json.writeDossier(dossier, out);
    assertThat(json.readDossier(out.toByteArray())).isEqualTo(dossier);
  }

  @Test
  void streamingWritesTheSameRecordsAndReport() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ImportResult streamed;
    try (InputStream in = UntcStatusTest.class.getResourceAsStream("/untc/XXVII-7-d.csv");
        var out = ChanceryJson.strict().writeNdjson(bytes)) {
      streamed = UntcStatus.importer().stream(in, "XXVII-7-d.csv", out, ImportProgress.none());
    }
    assertThat(streamed.recordsImported()).isEqualTo(paris().recordsImported());
    assertThat(streamed.report().errors()).isEmpty();
    assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("treaty-untc-xxvii-7-d", UntcMapper.EU_ID);
  }
}
