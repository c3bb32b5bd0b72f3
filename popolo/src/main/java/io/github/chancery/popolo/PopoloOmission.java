package io.github.chancery.popolo;

import io.github.chancery.core.record.RecordType;
import java.util.Objects;

/**
 * A record of the dossier that a Popolo export did not write as a Popolo object, and why: a
 * treaty, a statement or a protest note, for which Popolo has no object; a disputed entity; a
 * source, which Popolo gives only as the {@code sources} links of the records that cite it.
 * Listed by {@link PopoloExport#notWritten()}.
 *
 * <p>Immutable and thread-safe.
 */
public final class PopoloOmission {
  private final String recordId;
  private final RecordType recordType;
  private final String reason;

  private PopoloOmission(String recordId, RecordType recordType, String reason) {
    this.recordId = recordId;
    this.recordType = recordType;
    this.reason = reason;
  }

  /**
   * Returns the omission of a record.
   *
   * @param recordId the record's id, such as {@code treaty-ceasefire-2020}
   * @param recordType the record's type
   * @param reason why it was not written, for people, such as {@code Popolo has no object for a treaty}
   * @return the omission
   */
  public static PopoloOmission of(String recordId, RecordType recordType, String reason) {
    return new PopoloOmission(
        Objects.requireNonNull(recordId, "recordId"),
        Objects.requireNonNull(recordType, "recordType"),
        Objects.requireNonNull(reason, "reason"));
  }

  /**
   * Returns the id of the record not written.
   *
   * @return the record's id; never null
   */
  public String recordId() {
    return recordId;
  }

  /**
   * Returns the type of the record not written.
   *
   * @return the record's type, such as {@link RecordType#TREATY}; never null
   */
  public RecordType recordType() {
    return recordType;
  }

  /**
   * Returns why the record was not written.
   *
   * @return the reason, for people; never null
   */
  public String reason() {
    return reason;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PopoloOmission
        && recordId.equals(((PopoloOmission) other).recordId)
        && recordType == ((PopoloOmission) other).recordType
        && reason.equals(((PopoloOmission) other).reason);
  }

  @Override
  public int hashCode() {
    return (recordId.hashCode() * 31 + recordType.hashCode()) * 31 + reason.hashCode();
  }

  /** Returns {@code type id: reason}, such as {@code treaty treaty-1: Popolo has no object for a treaty}. */
  @Override
  public String toString() {
    return recordType.wireName() + " " + recordId + ": " + reason;
  }
}
