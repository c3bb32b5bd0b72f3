package io.github.chancery.examples.validate;

import io.github.chancery.core.dossier.ConsistencyReport;
import io.github.chancery.core.dossier.Finding;
import io.github.chancery.core.dossier.FindingCode;
import io.github.chancery.core.dossier.Severity;
import io.github.chancery.core.validation.ViolationCode;
import io.github.chancery.json.ChanceryJsonException;
import io.github.chancery.json.problem.JsonProblem;
import io.github.chancery.imports.ImportWarning;
import io.github.chancery.popolo.PopoloWarning;
import java.util.ArrayList;
import java.util.List;

/**
 * What the validator found in one file: records read, and findings counted in full but listed
 * only up to a limit, so that checking a huge file takes bounded memory. Not thread-safe.
 */
final class FileCheck {
  static final int LISTED = 1_000;

  final String file;
  String format = "unknown";
  long records;
  String unreadable;
  private final List<Finding> listed = new ArrayList<>();
  /** What a Popolo import repaired or could not map, up to {@link #LISTED}. */
  final List<PopoloWarning> notes = new ArrayList<>();
  long noteCount;
  /** What an importer of a published format could not map, up to {@link #LISTED}. */
  final List<ImportWarning> importWarnings = new ArrayList<>();
  long importWarningCount;
  private long errors;
  private long warnings;

  FileCheck(String file) {
    this.file = file;
  }

  void note(PopoloWarning warning) {
    noteCount++;
    if (notes.size() < LISTED) {
      notes.add(warning);
    }
  }

  void imported(List<ImportWarning> warnings, long count) {
    importWarningCount += count;
    for (ImportWarning warning : warnings) {
      if (importWarnings.size() < LISTED) {
        importWarnings.add(warning);
      }
    }
  }

  void add(Finding finding) {
    if (finding.severity() == Severity.ERROR) {
      errors++;
    } else {
      warnings++;
    }
    if (listed.size() < LISTED) {
      listed.add(finding);
    }
  }

  void addAll(ConsistencyReport report, long offset) {
    for (Finding finding : report.findings()) {
      add(offset == 0 ? finding : shifted(finding, offset));
    }
  }

  /**
   * Adds the findings of a dossier of the file's valid records, moving each from its position
   * in the dossier to the record's position in the file, since invalid records were left out.
   */
  void addAll(ConsistencyReport report, List<Long> fileIndexes) {
    for (Finding finding : report.findings()) {
      java.util.regex.Matcher position = RECORD.matcher(finding.path());
      if (position.lookingAt()) {
        long inFile = fileIndexes.get(Integer.parseInt(position.group(1)));
        add(
            Finding.of(
                finding.code(),
                "records[" + inFile + "]" + finding.path().substring(position.end()),
                finding.message(),
                finding.recordId()));
      } else {
        add(finding);
      }
    }
  }

  private static final java.util.regex.Pattern RECORD = java.util.regex.Pattern.compile("records\\[(\\d+)\\]");

  /** Reports a record that could not be read, with each of its problems. */
  void invalid(ChanceryJsonException bad) {
    String record = bad.recordIndex().isPresent() ? "records[" + bad.recordIndex().getAsLong() + "]" : "records[?]";
    String where = bad.line().isPresent() ? " (line " + bad.line().getAsLong() + ")" : "";
    if (bad.problems().stream().anyMatch(p -> p.message().contains("(line "))) {
      where = ""; // the parser's message already says where
    }
    for (JsonProblem problem : bad.problems()) {
      FindingCode code = problem.code() == ViolationCode.DUPLICATE ? FindingCode.DUPLICATE_ID : FindingCode.INVALID_RECORD;
      add(
          Finding.of(
              code,
              record + relative(problem.path()),
              problem.message() + " [" + problem.code().code() + "]" + where,
              problem.recordId().orElse("")));
    }
  }

  /** Turns {@code $.counts[1]}, {@code $[3].counts[1]} or {@code $.records[3].counts[1]} into the part after the record. */
  private static String relative(String path) {
    String rest = path.replaceFirst("^\\$(\\.records)?(\\[\\d+\\])?", "");
    return rest;
  }

  /** Moves a finding of a record checked alone (at records[0]) to its place in the file. */
  private static Finding shifted(Finding finding, long offset) {
    String path = finding.path().replaceFirst("^records\\[0\\]", "records[" + offset + "]");
    return Finding.of(finding.code(), path, finding.message(), finding.recordId());
  }

  ConsistencyReport report() {
    return ConsistencyReport.of(listed, errors, warnings);
  }

  boolean hasErrors() {
    return errors > 0;
  }
}
