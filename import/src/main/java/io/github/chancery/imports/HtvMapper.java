package io.github.chancery.imports;

import io.github.chancery.core.actor.Membership;
import io.github.chancery.core.actor.Organization;
import io.github.chancery.core.actor.OrganizationKind;
import io.github.chancery.core.actor.Person;
import io.github.chancery.core.actor.WebLink;
import io.github.chancery.core.legislature.Legislature;
import io.github.chancery.core.legislature.LegislatureKind;
import io.github.chancery.core.legislature.Motion;
import io.github.chancery.core.legislature.MotionKind;
import io.github.chancery.core.legislature.MotionSubject;
import io.github.chancery.core.legislature.SubjectKind;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.record.Identifier;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.source.Source;
import io.github.chancery.core.source.SourceKind;
import io.github.chancery.core.text.MultilingualText;
import io.github.chancery.core.time.DatePrecision;
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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Maps the rows of a HowTheyVote.eu export onto records: the members, groups, group memberships
 * and votes are held, then each vote is written with its motion and the ballots of its rows of
 * {@code member_votes.csv}, and the votes without member rows at the end. The export writes the
 * member votes vote by vote, in the order of the vote ids, so a vote's rows are together; a row of
 * a vote whose rows ended earlier is warned about. docs/import.md gives the mapping of every
 * column. Not thread-safe: one per import.
 */
final class HtvMapper {
  static final String PARLIAMENT = "european-parliament";
  static final String PUBLISHER = "HowTheyVote.eu";
  static final String MEMBER_SCHEME = "ep-mep";
  static final String GROUP_SCHEME = "howtheyvote-group";
  static final String VOTE_SCHEME = "howtheyvote-vote";
  static final String PROCEDURE_SCHEME = "ep-oeil-procedure";
  static final String DOCUMENT_SCHEME = "ep-plenary-document";

  /** An amendment's number in a vote's description: {@code … - Am 253}, {@code Amendment 12}. */
  private static final Pattern AMENDMENT = Pattern.compile("(?i)\\bAm(endments?|s)?\\.?\\s*\\d+");

  /** One row of votes.csv, mapped but for its ballots. */
  private static final class HeldVote {
    final long line;
    final String id;
    final Motion motion;
    final Vote.Builder vote;
    final Warnings warnings;

    HeldVote(Warnings warnings, long line, String id, Motion motion, Vote.Builder vote) {
      this.warnings = warnings;
      this.line = line;
      this.id = id;
      this.motion = motion;
      this.vote = vote;
    }
  }

  private final ImportSink sink;
  private final boolean streaming;
  private final Source source;
  private final Reference<Source> sourceRef;
  private final Legislature legislature;
  private final Map<String, Organization> groups = new LinkedHashMap<>();
  private final Set<String> members = new HashSet<>();
  private final Map<String, List<Membership>> memberships = new HashMap<>();
  private final Set<String> written = new HashSet<>();
  private final Map<String, HeldVote> votes = new LinkedHashMap<>();
  private final Set<String> votesDone = new HashSet<>();

  private HeldVote current;
  private String currentId;
  private final List<Ballot> ballots = new ArrayList<>();
  private final Set<String> voters = new HashSet<>();

  HtvMapper(ImportSink sink, boolean streaming) {
    this.sink = sink;
    this.streaming = streaming;
    this.source =
        Source.builder()
            .id("source-howtheyvote-export")
            .kind(SourceKind.DATASET)
            .title(MultilingualText.of("en", "HowTheyVote.eu data export"))
            .publisher(PUBLISHER)
            .url(URI.create("https://howtheyvote.eu"))
            .build();
    this.sourceRef = Reference.of(source);
    this.legislature =
        Legislature.builder()
            .id(PARLIAMENT)
            .name(MultilingualText.of("en", "European Parliament"))
            .kind(LegislatureKind.INTERNATIONAL_ASSEMBLY)
            .addSources(sourceRef)
            .build();
  }

  /** Writes the records every other refers to. */
  void start() throws IOException {
    write(source);
    write(legislature);
  }

