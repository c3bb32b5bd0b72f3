package io.github.chancery.imports;

import java.util.List;
import java.util.Locale;

/**
 * The tables of an Open States bulk session CSV export that are imported, each with the suffix of
 * its file name ({@code WI_2025_votes.csv}), the columns that identify it and every column the
 * export writes (CSV format version 2.1). Immutable and thread-safe.
 */
enum OsTable {
  ORGANIZATIONS(
      "organizations",
      List.of("id", "name", "parent_id", "classification"),
      List.of("id", "name", "parent_id", "jurisdiction_id", "classification", "sources", "links", "other_names", "created_at",
          "updated_at", "extras")),
  BILLS(
      "bills",
      List.of("id", "identifier", "title", "subject"),
      List.of("id", "identifier", "title", "classification", "subject", "session_identifier", "jurisdiction",
          "organization_classification")),
  VOTES(
      "votes",
      List.of("id", "motion_text", "result", "organization_id"),
      List.of("id", "identifier", "motion_text", "motion_classification", "start_date", "result", "organization_id", "bill_id",
          "bill_action_id", "jurisdiction", "session_identifier")),
  VOTE_COUNTS("vote_counts", List.of("vote_event_id", "option", "value"), List.of("id", "vote_event_id", "option", "value")),
  VOTE_SOURCES("vote_sources", List.of("vote_event_id", "url", "note"), List.of("id", "note", "url", "vote_event_id")),
  VOTE_PEOPLE(
      "vote_people",
      List.of("vote_event_id", "option", "voter_name"),
      List.of("id", "vote_event_id", "option", "voter_name", "voter_id", "note"));

  /** The export's other tables, which are not imported: each is named in one warning. */
  static final List<String> NOT_IMPORTED =
      List.of("bill_abstracts", "bill_titles", "bill_identifiers", "bill_actions", "bill_sources", "bill_related_bills",
          "bill_sponsorships", "bill_documents", "bill_versions", "bill_document_links", "bill_version_links");

  final String table;
  final List<String> identifying;
  final List<String> documented;

  OsTable(String table, List<String> identifying, List<String> documented) {
    this.table = table;
    this.identifying = identifying;
    this.documented = documented;
  }

  /** The table a header is, or null. */
  static OsTable of(List<String> header) {
    HtvTable.Columns columns = new HtvTable.Columns(header);
    OsTable found = null;
    for (OsTable t : values()) {
      if (t.identifying.stream().allMatch(columns::has)) {
        if (found != null) {
          return null;
        }
        found = t;
      }
    }
    return found;
  }

  /** The table named by a file name's suffix ({@code _vote_people.csv}), imported or not, or null. */
  static String tableOfName(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    String best = null;
    for (OsTable t : values()) {
      if (name.endsWith("_" + t.table + ".csv") && (best == null || t.table.length() > best.length())) {
        best = t.table;
      }
    }
    for (String other : NOT_IMPORTED) {
      if (name.endsWith("_" + other + ".csv") && (best == null || other.length() > best.length())) {
        best = other;
      }
    }
    return best;
  }
}
