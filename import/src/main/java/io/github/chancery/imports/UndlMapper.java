package io.github.chancery.imports;

import static io.github.chancery.imports.UndlLayout.*;

import io.github.chancery.core.actor.State;
import io.github.chancery.core.code.CountryCode;
import io.github.chancery.core.legislature.Legislature;
import io.github.chancery.core.legislature.LegislatureKind;
import io.github.chancery.core.legislature.Motion;
import io.github.chancery.core.legislature.MotionKind;
import io.github.chancery.core.legislature.MotionSubject;
import io.github.chancery.core.legislature.Session;
import io.github.chancery.core.legislature.SessionKind;
import io.github.chancery.core.legislature.SubjectKind;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.record.Identifier;
import io.github.chancery.core.record.IdentifierScheme;
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
import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps the rows of a UN Digital Library voting file onto records, one voting record at a time:
 * the body's legislature and the file's source first, then for each vote the states, session,
 * motion and sources it brings for the first time, and the vote. docs/import.md gives the mapping
 * of every column. Not thread-safe: one per file.
 */
final class UndlMapper {
  static final String GENERAL_ASSEMBLY = "un-general-assembly";
  static final String SECURITY_COUNCIL = "un-security-council";
  static final String PUBLISHER = "United Nations Dag Hammarskjöld Library";
  private static final String STATE_CODE_SCHEME = "undl-ms-code";
  private static final String RECORD_SCHEME = "undl";
  private static final String DRAFT_SCHEME = "undl-draft";
  private static final String AGENDA_PREFIX = "agenda item: ";

  /** The documented file names: {@code 2025_7_23_ga_voting.csv}, and version 1's {@code _ga_resolutions_voting.csv}. */
  private static final Pattern FILE_NAME =
      Pattern.compile("^(\\d{4})_(\\d{1,2})_(\\d{1,2})_(ga|sc)(_resolutions)?_voting\\.csv$");

  /** The catalogue's suffix of a title, typos included: {@code : resolution / adopted by the General Assembly}. */
  private static final Pattern CATALOGUE_SUFFIX =
      Pattern.compile("\\s*:\\s*[A-Za-z]?\\s*resolution\\s*/\\s*adopted by the\\b.*$", Pattern.CASE_INSENSITIVE);

  private static final Pattern REGULAR_SESSION = Pattern.compile("[1-9][0-9]{0,3}");
  private static final Pattern EMERGENCY_SESSION = Pattern.compile("ES-[1-9][0-9]*");
  private static final Pattern SPECIAL_SESSION = Pattern.compile("S-[1-9][0-9]*");
  private static final Pattern ALPHA_3 = Pattern.compile("[A-Za-z]{3}");

  private final UndlLayout layout;
  private final ImportSink sink;
  private final Warnings warnings;
  private final Legislature legislature;
  private final Source file;
  private final Reference<Source> fileSource;

  private final Map<String, State> states = new HashMap<>();
  private final Map<String, Session> sessions = new HashMap<>();
  private final Set<String> written = new HashSet<>();
  private final Set<String> votesDone = new HashSet<>();
  private final Set<String> codesWarned = new HashSet<>();
  private final Map<String, CountryCode> resolved = new HashMap<>();
  private UndlVoteRows current;

  UndlMapper(String fileName, UndlLayout layout, ImportSink sink) {
    this.layout = layout;
    this.sink = sink;
    this.warnings = sink.warnings;
    this.file = fileSource(fileName, layout.securityCouncil);
    this.fileSource = Reference.of(file);
    this.legislature =
        layout.securityCouncil
            ? Legislature.builder()
                .id(SECURITY_COUNCIL)
                .name(MultilingualText.of("en", "United Nations Security Council"))
                .kind(LegislatureKind.INTERNATIONAL_ORGAN)
                .addSources(fileSource)
                .build()
            : Legislature.builder()
                .id(GENERAL_ASSEMBLY)
                .name(MultilingualText.of("en", "United Nations General Assembly"))
                .kind(LegislatureKind.INTERNATIONAL_ASSEMBLY)
                .addSources(fileSource)
                .build();
  }

