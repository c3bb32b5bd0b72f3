package io.github.chancery.imports;

import static io.github.chancery.imports.UndlLayout.*;

import java.util.ArrayList;
import java.util.List;

/**
 * The rows of one voting record ({@code undl_id}) of a UN Digital Library file, as read: the
 * values of the vote and its resolution, from its first row, and one member row per state. The
 * publisher repeats the vote's values on every row; a row that gives one otherwise is warned
 * about and the first row's value kept. Not thread-safe.
 */
final class UndlVoteRows {
  /** The columns whose value is the vote's or its resolution's, the same on every row of a vote. */
  private static final List<String> OF_THE_VOTE =
      List.of(
          DATE, SESSION, RESOLUTION, DRAFT, COMMITTEE_REPORT, MEETING, TITLE, DESCRIPTION, AGENDA_TITLE, AGENDA,
          SUBJECTS, VOTE_NOTE, TOTAL_YES, TOTAL_NO, TOTAL_ABSTENTIONS, TOTAL_NON_VOTING, TOTAL_MS, MODALITY, UNDL_LINK);

  /** One member state's row. */
  static final class MemberRow {
    final long line;
    final String code;
    final String name;
    final String vote;
    final String permanent;

    MemberRow(long line, String code, String name, String vote, String permanent) {
      this.line = line;
      this.code = code;
      this.name = name;
      this.vote = vote;
      this.permanent = permanent;
    }
  }

  final String undlId;
  final long firstLine;
  private final UndlLayout layout;
  private final List<String> first;
  final List<MemberRow> members = new ArrayList<>();

  UndlVoteRows(String undlId, long line, List<String> row, UndlLayout layout) {
    this.undlId = undlId;
    this.firstLine = line;
    this.layout = layout;
    this.first = List.copyOf(row);
  }

  /** The vote's value of a column, from its first row, trimmed; empty when the file has no such column. */
  String get(String column) {
    return layout.get(first, column);
  }

  /** Adds a row: its member's values, and a warning for each value of the vote it gives otherwise. */
  void add(long line, List<String> row, Warnings warnings) {
    if (line != firstLine) {
      for (String column : OF_THE_VOTE) {
        String value = layout.get(row, column);
        String expected = get(column);
        if (!value.equals(expected)) {
          warnings.add(
              line,
              layout.nameOf(column),
              ImportWarningCode.ROW_DISAGREES,
              "voting record " + undlId + " gives '" + expected + "' on line " + firstLine + " but '" + value
                  + "' here; the first row's value is kept");
        }
      }
    }
    members.add(
        new MemberRow(
            line, layout.get(row, MS_CODE), layout.get(row, MS_NAME), layout.get(row, MS_VOTE),
            layout.get(row, PERMANENT_MEMBER)));
  }
}
