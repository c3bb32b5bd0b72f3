package io.github.chancery.imports;

import io.github.chancery.core.actor.Person;
import io.github.chancery.core.legislature.Legislature;
import io.github.chancery.core.legislature.LegislatureKind;
import io.github.chancery.core.legislature.Motion;
import io.github.chancery.core.legislature.Session;
import io.github.chancery.core.legislature.SessionKind;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.record.Identifier;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.source.Source;
import io.github.chancery.core.source.SourceKind;
import io.github.chancery.core.text.MultilingualText;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.validation.ValidationException;
import io.github.chancery.core.vote.Ballot;
import io.github.chancery.core.vote.Count;
import io.github.chancery.core.vote.Vote;
import io.github.chancery.core.vote.VoteMethod;
import io.github.chancery.core.vote.VoteOption;
import io.github.chancery.core.vote.VoteResult;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Maps the rows of an Open States bulk CSV export onto records: organizations, bills, votes, vote
 * counts and vote sources are held, then each vote event is written with the ballots of its rows of
 * {@code vote_people}, and the events without such rows at the end. A vote's rows of {@code
 * vote_people} must be together; a row of a vote whose rows ended earlier is warned about. Not
 * thread-safe: one per import.
 */
final class OsMapper {
  static final String PERSON_SCHEME = "ocd-person";
  static final String VOTE_SCHEME = "ocd-vote";
  static final String BILL_SCHEME = "ocd-bill";
  static final String ORG_SCHEME = "ocd-organization";

  private static final class HeldVote {
    final Warnings warnings;
    final long line;
    final String id;
    final String billId;
    final String organization;
    final Vote.Builder vote;

    HeldVote(Warnings warnings, long line, String id, String billId, String organization, Vote.Builder vote) {
      this.warnings = warnings;
      this.line = line;
      this.id = id;
      this.billId = billId;
      this.organization = organization;
      this.vote = vote;
    }
  }

  private final ImportSink sink;
  private final boolean streaming;
  private final Source source;
  private final Reference<Source> sourceRef;
  private final Map<String, String[]> organizations = new HashMap<>();
  private final Map<String, String[]> bills = new HashMap<>();
  private final Map<String, HeldVote> votes = new LinkedHashMap<>();
  private final Set<String> votesDone = new HashSet<>();
  private final Set<String> written = new HashSet<>();
  private final Map<String, Legislature> chambers = new HashMap<>();
  /** Per chamber, voter name to the one person id rows with an id gave it, or "" when several. */
  private final Map<String, Map<String, String>> roster = new HashMap<>();

  private HeldVote current;
  private String currentId;
  private final List<Ballot> ballots = new ArrayList<>();
  private final Set<String> seen = new HashSet<>();
  private final List<ChanceryRecord> people = new ArrayList<>();

  OsMapper(ImportSink sink, boolean streaming) {
    this.sink = sink;
    this.streaming = streaming;
    this.source =
        Source.builder()
            .id("source-openstates-export")
            .kind(SourceKind.DATASET)
            .title(MultilingualText.of("en", "Open States bulk session CSV export"))
            .publisher("Open States")
            .url(URI.create("https://open.pluralpolicy.com/data/session-csv/"))
            .build();
    this.sourceRef = Reference.of(source);
  }