  /** The file as a source: the dataset, its record in the library, and the date its name gives. */
  private static Source fileSource(String fileName, boolean council) {
    Source.Builder source =
        Source.builder()
            .id("source-undl-" + slug(fileName))
            .kind(SourceKind.DATASET)
            .title(MultilingualText.of("en", (council ? "Security Council" : "General Assembly") + " Voting Data (" + fileName + ")"))
            .publisher(PUBLISHER)
            .url(URI.create("https://digitallibrary.un.org/record/" + (council ? "4055387" : "4060887")));
    Matcher named = FILE_NAME.matcher(fileName);
    if (named.matches()) {
      try {
        source.publishedOn(
            PartialDate.of(Integer.parseInt(named.group(1)), Integer.parseInt(named.group(2)), Integer.parseInt(named.group(3))));
      } catch (RuntimeException notADate) {
        // a name that only looks like the publisher's: no date is taken from it
      }
    }
    return source.build();
  }

  /** Writes the records every vote refers to. */
  void start() throws IOException {
    write(file);
    write(legislature);
  }

  /** Reads one row, of the vote being read or of the next. */
  void row(long line, List<String> row) throws IOException {
    String undlId = layout.get(row, UNDL_ID);
    if (undlId.isEmpty()) {
      warnings.add(line, layout.nameOf(UNDL_ID), ImportWarningCode.MISSING_VALUE,
          "the row has no voting record id, which groups a vote's rows; the row is not mapped");
      return;
    }
    if (current != null && !current.undlId.equals(undlId)) {
      finishVote();
    }
    if (current == null) {
      if (votesDone.contains(undlId)) {
        warnings.add(line, layout.nameOf(UNDL_ID), ImportWarningCode.RECORD_NOT_TOGETHER,
            "the rows of voting record " + undlId + " ended earlier in the file, and its vote is imported; "
                + "the row is not mapped");
        return;
      }
      current = new UndlVoteRows(undlId, line, row, layout);
    }
    current.add(line, row, warnings);
  }

  /** Maps the last vote read. */
  void finish() throws IOException {
    if (current != null) {
      finishVote();
    }
  }

  private void finishVote() throws IOException {
    UndlVoteRows rows = current;
    current = null;
    votesDone.add(rows.undlId);
    List<ChanceryRecord> around = new ArrayList<>();
    around.add(legislature);
    Set<String> about = new HashSet<>();
    PartialDate date = date(rows);
    Reference<Session> session = session(rows, around);
    Motion motion = motion(rows, session, around, about);
    String motionId = motion != null ? motion.id() : motionId(rows);
    Vote.Builder vote =
        Vote.builder()
            .id("vote-undl-" + slug(rows.undlId))
            .motion(Reference.to(motionId))
            .legislature(Reference.of(legislature))
            .result(VoteResult.ADOPTED) // the files hold adopted resolutions only
            .addIdentifiers(Identifier.of(RECORD_SCHEME, rows.undlId))
            .addSources(fileSource);
    if (session != null) {
      vote.session(session);
    }
    if (date != null) {
      vote.date(date);
    }
    recordSource(rows, vote);
    meetingSource(rows, vote);
    boolean withoutVote = layout.has(MODALITY) && rows.get(MODALITY).toLowerCase(Locale.ROOT).replace('-', ' ').startsWith("without");
    if (withoutVote) {
      vote.method(VoteMethod.WITHOUT_VOTE);
      warnings.add(rows.firstLine, layout.nameOf(MODALITY), ImportWarningCode.NOT_MAPPED,
          "voting record " + rows.undlId + " was adopted without a vote: the " + rows.members.size()
              + " member rows' vote codes and the totals are not mapped as ballots and counts");
    } else {
      vote.method(VoteMethod.RECORDED);
      counts(rows, vote);
      ballots(rows, date, vote, around);
    }
    Vote built;
    try {
      built = vote.build();
    } catch (ValidationException invalid) {
      warnings.add(rows.firstLine, null, ImportWarningCode.INVALID_VALUE,
          "voting record " + rows.undlId + " is not mapped: " + invalid.getMessage());
      return;
    }
    write(built);
    around.add(built);
    about.add(built.id());
    sink.voteDone(around, about);
  }

  private PartialDate date(UndlVoteRows rows) {
    String text = rows.get(DATE);
    try {
      PartialDate date = PartialDate.parse(text);
      if (date.precision() == DatePrecision.DAY && date.instant().isEmpty()) {
        return date;
      }
    } catch (RuntimeException unreadable) {
      // reported below
    }
    warnings.add(rows.firstLine, layout.nameOf(DATE), ImportWarningCode.UNREADABLE_DATE,
        "'" + text + "' is not a date YYYY-MM-DD; the vote of voting record " + rows.undlId + " is kept without a date");
    return null;
  }

