package io.github.chancery.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chancery.core.dossier.ConsistencyReport;
import io.github.chancery.core.dossier.Dossier;
import io.github.chancery.core.legislature.Motion;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.treaty.Treaty;
import io.github.chancery.core.actor.State;
import io.github.chancery.json.ChanceryJson;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The whole seed story as one dossier: complete, consistent, and navigable. */
final class SeedStoryDossierTest {
  private final Dossier dossier = Dossier.of(SeedStory.records());

  @Test
  void theSeedStoryIsADossierWithoutErrorsWhoseOnlyWarningsNameTheCodesItKeepsVerbatim() {
    ConsistencyReport report = dossier.check();

    assertThat(dossier.referenceProblems()).isEmpty();
    assertThat(report.errors()).isEmpty();
    // The story's own codes, which the library does not know: the capitals as metonyms, "invokes".
    assertThat(report.findings())
        .extracting(f -> f.code() + " " + f.path())
        .containsExactly(
            "unknown-code records[3].other_names[0].kind",
            "unknown-code records[6].other_names[0].kind",
            "unknown-code records[30].positions[1].stance");
  }

  @Test
  void followsTheStoryFromTheResolutionToTheNotesAndTheStatement() {
    Reference<Motion> resolution = Reference.to("motion-fr-senat-ppr-150");

    assertThat(dossier.votesOn(resolution)).extracting(v -> v.id()).containsExactly("vote-fr-senat-ppr-150");
    assertThat(dossier.protestsAgainst(resolution)).extracting(n -> n.id()).containsExactly("note-az-fr-2020-11-26");
    assertThat(dossier.statementsConcerning(resolution)).extracting(s -> s.id())
        .containsExactly("statement-az-mfa-french-resolutions");
    assertThat(dossier.treatiesWithParty(Reference.<State>to("state-ru"))).extracting(Treaty::id)
        .containsExactly("treaty-trilateral-statement-2020-11-10");
    assertThat(dossier.supportedBy(SeedStory.tweet())).extracting(r -> r.id())
        .containsExactly("motion-ca-senate-nk-recognition", "vote-ca-senate-nk-recognition");
  }

  @Test
  void theSeedDossierRoundTripsThroughTheDossierDocument() throws Exception {
    ChanceryJson json = ChanceryJson.strict();
    String document = json.writeDossier(dossier);

    Dossier read = json.readDossier(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)));

    assertThat(read.records()).isEqualTo(dossier.records());
    assertThat(json.writeDossier(read)).isEqualTo(document);
  }
}
