package io.github.chancery.core.dossier;

import io.github.chancery.core.validation.Problem;
import java.util.Objects;

/**
 * One finding of the consistency report: its rule (and so its severity), the record it is about,
 * where in the dossier ({@code records[12].motion_id}) and a message for people. Tests and
 * applications that name a place should use the record id and {@link #pathInRecord()} ({@code
 * motion_id}), which stay true when records are added; the position is for documents.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Finding implements Problem, java.io.Serializable {
  private static final long serialVersionUID = 1L;

  /** The rule; never null. */
  private final FindingCode code;

  /** The id of the record the finding is about; empty when it could not be read; never null. */
  private final String recordId;

  /** Where in the dossier, such as {@code records[12].motion_id}; never null. */
  private final String path;

  /** What was found, for people; never null. */
  private final String message;

  private Finding(FindingCode code, String path, String message, String recordId) {
    this.code = Objects.requireNonNull(code, "code");
    this.recordId = Objects.requireNonNull(recordId, "recordId");
    this.path = Objects.requireNonNull(path, "path");
    this.message = Objects.requireNonNull(message, "message");
  }

  /**
   * Returns a finding.
   *
   * @param code the rule
   * @param path where in the dossier, such as {@code records[12].motion_id}
   * @param message what was found
   * @param recordId the id of the record the finding is about; empty when it could not be read
   * @return the finding
   */
  public static Finding of(FindingCode code, String path, String message, String recordId) {
    return new Finding(code, path, message, recordId);
  }

  /** Returns the rule. */
  @Override
  public FindingCode code() {
    return code;
  }

  /**
   * Returns the severity, which is the rule's.
   *
   * @return the severity of the finding's code; never null
   */
  public Severity severity() {
    return code.severity();
  }

  /**
   * Returns the id of the record the finding is about.
   *
   * @return the record's id, empty when the record's id could not be read; never null
   */
  public String recordId() {
    return recordId;
  }

  /** Returns where in the dossier, such as {@code records[12].motion_id}. */
  @Override
  public String path() {
    return path;
  }

  /**
   * Returns where in its record the finding is, the stable form of {@link #path()}: the path
   * without the record's position in the dossier, so that with {@link #recordId()} it names the
   * place whatever records are added before it ({@code counts[0].value} of the finding at {@code
   * records[202].counts[0].value}).
   *
   * @return the path inside the record, empty when the finding is about the record as a whole,
   *     or the whole path when it does not start at a record; never null
   */
  public String pathInRecord() {
    if (!path.startsWith("records[")) {
      return path;
    }
    int close = path.indexOf(']');
    if (close < 0) {
      return path;
    }
    for (int i = "records[".length(); i < close; i++) {
      if (path.charAt(i) < '0' || path.charAt(i) > '9') {
        return path;
      }
    }
    String rest = path.substring(close + 1);
    return rest.startsWith(".") ? rest.substring(1) : rest;
  }

  /** Returns what was found, for people. */
  @Override
  public String message() {
    return message;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Finding)) {
      return false;
    }
    Finding that = (Finding) other;
    return code == that.code
        && recordId.equals(that.recordId)
        && path.equals(that.path)
        && message.equals(that.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, recordId, path, message);
  }

  /** Returns {@code severity code record path: message}, one line. */
  @Override
  public String toString() {
    return String.format(
        "%-7s %s %s %s: %s", severity(), code, recordId.isEmpty() ? "(no id)" : recordId, path, message);
  }
}