  private Reference<Session> session(UndlVoteRows rows, List<ChanceryRecord> around) throws IOException {
    String text = rows.get(SESSION);
    if (text.isEmpty()) {
      return null;
    }
    String id = GENERAL_ASSEMBLY + "-session-" + slug(text);
    Session known = sessions.get(id);
    if (known == null) {
      Session.Builder session = Session.builder().id(id).legislature(Reference.of(legislature)).identifier(text).addSources(fileSource);
      if (REGULAR_SESSION.matcher(text).matches()) {
        session.kind(SessionKind.SESSION).number(Integer.parseInt(text));
      } else if (EMERGENCY_SESSION.matcher(text).matches()) {
        session.kind(SessionKind.EMERGENCY_SPECIAL_SESSION);
      } else if (SPECIAL_SESSION.matcher(text).matches()) {
        session.kind(SessionKind.SPECIAL_SESSION);
        warnings.add(rows.firstLine, layout.nameOf(SESSION), ImportWarningCode.UNDOCUMENTED_VALUE,
            "the spelling of special sessions is not documented; '" + text + "' is read as a special session");
      } else {
        warnings.add(rows.firstLine, layout.nameOf(SESSION), ImportWarningCode.UNDOCUMENTED_VALUE,
            "'" + text + "' is neither a session number nor ES-n; the session is kept with this identifier and no kind");
      }
      try {
        known = session.build();
      } catch (ValidationException invalid) {
        warnings.add(rows.firstLine, layout.nameOf(SESSION), ImportWarningCode.INVALID_VALUE,
            "the session '" + text + "' is not mapped: " + invalid.getMessage());
        return null;
      }
      sessions.put(id, known);
      write(known);
    }
    around.add(known);
    return Reference.of(known);
  }

  private String motionId(UndlVoteRows rows) {
    String symbol = symbol(rows.get(RESOLUTION));
    return symbol.isEmpty() ? "motion-undl-" + slug(rows.undlId) : "motion-" + slug(symbol);
  }

  /** The resolution's motion, written the first time; null when it was written for an earlier vote or cannot be built. */
  private Motion motion(UndlVoteRows rows, Reference<Session> session, List<ChanceryRecord> around, Set<String> about)
      throws IOException {
    String id = motionId(rows);
    if (written.contains(id)) {
      return null;
    }
    String symbol = symbol(rows.get(RESOLUTION));
    if (symbol.isEmpty()) {
      warnings.add(rows.firstLine, layout.nameOf(RESOLUTION), ImportWarningCode.MISSING_VALUE,
          "voting record " + rows.undlId + " names no resolution; its motion is '" + id + "'");
    }
    Motion.Builder motion =
        Motion.builder().id(id).legislature(Reference.of(legislature)).kind(MotionKind.RESOLUTION).addSources(fileSource);
    if (session != null) {
      motion.session(session);
    }
    motion.title(MultilingualText.of("en", title(rows, symbol)));
    Set<Identifier> identifiers = new LinkedHashSet<>();
    if (!symbol.isEmpty()) {
      motion.identifier(symbol);
      if (IdentifierScheme.UN_DOCUMENT_SYMBOL.accepts(symbol)) {
        identifiers.add(Identifier.of(IdentifierScheme.UN_DOCUMENT_SYMBOL, symbol));
      }
    }
    for (String draft : parts(rows.get(DRAFT))) {
      String normalised = symbol(draft);
      identifiers.add(
          IdentifierScheme.UN_DOCUMENT_SYMBOL.accepts(normalised)
              ? Identifier.of(IdentifierScheme.UN_DOCUMENT_SYMBOL, normalised)
              : Identifier.of(DRAFT_SCHEME, normalised));
    }
    motion.addAllIdentifiers(identifiers);
    Set<MotionSubject> subjects = new LinkedHashSet<>();
    String agenda = layout.has(AGENDA_TITLE) ? rows.get(AGENDA_TITLE) : rows.get(AGENDA);
    if (!agenda.isEmpty()) {
      subjects.add(subject(AGENDA_PREFIX + agenda));
    }
    for (String subject : parts(rows.get(SUBJECTS))) {
      subjects.add(subject(subject));
    }
    motion.addAllSubjects(subjects);
    for (String report : parts(rows.get(COMMITTEE_REPORT))) {
      Reference<Source> document = document(rows, report, COMMITTEE_REPORT);
      if (document != null) {
        motion.addSources(document);
      }
    }
    Motion built;
    try {
      built = motion.build();
    } catch (ValidationException invalid) {
      warnings.add(rows.firstLine, null, ImportWarningCode.INVALID_VALUE,
          "the motion of voting record " + rows.undlId + " is not mapped: " + invalid.getMessage());
      return null;
    }
    write(built);
    around.add(built);
    about.add(built.id());
    return built;
  }

