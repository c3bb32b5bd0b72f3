package io.github.chancery.core.dossier;

/**
 * How serious a finding of the consistency report is.
 *
 * <p>Immutable and thread-safe, as every enum is.
 */
public enum Severity {
  /**
   * The dossier cannot be right as it stands: a reference that does not resolve, or facts that
   * cannot all be true (more votes than seats, a vote before its motion was tabled).
   */
  ERROR,
  /**
   * Something a user should look at, which real sources legitimately publish: counts that
   * disagree with ballots, a result the counts seem to contradict, two reports that differ.
   */
  WARNING;

  /**
   * Returns the lower-case name used on the wire, such as {@code error}.
   *
   * @return {@code error} or {@code warning}
   */
  public String wireName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
