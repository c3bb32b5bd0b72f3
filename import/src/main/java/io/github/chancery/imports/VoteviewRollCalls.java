package io.github.chancery.imports;

import static io.github.chancery.imports.VoteviewLayout.*;

import io.github.chancery.core.legislature.Motion;
import io.github.chancery.core.legislature.MotionKind;
import io.github.chancery.core.legislature.Session;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.record.Identifier;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.source.Source;
import io.github.chancery.core.text.MultilingualText;
import io.github.chancery.core.time.DatePrecision;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.validation.ValidationException;
import io.github.chancery.core.vote.Count;
import io.github.chancery.core.vote.Vote;
import io.github.chancery.core.vote.VoteMethod;
import io.github.chancery.core.vote.VoteOption;
import io.github.chancery.core.vote.VoteResult;
import io.github.chancery.core.vote.VotingRule;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The roll-call files of a Voteview import, held by roll call ({@code congress}, {@code chamber},
 * {@code rollnumber}) until the votes file gives their ballots: each becomes a {@code Motion} and
 * a {@code Vote} with the declared yea and nay counts, the declared result, and the rule that
 * {@code majority_requirement} or the question names. Not thread-safe.
 */
final class VoteviewRollCalls {
  static final String ROLLNUMBER_SCHEME = "voteview-rollnumber";
  static final String CLERK_SCHEME = "us-clerk-rollnumber";

  /** The House's motions to suspend the rules, decided by two thirds of those voting (Rule XV). */
  private static final Pattern SUSPENSION = Pattern.compile("suspend (the )?rules", Pattern.CASE_INSENSITIVE);

  /** A veto override, decided by two thirds of each House (Constitution, article I, section 7). */
  private static final Pattern OVERRIDE =
      Pattern.compile("objections of the president|overrid(e|ing) the (president's )?veto|veto override", Pattern.CASE_INSENSITIVE);

  /** One roll call, as read. */
  static final class RollCall {
    final String file;
    final Reference<Source> source;
    final long line;
    final VoteviewChambers.Chamber chamber;
    final int congress;
    final int rollnumber;
    final String date;
    final String session;
    final String clerk;
    final String majority;
    final String yea;
    final String nay;
    final String bill;
    final String result;
    final String desc;
    final String question;
    final String detail;
    final boolean stub;
    boolean done;

    /** A roll call the votes file names and no roll-calls file gives: its number alone. */
    RollCall(String file, Reference<Source> source, long line, VoteviewChambers.Chamber chamber, int congress, int rollnumber) {
      this.file = file;
      this.source = source;
      this.line = line;
      this.chamber = chamber;
      this.congress = congress;
      this.rollnumber = rollnumber;
      this.date = "";
      this.session = "";
      this.clerk = "";
      this.majority = "";
      this.yea = "";
      this.nay = "";
      this.bill = "";
      this.result = "";
      this.desc = "";
      this.question = "";
      this.detail = "";
      this.stub = true;
    }

    RollCall(String file, Reference<Source> source, long line, VoteviewChambers.Chamber chamber, int congress, int rollnumber,
        VoteviewLayout layout, List<String> row) {
      this.file = file;
      this.source = source;
      this.line = line;
      this.chamber = chamber;
      this.congress = congress;
      this.rollnumber = rollnumber;
      this.date = layout.get(row, DATE);
      this.session = layout.get(row, SESSION);
      this.clerk = layout.get(row, CLERK_ROLLNUMBER);
      this.majority = layout.get(row, MAJORITY_REQUIREMENT);
      this.yea = layout.get(row, YEA_COUNT);
      this.nay = layout.get(row, NAY_COUNT);
      this.bill = layout.get(row, BILL_NUMBER);
      this.result = layout.get(row, VOTE_RESULT);
      this.desc = layout.get(row, VOTE_DESC);
      this.question = layout.get(row, VOTE_QUESTION);
      this.detail = layout.get(row, DTL_DESC);
      this.stub = false;
    }

    String key() {
      return VoteviewChambers.rollCallKey(chamber, congress, rollnumber);
    }
  }

  private final Warnings warnings;
  private final VoteviewSink out;
  private final Map<String, RollCall> rollCalls = new LinkedHashMap<>();

  VoteviewRollCalls(Warnings warnings, VoteviewSink out) {
    this.warnings = warnings;
    this.out = out;
  }

  /** Reads one row of a roll-calls file. */
  void row(String file, Reference<Source> source, long line, VoteviewLayout layout, List<String> row) {
    VoteviewChambers.Chamber chamber = VoteviewChambers.chamber(warnings, file, line, layout.get(row, CHAMBER));
    if (chamber == null) {
      return;
    }
    Integer congress = VoteviewChambers.number(warnings, file, line, CONGRESS, layout.get(row, CONGRESS), 1);
    Integer rollnumber = VoteviewChambers.number(warnings, file, line, ROLLNUMBER, layout.get(row, ROLLNUMBER), 1);
    if (congress == null || rollnumber == null) {
      return;
    }
    RollCall rollCall = new RollCall(file, source, line, chamber, congress, rollnumber, layout, row);
    RollCall earlier = rollCalls.putIfAbsent(rollCall.key(), rollCall);
    if (earlier != null) {
      warnings.add(file, line, ROLLNUMBER, ImportWarningCode.DUPLICATE_ROW,
          "roll call " + rollnumber + " of the " + chamber.name + " in congress " + congress + " is already on line "
              + earlier.line + "; this row is not mapped");
    }
  }