  /** Maps one row of a table. */
  void row(HtvTable table, Warnings warnings, long line, HtvTable.Columns columns, List<String> row) throws IOException {
    try {
      map(table, warnings, line, columns, row);
    } catch (ValidationException invalid) {
      // a value the records' rules refuse where no narrower fallback applies (an id, a name that is not clean)
      warnings.add(line, null, ImportWarningCode.INVALID_VALUE, "the row is not mapped: " + invalid.getMessage());
    }
  }

  private void map(HtvTable table, Warnings warnings, long line, HtvTable.Columns columns, List<String> row) throws IOException {
    switch (table) {
      case MEMBERS:
        member(warnings, line, columns, row);
        break;
      case GROUPS:
        group(warnings, line, columns, row);
        break;
      case GROUP_MEMBERSHIPS:
        membership(warnings, line, columns, row);
        break;
      case VOTES:
        vote(warnings, line, columns, row);
        break;
      default:
        memberVote(warnings, line, columns, row);
    }
  }

  private void member(Warnings warnings, long line, HtvTable.Columns columns, List<String> row) throws IOException {
    String id = columns.get(row, "id");
    if (id.isEmpty()) {
      warnings.add(line, "id", ImportWarningCode.MISSING_VALUE, "the member has no id; the row is not mapped");
      return;
    }
    if (members.contains(id)) {
      warnings.add(line, "id", ImportWarningCode.DUPLICATE_ROW, "member " + id + " has an earlier row; this row is not mapped");
      return;
    }
    String given = columns.get(row, "first_name");
    String family = columns.get(row, "last_name");
    String name = (given + " " + family).strip();
    if (name.isEmpty()) {
      name = "Member " + id;
      warnings.add(line, "last_name", ImportWarningCode.MISSING_VALUE, "member " + id + " has no name; the person is named '" + name + "'");
    }
    Person.Builder person =
        Person.builder()
            .id(personId(id))
            .name(MultilingualText.of("en", name))
            .addIdentifiers(Identifier.of(MEMBER_SCHEME, id))
            .addSources(sourceRef);
    if (!given.isEmpty()) {
      person.givenName(given);
    }
    if (!family.isEmpty()) {
      person.familyName(family);
    }
    String born = columns.get(row, "date_of_birth");
    if (!born.isEmpty()) {
      PartialDate date = day(born);
      if (date == null) {
        warnings.add(line, "date_of_birth", ImportWarningCode.UNREADABLE_DATE,
            "'" + born + "' is not a date YYYY-MM-DD; member " + id + " is kept without a birth date");
      } else {
        person.birthDate(date);
      }
    }
    Person minimal = person.build();
    optional(warnings, line, "email", columns.get(row, "email"), person, (p, v) -> p.email(v));
    for (String column : List.of("facebook", "twitter")) {
      String value = columns.get(row, column);
      if (value.startsWith("http://") || value.startsWith("https://")) {
        optional(warnings, line, column, value, person, (p, v) -> p.addLinks(WebLink.of(v)));
      } else if (!value.isEmpty()) {
        optional(warnings, line, column, value, person, (p, v) -> p.addIdentifiers(Identifier.of(column, v)));
      }
    }
    Person built;
    try {
      built = person.build();
    } catch (ValidationException invalid) {
      built = minimal; // reported by optional() already
    }
    write(built);
    members.add(id);
  }

  /** Adds an optional value to a person, or warns and leaves it out when the person's rules refuse it. */
  private void optional(Warnings warnings, long line, String column, String value, Person.Builder person,
      java.util.function.BiConsumer<Person.Builder, String> add) {
    if (value.isEmpty()) {
      return;
    }
    Person before = person.build();
    try {
      add.accept(person, value);
      person.build();
    } catch (IllegalArgumentException invalid) {
      warnings.add(line, column, ImportWarningCode.INVALID_VALUE, "'" + value + "' is not mapped: " + invalid.getMessage());
      person.from(before);
    }
  }

