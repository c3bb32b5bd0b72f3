package io.github.chancery.core.treaty;

/**
 * Whether a participant was a party to a treaty on a date, by the treaty's record: bound by it and
 * with the treaty in force for it. What the record leaves open (dates known only to the month
 * around an act's taking effect) is {@link #UNDETERMINED}, never guessed.
 *
 * <p>Immutable and thread-safe, as every enum is.
 */
public enum PartyStatus {
  /** A party on that date, by the record. */
  PARTY,
  /** Not a party on that date, by the record: not yet bound, not yet in force for it, or withdrawn. */
  NOT_A_PARTY,
  /** The record's dates do not decide it. */
  UNDETERMINED
}