  private static MotionSubject subject(String description) {
    return MotionSubject.of(SubjectKind.OTHER).withDescription(MultilingualText.of("en", description));
  }

  private String title(UndlVoteRows rows, String symbol) {
    String title = layout.securityCouncil ? rows.get(DESCRIPTION) : rows.get(TITLE);
    String stripped = CATALOGUE_SUFFIX.matcher(title).replaceFirst("").strip();
    if (!stripped.isEmpty()) {
      return stripped;
    }
    if (!title.isEmpty()) {
      return title;
    }
    String column = layout.nameOf(layout.securityCouncil ? DESCRIPTION : TITLE);
    String fallback = symbol.isEmpty() ? "UN Digital Library voting record " + rows.undlId : symbol;
    warnings.add(rows.firstLine, column, ImportWarningCode.MISSING_VALUE,
        "voting record " + rows.undlId + " has no title; the motion is titled '" + fallback + "'");
    return fallback;
  }

  /** A UN document the vote or motion cites (a meeting record, a committee report), written once; null when unmappable. */
  private Reference<Source> document(UndlVoteRows rows, String text, String column) throws IOException {
    String symbol = symbol(text);
    String id = "source-" + slug(symbol);
    if (written.contains(id)) {
      return Reference.to(id);
    }
    try {
      Source.Builder source =
          Source.builder().id(id).kind(SourceKind.OFFICIAL_RECORD).title(MultilingualText.of("en", symbol)).publisher("United Nations");
      if (IdentifierScheme.UN_DOCUMENT_SYMBOL.accepts(symbol)) {
        source.addIdentifiers(Identifier.of(IdentifierScheme.UN_DOCUMENT_SYMBOL, symbol));
      }
      Source built = source.build();
      write(built);
      return Reference.of(built);
    } catch (ValidationException invalid) {
      warnings.add(rows.firstLine, layout.nameOf(column), ImportWarningCode.INVALID_VALUE,
          "'" + text + "' is not mapped: " + invalid.getMessage());
      return null;
    }
  }

  private void meetingSource(UndlVoteRows rows, Vote.Builder vote) throws IOException {
    for (String meeting : parts(rows.get(MEETING))) {
      Reference<Source> document = document(rows, meeting, MEETING);
      if (document != null) {
        vote.addSources(document);
      }
    }
  }

  /** The library's record of the vote ({@code undl_link}), with the vote's note as its words. */
  private void recordSource(UndlVoteRows rows, Vote.Builder vote) throws IOException {
    Source.Builder source =
        Source.builder()
            .id("source-undl-" + slug(rows.undlId))
            .kind(SourceKind.DATASET)
            .title(MultilingualText.of("en", "UN Digital Library voting record " + rows.undlId))
            .publisher(PUBLISHER)
            .addSources(fileSource); // the record's number is the vote's identifier, not given twice
    String link = rows.get(UNDL_LINK);
    if (!link.isEmpty()) {
      try {
        URI url = URI.create(link);
        source.url(url);
        source.build(); // refused here, the source is kept without it
      } catch (RuntimeException invalid) {
        source.url(java.util.Optional.empty());
        warnings.add(rows.firstLine, layout.nameOf(UNDL_LINK), ImportWarningCode.INVALID_VALUE,
            "'" + link + "' is not an absolute http or https address; the record's source is kept without it");
      }
    }
    String note = rows.get(VOTE_NOTE);
    if (!note.isEmpty()) {
      source.addQuotes(note);
    }
    try {
      Source built = source.build();
      write(built);
      vote.addSources(Reference.of(built));
    } catch (ValidationException invalid) {
      warnings.add(rows.firstLine, layout.nameOf(VOTE_NOTE), ImportWarningCode.INVALID_VALUE,
          "the note of voting record " + rows.undlId + " is not mapped: " + invalid.getMessage());
    }
  }

