package io.github.chancery.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * One roll call of Voeten's data as read ({@code rcid}): its session, date, resolution symbol,
 * flags, descriptions, declared totals (the raw file only) and issue codes, each trimmed and empty
 * when not given. Mutable only while its file is read; not thread-safe.
 */
final class VoetenRollCall {
  final String rcid;
  final long line;
  String session = "";
  String date = "";
  String unres = "";
  String important = "";
  String amend = "";
  String para = "";
  String shortText = "";
  String descr = "";
  String yes = "";
  String no = "";
  String abstain = "";
  String resid = "";
  /** The issue codes ({@code me}, {@code nu}, …) with their names, in the order read. */
  final List<String[]> issues = new ArrayList<>();
  /** False for a roll call of {@code unvotes}' votes table that its roll-call table does not list. */
  boolean listed = true;

  VoetenRollCall(String rcid, long line) {
    this.rcid = rcid;
    this.line = line;
  }

  /** Adds an issue code and its name, each once. */
  void addIssue(String code, String name) {
    for (String[] issue : issues) {
      if (issue[0].equals(code)) {
        return;
      }
    }
    issues.add(new String[] {code, name});
  }
}
