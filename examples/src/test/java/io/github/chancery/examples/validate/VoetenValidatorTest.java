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

/** The validator on Voeten's roll calls: {@code --format voeten-unga} and {@code --format unvotes}, or detected by header. */
final class VoetenValidatorTest {
  private static final String RAW =
      "\"\",\"rcid\",\"ccode\",\"member\",\"vote\",\"Country\",\"Countryname\",\"year\",\"session\",\"abstain\",\"yes\","
          + "\"no\",\"importantvote\",\"date\",\"unres\",\"amend\",\"para\",\"short\",\"descr\",\"me\",\"nu\",\"di\",\"hr\","
          + "\"co\",\"ec\",\"ident\",\"resid\"\n";
  private static final String TAIL = ",1946,1,0,1,1,0,\"1946-01-01\",\"R/1/66\",1,0,\"SHORT\",\"LONG\",0,0,0,0,0,0,,1001\n";

  @TempDir Path folder;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return ValidatorCommand.run(
        args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void importsTheRawFileByFormatOrHeaderAndListsTheNotAMemberRows() throws IOException {
    Path file = Files.writeString(folder.resolve("UNVotes.csv"),
        RAW + "\"1\",3,2,1,1,\"USA\",\"United States\"" + TAIL + "\"2\",3,20,1,3,\"CAN\",\"Canada\"" + TAIL
            + "\"3\",3,31,,9,\"BHS\",\"Bahamas\"" + TAIL);
    assertThat(run("--format", "voeten-unga", file.toString())).isEqualTo(ValidatorCommand.VALID);
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("UNVotes.csv: voeten-unga (")
        .contains("  UNVotes.csv:4: vote: 1 rows, the first on this line, are coded 9");
    out.reset();
    assertThat(run(file.toString())).isEqualTo(ValidatorCommand.VALID);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("voeten-unga (");
  }

  @Test
  void importsTheUnvotesVotesTableWithTheTablesBesideIt() throws IOException {
    Path votes = Files.writeString(folder.resolve("un_votes.csv"), "rcid,country,country_code,vote\n3,United States,US,yes\n");
    Files.writeString(folder.resolve("un_roll_calls.csv"),
        "rcid,session,importantvote,date,unres,amend,para,short,descr\n3,1,0,1946-01-01,R/1/66,1,0,SHORT,LONG\n");
    assertThat(run("--format", "unvotes", votes.toString())).isEqualTo(ValidatorCommand.VALID);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("un_votes.csv: unvotes (");
    out.reset();
    assertThat(run(votes.toString())).isEqualTo(ValidatorCommand.VALID);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("unvotes (");
  }
}
