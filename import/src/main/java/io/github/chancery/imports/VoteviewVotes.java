package io.github.chancery.imports;

import static io.github.chancery.imports.VoteviewLayout.*;

import io.github.chancery.core.actor.Person;
import io.github.chancery.core.record.Actor;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.record.Identifier;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.source.Source;
import io.github.chancery.core.text.MultilingualText;
import io.github.chancery.core.validation.ValidationException;
import io.github.chancery.core.vote.Ballot;
import io.github.chancery.core.vote.Vote;
import io.github.chancery.core.vote.VoteOption;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The votes files of a Voteview import, streamed: their rows, one per member and roll call, are
 * grouped by roll call as they come (the publisher writes a roll call's rows together), and each
 * roll call's vote written with its ballots when its last row is read. Cast codes keep their
 * meaning: {@link #option(int)} and {@link #role(int)}. Not thread-safe.
 */
final class VoteviewVotes {
  /** One member's row of the roll call being read. */
  private static final class Row {
    final long line;
    final int icpsr;
    final int code;

    Row(long line, int icpsr, int code) {
      this.line = line;
      this.icpsr = icpsr;
      this.code = code;
    }
  }

  private final Warnings warnings;
  private final VoteviewSink out;
  private final VoteviewMembers members;
  private final VoteviewRollCalls rollCalls;
  private final Set<String> done = new HashSet<>();
  private final Set<String> membersWarned = new HashSet<>();
  private String file;
  private Reference<Source> source;
  private String currentKey;
  private VoteviewChambers.Chamber currentChamber;
  private int currentCongress;
  private int currentRollnumber;
  private long currentLine;
  private final List<Row> rows = new ArrayList<>();

  VoteviewVotes(Warnings warnings, VoteviewSink out, VoteviewMembers members, VoteviewRollCalls rollCalls) {
    this.warnings = warnings;
    this.out = out;
    this.members = members;
    this.rollCalls = rollCalls;
  }

  /** The ballot option of a cast code, 0 to 9; null for any other. */
  static VoteOption option(int code) {
    switch (code) {
      case 0:
        return VoteOption.OTHER; // not a member of the chamber when the vote was taken
      case 1:
        return VoteOption.YES;
      case 2:
      case 5:
        return VoteOption.PAIRED;
      case 3:
      case 4:
        return VoteOption.ABSENT; // announced, not cast
      case 6:
        return VoteOption.NO;
      case 7:
      case 8:
        return VoteOption.ABSTAIN; // present
      case 9:
        return VoteOption.NOT_VOTING;
      default:
        return null;
    }
  }

  /** The role that keeps a cast code's meaning where the option alone does not; null for 1, 6 and 9. */
  static String role(int code) {
    switch (code) {
      case 0:
        return "not a member";
      case 2:
        return "paired yea";
      case 3:
        return "announced yea";
      case 4:
        return "announced nay";
      case 5:
        return "paired nay";
      case 7:
        return "present (cast code 7)";
      case 8:
        return "present (cast code 8)";
      default:
        return null;
    }
  }

  /** Reads one row of a votes file. */
  void row(String fileName, Reference<Source> fileSource, long line, VoteviewLayout layout, List<String> row) throws IOException {
    VoteviewChambers.Chamber chamber = VoteviewChambers.chamber(warnings, fileName, line, layout.get(row, CHAMBER));
    if (chamber == null) {
      return;
    }
    Integer congress = VoteviewChambers.number(warnings, fileName, line, CONGRESS, layout.get(row, CONGRESS), 1);
    Integer rollnumber = VoteviewChambers.number(warnings, fileName, line, ROLLNUMBER, layout.get(row, ROLLNUMBER), 1);
    Integer icpsr = VoteviewChambers.number(warnings, fileName, line, ICPSR, layout.get(row, ICPSR), 1);
    if (congress == null || rollnumber == null || icpsr == null) {
      return;
    }
    String codeText = layout.get(row, CAST_CODE);
    Integer code = VoteviewChambers.parse(codeText);
    if (code == null || option(code) == null) {
      warnings.add(fileName, line, CAST_CODE, codeText.isEmpty() ? ImportWarningCode.MISSING_VALUE : ImportWarningCode.UNKNOWN_CODE,
          "'" + codeText + "' is not a cast code (0 to 9); the ballot of ICPSR " + icpsr + " is not mapped");
      return;
    }
    String key = VoteviewChambers.rollCallKey(chamber, congress, rollnumber);
    if (!key.equals(currentKey)) {
      finishVote();
      if (done.contains(key)) {
        warnings.add(fileName, line, ROLLNUMBER, ImportWarningCode.RECORD_NOT_TOGETHER,
            "the rows of " + chamber.name + " roll call " + rollnumber + " in congress " + congress
                + " ended earlier in the file, and its vote is imported; the row is not mapped");
        return;
      }
      file = fileName;
      source = fileSource;
      currentKey = key;
      currentChamber = chamber;
      currentCongress = congress;
      currentRollnumber = rollnumber;
      currentLine = line;
    }
    rows.add(new Row(line, icpsr, code));
  }

  /** Maps the last roll call read, then the roll calls without any votes row, with their counts and no ballots. */
  void finish() throws IOException {
    finishVote();
    for (VoteviewRollCalls.RollCall rc : rollCalls.notDone()) {
      List<ChanceryRecord> around = new ArrayList<>();
      Set<String> about = new HashSet<>();
      build(rollCalls.start(rc, around, about), rc.file, rc.line, around, about);
    }
  }

  private void finishVote() throws IOException {
    if (currentKey == null) {
      return;
    }
    done.add(currentKey);
    List<ChanceryRecord> around = new ArrayList<>();
    Set<String> about = new HashSet<>();
    VoteviewRollCalls.RollCall rc = rollCalls.get(currentKey);
    if (rc == null) {
      warnings.add(file, currentLine, ROLLNUMBER, ImportWarningCode.MISSING_VALUE,
          "no roll-calls file gives " + currentChamber.name + " roll call " + currentRollnumber + " in congress " + currentCongress
              + "; its " + rows.size() + " ballots are kept on a vote without date, counts, result or question");
      rc = new VoteviewRollCalls.RollCall(file, source, currentLine, currentChamber, currentCongress, currentRollnumber);
    }
    Vote.Builder vote = rollCalls.start(rc, around, about);
    ballots(vote);
    build(vote, file, currentLine, around, about);
    rows.clear();
    currentKey = null;
  }

  private void ballots(Vote.Builder vote) throws IOException {
    int pairedYea = -1;
    int pairedNay = -1;
    int pairedYeas = 0;
    int pairedNays = 0;
    for (int i = 0; i < rows.size(); i++) {
      int code = rows.get(i).code;
      if (code == 2) {
        pairedYeas++;
        pairedYea = i;
      } else if (code == 5) {
        pairedNays++;
        pairedNay = i;
      }
    }
    // The publisher does not say who was paired with whom: only a single pair is certain.
    boolean onePair = pairedYeas == 1 && pairedNays == 1;
    Set<String> voters = new HashSet<>();
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      String voter = voter(row);
      if (!voters.add(voter)) {
        warnings.add(file, row.line, ICPSR, ImportWarningCode.DUPLICATE_ROW,
            "ICPSR " + row.icpsr + " already has a ballot in " + currentChamber.name + " roll call " + currentRollnumber
                + " in congress " + currentCongress + "; this row is not mapped");
        continue;
      }
      Ballot ballot = Ballot.of(Reference.<Actor>to(voter), option(row.code));
      String role = role(row.code);
      if (role != null) {
        ballot = ballot.withRole(role);
      }
      VoteviewMembers.Member member = members.member(currentChamber, currentCongress, row.icpsr);
      if (member != null && member.party != null) {
        ballot = ballot.withGroup(member.party);
      }
      if (onePair && (i == pairedYea || i == pairedNay)) {
        ballot = ballot.withPair(Reference.<Actor>to(voter(rows.get(i == pairedYea ? pairedNay : pairedYea))));
      }
      vote.addBallots(ballot);
    }
  }

  /** The person a row's ICPSR id is, written with that id alone when no members file lists it. */
  private String voter(Row row) throws IOException {
    VoteviewMembers.Member member = members.member(currentChamber, currentCongress, row.icpsr);
    if (member != null) {
      return member.personId;
    }
    String person = members.personOf(row.icpsr);
    String memberKey = VoteviewChambers.memberKey(currentChamber, currentCongress, row.icpsr);
    if (membersWarned.add(memberKey)) {
      warnings.add(file, row.line, ICPSR, ImportWarningCode.MISSING_VALUE,
          "no members file lists ICPSR " + row.icpsr + " in the " + currentChamber.name + " of congress " + currentCongress
              + "; the ballot is kept" + (person == null ? ", its voter a person with the ICPSR id alone" : "")
              + "; later rows of this member in the congress are not warned about");
    }
    if (person == null) {
      person = "person-icpsr-" + row.icpsr;
      out.write(
          Person.builder()
              .id(person)
              .name(MultilingualText.of("en", "ICPSR " + row.icpsr))
              .addIdentifiers(Identifier.of(VoteviewMembers.ICPSR_SCHEME, Integer.toString(row.icpsr)))
              .addSources(source)
              .build());
    }
    return person;
  }

  private void build(Vote.Builder vote, String inFile, long line, List<ChanceryRecord> around, Set<String> about) throws IOException {
    Vote built;
    try {
      built = vote.build();
    } catch (ValidationException invalid) {
      warnings.add(inFile, line, null, ImportWarningCode.INVALID_VALUE, "the vote is not mapped: " + invalid.getMessage());
      return;
    }
    out.writeOnce(built);
    around.add(built);
    about.add(built.id());
    out.sink.voteDone(around, about);
  }
}
