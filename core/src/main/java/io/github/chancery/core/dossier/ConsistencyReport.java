package io.github.chancery.core.dossier;

import io.github.chancery.core.wire.WireValue;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The findings of a consistency check of a dossier, errors first then warnings, each group in
 * the order of the dossier's records.
 *
 * <p>A report never rejects a dossier: it says what a user should look at. {@link #toString()}
 * prints it for people; the json module writes it for machines. Two reports are equal when they
 * list the same findings in the same order with the same counts. Instances are immutable and
 * thread-safe.
 */
public final class ConsistencyReport implements WireValue {
  private final List<Finding> findings;
  private final long errorCount;
  private final long warningCount;

  private ConsistencyReport(List<Finding> findings, long errorCount, long warningCount) {
    this.findings = List.copyOf(findings);
    this.errorCount = errorCount;
    this.warningCount = warningCount;
  }

  /**
   * Returns a report of the given findings, ordered errors first.
   *
   * @param findings the findings, in the order of the dossier's records
   * @return the report
   */
  public static ConsistencyReport of(List<Finding> findings) {
    Objects.requireNonNull(findings, "findings");
    List<Finding> ordered = ordered(findings);
    long errors = ordered.stream().filter(f -> f.severity() == Severity.ERROR).count();
    return new ConsistencyReport(ordered, errors, ordered.size() - errors);
  }

  /**
   * Returns a report that lists only some of its findings, as a tool checking a very large file
   * keeps the first few thousand; the counts are of all findings.
   *
   * @param listed the findings kept, in the order of the records
   * @param errorCount how many errors were found in all, at least those listed
   * @param warningCount how many warnings were found in all, at least those listed
   * @return the report
   */
  public static ConsistencyReport of(List<Finding> listed, long errorCount, long warningCount) {
    Objects.requireNonNull(listed, "listed");
    List<Finding> ordered = ordered(listed);
    long errors = ordered.stream().filter(f -> f.severity() == Severity.ERROR).count();
    if (errorCount < errors || warningCount < ordered.size() - errors) {
      throw new IllegalArgumentException("the counts must include the findings listed");
    }
    return new ConsistencyReport(ordered, errorCount, warningCount);
  }

  private static List<Finding> ordered(List<Finding> findings) {
    return findings.stream()
        .sorted((a, b) -> a.severity().compareTo(b.severity()))
        .collect(Collectors.toList());
  }

  /**
   * Returns how many errors were found, including any not listed.
   *
   * @return the number of errors, zero or more
   */
  public long errorCount() {
    return errorCount;
  }

  /**
   * Returns how many warnings were found, including any not listed.
   *
   * @return the number of warnings, zero or more
   */
  public long warningCount() {
    return warningCount;
  }

  /**
   * Returns whether some findings were counted but not listed.
   *
   * @return true when the counts exceed the findings listed
   */
  public boolean isTruncated() {
    // Compared one count at a time: their sum may pass the range of a long.
    long listedErrors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
    return listedErrors < errorCount || findings.size() - listedErrors < warningCount;
  }

  /**
   * Returns every finding listed, errors first.
   *
   * @return the findings listed, errors first, unmodifiable; never null
   */
  public List<Finding> findings() {
    return findings;
  }

  /**
   * Returns the errors.
   *
   * @return a new list of the errors listed, in report order; never null
   */
  public List<Finding> errors() {
    return withSeverity(Severity.ERROR);
  }

  /**
   * Returns the warnings.
   *
   * @return a new list of the warnings listed, in report order; never null
   */
  public List<Finding> warnings() {
    return withSeverity(Severity.WARNING);
  }

  /**
   * Returns whether there is at least one error.
   *
   * @return true when the error count, listed or not, is above zero
   */
  public boolean hasErrors() {
    return errorCount > 0;
  }

  /**
   * Returns the findings of one rule.
   *
   * @param code the rule
   * @return a new list of the findings of that rule listed, in report order; never null
   */
  public List<Finding> findings(FindingCode code) {
    return findings.stream().filter(f -> f.code() == code).collect(Collectors.toList());
  }

  private List<Finding> withSeverity(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).collect(Collectors.toList());
  }

  /**
   * Returns whether another report has the same findings in the same order and the same counts:
   * a report read back from its JSON equals the one written.
   *
   * @param other the object to compare
   * @return whether it is an equal report
   */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof ConsistencyReport)) {
      return false;
    }
    ConsistencyReport that = (ConsistencyReport) other;
    return errorCount == that.errorCount && warningCount == that.warningCount && findings.equals(that.findings);
  }

  @Override
  public int hashCode() {
    return Objects.hash(findings, errorCount, warningCount);
  }

  /** Returns a summary line and one line per finding, for people. */
  @Override
  public String toString() {
    StringBuilder text =
        new StringBuilder("Consistency report: ")
            .append(errorCount)
            .append(errorCount == 1 ? " error, " : " errors, ")
            .append(warningCount)
            .append(warningCount == 1 ? " warning" : " warnings");
    if (isTruncated()) {
      text.append(" (the first ").append(findings.size()).append(" listed)");
    }
    for (Finding finding : findings) {
      text.append(System.lineSeparator()).append("  ").append(finding);
    }
    return text.toString();
  }
}
