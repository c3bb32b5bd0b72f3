package io.github.chancery.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The test fixtures: the files under {@code src/test/resources/undl}, and files written inline. */
final class Fixtures {
  /** The header of the General Assembly's file since version 3, in the observed order. */
  static final String GA_HEADER =
      "undl_id,ms_code,ms_name,ms_vote,date,session,resolution,draft,committee_report,meeting,title,agenda_title,"
          + "subjects,vote_note,total_yes,total_no,total_abstentions,total_non_voting,total_ms,undl_link";

  private Fixtures() {}

  static ImportResult read(String resource) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/undl/" + resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + resource);
      }
      return UnDigitalLibrary.importer().read(in, resource);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Imports a General Assembly file of these lines after the header. */
  static ImportResult readGa(String... rows) throws IOException {
    return readText("2025_7_23_ga_voting.csv", GA_HEADER + "\n" + String.join("\n", rows) + "\n");
  }

  static ImportResult readText(String fileName, String text) throws IOException {
    return UnDigitalLibrary.importer().read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), fileName);
  }

  /** A General Assembly row of voting record 1 on 2 March 2022 with the given member and the totals 1/0/0/0 of 1. */
  static String gaRow(String undlId, String code, String name, String vote) {
    return undlId + "," + code + "," + name + "," + vote + ",2022-03-02,ES-11,A/RES/ES-11/" + undlId
        + ",,,A/ES-11/PV.5,Title " + undlId + " : resolution / adopted by the General Assembly,,,,,,,,,"
        + "https://digitallibrary.un.org/record/" + undlId;
  }
}