  private void counts(UndlVoteRows rows, Vote.Builder vote) {
    Integer yes = total(rows, TOTAL_YES);
    Integer no = total(rows, TOTAL_NO);
    Integer abstain = total(rows, TOTAL_ABSTENTIONS);
    Integer notVoting = total(rows, TOTAL_NON_VOTING);
    Integer members = total(rows, TOTAL_MS);
    if (yes != null) {
      vote.addCounts(Count.of(VoteOption.YES, yes));
    }
    if (no != null) {
      vote.addCounts(Count.of(VoteOption.NO, no));
    }
    if (abstain != null) {
      vote.addCounts(Count.of(VoteOption.ABSTAIN, abstain));
    }
    if (notVoting != null) {
      vote.addCounts(Count.of(VoteOption.NOT_VOTING, notVoting));
    }
    if (yes != null && no != null && abstain != null && notVoting != null && members != null
        && yes + no + abstain + notVoting != members) {
      warnings.add(rows.firstLine, layout.nameOf(TOTAL_MS), ImportWarningCode.TOTALS_DISAGREE,
          "voting record " + rows.undlId + " declares " + yes + " yes, " + no + " no, " + abstain + " abstentions and "
              + notVoting + " non-voting, " + (yes + no + abstain + notVoting) + " in all, but " + members + " member states");
    }
  }

  /** A declared total: a whole number, written {@code 120} or {@code 120.0}; null when blank or unreadable. */
  private Integer total(UndlVoteRows rows, String column) {
    String text = rows.get(column);
    if (text.isEmpty()) {
      return null;
    }
    try {
      int value = new BigDecimal(text).intValueExact();
      if (value >= 0) {
        return value;
      }
    } catch (ArithmeticException | NumberFormatException unreadable) {
      // reported below
    }
    warnings.add(rows.firstLine, layout.nameOf(column), ImportWarningCode.UNREADABLE_NUMBER,
        "'" + text + "' is not a whole number of votes; the count is not mapped");
    return null;
  }

  private void ballots(UndlVoteRows rows, PartialDate date, Vote.Builder vote, List<ChanceryRecord> around) throws IOException {
    Set<String> voters = new HashSet<>();
    Set<String> inAround = new HashSet<>();
    for (UndlVoteRows.MemberRow member : rows.members) {
      VoteOption option = option(member.vote);
      if (option == null) {
        warnings.add(member.line, layout.nameOf(MS_VOTE), ImportWarningCode.UNKNOWN_CODE,
            "'" + member.vote + "' is not a vote code (Y, N, A, or X, NV or blank for non-voting); the ballot of '"
                + member.code + "' is not mapped");
        continue;
      }
      Ballot ballot;
      if (member.code.isEmpty()) {
        if (member.name.isEmpty()) {
          warnings.add(member.line, layout.nameOf(MS_CODE), ImportWarningCode.MISSING_VALUE,
              "the row names no member state, by code or name; its ballot is not mapped");
          continue;
        }
        warnings.add(member.line, layout.nameOf(MS_CODE), ImportWarningCode.MISSING_VALUE,
            "the row has no member state code; the ballot is kept by the name '" + member.name + "'");
        ballot = Ballot.byName(member.name, option);
      } else {
        State state = state(member, date);
        if (!voters.add(state.id())) {
          warnings.add(member.line, layout.nameOf(MS_CODE), ImportWarningCode.DUPLICATE_ROW,
              "'" + member.code + "' already has a ballot in voting record " + rows.undlId + "; this row is not mapped");
          continue;
        }
        if (inAround.add(state.id())) {
          around.add(state);
        }
        ballot = Ballot.of(Reference.of(state), option);
        if (!member.name.isEmpty()) {
          ballot = ballot.withVoterName(member.name);
        }
      }
      ballot = permanent(member, ballot);
      vote.addBallots(ballot);
    }
  }

  private Ballot permanent(UndlVoteRows.MemberRow member, Ballot ballot) {
    if (!layout.has(PERMANENT_MEMBER) || member.permanent.isEmpty() || member.permanent.equalsIgnoreCase("false")) {
      return ballot;
    }
    if (member.permanent.equalsIgnoreCase("true")) {
      return ballot.withRole("permanent member");
    }
    warnings.add(member.line, layout.nameOf(PERMANENT_MEMBER), ImportWarningCode.UNKNOWN_CODE,
        "'" + member.permanent + "' is neither True nor False; the ballot is kept without the role");
    return ballot;
  }

