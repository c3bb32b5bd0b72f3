package io.github.chancery.imports;

import io.github.chancery.core.actor.Person;
import io.github.chancery.core.record.OtherName;
import io.github.chancery.core.dossier.Finding;
import io.github.chancery.core.dossier.FindingCode;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the two shapes of Open States data, the bulk CSV export and the scrapers' JSON, map alike:
 * the ids of the records made of the publisher's ids, chambers and their kinds, sessions, bills as
 * motions, vote events with their options, results, dates, counts and sources, voters by person
 * or by name and the roster that resolves names, the writing of each vote with its check, and the
 * declared result that contradicts the counts. Each shape reads its files and calls these, so that
 * one vote event given in both shapes becomes the same records. Not thread-safe: one per import.
 */
final class OsRecords {
  static final String PERSON_SCHEME = "ocd-person";
  static final String VOTE_SCHEME = "ocd-vote";
  static final String BILL_SCHEME = "ocd-bill";
  static final String ORG_SCHEME = "ocd-organization";

  /** The documented options, in the order of openstates-core's list. */
  static final List<String> OPTIONS = List.of("yes", "no", "absent", "abstain", "not voting", "paired", "excused", "other");

  private static final Pattern YEAR_OR_MONTH = Pattern.compile("[0-9]{4}(-[0-9]{2})?");

  /** A vote being made: its builder, and where its warnings go. */
  static final class Event {
    final Warnings warnings;
    final long line;
    final String id;
    final String chamber;
    final Vote.Builder vote;
    private int sources;
    private final Set<String> ballots = new HashSet<>();

    Event(Warnings warnings, long line, String id, String chamber, Vote.Builder vote) {
      this.warnings = warnings;
      this.line = line;
      this.id = id;
      this.chamber = chamber;
      this.vote = vote;
    }
  }

  private final ImportSink sink;
  private final boolean streaming;
  private final Source source;
  private final Reference<Source> sourceRef;
  private final Set<String> written = new HashSet<>();
  private final Map<String, Legislature> chambers = new HashMap<>();
  /** Per chamber, voter name to the one person id ballots with an id gave it, or "" when several. */
  private final Map<String, Map<String, String>> roster = new HashMap<>();
  /** Per chamber (or {@link #ANY_CHAMBER}), member name to the one person of the files with it, or "" when several. */
  private final Map<String, Map<String, String>> members = new HashMap<>();
  /** The people written for the vote being made, which its check needs beside it when streaming. */
  private final List<ChanceryRecord> people = new ArrayList<>();

  /** The chamber of people the publication gives without any membership: they may sit in any. */
  static final String ANY_CHAMBER = "\u0000any";

  OsRecords(ImportSink sink, boolean streaming, Source dataset) {
    this.sink = sink;
    this.streaming = streaming;
    this.source = dataset;
    this.sourceRef = Reference.of(dataset);
  }

  /** The source of every record: the publication the files are of. */
  static Source dataset(String id, String title, String url) {
    return Source.builder()
        .id(id)
        .kind(SourceKind.DATASET)
        .title(MultilingualText.of("en", title))
        .publisher("Open States")
        .url(URI.create(url))
        .build();
  }

  Reference<Source> sourceRef() {
    return sourceRef;
  }

  void start() throws IOException {
    write(source);
  }

  boolean written(String id) {
    return written.contains(id);
  }

  void write(ChanceryRecord record) throws IOException {
    if (written.add(record.id())) {
      sink.add(record);
    }
  }

  // --- chambers, sessions, motions ---

  /** The chamber kind of an Open States organization classification, or null. */
  static LegislatureKind kind(String classification) {
    switch (classification) {
      case "upper":
        return LegislatureKind.UPPER_CHAMBER;
      case "lower":
        return LegislatureKind.LOWER_CHAMBER;
      case "legislature":
        return LegislatureKind.UNICAMERAL;
      case "committee":
        return LegislatureKind.COMMITTEE;
      default:
        return null;
    }
  }

  /** The chamber known by a key, or null before {@link #chamber(String, String, String, LegislatureKind, String)} made it. */
  Legislature chamber(String key) {
    return chambers.get(key);
  }

