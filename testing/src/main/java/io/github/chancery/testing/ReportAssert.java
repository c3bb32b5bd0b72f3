package io.github.chancery.testing;

import io.github.chancery.core.dossier.ConsistencyReport;
import io.github.chancery.core.dossier.Finding;
import io.github.chancery.core.dossier.FindingCode;
import io.github.chancery.core.dossier.Severity;
import java.util.List;
import org.assertj.core.api.AbstractAssert;

/**
 * AssertJ assertions on a {@link ConsistencyReport}: {@code
 * assertThat(report).hasNoErrors().hasWarning(COUNTS_DISAGREE_WITH_BALLOTS).at("vote-1", "counts[0].value")}.
 * A failure prints the whole report. Not thread-safe.
 */
public final class ReportAssert extends AbstractAssert<ReportAssert, ConsistencyReport> {
  ReportAssert(ConsistencyReport actual) {
    super(actual, ReportAssert.class);
  }

  /**
   * Verifies that the report has no error.
   *
   * @return this assertion
   */
  public ReportAssert hasNoErrors() {
    isNotNull();
    if (actual.hasErrors()) {
      failWithMessage("Expected a report without errors but:%n%s", actual);
    }
    return this;
  }

  /**
   * Verifies that the report has neither error nor warning.
   *
   * @return this assertion
   */
  public ReportAssert isClean() {
    isNotNull();
    if (!actual.findings().isEmpty()) {
      failWithMessage("Expected a report without findings but:%n%s", actual);
    }
    return this;
  }

  /**
   * Verifies that the report has an error of a rule, and goes on to that rule's findings.
   *
   * @param code the rule, whose severity must be an error
   * @return assertions on the findings of that rule
   */
  public FindingsAssert hasError(FindingCode code) {
    return has(code, Severity.ERROR);
  }

  /**
   * Verifies that the report has a warning of a rule, and goes on to that rule's findings.
   *
   * @param code the rule, whose severity must be a warning
   * @return assertions on the findings of that rule
   */
  public FindingsAssert hasWarning(FindingCode code) {
    return has(code, Severity.WARNING);
  }

  private FindingsAssert has(FindingCode code, Severity severity) {
    isNotNull();
    if (code.severity() != severity) {
      failWithMessage("<%s> is a rule of %s, not of %s", code, code.severity().wireName(), severity.wireName());
    }
    List<Finding> findings = actual.findings(code);
    if (findings.isEmpty()) {
      failWithMessage("Expected %s <%s> but:%n%s", severity.wireName(), code, actual);
    }
    return new FindingsAssert(actual, code, findings);
  }

  /**
   * Assertions on the findings of one rule. Not thread-safe.
   */
  public static final class FindingsAssert extends AbstractAssert<FindingsAssert, List<Finding>> {
    private final ConsistencyReport report;
    private final FindingCode code;

    FindingsAssert(ConsistencyReport report, FindingCode code, List<Finding> findings) {
      super(findings, FindingsAssert.class);
      this.report = report;
      this.code = code;
    }

    /**
     * Verifies that one of the findings is about a record at a place inside it, such as {@code
     * at("vote-es-11-1", "counts[0].value")}: the stable form, which stays true when records are
     * added to the dossier before it.
     *
     * @param recordId the record's id
     * @param pathInRecord the path inside the record, as {@link Finding#pathInRecord()} gives it;
     *     empty for the record as a whole
     * @return this assertion
     */
    public FindingsAssert at(String recordId, String pathInRecord) {
      if (actual.stream().noneMatch(f -> f.recordId().equals(recordId) && f.pathInRecord().equals(pathInRecord))) {
        failWithMessage("Expected <%s> about <%s> at <%s> but it is at %s; the report:%n%s", code, recordId,
            pathInRecord, actual.stream().map(f -> f.recordId() + " " + f.pathInRecord()).toList(), report);
      }
      return this;
    }

    /**
     * Verifies that one of the findings is at a position in the dossier, such as {@code
     * records[3].motion_id}; {@link #at(String, String)} names the place by record id instead, and
     * stays true when records are added.
     *
     * @param path the path in the dossier
     * @return this assertion
     */
    public FindingsAssert at(String path) {
      if (actual.stream().noneMatch(f -> f.path().equals(path))) {
        failWithMessage("Expected <%s> at <%s> but it is at %s; the report:%n%s", code, path,
            actual.stream().map(Finding::path).toList(), report);
      }
      return this;
    }

    /**
     * Verifies that one of the findings is about a record.
     *
     * @param recordId the record's id
     * @return this assertion
     */
    public FindingsAssert about(String recordId) {
      if (actual.stream().noneMatch(f -> f.recordId().equals(recordId))) {
        failWithMessage("Expected <%s> about <%s> but it is about %s; the report:%n%s", code, recordId,
            actual.stream().map(Finding::recordId).toList(), report);
      }
      return this;
    }
  }
}
