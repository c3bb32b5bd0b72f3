package io.github.chancery.popolo;

import io.github.chancery.core.record.RecordType;
import java.util.Objects;

/**
 * A field of records that a Popolo export wrote, left out of the document or written in part,
 * summed over the records of one type: a motion's {@code text}, a vote's {@code method}, a
 * membership's {@code start} written without its local time of day. The field is named as
 * Chancery names it ({@code sponsor_ids}; a field of a part as {@code other_names[].kind}), with
 * the number of written records whose value was not written whole and what was done with it.
 * Listed by {@link PopoloExport#lostFields()}.
 *
 * <p>Immutable and thread-safe.
 */
public final class PopoloLostField {
  private final RecordType recordType;
  private final String field;
  private final int records;
  private final String reason;

  private PopoloLostField(RecordType recordType, String field, int records, String reason) {
    this.recordType = recordType;
    this.field = field;
    this.records = records;
    this.reason = reason;
  }

  /**
   * Returns a field left out of some written records of a type.
   *
   * @param recordType the type of the records
   * @param field the field's name in Chancery, such as {@code text} or {@code other_names[].kind}
   * @param records how many written records of the type have a value of the field that was not
   *     written whole; one or more
   * @param reason what was not written, for people, such as {@code not written}
   * @return the lost field
   * @throws IllegalArgumentException if {@code records} is below one
   */
  public static PopoloLostField of(RecordType recordType, String field, int records, String reason) {
    if (records < 1) {
      throw new IllegalArgumentException("a field is lost in one record or more, not " + records);
    }
    return new PopoloLostField(
        Objects.requireNonNull(recordType, "recordType"),
        Objects.requireNonNull(field, "field"),
        records,
        Objects.requireNonNull(reason, "reason"));
  }

  /**
   * Returns the type of the records that lost the field.
   *
   * @return the record type, such as {@link RecordType#MOTION}; never null
   */
  public RecordType recordType() {
    return recordType;
  }

  /**
   * Returns the field, as Chancery names it.
   *
   * @return the field's name, such as {@code sponsor_ids} or {@code other_names[].kind}; never null
   */
  public String field() {
    return field;
  }

  /**
   * Returns how many written records of the type have a value of the field that was not written
   * whole.
   *
   * @return one or more
   */
  public int records() {
    return records;
  }

  /**
   * Returns what was not written of the field, and why.
   *
   * @return the reason, for people, such as {@code only the first is written, as creator_id}; never null
   */
  public String reason() {
    return reason;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof PopoloLostField)) {
      return false;
    }
    PopoloLostField that = (PopoloLostField) other;
    return recordType == that.recordType && field.equals(that.field) && records == that.records && reason.equals(that.reason);
  }

  @Override
  public int hashCode() {
    return Objects.hash(recordType, field, records, reason);
  }

  /** Returns {@code type field, in N records: reason}, such as {@code motion text, in 2 records: not written}. */
  @Override
  public String toString() {
    return recordType.wireName() + " " + field + ", in " + records + (records == 1 ? " record: " : " records: ") + reason;
  }
}
