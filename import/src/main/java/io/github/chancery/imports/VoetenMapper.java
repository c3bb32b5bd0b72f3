package io.github.chancery.imports;

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
import io.github.chancery.core.text.MultilingualText;
import io.github.chancery.core.time.DatePrecision;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.validation.ValidationException;
import io.github.chancery.core.vote.Ballot;
import io.github.chancery.core.vote.Count;
import io.github.chancery.core.vote.Vote;
import io.github.chancery.core.vote.VoteMethod;
import io.github.chancery.core.vote.VoteOption;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Maps Voeten's roll calls onto records, one roll call at a time, for both of its forms (the raw
 * Dataverse file and {@code unvotes}): the General Assembly and the file's source first, then for
 * each roll call the session and states it brings for the first time, its motion and its vote.
 * docs/import.md gives the mapping. Not thread-safe: one per import.
 */
final class VoetenMapper {
  static final String RCID_SCHEME = "voeten-rcid";
  static final String RESID_SCHEME = "voeten-resid";
  static final String UNRES_SCHEME = "voeten-unres";
  static final String IMPORTANT = "important vote (U.S. State Department, Voting Practices in the United Nations)";
  static final String AMENDMENT = "vote on an amendment (amend = 1)";
  static final String PARAGRAPH = "vote on a paragraph (para = 1)";
  static final String ISSUE_PREFIX = "issue: ";

  private final ImportSink sink;
  private final Warnings warnings;
  private final Legislature legislature;
  private final Source file;
  private final Reference<Source> fileSource;
  private final Map<String, State> states = new HashMap<>();
  private final Set<String> written = new HashSet<>();
  private final Set<String> codesWarned = new HashSet<>();

  private VoetenRollCall rollCall;
  private Warnings rollCallWarnings;
  private PartialDate date;
  private final List<Ballot> ballots = new ArrayList<>();
  private final Set<String> voters = new HashSet<>();
  private final List<ChanceryRecord> around = new ArrayList<>();

  VoetenMapper(Source file, ImportSink sink) {
    this.sink = sink;
    this.warnings = sink.warnings;
    this.file = file;
    this.fileSource = Reference.of(file);
    this.legislature =
        Legislature.builder()
            .id(UndlMapper.GENERAL_ASSEMBLY)
            .name(MultilingualText.of("en", "United Nations General Assembly"))
            .kind(LegislatureKind.INTERNATIONAL_ASSEMBLY)
            .addSources(fileSource)
            .build();
  }

  /** Writes the records every vote refers to. */
  void start() throws IOException {
    write(file);
    write(legislature);
  }

  /** Starts a roll call; its values' warnings go to {@code rollCallWarnings}, at its line there. */
  void begin(VoetenRollCall call, Warnings rollCallWarnings) {
    this.rollCall = call;
    this.rollCallWarnings = rollCallWarnings;
    this.date = date(call);
    ballots.clear();
    voters.clear();
    around.clear();
    around.add(legislature);
  }

  /** The date of the roll call begun, or null when it has none that can be read. */
  PartialDate date() {
    return date;
  }

  /** Adds a ballot of the roll call begun; a second ballot of the same state is warned about and left out. */
  void ballot(long line, String column, State state, VoteOption option, String voterName) {
    if (!voters.add(state.id())) {
      warnings.add(line, column, ImportWarningCode.DUPLICATE_ROW,
          "'" + state.id() + "' already has a ballot in roll call " + rollCall.rcid + "; this row is not mapped");
      return;
    }
    around.add(state);
    Ballot ballot = Ballot.of(Reference.of(state), option);
    if (!voterName.isEmpty()) {
      try {
        ballot = ballot.withVoterName(voterName);
      } catch (ValidationException invalid) {
        warnings.add(line, null, ImportWarningCode.INVALID_VALUE,
            "the country name '" + voterName + "' is not kept on the ballot: " + invalid.getMessage());
      }
    }
    ballots.add(ballot);
  }

