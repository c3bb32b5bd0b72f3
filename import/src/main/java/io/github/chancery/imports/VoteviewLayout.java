package io.github.chancery.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The columns of a Voteview file, found by name in its header: which of the three files it is
 * (members, roll calls or votes) and where each documented column is. Columns the publisher adds
 * are reported and not imported. Immutable once made.
 */
final class VoteviewLayout {
  static final String CONGRESS = "congress";
  static final String CHAMBER = "chamber";
  static final String ROLLNUMBER = "rollnumber";
  static final String ICPSR = "icpsr";
  static final String CAST_CODE = "cast_code";
  static final String PROB = "prob";
  static final String DATE = "date";
  static final String SESSION = "session";
  static final String CLERK_ROLLNUMBER = "clerk_rollnumber";
  static final String MAJORITY_REQUIREMENT = "majority_requirement";
  static final String YEA_COUNT = "yea_count";
  static final String NAY_COUNT = "nay_count";
  static final String BILL_NUMBER = "bill_number";
  static final String VOTE_RESULT = "vote_result";
  static final String VOTE_DESC = "vote_desc";
  static final String VOTE_QUESTION = "vote_question";
  static final String DTL_DESC = "dtl_desc";
  static final String STATE_ICPSR = "state_icpsr";
  static final String DISTRICT_CODE = "district_code";
  static final String STATE_ABBREV = "state_abbrev";
  static final String PARTY_CODE = "party_code";
  static final String OCCUPANCY = "occupancy";
  static final String LAST_MEANS = "last_means";
  static final String BIONAME = "bioname";
  static final String BIOGUIDE_ID = "bioguide_id";
  static final String BORN = "born";
  static final String DIED = "died";

  /** The three files of the publication. */
  enum Kind {
    /** {@code *_members.csv}: one row per member, congress and chamber. */
    MEMBERS("members", List.of(CONGRESS, CHAMBER, ICPSR, BIONAME)),
    /** {@code *_rollcalls.csv}: one row per roll call. */
    ROLLCALLS("rollcalls", List.of(CONGRESS, CHAMBER, ROLLNUMBER, DATE)),
    /** {@code *_votes.csv}: one row per member and roll call. */
    VOTES("votes", List.of(CONGRESS, CHAMBER, ROLLNUMBER, ICPSR, CAST_CODE));

    final String word;
    final List<String> required;

    Kind(String word, List<String> required) {
      this.word = word;
      this.required = required;
    }
  }

  /**
   * Documented and deliberately not imported: NOMINATE model output, the legacy occupancy and
   * means, and the ICPSR state code (the postal code is imported).
   */
  private static final Set<String> NOT_IMPORTED =
      Set.of(
          PROB, "nominate_mid_1", "nominate_mid_2", "nominate_spread_1", "nominate_spread_2", "nominate_log_likelihood",
          "nominate_dim1", "nominate_dim2", "nominate_geo_mean_probability", "nominate_number_of_votes",
          "nominate_number_of_errors", "conditional", "nokken_poole_dim1", "nokken_poole_dim2", OCCUPANCY, LAST_MEANS,
          STATE_ICPSR);

  private static final Map<Kind, Set<String>> DOCUMENTED =
      Map.of(
          Kind.MEMBERS,
          Set.of(CONGRESS, CHAMBER, ICPSR, STATE_ICPSR, DISTRICT_CODE, STATE_ABBREV, PARTY_CODE, OCCUPANCY, LAST_MEANS,
              BIONAME, BIOGUIDE_ID, BORN, DIED),
          Kind.ROLLCALLS,
          Set.of(CONGRESS, CHAMBER, ROLLNUMBER, DATE, SESSION, CLERK_ROLLNUMBER, MAJORITY_REQUIREMENT, YEA_COUNT,
              NAY_COUNT, BILL_NUMBER, VOTE_RESULT, VOTE_DESC, VOTE_QUESTION, DTL_DESC),
          Kind.VOTES,
          Set.of(CONGRESS, CHAMBER, ROLLNUMBER, ICPSR, CAST_CODE));

  final Kind kind;
  final List<String> unknown;
  private final Map<String, Integer> index;

  private VoteviewLayout(Kind kind, Map<String, Integer> index, List<String> unknown) {
    this.kind = kind;
    this.index = index;
    this.unknown = List.copyOf(unknown);
  }

  /** The layout of a header, or null when it is none of the three files'. */
  static VoteviewLayout of(List<String> header) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      index.putIfAbsent(clean(header.get(i)), i);
    }
    Kind kind = null;
    if (index.keySet().containsAll(Kind.VOTES.required)) {
      kind = Kind.VOTES;
    } else if (index.keySet().containsAll(Kind.MEMBERS.required)) {
      kind = Kind.MEMBERS;
    } else if (index.keySet().containsAll(Kind.ROLLCALLS.required)
        && (index.containsKey(CLERK_ROLLNUMBER) || index.containsKey(YEA_COUNT) || index.containsKey(VOTE_RESULT))) {
      kind = Kind.ROLLCALLS;
    }
    if (kind == null) {
      return null;
    }
    List<String> unknown = new ArrayList<>();
    Map<String, Integer> known = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String name = clean(header.get(i));
      if (DOCUMENTED.get(kind).contains(name) && !known.containsKey(name)) {
        known.put(name, i);
      } else if (!NOT_IMPORTED.contains(name) || known.containsKey(name)) {
        unknown.add(header.get(i));
      }
    }
    return new VoteviewLayout(kind, known, unknown);
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

  /** A row's value of a column, trimmed; empty when the header has no such column. */
  String get(List<String> row, String column) {
    Integer at = index.get(column);
    if (at == null || at >= row.size()) {
      return "";
    }
    return row.get(at).strip();
  }
}
