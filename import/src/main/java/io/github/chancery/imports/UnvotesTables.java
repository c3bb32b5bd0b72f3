package io.github.chancery.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The small tables of {@code unvotes}, held while its votes are streamed: the roll calls by rcid,
 * with their issues, and the warnings about each table. Not thread-safe: one per import.
 */
final class UnvotesTables {
  final Warnings rollCallWarnings;
  private final Warnings issueWarnings;
  private final Map<String, VoetenRollCall> rollCalls = new LinkedHashMap<>();
  long rows;

  UnvotesTables(Path rollCallFile, Path issueFile, boolean keepAll) throws IOException {
    String rollCallName = rollCallFile.getFileName().toString();
    rollCallWarnings = new Warnings(rollCallName, keepAll);
    issueWarnings = new Warnings(issueFile == null ? "" : issueFile.getFileName().toString(), keepAll);
    try (InputStream in = Files.newInputStream(rollCallFile)) {
      rows += VoetenCsv.read(in, rollCallName, "the roll-call table of unvotes", Set.copyOf(Unvotes.ROLL_CALLS),
          Unvotes.ROLL_CALLS, rollCallWarnings, ImportProgress.none(), layout -> (line, row) -> rollCall(layout, line, row), null);
    }
    if (issueFile != null) {
      try (InputStream in = Files.newInputStream(issueFile)) {
        rows += VoetenCsv.read(in, issueWarnings.file, "the issue table of unvotes", Set.copyOf(Unvotes.ISSUES),
            Unvotes.ISSUES, issueWarnings, ImportProgress.none(), layout -> (line, row) -> issue(layout, line, row), null);
      }
    }
  }

  private void rollCall(VoetenLayout layout, long line, List<String> row) {
    String rcid = Unvotes.rcid(layout.get(row, "rcid"));
    if (rcid.isEmpty()) {
      rollCallWarnings.add(line, "rcid", ImportWarningCode.MISSING_VALUE, "the roll call has no rcid; it is not mapped");
      return;
    }
    if (rollCalls.containsKey(rcid)) {
      rollCallWarnings.add(line, "rcid", ImportWarningCode.DUPLICATE_ROW,
          "roll call " + rcid + " is listed on line " + rollCalls.get(rcid).line + " already; this row is not mapped");
      return;
    }
    VoetenRollCall call = new VoetenRollCall(rcid, line);
    call.session = layout.get(row, "session");
    call.important = layout.get(row, "importantvote");
    call.date = layout.get(row, "date");
    call.unres = layout.get(row, "unres");
    call.amend = layout.get(row, "amend");
    call.para = layout.get(row, "para");
    call.shortText = layout.get(row, "short");
    call.descr = layout.get(row, "descr");
    rollCalls.put(rcid, call);
  }

  private void issue(VoetenLayout layout, long line, List<String> row) {
    String rcid = Unvotes.rcid(layout.get(row, "rcid"));
    VoetenRollCall call = rollCalls.get(rcid);
    if (call == null) {
      issueWarnings.add(line, "rcid", ImportWarningCode.MISSING_VALUE,
          "roll call '" + rcid + "' is not in the roll-call table; its issue is not mapped");
      return;
    }
    String code = layout.get(row, "short_name");
    String name = layout.get(row, "issue");
    if (code.isEmpty() && name.isEmpty()) {
      issueWarnings.add(line, "short_name", ImportWarningCode.MISSING_VALUE, "the row names no issue; it is not mapped");
      return;
    }
    if (!VoetenIssues.NAMES.containsKey(code)) {
      issueWarnings.add(line, "short_name", ImportWarningCode.UNDOCUMENTED_VALUE,
          "'" + code + "' is not one of the six documented issue codes (me, nu, di, hr, co, ec); the issue is kept as given");
    }
    call.addIssue(code, name.isEmpty() ? VoetenIssues.NAMES.getOrDefault(code, code) : name);
  }

  /** The roll call of an rcid, or null when the table does not list it. */
  VoetenRollCall rollCall(String rcid) {
    return rollCalls.get(rcid);
  }

  /** Warns once about the roll calls listed that the votes table has no row of. */
  void notVoted(Set<String> voted) {
    long count = 0;
    long first = 0;
    for (VoetenRollCall call : rollCalls.values()) {
      if (!voted.contains(call.rcid) && count++ == 0) {
        first = call.line;
      }
    }
    if (count > 0) {
      rollCallWarnings.add(first, "rcid", ImportWarningCode.NOT_MAPPED,
          count + " roll calls, the first on this line, have no row in the votes table: they are not mapped");
    }
  }

  /** The warnings kept about the roll calls, then the issues. */
  List<ImportWarning> warnings() {
    List<ImportWarning> all = new ArrayList<>(rollCallWarnings.kept());
    all.addAll(issueWarnings.kept());
    return all;
  }

  long warningCount() {
    return rollCallWarnings.count() + issueWarnings.count();
  }
}