  /**
   * The chamber of a key, made and written on first use.
   *
   * @param key what the vote events name it by
   * @param idText what its id is made of: its OCD id, or what stands for it
   * @param name its name
   * @param kind its kind, or null when its classification says none
   * @param ocdOrganization its OCD id, or "" when the files give none
   */
  Legislature chamber(String key, String idText, String name, LegislatureKind kind, String ocdOrganization)
      throws IOException {
    Legislature known = chambers.get(key);
    if (known != null) {
      return known;
    }
    Legislature.Builder chamber =
        Legislature.builder()
            .id("legislature-os-" + slug(idText.isEmpty() ? "unknown" : idText))
            .name(MultilingualText.of("en", name.strip()))
            .addSources(sourceRef);
    if (!ocdOrganization.isEmpty()) {
      chamber.addIdentifiers(Identifier.of(ORG_SCHEME, ocdOrganization));
    }
    if (kind != null) {
      chamber.kind(kind);
    }
    Legislature built = chamber.build();
    chambers.put(key, built);
    write(built);
    return built;
  }

  /**
   * The session of a chamber, written once; its name, kind and dates when the publication gives
   * them.
   *
   * @param identifier the session's identifier, such as {@code 2025}
   * @param name its name, or ""
   * @param kind {@code session}, or {@code special-session}
   * @param start its first day, or null
   * @param end its last day, or null
   */
  Session session(Legislature chamber, String identifier, String name, SessionKind kind, PartialDate start, PartialDate end)
      throws IOException {
    Session.Builder session =
        Session.builder()
            .id("session-os-" + slug(chamber.id() + "-" + identifier))
            .legislature(Reference.of(chamber))
            .identifier(identifier)
            .kind(kind)
            .addSources(sourceRef);
    if (!name.isEmpty()) {
      session.name(MultilingualText.of("en", name));
    }
    if (start != null) {
      session.start(start);
    }
    if (end != null) {
      session.end(end);
    }
    Session built = session.build();
    write(built);
    return built;
  }

  static String motionId(String voteId, String billId) {
    return billId.isEmpty() ? "motion-os-" + slug(voteId) : "motion-os-" + slug(billId);
  }

  /**
   * Writes the motion a vote is on, once: a bill's, titled by its title (or identifier), or the
   * vote's own, titled by its motion text (or, without one, by the vote's id).
   *
   * @param identifier the bill's identifier ({@code AB 75}), or ""
   * @param title the bill's title (or identifier), or "" for a motion titled by the motion text
   * @param ocdBill the bill's OCD id, or ""
   */
  void motion(String id, Legislature chamber, String identifier, String title, String ocdBill, String motionText,
      String voteId) throws IOException {
    if (written.contains(id)) {
      return;
    }
    Motion.Builder motion = Motion.builder().id(id).legislature(Reference.of(chamber)).addSources(sourceRef);
    String titled = !title.isEmpty() ? title : motionText;
    motion.title(MultilingualText.of("en", titled.isEmpty() ? "Open States vote " + voteId : titled));
    if (!identifier.isEmpty()) {
      motion.identifier(identifier);
    }
    if (!ocdBill.isEmpty()) {
      motion.addIdentifiers(Identifier.of(BILL_SCHEME, ocdBill));
    }
    if (!motionText.isEmpty()) {
      motion.text(MultilingualText.of("en", motionText));
    }
    write(motion.build());
  }

  // --- vote events ---

  /**
   * Starts a vote: its id, motion, chamber, session, method, identifiers and sources.
   *
   * @param id the publisher's id of the vote event
   * @param identifier its identifier (a roll call number), or "" to be identified by its id
   * @param ocd whether the id is an OCD vote id, kept as an identifier
   */
  Event vote(Warnings warnings, long line, String id, String identifier, boolean ocd, String motionId, Legislature chamber,
      String chamberKey, Session session) {
    Vote.Builder vote =
        Vote.builder()
            .id("vote-os-" + slug(id))
            .motion(Reference.to(motionId))
            .legislature(Reference.of(chamber))
            .method(VoteMethod.RECORDED)
            .addSources(sourceRef)
            .identifier(identifier.isEmpty() ? id : identifier);
    if (ocd) {
      vote.addIdentifiers(Identifier.of(VOTE_SCHEME, id));
    }
    if (session != null) {
      vote.session(Reference.of(session));
    }
    return new Event(warnings, line, id, chamberKey, vote);
  }