  /** Maps the roll call begun: its session and motion, the first time, and its vote. */
  void end() throws IOException {
    VoetenRollCall call = rollCall;
    Set<String> about = new HashSet<>();
    Reference<Session> session = session(call);
    String motionId = "motion-voeten-" + UndlMapper.slug(call.rcid);
    if (!written.contains(motionId)) {
      Motion motion = motion(call, motionId, session);
      if (motion != null) {
        write(motion);
        around.add(motion);
        about.add(motion.id());
      }
    }
    Vote.Builder vote =
        Vote.builder()
            .id("vote-voeten-" + UndlMapper.slug(call.rcid))
            .motion(Reference.to(motionId))
            .legislature(Reference.of(legislature))
            .identifier(call.rcid)
            .method(VoteMethod.RECORDED)
            .addIdentifiers(Identifier.of(RCID_SCHEME, call.rcid))
            .addSources(fileSource)
            .addAllBallots(ballots);
    if (!call.resid.isEmpty()) {
      vote.addIdentifiers(Identifier.of(RESID_SCHEME, call.resid));
    }
    if (session != null) {
      vote.session(session);
    }
    if (date != null) {
      vote.date(date);
    }
    count(call, "yes", call.yes, VoteOption.YES, vote);
    count(call, "no", call.no, VoteOption.NO, vote);
    count(call, "abstain", call.abstain, VoteOption.ABSTAIN, vote);
    Vote built;
    try {
      built = vote.build();
    } catch (ValidationException invalid) {
      rollCallWarnings.add(call.line, null, ImportWarningCode.INVALID_VALUE,
          "roll call " + call.rcid + " is not mapped: " + invalid.getMessage());
      return;
    }
    write(built);
    around.add(built);
    about.add(built.id());
    sink.voteDone(around, about);
  }

  private PartialDate date(VoetenRollCall call) {
    if (!call.listed) {
      return null; // warned about as a roll call missing from its table
    }
    try {
      PartialDate parsed = PartialDate.parse(call.date);
      if (parsed.precision() == DatePrecision.DAY && parsed.instant().isEmpty()) {
        return parsed;
      }
    } catch (RuntimeException unreadable) {
      // reported below
    }
    rollCallWarnings.add(call.line, "date", ImportWarningCode.UNREADABLE_DATE,
        "'" + call.date + "' is not a date YYYY-MM-DD; roll call " + call.rcid + " is kept without a date, and its "
            + "country codes are read as of today");
    return null;
  }

  /** The regular session; none for an emergency special session's roll call (rcid above 9000) or an unreadable number. */
  private Reference<Session> session(VoetenRollCall call) throws IOException {
    if (call.session.isEmpty() || emergency(call)) {
      return null;
    }
    Integer number = whole(call, "session", call.session);
    if (number == null || number == 0) {
      return null;
    }
    String id = UndlMapper.GENERAL_ASSEMBLY + "-session-" + number;
    if (!written.contains(id)) {
      write(Session.builder().id(id).legislature(Reference.of(legislature)).kind(SessionKind.SESSION).number(number)
          .identifier(Integer.toString(number)).addSources(fileSource).build());
    }
    return Reference.to(id);
  }

  /** Whether the codebook's rule makes the roll call one of an emergency special session: an rcid above 9000. */
  private static boolean emergency(VoetenRollCall call) {
    try {
      return Long.parseLong(call.rcid) > 9000;
    } catch (NumberFormatException notANumber) {
      return false;
    }
  }

