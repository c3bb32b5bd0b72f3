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

/**
 * The validator on Open States data: a bulk CSV session ({@code --format openstates}, the tables
 * beside the votes file) and the scrapers' JSON ({@code --format openstates-json} on a folder, or a
 * vote event detected by its keys).
 */
final class ValidatorOpenStatesTest {
  @TempDir Path folder;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return ValidatorCommand.run(
        args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void importsAVotesFileWithTheTablesBesideItAndListsTheRowItDidNotMap() throws IOException {
    Files.writeString(folder.resolve("WI_2025_vote_people.csv"),
        "id,vote_event_id,option,voter_name,voter_id,note\na1,ocd-vote/1,yes,ALLEN,ocd-person/1,\na2,ocd-vote/1,Y,ANDRACA,,\n");
    Path votes = Files.writeString(folder.resolve("WI_2025_votes.csv"),
        "id,identifier,motion_text,motion_classification,start_date,result,organization_id,bill_id,bill_action_id,"
            + "jurisdiction,session_identifier\nocd-vote/1,,PASSAGE,[],2025-03-13,pass,ocd-organization/lower,,,Wisconsin,2025\n");
    assertThat(run("--format", "openstates", votes.toString())).isEqualTo(ValidatorCommand.VALID);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("openstates (").contains("WI_2025_vote_people.csv:3: option");
  }

  private static final String VOTE_EVENT =
      "{\"_id\": \"9a4d2b70\", \"identifier\": \"AV0019\", \"motion_text\": \"Passage\",\n"
          + " \"motion_classification\": [\"passage\"], \"start_date\": \"2025-03-13\", \"result\": \"pass\",\n"
          + " \"organization\": \"~{\\\"classification\\\": \\\"lower\\\"}\", \"legislative_session\": \"2025\",\n"
          + " \"votes\": [{\"option\": \"yes\", \"voter_name\": \"Allen\", \"voter_id\": \"~{\\\"name\\\": \\\"Allen\\\"}\"}],\n"
          + " \"counts\": [{\"option\": \"yes\", \"value\": 40}, {\"option\": \"no\", \"value\": 50}]}\n";

  @Test
  void importsAScrapeFolderWithItsFormatAndListsTheFieldItDidNotImportAndTheContradictedResult() throws IOException {
    Files.writeString(folder.resolve("jurisdiction_ocd-jurisdiction-country-us-state-wi-government.json"),
        "{\"_id\": \"ocd-jurisdiction/country:us/state:wi/government\", \"name\": \"Wisconsin\"}");
    Files.writeString(folder.resolve("vote_event_9a4d2b70.json"), VOTE_EVENT);
    assertThat(run("--format", "openstates-json", folder.toString())).isEqualTo(ValidatorCommand.VALID);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("openstates-json (")
        .contains("vote_event_9a4d2b70.json:2: $.motion_classification")
        .contains("result-contradicts-counts");
  }

  @Test
  void detectsAScrapeVoteEventByItsKeysWithoutTheFormatOption() throws IOException {
    Path vote = Files.writeString(folder.resolve("vote_event_9a4d2b70.json"), VOTE_EVENT);
    assertThat(run(vote.toString())).isEqualTo(ValidatorCommand.VALID);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("openstates-json (").contains(", 5 records").doesNotContain("Popolo");
  }
}
