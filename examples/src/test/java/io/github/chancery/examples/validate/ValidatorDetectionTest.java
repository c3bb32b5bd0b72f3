package io.github.chancery.examples.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the validator tells Popolo from Chancery's own JSON without {@code --popolo}: by the first
 * key, and for a first key {@code type} by whether its value names a Chancery record type (a file
 * so guessed to be Popolo, of which the import recognises nothing, is read as records after all);
 * a UTF-8 byte order mark is skipped.
 */
final class ValidatorDetectionTest {
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  /** Like the Popolo project's contact_detail.json: a single object whose first key is "type". */
  private static final String CONTACT_DETAIL =
      "{\n  \"type\": \"voice\",\n  \"label\": \"Phone number\",\n  \"value\": \"+1-555-555-0199;ext=555\",\n"
          + "  \"note\": \"Capitol Hill\",\n  \"valid_from\": \"1970-01\",\n  \"valid_until\": \"1971-12-31\"\n}\n";

  @TempDir Path work;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return ValidatorCommand.run(
        args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String output() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private Path file(String name, String text) throws IOException {
    return Files.writeString(work.resolve(name), text, StandardCharsets.UTF_8);
  }

  /** A copy of the text with a UTF-8 byte order mark before it. */
  private Path withBom(String name, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    byte[] marked = new byte[BOM.length + bytes.length];
    System.arraycopy(BOM, 0, marked, 0, BOM.length);
    System.arraycopy(bytes, 0, marked, BOM.length, bytes.length);
    return Files.write(work.resolve(name), marked);
  }

  private static String resource(String name) throws IOException {
    try {
      return Files.readString(Paths.get(ValidatorDetectionTest.class.getResource("/validate/" + name).toURI()));
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void readsASinglePopoloObjectWhoseFirstKeyIsTypeAsPopolo() throws IOException {
    Path contact = file("contact_detail.json", CONTACT_DETAIL);

    assertThat(run(contact.toString())).isEqualTo(ValidatorCommand.VALID);
    assertThat(output())
        .contains("contact_detail.json: Popolo, 0 records")
        .contains("1 Popolo warning (repaired, or not mapped):")
        .contains("$: a contact detail has no Chancery record: not imported")
        .contains("Consistency report: 0 errors, 0 warnings");
  }

  @Test
  void readsAnArrayOfPopoloObjectsWhoseFirstKeyIsTypeAsPopolo() throws IOException {
    Path contacts =
        file(
            "contacts.json",
            "[{\"type\": \"email\", \"value\": \"x@example.org\", \"label\": \"Office\"},\n"
                + " {\"type\": \"fax\", \"value\": \"+1-555-555-0100\"}]\n");

    assertThat(run(contacts.toString())).isEqualTo(ValidatorCommand.VALID);
    assertThat(output())
        .contains("contacts.json: Popolo, 0 records")
        .contains("2 Popolo warnings (repaired, or not mapped):")
        .contains("$[0]: a contact detail has no Chancery record: not imported")
        .contains("$[1]: a contact detail has no Chancery record: not imported");
  }

  @Test
  void stillReadsARecordWhoseTypeIsAChanceryTypeAsChancery() throws IOException {
    Path record =
        file("record.json", "{ \"type\" : \"protest_note\", \"id\": \"note-1\", \"sender_id\": \"state-az\", \"recipient_id\": \"state-fr\","
            + " \"date\": \"2020-11-26\", \"form\": \"note\"}\n");

    assertThat(run(record.toString())).isEqualTo(ValidatorCommand.INVALID);
    assertThat(output())
        .contains("record.json: NDJSON records, 1 records")
        .contains("ERROR   dangling-reference note-1 records[0].sender_id: no record 'state-az'")
        .doesNotContain("Popolo");
  }

  @Test
  void stillReadsAnArrayOfChanceryRecordsAsChancery() throws IOException {
    Path records =
        file(
            "records.json",
            "[{\"type\":\"legislature\",\"id\":\"leg-1\",\"name\":{\"en\":\"Chamber\"},\"seat_count\":10},\n"
                + " {\"type\":\"motion\",\"id\":\"motion-1\",\"legislature_id\":\"leg-1\",\"title\":{\"en\":\"Bill\"}}]\n");

    assertThat(run(records.toString())).isEqualTo(ValidatorCommand.VALID);
    assertThat(output()).contains("records.json: JSON array of records, 2 records").contains("Consistency report: 0 errors, 0 warnings");
  }

  @Test
  void detectsADossierThatStartsWithAByteOrderMark() throws IOException {
    Path dossier = withBom("bom.dossier.json", resource("valid.dossier.json"));

    assertThat(run(dossier.toString())).isEqualTo(ValidatorCommand.VALID);
    assertThat(output())
        .contains("bom.dossier.json: dossier document, 38 records")
        .contains("Consistency report: 0 errors, 1 warning")
        .contains("WARNING unknown-code statement-az-mfa-french-resolutions records[28].positions[1].stance: 'invokes' is not a known stance");
  }

  @Test
  void detectsAnArrayOfRecordsThatStartsWithAByteOrderMark() throws IOException {
    Path records =
        withBom("bom.records.json", "[{\"type\":\"legislature\",\"id\":\"leg-1\",\"name\":{\"en\":\"Chamber\"},\"seat_count\":10}]\n");

    assertThat(run(records.toString())).isEqualTo(ValidatorCommand.VALID);
    assertThat(output()).contains("bom.records.json: JSON array of records, 1 records");
  }

  @Test
  void detectsRecordsOnLinesThatStartWithAByteOrderMark() throws IOException {
    Path records = withBom("bom.records-on-lines.json", resource("warnings-only.ndjson"));

    assertThat(run(records.toString())).isEqualTo(ValidatorCommand.VALID);
    assertThat(output())
        .contains("bom.records-on-lines.json: NDJSON records, 4 records")
        .contains("Consistency report: 0 errors, 1 warning");
  }

  @Test
  void detectsAPopoloExportThatStartsWithAByteOrderMark() throws IOException {
    Path export = withBom("bom.popolo.json", resource("senate.popolo.json"));

    assertThat(run(export.toString())).isEqualTo(ValidatorCommand.VALID);
    assertThat(output())
        .contains("bom.popolo.json: Popolo, 8 records")
        .contains("1 Popolo warning (repaired, or not mapped):")
        .contains("$.vote_events[0]: the vote event has no id")
        .contains("Consistency report: 0 errors, 0 warnings");
  }

  @Test
  void detectsAPopoloObjectWithTypeFirstThatStartsWithAByteOrderMark() throws IOException {
    Path contact = withBom("bom.contact_detail.json", CONTACT_DETAIL);

    assertThat(run(contact.toString())).isEqualTo(ValidatorCommand.VALID);
    assertThat(output())
        .contains("bom.contact_detail.json: Popolo, 0 records")
        .contains("$: a contact detail has no Chancery record: not imported");
  }

  @Test
  void readsAByteOrderMarkedFileAsPopoloWhenAsked() throws IOException {
    Path export = withBom("bom.export.json", resource("senate.popolo.json"));

    assertThat(run("--popolo", export.toString())).isEqualTo(ValidatorCommand.VALID);
    assertThat(output()).contains("bom.export.json: Popolo, 8 records");
  }

  @Test
  void readsAFileHoldingOnlyAByteOrderMarkAsAnEmptyFile() throws IOException {
    Path marked = withBom("bom-only.json", "");
    Path empty = file("empty.json", "");

    assertThat(run(marked.toString(), empty.toString())).isEqualTo(ValidatorCommand.VALID);
    assertThat(output())
        .contains("bom-only.json: NDJSON records, 0 records")
        .contains("empty.json: NDJSON records, 0 records");
  }

  @Test
  void refusesAnArrayOfRecordsWithAMisspelledTypeAsBefore() throws IOException {
    Path records =
        file(
            "misspelled.json",
            "[{\"type\":\"motoin\",\"id\":\"motion-1\",\"legislature_id\":\"leg-1\",\"title\":{\"en\":\"Bill\"}}]\n");

    assertThat(run(records.toString())).isEqualTo(ValidatorCommand.INVALID);
    assertThat(output())
        .contains("misspelled.json: JSON array of records, 1 records")
        .contains("ERROR   invalid-record motion-1 records[0].type: 'motoin' is not a record type; expected one of state,")
        .contains(", motion, vote, ")
        .contains("[unknown-type]")
        .doesNotContain("Popolo");
  }

  @Test
  void refusesARecordWithAMisspelledTypeAsBefore() throws IOException {
    Path record =
        file("misspelled-record.json", "{\"type\":\"motoin\",\"id\":\"motion-1\",\"legislature_id\":\"leg-1\",\"title\":{\"en\":\"Bill\"}}\n");

    assertThat(run(record.toString())).isEqualTo(ValidatorCommand.INVALID);
    assertThat(output())
        .contains("misspelled-record.json: NDJSON records, 1 records")
        .contains("ERROR   invalid-record motion-1 records[0].type: 'motoin' is not a record type; expected one of state,")
        .contains(", motion, vote, ")
        .contains("[unknown-type]")
        .doesNotContain("Popolo")
        .doesNotContain("the object is not Popolo");
  }

  @Test
  void stillReadsThePopoloProjectsContactDetailAsPopolo() throws IOException {
    Path original = Paths.get("/work/shared/popolo/examples/contact_detail.json");
    assumeTrue(Files.isRegularFile(original), "the Popolo project's examples are not here");
    Path contact = Files.copy(original, work.resolve("contact_detail.json"));

    assertThat(run(contact.toString())).isEqualTo(ValidatorCommand.VALID);
    assertThat(output())
        .contains("contact_detail.json: Popolo, 0 records")
        .contains("$: a contact detail has no Chancery record: not imported")
        .doesNotContain("unknown-type");
  }

  @Test
  void readsAMisspelledRecordAsPopoloWhenAsked() throws IOException {
    Path record =
        file("asked.json", "{\"type\":\"motoin\",\"id\":\"motion-1\",\"legislature_id\":\"leg-1\",\"title\":{\"en\":\"Bill\"}}\n");

    assertThat(run("--popolo", record.toString())).isEqualTo(ValidatorCommand.UNREADABLE);
    assertThat(output()).contains("asked.json: unreadable: ").contains("the object is not Popolo");
  }
}
