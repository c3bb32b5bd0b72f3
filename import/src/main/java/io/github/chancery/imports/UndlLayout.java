package io.github.chancery.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The columns of a UN Digital Library voting file, found by name in its header (publishers add,
 * remove and rename columns between versions): the names of the General Assembly's and the
 * Security Council's files since version 2, and the names the version 1 description of the
 * General Assembly's file gives. Immutable once made.
 */
final class UndlLayout {
  static final String UNDL_ID = "undl_id";
  static final String MS_CODE = "ms_code";
  static final String MS_NAME = "ms_name";
  static final String MS_VOTE = "ms_vote";
  static final String PERMANENT_MEMBER = "permanent_member";
  static final String DATE = "date";
  static final String SESSION = "session";
  static final String RESOLUTION = "resolution";
  static final String DRAFT = "draft";
  static final String COMMITTEE_REPORT = "committee_report";
  static final String MEETING = "meeting";
  static final String TITLE = "title";
  static final String DESCRIPTION = "description";
  static final String AGENDA_TITLE = "agenda_title";
  static final String AGENDA = "agenda";
  static final String SUBJECTS = "subjects";
  static final String VOTE_NOTE = "vote_note";
  static final String TOTAL_YES = "total_yes";
  static final String TOTAL_NO = "total_no";
  static final String TOTAL_ABSTENTIONS = "total_abstentions";
  static final String TOTAL_NON_VOTING = "total_non_voting";
  static final String TOTAL_MS = "total_ms";
  static final String MODALITY = "modality";
  static final String UNDL_LINK = "undl_link";

  /** Every column documented, by its name since version 2. */
  private static final Set<String> DOCUMENTED =
      Set.of(
          UNDL_ID, MS_CODE, MS_NAME, MS_VOTE, PERMANENT_MEMBER, DATE, SESSION, RESOLUTION, DRAFT, COMMITTEE_REPORT,
          MEETING, TITLE, DESCRIPTION, AGENDA_TITLE, AGENDA, SUBJECTS, VOTE_NOTE, TOTAL_YES, TOTAL_NO,
          TOTAL_ABSTENTIONS, TOTAL_NON_VOTING, TOTAL_MS, MODALITY, UNDL_LINK);

  /** The names of the version 1 description of the General Assembly's file (September 2024). */
  private static final Map<String, String> VERSION_1 =
      Map.ofEntries(
          Map.entry("ms_codes", MS_CODE),
          Map.entry("ms_names", MS_NAME),
          Map.entry("ms_votes", MS_VOTE),
          Map.entry("resolutions", RESOLUTION),
          Map.entry("agenda_titles", AGENDA_TITLE),
          Map.entry("yes", TOTAL_YES),
          Map.entry("no", TOTAL_NO),
          Map.entry("abstentions", TOTAL_ABSTENTIONS),
          Map.entry("non-voting", TOTAL_NON_VOTING));

  /** Without these a row cannot be grouped into a vote or a ballot. */
  private static final List<String> REQUIRED = List.of(UNDL_ID, MS_CODE, MS_VOTE, DATE, RESOLUTION);

  final List<String> header;
  final boolean securityCouncil;
  final List<String> unknown;
  private final Map<String, Integer> index;

  private UndlLayout(List<String> header, Map<String, Integer> index, List<String> unknown) {
    this.header = List.copyOf(header);
    this.index = index;
    this.unknown = List.copyOf(unknown);
    // Only the Council's file has these two; the Assembly's has a session and a title.
    this.securityCouncil = index.containsKey(PERMANENT_MEMBER) || index.containsKey(DESCRIPTION);
  }

  /** The layout of a header, or null when it lacks a column a row needs. */
  static UndlLayout of(List<String> header) {
    Map<String, Integer> index = new HashMap<>();
    List<String> unknown = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      String name = clean(header.get(i));
      String known = DOCUMENTED.contains(name) ? name : VERSION_1.get(name);
      if (known == null || index.containsKey(known)) {
        unknown.add(header.get(i));
      } else {
        index.put(known, i);
      }
    }
    for (String required : REQUIRED) {
      if (!index.containsKey(required)) {
        return null;
      }
    }
    return new UndlLayout(header, index, unknown);
  }

  /** The columns a header lacks, for the message refusing it. */
  static List<String> missing(List<String> header) {
    List<String> names = new ArrayList<>();
    for (String name : header) {
      String cleaned = clean(name);
      names.add(VERSION_1.getOrDefault(cleaned, cleaned));
    }
    List<String> missing = new ArrayList<>(REQUIRED);
    missing.removeAll(names);
    return missing;
  }

  /** A header cell as compared: without a byte order mark, trimmed, in lower case. */
  private static String clean(String name) {
    String stripped = name.startsWith("\uFEFF") ? name.substring(1) : name;
    return stripped.trim().toLowerCase(Locale.ROOT);
  }

  /** Whether the header has the column. */
  boolean has(String column) {
    return index.containsKey(column);
  }

  /** The column's name as the header writes it, for warnings. */
  String nameOf(String column) {
    Integer at = index.get(column);
    return at == null ? column : clean(header.get(at));
  }

  /** A row's value of a column, trimmed; empty when the header has no such column. */
  String get(List<String> row, String column) {
    Integer at = index.get(column);
    if (at == null || at >= row.size()) {
      return "";
    }
    return row.get(at).strip();
  }
}