  /** The documented vote codes; null for any other. */
  static VoteOption option(String code) {
    switch (code) {
      case "Y":
        return VoteOption.YES;
      case "N":
        return VoteOption.NO;
      case "A":
        return VoteOption.ABSTAIN;
      case "X": // since version 2
      case "NV": // the version 1 description
      case "": // single-record exports and hand-made extracts
        return VoteOption.NOT_VOTING;
      default:
        return null;
    }
  }

  /** The state a member row's code designated on the vote's date, written the first time it is met. */
  private State state(UndlVoteRows.MemberRow member, PartialDate date) throws IOException {
    String code = member.code.toUpperCase(Locale.ROOT);
    String key = code + '@' + (date == null ? "" : date.toString());
    CountryCode countryCode = resolved.get(key);
    if (countryCode == null && !resolved.containsKey(key)) {
      try {
        if (!ALPHA_3.matcher(code).matches()) {
          throw new IllegalArgumentException("'" + member.code + "' is not three letters");
        }
        countryCode = date == null ? CountryCode.ofAlpha3(code) : CountryCode.ofAlpha3(code, date);
      } catch (RuntimeException unresolved) {
        countryCode = current(code);
        if (codesWarned.add(code)) {
          warnings.add(member.line, layout.nameOf(MS_CODE), ImportWarningCode.UNRESOLVED_COUNTRY_CODE,
              unresolved.getMessage() + (date == null ? "" : " (on " + date + ")")
                  + (countryCode != null
                      ? "; the publisher codes states by their current codes, so it is read as " + countryCode
                      : "; its ballots are kept, by a state without a country code with the publisher's code as an identifier")
                  + "; later rows with this code are not warned about");
        }
      }
      if (resolved.size() > 50_000) {
        resolved.clear(); // a cache of the codes on recent dates
      }
      resolved.put(key, countryCode);
    }
    String id = countryCode == null ? "state-undl-" + slug(code) : "state-" + countryCode.code().toLowerCase(Locale.ROOT);
    State state = states.get(id);
    if (state == null) {
      State.Builder builder =
          State.builder()
              .id(id)
              .name(MultilingualText.of("en", member.name.isEmpty() ? code : member.name))
              .addIdentifiers(Identifier.of(STATE_CODE_SCHEME, code))
              .addSources(fileSource);
      if (countryCode != null) {
        builder.countryCode(countryCode);
      }
      state = builder.build();
      states.put(id, state);
      write(state);
    }
    return state;
  }

  /** The code an alpha-3 code designates today, or null when ISO 3166 never assigned it. */
  private static CountryCode current(String code) {
    try {
      return ALPHA_3.matcher(code).matches() ? CountryCode.ofAlpha3(code) : null;
    } catch (RuntimeException never) {
      return null;
    }
  }

  private void write(ChanceryRecord record) throws IOException {
    if (written.add(record.id())) {
      sink.add(record);
    }
  }

  /** A symbol with its spaces made single, and the Council's year parted by one: {@code S/RES/2334 (2016)}. */
  static String symbol(String text) {
    String single = text.strip().replaceAll("\\s+", " ");
    return single.replaceAll("(\\S)\\((\\d{4})\\)$", "$1 ($2)");
  }

  /** The values of a multi-valued cell, split on {@code |}, trimmed, the empty ones left out. */
  static List<String> parts(String cell) {
    List<String> parts = new ArrayList<>();
    for (String part : cell.split("\\|")) {
      String trimmed = part.strip();
      if (!trimmed.isEmpty()) {
        parts.add(trimmed);
      }
    }
    return parts;
  }

  /** Lower-case letters and digits, every other run made one hyphen: {@code A/RES/ES-11/1} gives {@code a-res-es-11-1}. */
  static String slug(String text) {
    StringBuilder slug = new StringBuilder(text.length());
    boolean hyphen = false;
    for (int i = 0; i < text.length(); i++) {
      char c = Character.toLowerCase(text.charAt(i));
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        slug.append(c);
        hyphen = false;
      } else if (!hyphen && slug.length() > 0) {
        slug.append('-');
        hyphen = true;
      }
    }
    int end = slug.length();
    while (end > 0 && slug.charAt(end - 1) == '-') {
      end--;
    }
    return end == 0 ? "x" : slug.substring(0, end);
  }
}
