package io.github.chancery.imports;

/**
 * What kind of thing an importer could not map, or mapped otherwise than as given: the rule an
 * {@link ImportWarning} reports. Each names the documented rule of the publisher's format the
 * input broke, or the place where the documentation is silent. Immutable and thread-safe.
 */
public enum ImportWarningCode {
  /** A column the format's documentation does not list: its values are not imported. */
  UNKNOWN_COLUMN("unknown-column"),
  /** A row with more or fewer fields than the header: not mapped, since its columns cannot be trusted. */
  FIELD_COUNT("field-count"),
  /** A required value is blank: the row, or the part of the record it gives, is not mapped. */
  MISSING_VALUE("missing-value"),
  /** A code outside the format's closed list (a vote code other than the documented ones): not mapped. */
  UNKNOWN_CODE("unknown-code"),
  /** A number that is not a whole, non-negative number (a decimal {@code 120.0} is whole): not mapped. */
  UNREADABLE_NUMBER("unreadable-number"),
  /** A date that is not an ISO date {@code YYYY-MM-DD}: not mapped. */
  UNREADABLE_DATE("unreadable-date"),
  /** A country code that ISO 3166 did not assign on the date given: the state is kept without a code. */
  UNRESOLVED_COUNTRY_CODE("unresolved-country-code"),
  /** A row gives a value of its vote or motion otherwise than the vote's first row: the first is kept. */
  ROW_DISAGREES("row-disagrees"),
  /** A row of a record whose rows ended earlier in the file (rows of one record must be together): not mapped. */
  RECORD_NOT_TOGETHER("record-not-together"),
  /** A second row for the same voter in one vote: not mapped, a voter has one ballot. */
  DUPLICATE_ROW("duplicate-row"),
  /** Declared totals whose sum differs from the declared number of members. */
  TOTALS_DISAGREE("totals-disagree"),
  /** A value the documentation does not describe (a session spelling), kept as given. */
  UNDOCUMENTED_VALUE("undocumented-value"),
  /** Values deliberately not mapped, as the format's rules say (a vote taken without a vote). */
  NOT_MAPPED("not-mapped"),
  /** A value the records' own rules refuse (a symbol or text that is not clean): not mapped. */
  INVALID_VALUE("invalid-value"),
  /** A row refers to a record (a member, a vote) that the publication's other files do not have: not mapped. */
  UNKNOWN_REFERENCE("unknown-reference"),
  /**
   * A file of a publication in JSON that is not one JSON object (malformed, cut short, past a
   * reading limit, or another value): the file is not imported, the other files are.
   */
  NOT_JSON("not-json");

  private final String code;

  ImportWarningCode(String code) {
    this.code = code;
  }

  /**
   * Returns the code as written in messages and docs/import.md.
   *
   * @return the code, such as {@code unknown-code}; never null
   */
  public String code() {
    return code;
  }

  @Override
  public String toString() {
    return code;
  }
}
