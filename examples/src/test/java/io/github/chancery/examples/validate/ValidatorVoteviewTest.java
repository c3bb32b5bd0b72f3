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
 * The validator on Voteview's files: {@code --format voteview} or the header detected, a votes file
 * bringing the members and roll-calls files named as published beside it.
 */
final class ValidatorVoteviewTest {
  @TempDir Path folder;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return ValidatorCommand.run(
        args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private Path votes() throws IOException {
    Files.writeString(folder.resolve("S117_members.csv"),
        "congress,chamber,icpsr,state_icpsr,district_code,state_abbrev,party_code,occupancy,last_means,bioname,bioguide_id,"
            + "born,died\n117,Senate,29147,6,0,VT,328,,,\"SANDERS, Bernard\",S000033,1941.0,\n");
    Files.writeString(folder.resolve("S117_rollcalls.csv"),
        "congress,chamber,rollnumber,date,session,clerk_rollnumber,majority_requirement,yea_count,nay_count,bill_number,"
            + "vote_result,vote_desc,vote_question,dtl_desc\n117,Senate,451,2022-04-07,2,134,1/2,1,0,PN1783,"
            + "Nomination Confirmed,\"Ketanji Brown Jackson, to be an Associate Justice\",On the Nomination,\n");
    return Files.writeString(folder.resolve("S117_votes.csv"),
        "congress,chamber,rollnumber,icpsr,cast_code,prob\n117,Senate,451,29147,1,99.9\n117,President,451,99914,1,\n");
  }

  @Test
  void importsAVotesFileWithTheFilesBesideItAndListsTheRowItDidNotMap() throws IOException {
    assertThat(run("--format", "voteview", votes().toString())).isEqualTo(ValidatorCommand.VALID);
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("S117_votes.csv: voteview (")
        .contains("S117_votes.csv:3: chamber: the President's rows");
  }

  @Test
  void detectsTheFormatByTheVotesHeader() throws IOException {
    assertThat(run(votes().toString())).isEqualTo(ValidatorCommand.VALID);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("voteview (");
  }
}