  /** The roll call of a key, or null when no roll-calls file gives it. */
  RollCall get(String key) {
    return rollCalls.get(key);
  }

  /** The roll calls no votes row named, in the order of their files. */
  List<RollCall> notDone() {
    List<RollCall> left = new ArrayList<>();
    for (RollCall rollCall : rollCalls.values()) {
      if (!rollCall.done) {
        left.add(rollCall);
      }
    }
    return left;
  }

  /**
   * Writes a roll call's motion and starts its vote: the records the vote refers to are added to
   * {@code around}, and the ids the report is about to {@code about}.
   */
  Vote.Builder start(RollCall rc, List<ChanceryRecord> around, Set<String> about) throws IOException {
    rc.done = true;
    around.add(out.legislature(rc.chamber, rc.source));
    Session congress = out.congress(rc.chamber, rc.congress, rc.source);
    around.add(congress);
    Session session = congress;
    if (!rc.session.isEmpty()) {
      Integer number = VoteviewChambers.parse(rc.session);
      if (number != null && number >= 1) {
        session = out.session(rc.chamber, rc.congress, number, rc.source);
        around.add(session);
      } else {
        warnings.add(rc.file, rc.line, SESSION, ImportWarningCode.UNREADABLE_NUMBER,
            "'" + rc.session + "' is not a session number; the vote is of the congress");
      }
    }
    String slug = "voteview-" + rc.key();
    String where = rc.chamber.name + " roll call " + rc.rollnumber + " in congress " + rc.congress;
    Motion.Builder motion =
        Motion.builder()
            .id("motion-" + slug)
            .legislature(Reference.to(rc.chamber.legislatureId))
            .session(Reference.of(session))
            .title(MultilingualText.of("en", title(rc, where)))
            .addSources(rc.source);
    if (!rc.detail.isEmpty()) {
      motion.text(MultilingualText.of("en", rc.detail));
    }
    if (!rc.bill.isEmpty()) {
      motion.identifier(rc.bill);
    }
    MotionKind kind = kind(rc);
    if (kind != null) {
      motion.kind(kind);
    }
    try {
      Motion built = motion.build();
      out.writeOnce(built);
      around.add(built);
      about.add(built.id());
    } catch (ValidationException invalid) {
      warnings.add(rc.file, rc.line, VOTE_DESC, ImportWarningCode.INVALID_VALUE,
          "the motion of " + where + " is not mapped: " + invalid.getMessage());
    }
    Vote.Builder vote =
        Vote.builder()
            .id("vote-" + slug)
            .motion(Reference.to("motion-" + slug))
            .legislature(Reference.to(rc.chamber.legislatureId))
            .session(Reference.of(session))
            .identifier(Integer.toString(rc.rollnumber))
            .method(VoteMethod.RECORDED)
            .addIdentifiers(Identifier.of(ROLLNUMBER_SCHEME, rc.chamber.letter.toUpperCase(Locale.ROOT) + rc.congress + "-" + rc.rollnumber))
            .addSources(rc.source);
    if (!rc.clerk.isEmpty()) {
      Integer clerk = VoteviewChambers.parse(rc.clerk);
      if (clerk != null && clerk >= 1) {
        vote.addIdentifiers(Identifier.of(CLERK_SCHEME, rc.chamber.letter.toUpperCase(Locale.ROOT) + rc.congress
            + (rc.session.isEmpty() ? "" : "-" + rc.session) + "-" + clerk));
      } else {
        warnings.add(rc.file, rc.line, CLERK_ROLLNUMBER, ImportWarningCode.UNREADABLE_NUMBER,
            "'" + rc.clerk + "' is not a roll-call number; the vote is kept without the clerk's number");
      }
    }
    PartialDate date = date(rc);
    if (date != null) {
      vote.date(date);
    }
    Integer yea = count(rc, YEA_COUNT, rc.yea);
    if (yea != null) {
      vote.addCounts(Count.of(VoteOption.YES, yea));
    }
    Integer nay = count(rc, NAY_COUNT, rc.nay);
    if (nay != null) {
      vote.addCounts(Count.of(VoteOption.NO, nay));
    }
    VoteResult result = result(rc);
    if (result != null) {
      vote.result(result);
    }
    VotingRule rule = rule(rc);
    if (rule != null) {
      vote.rule(rule);
    }
    return vote;
  }

  private static String title(RollCall rc, String where) {
    String desc = !rc.desc.isEmpty() ? rc.desc : rc.bill;
    if (!rc.question.isEmpty() && !desc.isEmpty()) {
      return rc.question + ": " + desc;
    }
    if (!rc.question.isEmpty()) {
      return rc.question;
    }
    if (!desc.isEmpty()) {
      return desc;
    }
    return !rc.detail.isEmpty() ? rc.detail : where.substring(0, 1).toUpperCase(Locale.ROOT) + where.substring(1);
  }

