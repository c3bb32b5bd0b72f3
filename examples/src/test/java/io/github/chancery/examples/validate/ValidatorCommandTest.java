package io.github.chancery.examples.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ValidatorCommandTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return ValidatorCommand.run(
        args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String output() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private static String resource(String name) {
    try {
      return Paths.get(ValidatorCommandTest.class.getResource("/validate/" + name).toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void exitsWithZeroForAValidDossier() {
    assertThat(run(resource("valid.dossier.json"))).isEqualTo(ValidatorCommand.VALID);
    assertThat(output())
        .contains("valid.dossier.json: dossier document, 38 records")
        .contains("Consistency report: 0 errors, 1 warning")
        .contains("WARNING unknown-code statement-az-mfa-french-resolutions records[28].positions[1].stance: 'invokes' is not a known stance");
  }

  @Test
  void exitsWithZeroWhenThereAreOnlyWarnings() {
    assertThat(run(resource("warnings-only.ndjson"))).isEqualTo(ValidatorCommand.VALID);
    assertThat(output())
        .contains("NDJSON records, 4 records")
        .contains("Consistency report: 0 errors, 1 warning")
        .contains("WARNING result-contradicts-counts vote-2 records[3].result");
  }

  @Test
  void exitsWithOneAndListsEveryErrorWithItsPlaceInTheFile() {
    assertThat(run(resource("invalid.dossier.json"))).isEqualTo(ValidatorCommand.INVALID);
    assertThat(output())
        .contains("invalid.dossier.json: dossier document, 4 records")
        .contains("Consistency report: 4 errors, 0 warnings")
        .contains("ERROR   invalid-record vote-1 records[1].counts[1].value: must not be negative, was -1 [negative]")
        .contains("ERROR   invalid-record vote-2 records[3].motion_id: is required [required]")
        .contains("ERROR   duplicate-id state-xk records[2].id")
        .contains("ERROR   dangling-reference state-xk records[0].source_ids[0]: no record 'src-1'");
  }

  @Test
  void exitsWithTwoForMalformedJsonAndForAMissingFile() {
    assertThat(run(resource("malformed.dossier.json"))).isEqualTo(ValidatorCommand.UNREADABLE);
    assertThat(output()).contains("malformed.dossier.json: unreadable:").contains("[malformed-json]");

    out.reset();
    assertThat(run(resource("valid.dossier.json"), "no-such-file.json")).isEqualTo(ValidatorCommand.UNREADABLE);
    assertThat(output()).contains("no-such-file.json: unreadable: no such file");
  }

  @Test
  void refusesWrongArgumentsWithUsage() {
    assertThat(run()).isEqualTo(ValidatorCommand.UNREADABLE);
    assertThat(run("--verbose", "x.json")).isEqualTo(ValidatorCommand.UNREADABLE);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: validate [--json]");
  }

  @Test
  void printsItsUsageAndOptionsWhenAskedForHelpAndExitsWithZero() {
    for (String help : new String[] {"--help", "-h"}) {
      out.reset();

      assertThat(run(help)).as(help).isEqualTo(ValidatorCommand.VALID);
      assertThat(output()).as(help)
          .startsWith("usage: validate [--json] [--popolo | --format NAME] [--stream-above BYTES] FILE...")
          .contains("--json", "--popolo", "--stream-above BYTES", "--help", "Exit status: 0");
    }
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void printsOneJsonObjectPerFileForMachines() {
    int status = run("--json", resource("invalid.dossier.json"), resource("valid.dossier.json"));

    assertThat(status).isEqualTo(ValidatorCommand.INVALID);
    String[] lines = output().split("\\R");
    assertThat(lines).hasSize(2);
    assertThat(lines[0])
        .startsWith("{\"file\":")
        .contains("\"format\":\"dossier document\",\"records\":4,\"errors\":4,\"warnings\":0,\"findings\":[")
        .contains("{\"severity\":\"error\",\"code\":\"invalid-record\",\"record_id\":\"vote-1\",\"path\":\"records[1].counts[1].value\"")
        .endsWith("]}");
    assertThat(lines[1])
        .contains("\"records\":38,\"errors\":0,\"warnings\":1,\"findings\":[")
        .contains("{\"severity\":\"warning\",\"code\":\"unknown-code\",\"record_id\":\"statement-az-mfa-french-resolutions\"");
  }

  @Test
  void streamsLargeRecordFilesAndShowsProgress(@TempDir Path work) throws Exception {
    Path file = work.resolve("large.ndjson");
    LargeRecordFiles.write(file, 60_000, 59_990);

    int status = run("--stream-above", "1000000", file.toString());

    assertThat(Files.size(file)).isGreaterThan(ValidatorCommand.PROGRESS_ABOVE);
    assertThat(status).isEqualTo(ValidatorCommand.INVALID);
    assertThat(output())
        .contains("60,000 records")
        .contains("Consistency report: 1 error, 0 warnings")
        .contains("ERROR   invalid-record vote-29994 records[59990].counts[1].value: must not be negative");
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("pass 1 of 2, records: 100%")
        .contains("pass 2 of 2, references: 100%");
  }

  @Test
  void findsDanglingAndDuplicateIdsWhenStreaming(@TempDir Path work) throws Exception {
    Path file = work.resolve("refs.ndjson");
    Files.writeString(
        file,
        "{\"type\":\"motion\",\"id\":\"motion-1\",\"legislature_id\":\"leg-gone\",\"title\":{\"en\":\"T\"}}\n"
            + "{\"type\":\"vote\",\"id\":\"motion-1\",\"motion_id\":\"motion-1\",\"result\":\"adopted\"}\n"
            + "{\"type\":\"vote\",\"id\":\"vote-1\",\"motion_id\":\"motion-1\",\"result\":\"adopted\",\"legislature_id\":\"motion-1\"}\n");

    assertThat(run("--stream-above", "0", file.toString())).isEqualTo(ValidatorCommand.INVALID);
    assertThat(output())
        .contains("ERROR   duplicate-id motion-1 records[1].id")
        .contains("ERROR   dangling-reference motion-1 records[0].legislature_id: no record 'leg-gone' in the file")
        .contains("ERROR   wrong-reference-type vote-1 records[2].legislature_id");
  }

  @Test
  void detectsAPopoloExportAndPrintsWhatTheImportRepairedBeforeTheReport() {
    assertThat(run(resource("senate.popolo.json"))).isEqualTo(ValidatorCommand.VALID);
    assertThat(output())
        .contains("senate.popolo.json: Popolo, 8 records")
        .contains("1 Popolo warning (repaired, or not mapped):")
        .contains("$.vote_events[0]: the vote event has no id")
        .doesNotContain("gender") // a person's gender is mapped
        .contains("Consistency report: 0 errors, 0 warnings");
  }

  @Test
  void readsAFileAsPopoloWhenAskedAndExitsWithTwoWhenItIsNotPopolo() {
    assertThat(run("--popolo", resource("warnings-only.ndjson"))).isEqualTo(ValidatorCommand.UNREADABLE);
    assertThat(output()).contains("warnings-only.ndjson: unreadable:");
  }

  @Test
  void writesPopoloWarningsInTheJsonReport() {
    assertThat(run("--json", resource("senate.popolo.json"))).isEqualTo(ValidatorCommand.VALID);
    assertThat(output())
        .contains("\"format\":\"Popolo\",\"records\":8,\"popolo_warnings\":[{\"path\":\"$.vote_events[0]\"");
  }
}