  void start() throws IOException {
    write(source);
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
    String jurisdiction = columns.get(row, "jurisdiction");
    Legislature chamber = chamber(organization, jurisdiction);
    String sessionName = columns.get(row, "session_identifier");
    Vote.Builder vote =
        Vote.builder()
            .id("vote-os-" + slug(id))
            .motion(Reference.to(motionId(id, columns.get(row, "bill_id"))))
            .legislature(Reference.of(chamber))
            .method(VoteMethod.RECORDED)
            .addIdentifiers(Identifier.of(VOTE_SCHEME, id))
            .addSources(sourceRef);
    String identifier = columns.get(row, "identifier");
    vote.identifier(identifier.isEmpty() ? id : identifier);
    if (!sessionName.isEmpty()) {
      Session session =
          Session.builder()
              .id("session-os-" + slug(chamber.id() + "-" + sessionName))
              .legislature(Reference.of(chamber))
              .identifier(sessionName)
              .kind(SessionKind.SESSION)
              .addSources(sourceRef)
              .build();
      write(session);
      vote.session(Reference.of(session));
    }
    String start = columns.get(row, "start_date");
    PartialDate date = start.isEmpty() ? null : HtvMapper.timestamp(start);
    if (date == null) {
      warnings.add(line, "start_date", start.isEmpty() ? ImportWarningCode.MISSING_VALUE : ImportWarningCode.UNREADABLE_DATE,
          "'" + start + "' is not a date YYYY-MM-DD or date and time; vote " + id + " is kept without a date");
    } else {
      vote.date(date);
    }
    String result = columns.get(row, "result");
    if (result.equals("pass")) {
      vote.result(VoteResult.ADOPTED);
    } else if (result.equals("fail")) {
      vote.result(VoteResult.REJECTED);
    } else {
      warnings.add(line, "result", result.isEmpty() ? ImportWarningCode.MISSING_VALUE : ImportWarningCode.UNKNOWN_CODE,
          "'" + result + "' is not a result (pass, fail); vote " + id + " is kept without a result");
    }
    String bill = columns.get(row, "bill_id");
    String motionText = columns.get(row, "motion_text");
    HeldVote held = new HeldVote(warnings, line, id, bill, organization, vote);
    votes.put(id, held);
    Motion.Builder motion =
        Motion.builder()
            .id(motionId(id, bill))
            .legislature(Reference.of(chamber))
            .addSources(sourceRef);
    String[] known = bill.isEmpty() ? null : bills.get(bill);
    if (known != null) {
      motion.title(MultilingualText.of("en", known[1].isEmpty() ? known[0] : known[1]));
      if (!known[0].isEmpty()) {
        motion.identifier(known[0]);
      }
      motion.addIdentifiers(Identifier.of(BILL_SCHEME, bill));
    } else {
      if (!bill.isEmpty()) {
        warnings.add(line, "bill_id", ImportWarningCode.UNKNOWN_REFERENCE,
            "bill " + bill + " is not in the bills table; the motion is titled by the motion text");
      }
      motion.title(MultilingualText.of("en", motionText.isEmpty() ? "Open States vote " + id : motionText));
    }
    if (!motionText.isEmpty()) {
      motion.text(MultilingualText.of("en", motionText));
    }
    write(motion.build());
  }

  private Legislature chamber(String organization, String jurisdiction) throws IOException {
    Legislature known = chambers.get(organization);
    if (known != null) {
      return known;
    }
    String[] org = organizations.get(organization);
    String classification = org == null ? "" : org[1];
    LegislatureKind kind =
        classification.equals("upper") ? LegislatureKind.UPPER_CHAMBER
            : classification.equals("lower") ? LegislatureKind.LOWER_CHAMBER
            : classification.equals("legislature") ? LegislatureKind.UNICAMERAL
            : classification.equals("committee") ? LegislatureKind.COMMITTEE : null;
    String name = org != null && !org[0].isEmpty() ? org[0]
        : (jurisdiction.isEmpty() ? "" : jurisdiction + " ") + "legislative chamber " + organization;
    Legislature.Builder chamber =
        Legislature.builder()
            .id("legislature-os-" + slug(organization.isEmpty() ? "unknown" : organization))
            .name(MultilingualText.of("en", name.strip()))
            .addSources(sourceRef);
    if (!organization.isEmpty()) {
      chamber.addIdentifiers(Identifier.of(ORG_SCHEME, organization));
    }
    if (kind != null) {
      chamber.kind(kind);
    }
    Legislature built = chamber.build();
    chambers.put(organization, built);
    write(built);
    return built;
  }

  private HeldVote held(Warnings warnings, long line, String eventId) {
    HeldVote held = votes.get(eventId);
    if (held == null) {
      warnings.add(line, "vote_event_id", ImportWarningCode.UNKNOWN_REFERENCE,
          "vote " + eventId + " is not in the votes table; the row is not mapped");
    }
    return held;
  }

  private void count(Warnings warnings, long line, HtvTable.Columns columns, List<String> row) {
    HeldVote held = held(warnings, line, columns.get(row, "vote_event_id"));
    if (held == null) {
      return;
    }
    VoteOption option = option(warnings, line, columns.get(row, "option"), "the count");
    if (option == null) {
      return;
    }
    String value = columns.get(row, "value");
    try {
      int count = Integer.parseInt(value);
      if (count >= 0) {
        held.vote.addCounts(Count.of(option, count));
        return;
      }
    } catch (NumberFormatException unreadable) {
      // below
    }
    warnings.add(line, "value", ImportWarningCode.UNREADABLE_NUMBER, "'" + value + "' is not a whole number; the count is not mapped");
  }