  /** The kind the question or the bill's number tells; null when neither does. */
  private static MotionKind kind(RollCall rc) {
    String question = rc.question.toLowerCase(Locale.ROOT);
    if (question.contains("amendment")) {
      return MotionKind.AMENDMENT;
    }
    String bill = rc.bill.toUpperCase(Locale.ROOT);
    if (bill.matches("(HR|S)[0-9]+")) {
      return MotionKind.BILL;
    }
    if (bill.matches("(HRES|SRES|HJRES|SJRES|HCONRES|SCONRES)[0-9]+")) {
      return MotionKind.RESOLUTION;
    }
    return null;
  }

  private PartialDate date(RollCall rc) {
    if (rc.stub) {
      return null; // warned as missing
    }
    try {
      PartialDate date = PartialDate.parse(rc.date);
      if (date.precision() == DatePrecision.DAY && date.instant().isEmpty()) {
        return date;
      }
    } catch (RuntimeException unreadable) {
      // reported below
    }
    warnings.add(rc.file, rc.line, DATE, ImportWarningCode.UNREADABLE_DATE,
        "'" + rc.date + "' is not a date YYYY-MM-DD; the vote is kept without a date");
    return null;
  }

  private Integer count(RollCall rc, String column, String text) {
    if (text.isEmpty()) {
      return null;
    }
    Integer value = VoteviewChambers.parse(text);
    if (value != null && value >= 0) {
      return value;
    }
    warnings.add(rc.file, rc.line, column, ImportWarningCode.UNREADABLE_NUMBER,
        "'" + text + "' is not a whole number of votes; the count is not mapped");
    return null;
  }

  /** The declared result: the publisher's words, a free vocabulary, read by their verbs. */
  private VoteResult result(RollCall rc) {
    if (rc.result.isEmpty()) {
      return null; // the publisher: "may not exist for all votes"
    }
    VoteResult result = result(rc.result);
    if (result == null) {
      warnings.add(rc.file, rc.line, VOTE_RESULT, ImportWarningCode.UNDOCUMENTED_VALUE,
          "'" + rc.result + "' is not read as adopted or rejected; the vote is kept without a result");
    }
    return result;
  }

  /** Reads a result's words: {@code Passed}, {@code Agreed to}, {@code Nomination Confirmed}, {@code Failed}; null for others. */
  static VoteResult result(String text) {
    String words = text.toLowerCase(Locale.ROOT);
    if (words.contains("not agreed") || words.contains("not guilty") || words.contains("not passed")
        || words.contains("not sustained") || words.contains("failed") || words.contains("rejected")
        || words.contains("defeated") || words.contains("veto sustained")) {
      return VoteResult.REJECTED;
    }
    if (words.contains("agreed to") || words.contains("passed") || words.contains("confirmed") || words.contains("adopted")
        || words.contains("overridden") || words.contains("guilty") || words.contains("sustained") || words.contains("ratified")
        || words.contains("invoked")) {
      return VoteResult.ADOPTED;
    }
    return null;
  }

  /**
   * The rule {@code majority_requirement} names ({@code 1/2}, {@code 2/3}), or, where the file has
   * none, that the question names: two thirds for the House's suspensions of the rules and for
   * veto overrides. A suspension or override is never judged by a simple majority.
   */
  private VotingRule rule(RollCall rc) {
    boolean twoThirdsByQuestion = SUSPENSION.matcher(rc.question).find() || OVERRIDE.matcher(rc.question).find();
    String majority = rc.majority.replace(" ", "");
    if (majority.equals("2/3")) {
      return VotingRule.TWO_THIRDS_PRESENT_AND_VOTING;
    }
    if (majority.equals("1/2")) {
      if (twoThirdsByQuestion) {
        warnings.add(rc.file, rc.line, MAJORITY_REQUIREMENT, ImportWarningCode.ROW_DISAGREES,
            "the requirement 1/2 disagrees with the question '" + rc.question
                + "', which two thirds decide; the vote is judged by two thirds");
        return VotingRule.TWO_THIRDS_PRESENT_AND_VOTING;
      }
      return VotingRule.SIMPLE_MAJORITY;
    }
    if (majority.equals("3/5")) {
      return VotingRule.THREE_FIFTHS_DULY_CHOSEN_AND_SWORN;
    }
    if (!majority.isEmpty()) {
      warnings.add(rc.file, rc.line, MAJORITY_REQUIREMENT, ImportWarningCode.UNDOCUMENTED_VALUE,
          "'" + rc.majority + "' is not a requirement read (1/2, 2/3, 3/5); "
              + (twoThirdsByQuestion ? "the question is read instead" : "the vote is kept without a rule"));
    }
    return twoThirdsByQuestion ? VotingRule.TWO_THIRDS_PRESENT_AND_VOTING : null;
  }
}