  private void group(Warnings warnings, long line, HtvTable.Columns columns, List<String> row) throws IOException {
    String code = columns.get(row, "code");
    if (code.isEmpty()) {
      warnings.add(line, "code", ImportWarningCode.MISSING_VALUE, "the group has no code; the row is not mapped");
      return;
    }
    if (groups.containsKey(code)) {
      warnings.add(line, "code", ImportWarningCode.DUPLICATE_ROW, "group " + code + " has an earlier row; this row is not mapped");
      return;
    }
    String official = columns.get(row, "official_label");
    String label = columns.get(row, "label");
    String shortLabel = columns.get(row, "short_label");
    String name = !official.isEmpty() ? official : !label.isEmpty() ? label : code;
    Organization.Builder group =
        Organization.builder()
            .id(groupId(code))
            .name(MultilingualText.of("en", name))
            .kind(OrganizationKind.POLITICAL_GROUP)
            .addIdentifiers(Identifier.of(GROUP_SCHEME, code))
            .addSources(sourceRef);
    if (!shortLabel.isEmpty()) {
      group.abbreviation(shortLabel);
    }
    Organization built;
    try {
      built = group.build();
    } catch (ValidationException invalid) {
      warnings.add(line, null, ImportWarningCode.INVALID_VALUE, "group " + code + " is kept by its code only: " + invalid.getMessage());
      built = plainGroup(code);
    }
    groups.put(code, built);
    write(built);
  }

  private static Organization plainGroup(String code) {
    return Organization.builder()
        .id(groupId(code))
        .name(MultilingualText.of("en", code))
        .kind(OrganizationKind.POLITICAL_GROUP)
        .addIdentifiers(Identifier.of(GROUP_SCHEME, code))
        .build();
  }

  /** The group of a code; one made of the code, warned about, when groups.csv does not have it. */
  private Organization groupOf(String code, Warnings warnings, long line, String column) throws IOException {
    Organization group = groups.get(code);
    if (group == null) {
      warnings.add(line, column, ImportWarningCode.UNKNOWN_REFERENCE,
          "group " + code + " is not in groups.csv; it is kept as a political group named by its code");
      group = plainGroup(code);
      groups.put(code, group);
      write(group);
    }
    return group;
  }

  private void membership(Warnings warnings, long line, HtvTable.Columns columns, List<String> row) throws IOException {
    String member = columns.get(row, "member_id");
    String code = columns.get(row, "group_code");
    String start = columns.get(row, "start_date");
    String end = columns.get(row, "end_date");
    if (member.isEmpty() || code.isEmpty()) {
      warnings.add(line, member.isEmpty() ? "member_id" : "group_code", ImportWarningCode.MISSING_VALUE,
          "the membership has no " + (member.isEmpty() ? "member" : "group") + "; the row is not mapped");
      return;
    }
    if (!members.contains(member)) {
      warnings.add(line, "member_id", ImportWarningCode.UNKNOWN_REFERENCE,
          "member " + member + " is not in members.csv; the membership is not mapped");
      return;
    }
    Organization group = groupOf(code, warnings, line, "group_code");
    String id = "membership-htv-" + HtvMapper.slug(member + "-" + code + "-" + start + "-" + end);
    if (written.contains(id)) {
      warnings.add(line, null, ImportWarningCode.DUPLICATE_ROW,
          "the membership of member " + member + " in " + code + " from " + start + " to " + end + " has an earlier row; "
              + "this row is not mapped");
      return;
    }
    Membership.Builder membership =
        Membership.builder().id(id).member(Reference.to(personId(member))).organization(Reference.of(group))
            .addSources(sourceRef);
    if (start.isEmpty()) {
      warnings.add(line, "start_date", ImportWarningCode.MISSING_VALUE,
          "the membership of member " + member + " in " + code + " has no start date; it is kept without one");
    } else if (day(start) == null) {
      warnings.add(line, "start_date", ImportWarningCode.UNREADABLE_DATE,
          "'" + start + "' is not a date YYYY-MM-DD; the membership is kept without a start date");
    } else {
      membership.start(day(start));
    }
    if (!end.isEmpty()) {
      if (day(end) == null) {
        warnings.add(line, "end_date", ImportWarningCode.UNREADABLE_DATE,
            "'" + end + "' is not a date YYYY-MM-DD; the membership is kept without an end date");
      } else {
        membership.end(day(end));
      }
    }
    Membership built;
    try {
      built = membership.build();
    } catch (ValidationException invalid) {
      warnings.add(line, null, ImportWarningCode.INVALID_VALUE, "the membership is not mapped: " + invalid.getMessage());
      return;
    }
    memberships.computeIfAbsent(personId(member), m -> new ArrayList<>()).add(built);
    write(built);
  }