  private Motion motion(VoetenRollCall call, String id, Reference<Session> session) {
    boolean amendment = flag(call, "amend", call.amend);
    boolean paragraph = flag(call, "para", call.para);
    boolean important = flag(call, "importantvote", call.important);
    Motion.Builder motion =
        Motion.builder()
            .id(id)
            .legislature(Reference.of(legislature))
            .kind(amendment ? MotionKind.AMENDMENT : paragraph ? MotionKind.MOTION : MotionKind.RESOLUTION)
            .addSources(fileSource);
    if (session != null) {
      motion.session(session);
    }
    String symbol = UndlMapper.symbol(call.unres);
    if (!symbol.isEmpty()) {
      motion.identifier(symbol);
      motion.addIdentifiers(
          // early codes such as R/1/66 are Voeten's, not the Assembly's symbols, which start A/
          symbol.startsWith("A/") && IdentifierScheme.UN_DOCUMENT_SYMBOL.accepts(symbol)
              ? Identifier.of(IdentifierScheme.UN_DOCUMENT_SYMBOL, symbol)
              : Identifier.of(UNRES_SCHEME, symbol));
    }
    String title = !call.shortText.isEmpty() ? call.shortText : !symbol.isEmpty() ? symbol : "Roll call " + call.rcid;
    if (important) {
      motion.addSubjects(subject(SubjectKind.OTHER, IMPORTANT));
    }
    if (amendment) {
      motion.addSubjects(subject(SubjectKind.OTHER, AMENDMENT));
    }
    if (paragraph) {
      motion.addSubjects(subject(SubjectKind.OTHER, PARAGRAPH));
    }
    for (String[] issue : call.issues) {
      motion.addSubjects(
          subject("hr".equals(issue[0]) ? SubjectKind.HUMAN_RIGHTS : SubjectKind.OTHER,
              ISSUE_PREFIX + issue[1] + " (" + issue[0] + ")"));
    }
    try {
      motion.title(MultilingualText.of("en", title));
      if (!call.descr.isEmpty()) {
        motion.text(MultilingualText.of("en", call.descr));
      }
      return motion.build();
    } catch (ValidationException invalid) {
      rollCallWarnings.add(call.line, "descr", ImportWarningCode.INVALID_VALUE,
          "the description of roll call " + call.rcid + " is not kept: " + invalid.getMessage());
    }
    try {
      motion.text(java.util.Optional.empty());
      motion.title(MultilingualText.of("en", !symbol.isEmpty() ? symbol : "Roll call " + call.rcid));
      return motion.build();
    } catch (ValidationException invalid) {
      rollCallWarnings.add(call.line, null, ImportWarningCode.INVALID_VALUE,
          "the motion of roll call " + call.rcid + " is not mapped: " + invalid.getMessage());
      return null;
    }
  }

  private static MotionSubject subject(SubjectKind kind, String description) {
    return MotionSubject.of(kind).withDescription(MultilingualText.of("en", description));
  }

  /** A 0/1 flag, blank as 0 (amend and para are coded only until 1985); any other value warned about and read as 0. */
  private boolean flag(VoetenRollCall call, String column, String text) {
    if (text.isEmpty() || text.equals("0") || text.equals("0.0")) {
      return false;
    }
    if (text.equals("1") || text.equals("1.0")) {
      return true;
    }
    rollCallWarnings.add(call.line, column, ImportWarningCode.UNKNOWN_CODE,
        "'" + text + "' is neither 0 nor 1; roll call " + call.rcid + " is read as without the flag");
    return false;
  }

  private void count(VoetenRollCall call, String column, String text, VoteOption option, Vote.Builder vote) {
    if (text.isEmpty()) {
      return;
    }
    Integer value = whole(call, column, text);
    if (value != null) {
      vote.addCounts(Count.of(option, value));
    }
  }

  /** A whole, non-negative number, written {@code 29} or {@code 29.0}; null, warned about, otherwise. */
  private Integer whole(VoetenRollCall call, String column, String text) {
    try {
      int value = new BigDecimal(text).intValueExact();
      if (value >= 0) {
        return value;
      }
    } catch (ArithmeticException | NumberFormatException unreadable) {
      // reported below
    }
    rollCallWarnings.add(call.line, column, ImportWarningCode.UNREADABLE_NUMBER,
        "'" + text + "' is not a whole number; roll call " + call.rcid + "'s " + column + " is not mapped");
    return null;
  }