  private void voteSource(Warnings warnings, long line, HtvTable.Columns columns, List<String> row) throws IOException {
    String eventId = columns.get(row, "vote_event_id");
    HeldVote held = held(warnings, line, eventId);
    if (held == null) {
      return;
    }
    String url = columns.get(row, "url");
    if (url.isEmpty()) {
      warnings.add(line, "url", ImportWarningCode.MISSING_VALUE, "the vote source has no url; it is not mapped");
      return;
    }
    String note = columns.get(row, "note");
    Source.Builder made =
        Source.builder()
            .id("source-os-" + slug(eventId + "-" + columns.get(row, "id") + "-" + line))
            .kind(SourceKind.OFFICIAL_RECORD)
            .title(MultilingualText.of("en", note.isEmpty() ? "Roll call of vote " + eventId : note))
            .url(URI.create(url));
    Source built = made.build();
    write(built);
    held.vote.addSources(Reference.of(built));
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
    VoteOption option = option(warnings, line, columns.get(row, "option"), "the ballot of " + name);
    if (option == null) {
      return;
    }
    if (!seen.add(voter + "\u0000" + name + "\u0000" + option.code())) {
      warnings.add(line, null, ImportWarningCode.DUPLICATE_ROW,
          "voter " + name + " already has this ballot in vote " + eventId + "; this row is not mapped");
      return;
    }
    Map<String, String> names = roster.computeIfAbsent(current.organization, o -> new HashMap<>());
    if (!voter.isEmpty()) {
      String personId = "person-os-" + slug(voter);
      if (!name.isEmpty()) {
        names.merge(name, personId, (a, b) -> a.equals(b) ? a : "");
      }
      if (!written.contains(personId)) {
        Person made =
            Person.builder()
                .id(personId)
                .name(MultilingualText.of("en", name.isEmpty() ? voter : name))
                .addIdentifiers(Identifier.of(PERSON_SCHEME, voter))
                .addSources(sourceRef)
                .build();
        write(made);
        if (streaming) {
          people.add(made);
        }
      }
      ballots.add(Ballot.of(Reference.to(personId), option));
      return;
    }
    if (name.isEmpty()) {
      warnings.add(line, "voter_name", ImportWarningCode.MISSING_VALUE, "the ballot has neither a voter id nor a name; it is not mapped");
      return;
    }
    String resolved = names.get(name);
    ballots.add(resolved == null || resolved.isEmpty() ? Ballot.byName(name, option) : Ballot.of(Reference.to(resolved), option));
  }

  /** The documented options; null, warned about, for any other. */
  static VoteOption option(Warnings warnings, long line, String option, String what) {
    switch (option) {
      case "yes":
        return VoteOption.YES;
      case "no":
        return VoteOption.NO;
      case "absent":
        return VoteOption.ABSENT;
      case "abstain":
        return VoteOption.ABSTAIN;
      case "not voting":
        return VoteOption.NOT_VOTING;
      case "paired":
        return VoteOption.PAIRED;
      case "excused":
        return VoteOption.EXCUSED;
      case "other":
        return VoteOption.OTHER;
      default:
        warnings.add(line, "option", ImportWarningCode.UNKNOWN_CODE, "'" + option
            + "' is not an option (yes, no, absent, abstain, not voting, paired, excused, other); " + what + " is not mapped");
        return null;
    }
  }

  private void finishVote() throws IOException {
    if (current == null) {
      currentId = null;
      return;
    }
    HeldVote held = current;
    current = null;
    currentId = null;
    votesDone.add(held.id);
    held.vote.addAllBallots(ballots);
    ballots.clear();
    seen.clear();
    writeVote(held);
    people.clear();
  }

  private void writeVote(HeldVote held) throws IOException {
    Vote vote;
    try {
      vote = held.vote.build();
    } catch (ValidationException invalid) {
      held.warnings.add(held.line, null, ImportWarningCode.INVALID_VALUE, "vote " + held.id + " is not mapped: " + invalid.getMessage());
      return;
    }
    write(vote);
    if (streaming) {
      List<ChanceryRecord> around = new ArrayList<>(chambers.values());
      around.addAll(people);
      around.add(vote);
      sink.voteDone(around, Set.of(vote.id()));
    }
  }

  void finish() throws IOException {
    finishVote();
    for (HeldVote held : votes.values()) {
      writeVote(held);
    }
    votes.clear();
  }

  private void write(ChanceryRecord record) throws IOException {
    if (written.add(record.id())) {
      sink.add(record);
    }
  }

  static String motionId(String voteId, String billId) {
    return billId.isEmpty() ? "motion-os-" + slug(voteId) : "motion-os-" + slug(billId);
  }

  static String slug(String text) {
    return UndlMapper.slug(text);
  }
}