  private void vote(Warnings warnings, long line, HtvTable.Columns columns, List<String> row) {
    String id = columns.get(row, "id");
    if (id.isEmpty()) {
      warnings.add(line, "id", ImportWarningCode.MISSING_VALUE, "the vote has no id; the row is not mapped");
      return;
    }
    if (votes.containsKey(id)) {
      warnings.add(line, "id", ImportWarningCode.DUPLICATE_ROW, "vote " + id + " has an earlier row; this row is not mapped");
      return;
    }
    PartialDate date = timestamp(columns.get(row, "timestamp"));
    if (date == null) {
      warnings.add(line, "timestamp", ImportWarningCode.UNREADABLE_DATE,
          "'" + columns.get(row, "timestamp") + "' is not a date and time YYYY-MM-DD HH:MM:SS; vote " + id
              + " is kept without a date");
    }
    Motion motion = motion(warnings, line, columns, row, id);
    Vote.Builder vote =
        Vote.builder()
            .id("vote-htv-" + slug(id))
            .motion(Reference.to(motionId(id)))
            .legislature(Reference.of(legislature))
            .identifier(id)
            .method(VoteMethod.RECORDED)
            .addIdentifiers(Identifier.of(VOTE_SCHEME, id))
            .addSources(sourceRef);
    if (date != null) {
      vote.date(date);
    }
    counts(warnings, line, columns, row, vote);
    String result = columns.get(row, "result");
    switch (result) {
      case "":
        break;
      case "ADOPTED":
        vote.result(VoteResult.ADOPTED);
        break;
      case "REJECTED":
        vote.result(VoteResult.REJECTED);
        break;
      case "LAPSED":
        warnings.add(line, "result", ImportWarningCode.NOT_MAPPED,
            "vote " + id + " lapsed: core has no result for a vote that fell, so it is kept without a result");
        break;
      default:
        warnings.add(line, "result", ImportWarningCode.UNKNOWN_CODE,
            "'" + result + "' is not a result (ADOPTED, REJECTED, LAPSED); vote " + id + " is kept without a result");
    }
    votes.put(id, new HeldVote(warnings, line, id, motion, vote));
  }

