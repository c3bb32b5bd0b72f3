package io.github.chancery.testing;

import io.github.chancery.core.dossier.ConsistencyReport;
import io.github.chancery.core.dossier.Dossier;
import io.github.chancery.core.dossier.Finding;
import io.github.chancery.core.dossier.FindingCode;
import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * AssertJ assertions on a {@link Dossier} and its consistency report. A failure prints the
 * findings that explain it. Not thread-safe.
 */
public final class DossierAssert extends AbstractAssert<DossierAssert, Dossier> {
  DossierAssert(Dossier actual) {
    super(actual, DossierAssert.class);
  }

  /**
   * Verifies that every reference of every record resolves to a record of a type it may name.
   *
   * @return this assertion
   */
  public DossierAssert resolvesAllReferences() {
    isNotNull();
    ConsistencyReport report = actual.check();
    List<Finding> unresolved =
        report.findings().stream()
            .filter(f -> f.code() == FindingCode.DANGLING_REFERENCE || f.code() == FindingCode.WRONG_REFERENCE_TYPE)
            .collect(Collectors.toList());
    if (!unresolved.isEmpty()) {
      failWithMessage("Expected every reference to resolve but:%n%s",
          unresolved.stream().map(Finding::toString).collect(Collectors.joining(System.lineSeparator())));
    }
    return this;
  }

  /**
   * Verifies that the consistency report has no error; prints the report when it has.
   *
   * @return this assertion
   */
  public DossierAssert hasNoErrors() {
    isNotNull();
    ConsistencyReport report = actual.check();
    if (report.hasErrors()) {
      failWithMessage("Expected a dossier without errors but:%n%s", report);
    }
    return this;
  }

  /**
   * Verifies that the consistency report has at least one finding of a rule.
   *
   * @param code the rule
   * @return this assertion
   */
  public DossierAssert hasFinding(FindingCode code) {
    isNotNull();
    ConsistencyReport report = actual.check();
    if (report.findings(code).isEmpty()) {
      failWithMessage("Expected a finding <%s> but:%n%s", code, report);
    }
    return this;
  }

  /**
   * Verifies that the dossier holds a record.
   *
   * @param id the record's id
   * @return this assertion
   */
  public DossierAssert holds(String id) {
    isNotNull();
    if (actual.get(id).isEmpty()) {
      failWithMessage("Expected the dossier to hold <%s> but it holds %d records, not that one", id, actual.records().size());
    }
    return this;
  }
}
