package io.github.chancery.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chancery.core.dossier.Dossier;
import io.github.chancery.json.ChanceryJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class SeedStoryExampleTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) throws Exception {
    return SeedStoryExample.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  /** The story's records, 40 today: the count the example prints is the story's, whatever it holds. */
  private static final int RECORDS = SeedStory.records().size();

  @Test
  void writesTheDossierToTheNamedFileAndSummarisesTheStoryInDateOrder(@TempDir Path work) throws Exception {
    Path file = work.resolve("seed-story.json");

    int status = run(file.toString());

    String summary = out.toString(StandardCharsets.UTF_8);
    assertThat(status).isZero();
    assertThat(RECORDS).as("the story keeps its 40 records; a new record type adds to them").isGreaterThanOrEqualTo(40);
    assertThat(summary)
        .contains("Chancery: " + RECORDS + " records of the seed story")
        .containsSubsequence(
            "1993        Security Council adopted \"Security Council resolution 822 (1993)\"",
            "2020-11-10  Signed by Ilham Aliyev, Nikol Pashinyan, Vladimir Putin, brokered by Russia",
            "2020-11-25  French Senate adopted \"On the need to recognize the 'Nagorno-Karabakh Republic'\" (305 for, 1 against)",
            "2020-11-26  Azerbaijan sent a protest note to France",
            "undated     Senate of Canada rejected",
            "Consistency report: 0 errors, 3 warnings",
            "WARNING unknown-code state-az records[3].other_names[0].kind: 'metonym' is not a known name kind",
            "WARNING unknown-code statement-az-mfa-french-resolutions records[30].positions[1].stance: 'invokes'",
            "Wrote the dossier to " + file,
            "Read it back: " + RECORDS + " records, equal to the records written");
    Dossier written = ChanceryJson.strict().readDossier(Files.newInputStream(file));
    assertThat(written.records()).isEqualTo(SeedStory.records());
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void writesTheDossierToStandardOutputAndTheSummaryToStandardErrorByDefault() throws Exception {
    int status = run();

    assertThat(status).isZero();
    Dossier piped = ChanceryJson.strict().readDossier(new ByteArrayInputStream(out.toByteArray()));
    assertThat(piped.records()).isEqualTo(SeedStory.records());
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("Consistency report: 0 errors, 3 warnings")
        .contains("Wrote the dossier to standard output")
        .contains("Read it back: " + RECORDS + " records, equal to the records written");
  }
}
