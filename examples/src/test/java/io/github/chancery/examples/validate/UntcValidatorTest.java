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

/** The validator on a UN Treaty Collection status table: {@code --format untc-status}, or detected by header. */
final class UntcValidatorTest {
  @TempDir Path folder;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return ValidatorCommand.run(
        args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void importsTheStatusTableByFormatOrHeaderAndListsTheFootnotes() throws IOException {
    Path file = Files.writeString(folder.resolve("XXVII-7-d.csv"),
        "Participant,Signature,\"Ratification, Acceptance(A), Approval(AA), Accession(a)\"\n"
            + "Belarus,22 Apr 2016,21 Sep 2016 A\nEuropean Union,22 Apr 2016,5 Oct 2016 AA\n"
            + "United States of America 7,22 Apr 2016,[20 Jan 2021 A]\n");
    assertThat(run("--format", "untc-status", file.toString())).isEqualTo(ValidatorCommand.VALID);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("XXVII-7-d.csv: untc-status (").contains("XXVII-7-d.csv:4:");
    out.reset();
    assertThat(run(file.toString())).isEqualTo(ValidatorCommand.VALID);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("untc-status (");
  }

  @Test
  void readsTheNotesBesideTheTableSoAWithdrawalIsAnActAndNotAWarning() throws IOException {
    Path file = Files.writeString(folder.resolve("XXVII-7-d.csv"),
        "Participant,Signature,\"Ratification, Acceptance(A), Approval(AA), Accession(a)\"\n"
            + "[Ruritania 3],22 Apr 2016,[5 Oct 2016]\n");
    assertThat(run("--format", "untc-status", file.toString())).isEqualTo(ValidatorCommand.VALID);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("between brackets");
    out.reset();
    Files.writeString(folder.resolve("XXVII-7-d.notes.txt"),
        "End Notes\n3. On 1 March 2020, the Government of Ruritania notified the Secretary-General of its decision to withdraw"
            + " from the Agreement, which took effect on 1 March 2021.\n");

    assertThat(run("--format", "untc-status", file.toString())).isEqualTo(ValidatorCommand.VALID);
    assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("between brackets").doesNotContain("footnote 3");
  }
}
