package io.github.chancery.core.code;

import io.github.chancery.core.time.PartialDate;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * One period in which ISO 3166 assigned a code that it has since withdrawn: {@code CS} for
 * Czechoslovakia from 1974 to 1993, and {@code CS} again for Serbia and Montenegro from 2003 to
 * 2006; each with the ISO 3166-3 code that now stands for it ({@code CSHH}, {@code CSXX}), the
 * alpha-3 and numeric codes of the entry ({@code CSK} and 200, {@code SCG} and 891) and the
 * country's English short name as ISO 3166-3 gives it.
 *
 * <p>Only the codes of this library's table exist; {@link CountryCode#assignments()} returns
 * them. Immutable and thread-safe.
 */
public final class CodeAssignment {
  final String alpha2;
  final String alpha4;
  private final String alpha3;
  private final int numeric;
  private final String name;
  private final PartialDate assigned;
  private final PartialDate withdrawn;

  CodeAssignment(String alpha2, String alpha4, String alpha3, int numeric, String name, PartialDate assigned, PartialDate withdrawn) {
    this.alpha2 = alpha2;
    this.alpha4 = alpha4;
    this.alpha3 = alpha3;
    this.numeric = numeric;
    this.name = name;
    this.assigned = assigned;
    this.withdrawn = withdrawn;
  }

  /**
   * Returns the two-letter code as it was assigned, such as {@code CS}.
   *
   * @return the two-letter code; never null
   */
  public CountryCode alpha2() {
    return CountryCode.parse(alpha2);
  }

  /**
   * Returns the ISO 3166-3 code that stands for the withdrawn assignment, such as {@code CSHH}.
   *
   * @return the ISO 3166-3 code; never null
   */
  public CountryCode formerCountryCode() {
    return CountryCode.parse(alpha4);
  }

  /**
   * Returns the entry's ISO 3166-1 alpha-3 code, such as {@code CSK}; withdrawn with it, and never
   * that of another entry since, except {@code ATF} (now the French Southern Territories').
   *
   * @return three upper-case letters; never null
   */
  public String alpha3() {
    return alpha3;
  }

  /**
   * Returns the entry's numeric code (UN M49) when it was withdrawn, as ISO 3166-3 gives it, such as
   * 200 for Czechoslovakia; a number may have passed on to a successor (Dahomey's 204 is Benin's).
   * {@link CountryCode#numericOn} gives an earlier one where it changed (Yugoslavia's 890).
   *
   * @return the number, or empty for the codes ISO 3166-3 gives none (withdrawn before ISO 3166 had
   *     numeric codes, such as Sikkim's)
   */
  public OptionalInt numeric() {
    return numeric < 0 ? OptionalInt.empty() : OptionalInt.of(numeric);
  }

  /**
   * Returns the country's English short name, such as {@code Czechoslovakia}.
   *
   * @return the English short name; never null
   */
  public String name() {
    return name;
  }

  /**
   * Returns when the code was assigned (1974 for those of the first edition of ISO 3166).
   *
   * @return the date of the assignment; never null
   */
  public PartialDate assigned() {
    return assigned;
  }

  /**
   * Returns when it was withdrawn.
   *
   * @return the date of the withdrawal; never null
   */
  public PartialDate withdrawn() {
    return withdrawn;
  }

  /**
   * Returns whether the code may have been assigned on the date: the date is not definitely
   * before the assignment nor definitely after the withdrawal.
   *
   * @param date the date
   * @return false only when the date is certainly outside the period
   */
  public boolean mayCover(PartialDate date) {
    Objects.requireNonNull(date, "date");
    return !date.isDefinitelyBefore(assigned) && !date.isDefinitelyAfter(withdrawn);
  }

  /** Returns {@code CS (CSHH, Czechoslovakia, 1974 to 1993-06-15)}. */
  @Override
  public String toString() {
    return alpha2 + " (" + alpha4 + ", " + name + ", " + assigned + " to " + withdrawn + ")";
  }
}
