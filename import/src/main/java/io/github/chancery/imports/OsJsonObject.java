package io.github.chancery.imports;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The kinds of object the Open States scrapers write, one JSON file each, named {@code
 * {type}_{_id}.json} (openstates-core's {@code Scraper.save_object}): each with the fields its
 * schema ({@code openstates/scrape/schemas}) lists and {@code _id}, and the fields of the objects
 * in its lists. Immutable and thread-safe.
 */
enum OsJsonObject {
  JURISDICTION(
      "jurisdiction",
      Set.of("_id", "id", "name", "url", "classification", "division_id", "legislative_sessions",
          "historical_legislative_sessions", "extras"),
      Map.of("legislative_sessions", Set.of("identifier", "name", "type", "classification", "start_date", "end_date", "active"),
          "historical_legislative_sessions",
          Set.of("identifier", "name", "type", "classification", "start_date", "end_date", "active"))),
  ORGANIZATION(
      "organization",
      Set.of("_id", "name", "other_names", "identifiers", "classification", "parent_id", "contact_details", "links", "sources",
          "jurisdiction_id", "division_id", "extras"),
      Map.of()),
  PERSON(
      "person",
      Set.of("_id", "name", "other_names", "identifiers", "family_name", "given_name", "gender", "birth_date", "death_date",
          "image", "summary", "biography", "contact_details", "links", "sources", "extras"),
      Map.of("identifiers", Set.of("identifier", "scheme"),
          "other_names", Set.of("name", "start_date", "end_date", "note"))),
  MEMBERSHIP(
      "membership",
      Set.of("_id", "label", "role", "person_id", "person_name", "organization_id", "post_id", "start_date", "end_date",
          "extras", "division_id", "jurisdiction_id"),
      Map.of()),
  BILL(
      "bill",
      Set.of("_id", "legislative_session", "identifier", "title", "from_organization", "classification", "subject",
          "abstracts", "other_titles", "other_identifiers", "actions", "sponsorships", "related_bills", "versions",
          "documents", "citations", "sources", "extras"),
      Map.of()),
  VOTE_EVENT(
      "vote_event",
      Set.of("_id", "identifier", "motion_text", "motion_classification", "start_date", "end_date", "result", "organization",
          "legislative_session", "bill", "bill_action", "bill_identifier", "votes", "counts", "sources", "extras",
          "dedupe_key"),
      Map.of("votes", Set.of("option", "voter_name", "voter_id", "note"),
          "counts", Set.of("option", "value"),
          "sources", Set.of("url", "note")));

  /** The other objects the scrapers write, which are not imported: each file is named in one warning. */
  static final List<String> NOT_IMPORTED = List.of("event", "post");

  final String type;
  final Set<String> fields;
  /** The fields of the objects in a list field, for the lists whose objects are read. */
  final Map<String, Set<String>> itemFields;

  OsJsonObject(String type, Set<String> fields, Map<String, Set<String>> itemFields) {
    this.type = type;
    this.fields = fields;
    this.itemFields = itemFields;
  }

  /** The kind a file's name says ({@code vote_event_….json}), or null. */
  static OsJsonObject ofName(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (!name.endsWith(".json")) {
      return null;
    }
    // vote_event_ before event_, which is not imported, is why the longest prefix wins
    OsJsonObject best = null;
    for (OsJsonObject kind : values()) {
      if (name.startsWith(kind.type + "_") && (best == null || kind.type.length() > best.type.length())) {
        best = kind;
      }
    }
    return best;
  }

  /** The type of an object the scrapers write and that is not imported, by the file's name, or null. */
  static String notImported(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    for (String type : NOT_IMPORTED) {
      if (name.startsWith(type + "_") && name.endsWith(".json")) {
        return type;
      }
    }
    return null;
  }

  /**
   * The kind of an object by its keys, for a file whose name does not say: a vote event has a
   * motion text and no title, a bill an identifier, a title and a session; null for anything else.
   * Every key must be one of the kind's, so that no other JSON is taken for a scrape's.
   */
  static OsJsonObject ofKeys(Set<String> keys) {
    if (keys.contains("motion_text") && keys.contains("_id") && VOTE_EVENT.fields.containsAll(keys)) {
      return VOTE_EVENT;
    }
    if (keys.contains("identifier") && keys.contains("title") && keys.contains("legislative_session") && keys.contains("_id")
        && BILL.fields.containsAll(keys)) {
      return BILL;
    }
    return null;
  }
}
