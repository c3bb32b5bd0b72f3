package io.github.chancery.examples.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The validator checks a file of 1,000,000 records (about 170 MB) in a JVM whose heap is capped
 * at 64 MB (the {@code constant-memory} Surefire execution of this module's pom): reading the
 * file whole would not fit, so this passes only if the records are checked one at a time.
 */
@Tag("constant-memory")
final class ValidatorConstantMemoryTest {
  @Test
  void validatesAMillionRecordsInA64MegabyteHeap(@TempDir Path work) throws Exception {
    assertThat(Runtime.getRuntime().maxMemory()).as("this test must run with -Xmx64m").isLessThanOrEqualTo(64L << 20);
    Path file = work.resolve("million.ndjson");
    LargeRecordFiles.write(file, 1_000_000, 500_000);
    assertThat(Files.size(file)).isGreaterThan(2 * Runtime.getRuntime().maxMemory());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int status =
        ValidatorCommand.run(
            new String[] {file.toString()},
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    assertThat(status).isEqualTo(ValidatorCommand.INVALID);
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("NDJSON records, 1,000,000 records")
        .contains("Consistency report: 1 error, 0 warnings")
        .contains("ERROR   invalid-record vote-249999 records[500000].counts[1].value: must not be negative");
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("pass 2 of 2, references: 100%");
  }
}
