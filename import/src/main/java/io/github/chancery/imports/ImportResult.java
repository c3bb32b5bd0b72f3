package io.github.chancery.imports;

import io.github.chancery.core.dossier.ConsistencyReport;
import io.github.chancery.core.dossier.Dossier;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an import made of a publisher's file: the {@link Dossier} of the records mapped (when
 * imported into a dossier; a streamed import wrote them to its record writer instead), the
 * {@linkplain ImportWarning warnings} about what could not be mapped, in the order of the file, and
 * the {@link ConsistencyReport} of the records imported.
 *
 * <p>A streamed import keeps at most {@link #MAX_WARNINGS_KEPT} warnings and as many findings, so
 * that a corpus larger than the heap is imported in constant memory; {@link #warningCount()} and the
 * report's counts count them all. Its report is made vote by vote, on each vote with the records it
 * refers to, without the checks that compare records of different votes (docs/import.md).
 *
 * <p>Immutable and thread-safe.
 */
public final class ImportResult {
  /** The most warnings a result keeps; the others are counted. */
  public static final int MAX_WARNINGS_KEPT = 1_000;

  private final Dossier dossier;
  private final List<ImportWarning> warnings;
  private final long warningCount;
  private final ConsistencyReport report;
  private final long rows;
  private final long records;

  ImportResult(
      Dossier dossier, List<ImportWarning> warnings, long warningCount, ConsistencyReport report, long rows, long records) {
    this.dossier = dossier;
    this.warnings = List.copyOf(warnings);
    this.warningCount = warningCount;
    this.report = Objects.requireNonNull(report, "report");
    this.rows = rows;
    this.records = records;
  }

  /**
   * Returns the records imported, as a dossier, when the import was into a dossier.
   *
   * @return the dossier, or empty for an import streamed to a record writer
   */
  public Optional<Dossier> dossier() {
    return Optional.ofNullable(dossier);
  }

  /**
   * Returns what could not be mapped, in the order of the file: all of it for an import into a
   * dossier, the first {@link #MAX_WARNINGS_KEPT} for a streamed one.
   *
   * @return the warnings, unmodifiable; never null, empty when every row was mapped as given
   */
  public List<ImportWarning> warnings() {
    return warnings;
  }

  /**
   * Returns how many warnings there were, including those a streamed import did not keep.
   *
   * @return the number of warnings, at least {@code warnings().size()}
   */
  public long warningCount() {
    return warningCount;
  }

  /**
   * Returns the consistency report of the records imported.
   *
   * @return the report; never null
   */
  public ConsistencyReport report() {
    return report;
  }

  /**
   * Returns how many rows were read, the header not counted.
   *
   * @return the number of rows
   */
  public long rowsRead() {
    return rows;
  }

  /**
   * Returns how many records were imported: put in the dossier, or written.
   *
   * @return the number of records
   */
  public long recordsImported() {
    return records;
  }

  @Override
  public String toString() {
    return "import of " + rows + " rows into " + records + " records with " + warningCount + " warnings, "
        + report.errorCount() + " errors and " + report.warningCount() + " warnings in the report";
  }
}