  private Motion motion(Warnings warnings, long line, HtvTable.Columns columns, List<String> row, String id) {
    String title = columns.get(row, "display_title");
    String reference = columns.get(row, "reference");
    String description = columns.get(row, "description");
    String procedure = columns.get(row, "procedure_reference");
    String procedureTitle = columns.get(row, "procedure_title");
    if (title.isEmpty()) {
      title = !procedureTitle.isEmpty() ? procedureTitle : !reference.isEmpty() ? reference : "HowTheyVote.eu vote " + id;
      warnings.add(line, "display_title", ImportWarningCode.MISSING_VALUE,
          "vote " + id + " has no title; its motion is titled '" + title + "'");
    }
    boolean main = flag(warnings, line, columns.get(row, "is_main"), "is_main");
    boolean amendment = AMENDMENT.matcher(description).find();
    Motion.Builder motion =
        Motion.builder()
            .id(motionId(id))
            .legislature(Reference.of(legislature))
            .kind(amendment ? MotionKind.AMENDMENT : main ? MotionKind.RESOLUTION : MotionKind.MOTION)
            .title(MultilingualText.of("en", title))
            .addSources(sourceRef);
    if (!description.isEmpty()) {
      motion.text(MultilingualText.of("und", description));
    }
    if (!reference.isEmpty()) {
      motion.identifier(reference);
      motion.addIdentifiers(Identifier.of(DOCUMENT_SCHEME, reference));
    }
    if (!procedure.isEmpty()) {
      motion.addIdentifiers(Identifier.of(PROCEDURE_SCHEME, procedure));
    }
    if (main) {
      motion.addSubjects(subject("main vote (HowTheyVote.eu)"));
    }
    if (!procedureTitle.isEmpty()) {
      motion.addSubjects(subject("procedure: " + procedureTitle));
    }
    for (String column : List.of("procedure_type", "procedure_stage")) {
      String value = columns.get(row, column);
      if (!value.isEmpty()) {
        motion.addSubjects(subject(column.replace('_', ' ') + ": " + value));
      }
    }
    try {
      return motion.build();
    } catch (ValidationException invalid) {
      warnings.add(line, null, ImportWarningCode.INVALID_VALUE, "the motion of vote " + id + " is kept by its title only: "
          + invalid.getMessage());
      return Motion.builder()
          .id(motionId(id))
          .legislature(Reference.of(legislature))
          .title(MultilingualText.of("en", "HowTheyVote.eu vote " + id))
          .addSources(sourceRef)
          .build();
    }
  }

  private static MotionSubject subject(String description) {
    return MotionSubject.of(SubjectKind.OTHER).withDescription(MultilingualText.of("en", description));
  }

  /** A documented boolean, {@code True} or {@code False}; false, warned about, for anything else. */
  private static boolean flag(Warnings warnings, long line, String value, String column) {
    if (value.equals("True") || value.equalsIgnoreCase("true")) {
      return true;
    }
    if (!value.isEmpty() && !value.equalsIgnoreCase("false")) {
      warnings.add(line, column, ImportWarningCode.UNKNOWN_CODE, "'" + value + "' is neither True nor False; read as False");
    }
    return false;
  }

  private static void counts(Warnings warnings, long line, HtvTable.Columns columns, List<String> row, Vote.Builder vote) {
    String[] names = {"count_for", "count_against", "count_abstention", "count_did_not_vote"};
    VoteOption[] options = {VoteOption.YES, VoteOption.NO, VoteOption.ABSTAIN, VoteOption.NOT_VOTING};
    for (int i = 0; i < names.length; i++) {
      String text = columns.get(row, names[i]);
      if (text.isEmpty()) {
        continue;
      }
      try {
        int count = Integer.parseInt(text);
        if (count >= 0) {
          vote.addCounts(Count.of(options[i], count));
          continue;
        }
      } catch (NumberFormatException unreadable) {
        // reported below
      }
      warnings.add(line, names[i], ImportWarningCode.UNREADABLE_NUMBER,
          "'" + text + "' is not a whole number of members; the count is not mapped");
    }
  }

