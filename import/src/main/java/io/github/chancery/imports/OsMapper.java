package io.github.chancery.imports;

import io.github.chancery.core.legislature.Legislature;
import io.github.chancery.core.legislature.Session;
import io.github.chancery.core.legislature.SessionKind;
import io.github.chancery.core.vote.VoteOption;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Maps the rows of an Open States bulk CSV export onto records, through the mapping both shapes
 * of Open States data share ({@link OsRecords}): organizations, bills, votes, vote counts and vote
 * sources are held, then each vote event is written with the ballots of its rows of {@code
 * vote_people}, and the events without such rows at the end. A vote's rows of {@code vote_people}
 * must be together; a row of a vote whose rows ended earlier is warned about. Not thread-safe: one
 * per import.
 */
final class OsMapper {
  private final OsRecords records;
  private final Map<String, String[]> organizations = new HashMap<>();
  private final Map<String, String[]> bills = new HashMap<>();
  private final Map<String, OsRecords.Event> votes = new LinkedHashMap<>();
  private final Set<String> votesDone = new HashSet<>();

  private OsRecords.Event current;
  private String currentId;

  OsMapper(ImportSink sink, boolean streaming) {
    this.records = new OsRecords(sink, streaming, OsRecords.dataset("source-openstates-export",
        "Open States bulk session CSV export", "https://open.pluralpolicy.com/data/session-csv/"));
  }

  void start() throws IOException {
    records.start();
  }

  void row(OsTable table, Warnings warnings, long line, HtvTable.Columns columns, List<String> row) throws IOException {
    try {
      switch (table) {
        case ORGANIZATIONS:
          organizations.put(columns.get(row, "id"), new String[] {columns.get(row, "name"), columns.get(row, "classification")});
          break;
        case BILLS:
          bills.put(columns.get(row, "id"), new String[] {columns.get(row, "identifier"), columns.get(row, "title")});
          break;
        case VOTES:
          vote(warnings, line, columns, row);
          break;
        case VOTE_COUNTS:
          count(warnings, line, columns, row);
          break;
        case VOTE_SOURCES:
          voteSource(warnings, line, columns, row);
          break;
        default:
          person(warnings, line, columns, row);
      }
    } catch (IllegalArgumentException invalid) {
      warnings.add(line, null, ImportWarningCode.INVALID_VALUE, "the row is not mapped: " + invalid.getMessage());
    }
  }

  private void vote(Warnings warnings, long line, HtvTable.Columns columns, List<String> row) throws IOException {
    String id = columns.get(row, "id");
    if (id.isEmpty()) {
      warnings.add(line, "id", ImportWarningCode.MISSING_VALUE, "the vote has no id; the row is not mapped");
      return;
    }
    if (votes.containsKey(id)) {
      warnings.add(line, "id", ImportWarningCode.DUPLICATE_ROW, "vote " + id + " has an earlier row; this row is not mapped");
      return;
    }
    String organization = columns.get(row, "organization_id");
    Legislature chamber = chamber(organization, columns.get(row, "jurisdiction"));
    String sessionName = columns.get(row, "session_identifier");
    Session session = sessionName.isEmpty() ? null : records.session(chamber, sessionName, "", SessionKind.SESSION, null, null);
    String bill = columns.get(row, "bill_id");
    String motionId = OsRecords.motionId(id, bill);
    OsRecords.Event event = records.vote(warnings, line, id, columns.get(row, "identifier"), true, motionId, chamber,
        organization, session);
    records.date(event, line, "start_date", columns.get(row, "start_date"));
    records.result(event, line, "result", columns.get(row, "result"));
    votes.put(id, event);
    String motionText = columns.get(row, "motion_text");
    String[] known = bill.isEmpty() ? null : bills.get(bill);
    if (known != null) {
      records.motion(motionId, chamber, known[0], known[1].isEmpty() ? known[0] : known[1], bill, motionText, id);
    } else {
      if (!bill.isEmpty()) {
        warnings.add(line, "bill_id", ImportWarningCode.UNKNOWN_REFERENCE,
            "bill " + bill + " is not in the bills table; the motion is titled by the motion text");
      }
      records.motion(motionId, chamber, "", "", "", motionText, id);
    }
  }

  private Legislature chamber(String organization, String jurisdiction) throws IOException {
    Legislature known = records.chamber(organization);
    if (known != null) {
      return known;
    }
    String[] org = organizations.get(organization);
    String name = org != null && !org[0].isEmpty() ? org[0]
        : (jurisdiction.isEmpty() ? "" : jurisdiction + " ") + "legislative chamber " + organization;
    return records.chamber(organization, organization, name, org == null ? null : OsRecords.kind(org[1]), organization);
  }

  private OsRecords.Event held(Warnings warnings, long line, String eventId) {
    OsRecords.Event held = votes.get(eventId);
    if (held == null) {
      warnings.add(line, "vote_event_id", ImportWarningCode.UNKNOWN_REFERENCE,
          "vote " + eventId + " is not in the votes table; the row is not mapped");
    }
    return held;
  }

  private void count(Warnings warnings, long line, HtvTable.Columns columns, List<String> row) {
    OsRecords.Event held = held(warnings, line, columns.get(row, "vote_event_id"));
    if (held != null) {
      records.count(held, warnings, line, "option", columns.get(row, "option"), "value", columns.get(row, "value"));
    }
  }

  private void voteSource(Warnings warnings, long line, HtvTable.Columns columns, List<String> row) throws IOException {
    OsRecords.Event held = held(warnings, line, columns.get(row, "vote_event_id"));
    if (held == null) {
      return;
    }
    String url = columns.get(row, "url");
    if (url.isEmpty()) {
      warnings.add(line, "url", ImportWarningCode.MISSING_VALUE, "the vote source has no url; it is not mapped");
      return;
    }
    records.voteSource(held, url, columns.get(row, "note"));
  }

  private void person(Warnings warnings, long line, HtvTable.Columns columns, List<String> row) throws IOException {
    String eventId = columns.get(row, "vote_event_id");
    if (!eventId.equals(currentId)) {
      finishVote();
      if (votesDone.contains(eventId)) {
        warnings.add(line, "vote_event_id", ImportWarningCode.RECORD_NOT_TOGETHER,
            "the rows of vote " + eventId + " ended earlier in the file, and its vote is imported; the row is not mapped");
        return;
      }
      current = held(warnings, line, eventId);
      if (current == null) {
        return;
      }
      votes.remove(eventId);
      currentId = eventId;
    }
    String name = columns.get(row, "voter_name");
    String voter = columns.get(row, "voter_id");
    VoteOption option = OsRecords.option(warnings, line, "option", columns.get(row, "option"), "the ballot of " + name);
    if (option == null || !records.firstBallot(current, warnings, line, voter, name, option)) {
      return;
    }
    if (!voter.isEmpty()) {
      records.ballotOfPerson(current, voter, name, option);
    } else if (name.isEmpty()) {
      warnings.add(line, "voter_name", ImportWarningCode.MISSING_VALUE, "the ballot has neither a voter id nor a name; it is not mapped");
    } else {
      records.ballotByName(current, name, option);
    }
  }

  private void finishVote() throws IOException {
    if (current == null) {
      currentId = null;
      return;
    }
    OsRecords.Event held = current;
    current = null;
    currentId = null;
    votesDone.add(held.id);
    records.finish(held);
  }

  void finish() throws IOException {
    finishVote();
    for (OsRecords.Event held : votes.values()) {
      records.finish(held);
    }
    votes.clear();
  }
}
