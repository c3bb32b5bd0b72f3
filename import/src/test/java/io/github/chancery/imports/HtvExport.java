package io.github.chancery.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** HowTheyVote.eu exports for the tests: the fixture folder, and small exports written inline. */
final class HtvExport {
  static final String MEMBERS = "id,first_name,last_name,country_code,date_of_birth,email,facebook,twitter";
  static final String GROUPS = "code,official_label,label,short_label";
  static final String MEMBERSHIPS = "member_id,group_code,term,start_date,end_date";
  static final String VOTES =
      "id,timestamp,display_title,reference,description,is_main,procedure_reference,procedure_title,procedure_type,"
          + "procedure_stage,count_for,count_against,count_abstention,count_did_not_vote,result";
  static final String MEMBER_VOTES = "vote_id,member_id,position,country_code,group_code";

  private final Map<String, List<String>> tables = new TreeMap<>();

  private HtvExport() {}

  /** The files of the fixture {@code nature-restoration}. */
  static List<Path> natureRestoration() {
    try {
      Path folder = Path.of(HtvExport.class.getResource("/howtheyvote/nature-restoration/votes.csv").toURI()).getParent();
      List<Path> files = new ArrayList<>();
      for (String name : List.of("member_votes.csv", "votes.csv", "groups.csv", "members.csv", "group_memberships.csv")) {
        files.add(folder.resolve(name));
      }
      return files;
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * An export of two members (1 in EPP all along; 2 in RENEW, then in NI from 2024-01-01), the groups
   * EPP, RENEW and NI, and vote 10 of 2024-02-27 with no member votes yet.
   */
  static HtvExport small() {
    HtvExport export = new HtvExport();
    export.table("members.csv", MEMBERS, "1,Ana,Pérez,ESP,1970-01-01,,,", "2,Jan,Novák,CZE,,,,");
    export.table("groups.csv", GROUPS, "EPP,Group of the European People's Party,European People's Party,EPP",
        "RENEW,Renew Europe Group,Renew Europe,Renew", "NI,Non-attached Members,Non-attached Members,Non-attached");
    export.table("group_memberships.csv", MEMBERSHIPS, "1,EPP,9,2019-07-02,", "2,RENEW,9,2019-07-02,2023-12-31",
        "2,NI,9,2024-01-01,");
    export.table("votes.csv", VOTES, "10,2024-02-27 12:00:00,A title,A9-0001/2024,,True,,,,,1,1,0,0,ADOPTED");
    export.table("member_votes.csv", MEMBER_VOTES);
    return export;
  }

  /** Sets a table's header and rows. */
  HtvExport table(String name, String header, String... rows) {
    List<String> lines = new ArrayList<>();
    lines.add(header);
    lines.addAll(List.of(rows));
    tables.put(name, lines);
    return this;
  }

  /** Leaves a table out. */
  HtvExport without(String name) {
    tables.remove(name);
    return this;
  }

  /** Writes the tables, CRLF, into a folder and returns their paths. */
  List<Path> writeTo(Path folder) {
    List<Path> files = new ArrayList<>();
    try {
      for (Map.Entry<String, List<String>> table : tables.entrySet()) {
        Path file = folder.resolve(table.getKey());
        Files.writeString(file, String.join("\r\n", table.getValue()) + "\r\n", StandardCharsets.UTF_8);
        files.add(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  /** Writes the tables into a folder and imports them into a dossier. */
  ImportResult read(Path folder) throws IOException {
    return HowTheyVote.importer().read(writeTo(folder));
  }
}
