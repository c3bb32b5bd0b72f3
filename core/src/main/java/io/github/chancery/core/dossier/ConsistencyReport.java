package io.github.chancery.core.dossier;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The findings of a consistency check of a dossier, errors first then warnings, each group in
 * the order of the dossier's records.
 *
 * <p>A report never rejects a dossier: it says what a user should look at. {@link #toString()}
 * prints it for people; the json module writes it for machines. Instances are immutable and
 * thread-safe.
 */
public final class ConsistencyReport {
  private final List<Finding> findings;

  private ConsistencyReport(List<Finding> findings) {
    this.findings = List.copyOf(findings);
  }

  /**
   * Returns a report of the given findings, ordered errors first.
   *
   * @param findings the findings, in the order of the dossier's records
   * @return the report
   */
  public static ConsistencyReport of(List<Finding> findings) {
    Objects.requireNonNull(findings, "findings");
    List<Finding> ordered =
        findings.stream()
            .sorted((a, b) -> a.severity().compareTo(b.severity()))
            .collect(Collectors.toList());
    return new ConsistencyReport(ordered);
  }

  /** Returns every finding, errors first. */
  public List<Finding> findings() {
    return findings;
  }

  /** Returns the errors. */
  public List<Finding> errors() {
    return withSeverity(Severity.ERROR);
  }

  /** Returns the warnings. */
  public List<Finding> warnings() {
    return withSeverity(Severity.WARNING);
  }

  /** Returns whether there is at least one error. */
  public boolean hasErrors() {
    return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
  }

  /** Returns the findings of one rule. */
  public List<Finding> findings(FindingCode code) {
    return findings.stream().filter(f -> f.code() == code).collect(Collectors.toList());
  }

  private List<Finding> withSeverity(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).collect(Collectors.toList());
  }

  /** Returns a summary line and one line per finding, for people. */
  @Override
  public String toString() {
    int errors = errors().size();
    int warnings = warnings().size();
    StringBuilder text =
        new StringBuilder("Consistency report: ")
            .append(errors)
            .append(errors == 1 ? " error, " : " errors, ")
            .append(warnings)
            .append(warnings == 1 ? " warning" : " warnings");
    for (Finding finding : findings) {
      text.append(System.lineSeparator()).append("  ").append(finding);
    }
    return text.toString();
  }
}
