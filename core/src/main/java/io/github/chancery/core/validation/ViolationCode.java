package io.github.chancery.core.validation;

/**
 * The stable codes of the construction rules that a record or value can break.
 *
 * <p>Each code has a lower-case {@linkplain #code() wire form} that never changes between
 * releases, so that applications can match on it, store it, or translate its message. New codes
 * may be added in later releases; existing ones are never renamed.
 *
 * <p>Only rules that no real source can legitimately break are construction rules. Figures that
 * disagree with each other (counts against ballots, a result the counts contradict) are findings
 * of the consistency report, not violations.
 *
 * <p>Immutable and thread-safe, as every enum is.
 */
public enum ViolationCode implements ProblemCode {
  /** A required field is missing. */
  REQUIRED("required"),
  /** A text is empty or only whitespace. */
  BLANK("blank"),
  /**
   * A record id is malformed (blank, too long, with whitespace, control or invisible format
   * characters, or not well-formed Unicode).
   */
  INVALID_ID("invalid-id"),
  /** A list that must hold at least one element is empty. */
  EMPTY("empty"),
  /** A count or number is below zero. */
  NEGATIVE("negative"),
  /** A number that must be above zero is zero or below. */
  NOT_POSITIVE("not-positive"),
  /** The same element appears twice where it may appear only once. */
  DUPLICATE("duplicate"),
  /** One voter has more than one ballot in a vote. */
  DUPLICATE_BALLOT("duplicate-ballot"),
  /** A date that cannot exist, such as 2021-02-29 or month 13, or one that cannot be read. */
  INVALID_DATE("invalid-date"),
  /** Two dates whose order is certainly wrong, given the precision each has. */
  DATE_ORDER("date-order"),
  /** A note, statement or other act addressed to the actor who made it. */
  SELF_ADDRESSED("self-addressed"),
  /** A record that refers to itself where that makes no sense (a motion amending itself). */
  SELF_REFERENCE("self-reference"),
  /** A treaty signature made on behalf of an actor that is not a party to the treaty. */
  NON_PARTY_SIGNATORY("non-party-signatory"),
  /** A country code that is neither ISO 3166-1 alpha-2 (current or withdrawn), the user-assigned XK, nor ISO 3166-3. */
  INVALID_COUNTRY_CODE("invalid-country-code"),
  /** A language tag that is not well-formed BCP 47. */
  INVALID_LANGUAGE_TAG("invalid-language-tag"),
  /** A URL that is not an absolute http or https address. */
  INVALID_URL("invalid-url"),
  /** A code of an open code list that is blank, too long, padded or not one clean line. */
  INVALID_CODE("invalid-code"),
  /** A value whose text does not follow the documented format (a UN registration number). */
  INVALID_FORMAT("invalid-format"),
  /**
   * A text that is not well-formed Unicode: it holds half of a surrogate pair, which no character
   * is made of and which cannot be written as UTF-8.
   */
  INVALID_TEXT("invalid-text");

  private final String code;

  ViolationCode(String code) {
    this.code = code;
  }

  /** Returns the stable, lower-case wire form of this code, such as {@code date-order}. */
  @Override
  public String code() {
    return code;
  }

  @Override
  public String toString() {
    return code;
  }
}