  private void memberVote(Warnings warnings, long line, HtvTable.Columns columns, List<String> row) throws IOException {
    String voteId = columns.get(row, "vote_id");
    if (voteId.isEmpty()) {
      warnings.add(line, "vote_id", ImportWarningCode.MISSING_VALUE, "the row has no vote id; it is not mapped");
      return;
    }
    if (!voteId.equals(currentId)) {
      finishVote();
      if (votesDone.contains(voteId)) {
        warnings.add(line, "vote_id", ImportWarningCode.RECORD_NOT_TOGETHER,
            "the rows of vote " + voteId + " ended earlier in the file, and its vote is imported; the row is not mapped");
        return;
      }
      current = votes.remove(voteId);
      if (current == null) {
        warnings.add(line, "vote_id", ImportWarningCode.UNKNOWN_REFERENCE,
            "vote " + voteId + " is not in votes.csv; the row is not mapped");
        return;
      }
      currentId = voteId;
    }
    String member = columns.get(row, "member_id");
    String position = columns.get(row, "position");
    VoteOption option = option(position);
    if (option == null) {
      warnings.add(line, "position", ImportWarningCode.UNKNOWN_CODE, "'" + position
          + "' is not a position (FOR, AGAINST, ABSTENTION, DID_NOT_VOTE); the ballot of member " + member + " is not mapped");
      return;
    }
    if (member.isEmpty() || !members.contains(member)) {
      warnings.add(line, "member_id", member.isEmpty() ? ImportWarningCode.MISSING_VALUE : ImportWarningCode.UNKNOWN_REFERENCE,
          (member.isEmpty() ? "the row has no member id" : "member " + member + " is not in members.csv")
              + "; the ballot is not mapped");
      return;
    }
    if (!voters.add(member)) {
      warnings.add(line, "member_id", ImportWarningCode.DUPLICATE_ROW,
          "member " + member + " already has a ballot in vote " + voteId + "; this row is not mapped");
      return;
    }
    Ballot ballot = Ballot.of(Reference.to(personId(member)), option);
    String code = columns.get(row, "group_code");
    if (!code.isEmpty()) {
      ballot = ballot.withGroup(Reference.of(groupOf(code, warnings, line, "group_code")));
    }
    ballots.add(ballot);
  }

  /** The documented positions; null for any other. */
  static VoteOption option(String position) {
    switch (position) {
      case "FOR":
        return VoteOption.YES;
      case "AGAINST":
        return VoteOption.NO;
      case "ABSTENTION":
        return VoteOption.ABSTAIN;
      case "DID_NOT_VOTE":
        return VoteOption.NOT_VOTING;
      default:
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
    List<String> voted = streaming ? new ArrayList<>(voters) : List.of();
    ballots.clear();
    voters.clear();
    writeVote(held, voted);
  }

  private void writeVote(HeldVote held, List<String> voted) throws IOException {
    Vote vote;
    try {
      vote = held.vote.build();
    } catch (ValidationException invalid) {
      held.warnings.add(held.line, null, ImportWarningCode.INVALID_VALUE, "vote " + held.id + " is not mapped: " + invalid.getMessage());
      return;
    }
    write(held.motion);
    write(vote);
    if (streaming) {
      List<ChanceryRecord> around = new ArrayList<>();
      around.add(legislature);
      around.addAll(groups.values());
      for (String member : voted) {
        around.addAll(memberships.getOrDefault(personId(member), List.of()));
      }
      around.add(held.motion);
      around.add(vote);
      sink.voteDone(around, Set.of(held.motion.id(), vote.id()));
    }
  }

  /** Maps the last vote of member_votes.csv, then the votes that had no member votes. */
  void finish() throws IOException {
    finishVote();
    for (HeldVote held : votes.values()) {
      writeVote(held, List.of());
    }
    votes.clear();
  }

  private static PartialDate day(String text) {
    try {
      return PartialDate.of(LocalDate.parse(text));
    } catch (DateTimeParseException | ValidationException unreadable) {
      return null;
    }
  }

  /** A timestamp as written by the export, {@code 2024-02-27 12:00:00}, with a space or {@code T}, an offset or none. */
  static PartialDate timestamp(String text) {
    String iso = text.strip().replace(' ', 'T');
    try {
      return PartialDate.of(OffsetDateTime.parse(iso));
    } catch (DateTimeParseException | ValidationException notWithOffset) {
      // without an offset, below
    }
    try {
      return PartialDate.of(LocalDateTime.parse(iso));
    } catch (DateTimeParseException | ValidationException notLocal) {
      // a day alone, below
    }
    PartialDate day = day(iso);
    return day != null && day.precision() == DatePrecision.DAY ? day : null;
  }

  private void write(ChanceryRecord record) throws IOException {
    if (written.add(record.id())) {
      sink.add(record);
    }
  }

  static String personId(String member) {
    return "person-htv-" + slug(member);
  }

  static String groupId(String code) {
    return "group-htv-" + slug(code);
  }

  static String motionId(String vote) {
    return "motion-htv-" + slug(vote);
  }

  static String slug(String text) {
    return UndlMapper.slug(text);
  }
}
