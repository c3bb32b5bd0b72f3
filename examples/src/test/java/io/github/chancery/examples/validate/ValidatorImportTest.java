package io.github.chancery.examples.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The validator on published formats: {@code --format un-digital-library}, or the format detected by its CSV header. */
final class ValidatorImportTest {
  private static final String HEADER =
      "undl_id,ms_code,ms_name,ms_vote,date,session,resolution,draft,committee_report,meeting,title,agenda_title,"
          + "subjects,vote_note,total_yes,total_no,total_abstentions,total_non_voting,total_ms,undl_link\n";
  private static final String TAIL =
      ",2022-03-02,ES-11,A/RES/ES-11/1,A/ES-11/L.1,,A/ES-11/PV.5,Aggression against Ukraine : resolution / adopted by the General Assembly,"
          + ",,,141.0,5.0,35.0,12.0,193.0,https://digitallibrary.un.org/record/3959039\n";

  @TempDir Path folder;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return ValidatorCommand.run(
        args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private Path file() throws IOException {
    Path file = folder.resolve("2022_3_2_ga_voting.csv");
    Files.writeString(
        file, HEADER + "3959039,UKR,UKRAINE,Y" + TAIL + "3959039,RUS,RUSSIAN FEDERATION,N" + TAIL + "3959039,IND,INDIA,Q" + TAIL);
    return file;
  }

  @Test
  void importsAUnDigitalLibraryFileNamedByFormatAndListsWhatItCouldNotMapWithItsLine() throws IOException {
    assertThat(run("--format", "un-digital-library", file().toString())).isEqualTo(ValidatorCommand.VALID);
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("2022_3_2_ga_voting.csv: un-digital-library (")
        .contains("1 import warning (not mapped, or mapped otherwise):")
        .contains("  2022_3_2_ga_voting.csv:4: ms_vote: 'Q' is not a vote code")
        .contains("WARNING counts-disagree-with-ballots vote-undl-3959039");
  }

  @Test
  void detectsTheFormatByItsHeader() throws IOException {
    assertThat(run(file().toString())).isEqualTo(ValidatorCommand.VALID);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("un-digital-library (");
  }

  @Test
  void givesTheImportWarningsInJsonWithFileLineColumnAndCode() throws IOException {
    assertThat(run("--json", "--format", "un-digital-library", file().toString())).isEqualTo(ValidatorCommand.VALID);
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("\"import_warnings\":[{\"file\":\"2022_3_2_ga_voting.csv\",\"line\":4,\"column\":\"ms_vote\",\"code\":\"unknown-code\"");
  }

  @Test
  void refusesAnUnknownFormatWithTheKnownOnes() {
    assertThat(run("--format", "no-such-format", "x.csv")).isEqualTo(ValidatorCommand.UNREADABLE);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown format no-such-format; the formats are un-digital-library");
  }

  @Test
  void aFileWhoseHeaderIsNotTheFormatsIsUnreadableWithItsHeader() throws IOException {
    Path file = folder.resolve("votes.csv");
    Files.writeString(file, "id,country,vote\n1,UKR,Y\n");
    assertThat(run("--format", "un-digital-library", file.toString())).isEqualTo(ValidatorCommand.UNREADABLE);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("votes.csv: unreadable: votes.csv:1: not a UN Digital Library voting file");
  }
}
