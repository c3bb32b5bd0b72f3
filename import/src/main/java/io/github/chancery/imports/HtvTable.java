package io.github.chancery.imports;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The tables of a HowTheyVote.eu export that are imported: each with its documented file name, the
 * columns that identify it (its primary key and what no other table has) and every column the
 * export's code has written, older vintages' included. Immutable and thread-safe.
 */
enum HtvTable {
  MEMBERS(
      "members.csv",
      List.of("id", "first_name", "last_name"),
      List.of("id", "first_name", "last_name", "country_code", "date_of_birth", "email", "facebook", "twitter")),
  GROUPS("groups.csv", List.of("code", "official_label"), List.of("code", "official_label", "label", "short_label")),
  GROUP_MEMBERSHIPS(
      "group_memberships.csv",
      List.of("member_id", "group_code", "start_date"),
      List.of("member_id", "group_code", "term", "start_date", "end_date")),
  VOTES(
      "votes.csv",
      List.of("id", "timestamp", "is_main"),
      List.of(
          "id", "timestamp", "display_title", "reference", "description", "is_main", "is_featured", "procedure_reference",
          "procedure_title", "procedure_type", "procedure_stage", "count_for", "count_against", "count_abstention",
          "count_did_not_vote", "result", "term")),
  MEMBER_VOTES(
      "member_votes.csv",
      List.of("vote_id", "member_id", "position"),
      List.of("vote_id", "member_id", "position", "country_code", "group_code"));

  /** The export's other files, which are not imported: each is named in one warning. */
  static final Set<String> NOT_IMPORTED =
      Set.of(
          "countries.csv", "eurovoc_concepts.csv", "eurovoc_concept_votes.csv", "oeil_subjects.csv", "oeil_subject_votes.csv",
          "geo_areas.csv", "geo_area_votes.csv", "committees.csv", "responsible_committee_votes.csv",
          "amendment_authors_votes.csv", "export_timestamp_utc.txt", "last_updated.txt", "README.md");

  final String fileName;
  final List<String> identifying;
  final List<String> documented;

  HtvTable(String fileName, List<String> identifying, List<String> documented) {
    this.fileName = fileName;
    this.identifying = identifying;
    this.documented = documented;
  }

  /** The table a header is, or null. */
  static HtvTable of(List<String> header) {
    Columns columns = new Columns(header);
    HtvTable found = null;
    for (HtvTable table : values()) {
      if (table.identifying.stream().allMatch(columns::has)) {
        if (found != null) {
          return null;
        }
        found = table;
      }
    }
    return found;
  }

  /** Whether a file, by its name ({@code .gz} or not), is one the export has that is not imported. */
  static boolean notImported(String fileName) {
    String base = base(fileName);
    return NOT_IMPORTED.contains(base) || base.endsWith(".csv-metadata.json");
  }

  /** A file's name without {@code .gz}. */
  static String base(String fileName) {
    return fileName.toLowerCase(Locale.ROOT).endsWith(".gz") ? fileName.substring(0, fileName.length() - 3) : fileName;
  }

  /** The columns of a header by name (trimmed, a byte order mark left out). Immutable. */
  static final class Columns {
    private final Map<String, Integer> index = new HashMap<>();
    final List<String> names;

    Columns(List<String> header) {
      this.names = List.copyOf(header);
      for (int i = 0; i < header.size(); i++) {
        index.putIfAbsent(header.get(i).replace("\uFEFF", "").strip(), i);
      }
    }

    boolean has(String column) {
      return index.containsKey(column);
    }

    /** A row's value of a column, trimmed; empty when the header has no such column. */
    String get(List<String> row, String column) {
      Integer at = index.get(column);
      return at == null || at >= row.size() ? "" : row.get(at).strip();
    }
  }
}