  /**
   * A date as Open States writes it: a day, a date and time with or without an offset (a space
   * for the {@code T}), or, as the scrapers' fuzzy dates, a year or a month; null for anything else.
   */
  static PartialDate date(String text) {
    PartialDate timestamp = HtvMapper.timestamp(text);
    if (timestamp != null || !YEAR_OR_MONTH.matcher(text).matches()) {
      return timestamp;
    }
    try {
      return PartialDate.parse(text);
    } catch (ValidationException notADate) {
      return null;
    }
  }

  void date(Event event, long line, String column, String start) {
    PartialDate date = start.isEmpty() ? null : date(start);
    if (date == null) {
      event.warnings.add(line, column, start.isEmpty() ? ImportWarningCode.MISSING_VALUE : ImportWarningCode.UNREADABLE_DATE,
          "'" + start + "' is not a date YYYY-MM-DD or date and time; vote " + event.id + " is kept without a date");
    } else {
      event.vote.date(date);
    }
  }

  void result(Event event, long line, String column, String result) {
    if (result.equals("pass")) {
      event.vote.result(VoteResult.ADOPTED);
    } else if (result.equals("fail")) {
      event.vote.result(VoteResult.REJECTED);
    } else {
      event.warnings.add(line, column, result.isEmpty() ? ImportWarningCode.MISSING_VALUE : ImportWarningCode.UNKNOWN_CODE,
          "'" + result + "' is not a result (pass, fail); vote " + event.id + " is kept without a result");
    }
  }