  /**
   * The state a Correlates of War number stood for on the roll call's date, by the table {@link
   * CowStates}; a number the table does not list is warned about once and kept as a state without
   * a country code, with the number as its identifier.
   */
  State stateOfCow(long line, String column, int cow, String name) throws IOException {
    CountryCode code = CowStates.on(cow, date);
    if (code == null) {
      if (codesWarned.add("cow " + cow)) {
        warnings.add(line, column, ImportWarningCode.UNRESOLVED_COUNTRY_CODE,
            "the Correlates of War number " + cow + " is not in the importer's table of UN members (cow-states.csv); "
                + "its ballots are kept, by a state without a country code with the number as an identifier; "
                + "later rows with this number are not warned about");
      }
      return state("state-cow-" + cow, null, name.isEmpty() ? "COW " + cow : name, Identifier.of(IdentifierScheme.CORRELATES_OF_WAR, Integer.toString(cow)));
    }
    // the table's name, the same for every roll call: Voeten's name of 345 may not follow its periods
    return state(stateId(code), code, CowStates.name(cow, date),
        Identifier.of(IdentifierScheme.CORRELATES_OF_WAR, Integer.toString(cow)));
  }

  /**
   * The state an {@code unvotes} country code designated on the roll call's date: the package's
   * overrides ({@code CS} Czechoslovakia, {@code DD} the German Democratic Republic, {@code YD}
   * Yemen's People's Republic, {@code YU} Yugoslavia's COW number 345, read by date) and otherwise
   * ISO 3166-1 alpha-2. A code that is blank or not ISO's is warned about once and the state kept
   * by its name; null when there is no name either.
   */
  State stateOfAlpha2(long line, String column, String text, String name) throws IOException {
    String upper = text.toUpperCase(Locale.ROOT);
    CountryCode code = null;
    String problem;
    switch (upper) {
      case "YU":
        code = CowStates.on(345, date);
        problem = null;
        break;
      case "CS":
        code = CountryCode.of("CSHH");
        problem = null;
        break;
      case "DD":
        code = CountryCode.of("DDDE");
        problem = null;
        break;
      case "YD":
        code = CountryCode.of("YDYE");
        problem = null;
        break;
      case "":
        problem = "the row has no country code";
        break;
      case "NA":
        // R writes a missing value NA, which is also Namibia's code: the name tells them apart
        if (name.toLowerCase(Locale.ROOT).contains("namibia")) {
          code = CountryCode.of("NA");
          problem = null;
        } else {
          problem = "the country code is NA, R's missing value (Namibia's code, but the country is not Namibia)";
        }
        break;
      default:
        try {
          code = CountryCode.of(upper);
          problem = null;
        } catch (ValidationException unresolved) {
          problem = unresolved.getMessage();
        }
    }
    if (code != null) {
      return state(stateId(code), code, name.isEmpty() ? upper : name, null);
    }
    if (name.isEmpty()) {
      warnings.add(line, column, ImportWarningCode.MISSING_VALUE,
          "the row names no state, by code or name; its ballot is not mapped");
      return null;
    }
    if (codesWarned.add(upper + "@" + name)) {
      warnings.add(line, column, ImportWarningCode.UNRESOLVED_COUNTRY_CODE,
          problem + "; the ballots of '" + name + "' are kept, by a state without a country code; later rows of it are not warned about");
    }
    return state("state-unvotes-" + UndlMapper.slug(name), null, name, null);
  }

  private static String stateId(CountryCode code) {
    return "state-" + code.code().toLowerCase(Locale.ROOT);
  }

  private State state(String id, CountryCode code, String name, Identifier identifier) throws IOException {
    State state = states.get(id);
    if (state == null) {
      State.Builder builder = State.builder().id(id).name(MultilingualText.of("en", name)).addSources(fileSource);
      if (code != null) {
        builder.countryCode(code);
      }
      if (identifier != null) {
        builder.addIdentifiers(identifier);
      }
      state = builder.build();
      states.put(id, state);
      write(state);
    }
    return state;
  }

  private void write(ChanceryRecord record) throws IOException {
    if (written.add(record.id())) {
      sink.add(record);
    }
  }
}