  /** The documented options; null, warned about, for any other. */
  static VoteOption option(Warnings warnings, long line, String column, String option, String what) {
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
        warnings.add(line, column, ImportWarningCode.UNKNOWN_CODE, "'" + option
            + "' is not an option (yes, no, absent, abstain, not voting, paired, excused, other); " + what + " is not mapped");
        return null;
    }
  }

  /** A count, when its value is a whole number not below zero. */
  void count(Event event, Warnings warnings, long line, String optionColumn, String option, String valueColumn, String value) {
    VoteOption counted = option(warnings, line, optionColumn, option, "the count");
    if (counted == null) {
      return;
    }
    try {
      int count = Integer.parseInt(value);
      if (count >= 0) {
        event.vote.addCounts(Count.of(counted, count));
        return;
      }
    } catch (NumberFormatException unreadable) {
      // below
    }
    warnings.add(line, valueColumn, ImportWarningCode.UNREADABLE_NUMBER,
        "'" + value + "' is not a whole number; the count is not mapped");
  }

  /** A source of the vote, its roll call as the legislature publishes it: numbered in the vote's order. */
  void voteSource(Event event, String url, String note) throws IOException {
    event.sources++;
    Source built =
        Source.builder()
            .id("source-os-" + slug(event.id) + "-" + event.sources)
            .kind(SourceKind.OFFICIAL_RECORD)
            .title(MultilingualText.of("en", note.isEmpty() ? "Roll call of vote " + event.id : note))
            .url(URI.create(url))
            .build();
    write(built);
    event.vote.addSources(Reference.of(built));
  }

  // --- voters ---

  /**
   * Whether this is the voter's first ballot with this option in the vote; a second is warned
   * about (duplicated rolls, openstates/issues #1397) and not mapped.
   */
  boolean firstBallot(Event event, Warnings warnings, long line, String voter, String name, VoteOption option) {
    if (event.ballots.add(voter + "\u0000" + name + "\u0000" + option.code())) {
      return true;
    }
    warnings.add(line, null, ImportWarningCode.DUPLICATE_ROW,
        "voter " + name + " already has this ballot in vote " + event.id + "; this one is not mapped");
    return false;
  }

  static String personId(String publisherId) {
    return "person-os-" + slug(publisherId);
  }

  /** A person, written once, with its other names and the identifiers other registers give it. */
  void person(String id, String name, List<OtherName> otherNames, List<Identifier> identifiers) throws IOException {
    if (written.contains(id)) {
      return;
    }
    Person built =
        Person.builder()
            .id(id)
            .name(MultilingualText.of("en", name))
            .addAllOtherNames(otherNames)
            .addAllIdentifiers(identifiers)
            .addSources(sourceRef)
            .build();
    write(built);
    if (streaming) {
      people.add(built);
    }
  }

  /**
   * A ballot of a voter with an OCD person id: the person, written on first sight, and the name
   * remembered in the chamber's roster.
   */
  void ballotOfPerson(Event event, String ocdPerson, String name, VoteOption option) throws IOException {
    String personId = personId(ocdPerson);
    if (!name.isEmpty()) {
      roster.computeIfAbsent(event.chamber, c -> new HashMap<>()).merge(name, personId, (a, b) -> a.equals(b) ? a : "");
    }
    person(personId, name.isEmpty() ? ocdPerson : name, List.of(), List.of(Identifier.of(PERSON_SCHEME, ocdPerson)));
    event.vote.addBallots(Ballot.of(Reference.to(personId), option));
  }

  /** A ballot of a person of the publication's roster, by the person's record id. */
  void ballotOf(Event event, String personId, VoteOption option) {
    event.vote.addBallots(Ballot.of(Reference.to(personId), option));
  }

  /** Remembers that a person of the publication (a member of a chamber, or of any) has a name. */
  void member(String chamber, String name, String personId) {
    members.computeIfAbsent(chamber, c -> new HashMap<>()).merge(name, personId, (a, b) -> a.equals(b) ? a : "");
  }

  /**
   * A ballot by name, resolved to a person when the roster allows: the one member of the vote's
   * chamber the publication gives with that exact name, else the one person id earlier ballots of
   * the chamber gave it; otherwise the name is kept as it is.
   */
  void ballotByName(Event event, String name, VoteOption option) {
    String resolved = resolve(members.get(event.chamber), name);
    if (resolved == null) {
      resolved = resolve(members.get(ANY_CHAMBER), name);
    }
    if (resolved == null) {
      resolved = resolve(roster.get(event.chamber), name);
    }
    event.vote.addBallots(resolved == null ? Ballot.byName(name, option) : Ballot.of(Reference.to(resolved), option));
  }

  private static String resolve(Map<String, String> names, String name) {
    String found = names == null ? null : names.get(name);
    return found == null || found.isEmpty() ? null : found;
  }

  /**
   * Builds and writes a vote, with its check when streaming; a declared result the counts
   * contradict is kept as declared and reported.
   */
  void finish(Event event) throws IOException {
    Vote vote;
    try {
      vote = event.vote.build();
    } catch (ValidationException invalid) {
      event.warnings.add(event.line, null, ImportWarningCode.INVALID_VALUE, "vote " + event.id + " is not mapped: " + invalid.getMessage());
      people.clear();
      return;
    }
    if (written.contains(vote.id())) {
      event.warnings.add(event.line, null, ImportWarningCode.DUPLICATE_ROW,
          "vote " + event.id + " is imported already; this one is not mapped");
      people.clear();
      return;
    }
    long index = sink.records;
    write(vote);
    contradiction(vote, index);
    if (streaming) {
      List<ChanceryRecord> around = new ArrayList<>(chambers.values());
      around.addAll(people);
      around.add(vote);
      sink.voteDone(around, Set.of(vote.id()));
    }
    people.clear();
  }

  /**
   * Reports a vote declared passed with fewer votes for than against. No voting rule is set,
   * since Open States does not say which majority a vote needed; but no rule of a US legislature
   * adopts with fewer for than against, so this contradicts every one. A tie is not reported: the
   * presiding officer's casting vote may be missing from the counts.
   */
  private void contradiction(Vote vote, long index) {
    if (!vote.result().equals(Optional.of(VoteResult.ADOPTED))) {
      return;
    }
    long yes;
    long no;
    String of;
    if (!vote.counts().isEmpty()) {
      yes = vote.count(VoteOption.YES).orElse(0);
      no = vote.count(VoteOption.NO).orElse(0);
      of = "";
    } else if (!vote.ballots().isEmpty()) {
      yes = vote.ballots().stream().filter(b -> b.option().equals(VoteOption.YES)).count();
      no = vote.ballots().stream().filter(b -> b.option().equals(VoteOption.NO)).count();
      of = ", tallied from the ballots,";
    } else {
      return;
    }
    if (yes < no) {
      sink.finding(Finding.of(FindingCode.RESULT_CONTRADICTS_COUNTS, "records[" + index + "]." + Vote.RESULT.name(),
          "declared " + VoteResult.ADOPTED + ", but " + yes + " for and " + no + " against" + of
              + " adopt under no majority rule; kept as declared, no rule being set", vote.id()));
    }
  }

  static String slug(String text) {
    return UndlMapper.slug(text);
  }
}
