package io.github.chancery.core.code;

import io.github.chancery.core.validation.ValidationException;
import io.github.chancery.core.validation.ViolationCode;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A country code: ISO 3166-1 alpha-2 ({@code FR}, {@code AZ}), the user-assigned {@code XK} that
 * most data uses for Kosovo, or an ISO 3166-3 code of a former country ({@code SUHH} for the
 * USSR, {@code YUCS} for Yugoslavia).
 *
 * <p>The codes are listed here rather than taken from {@link Locale#getISOCountries()}, which
 * lacks {@code XK} and whose content changes with the JDK. Entities with no code at all, such as
 * self-proclaimed states, are not given one: they are {@code DisputedEntity} records.
 *
 * <p>The canonical form is upper case; {@link #parse} accepts either case. Instances are
 * immutable and thread-safe.
 */
public final class CountryCode implements Comparable<CountryCode> {
  private static final Set<String> ALPHA_2 =
      Set.of(
          ("AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO"
                  + " BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY"
                  + " CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG"
                  + " GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ"
                  + " IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT"
                  + " LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ"
                  + " NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW"
                  + " PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX"
                  + " SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC"
                  + " VE VG VI VN VU WF WS YE YT ZA ZM ZW")
              .split(" "));

  /** The user-assigned code for Kosovo, used by the EU, the IMF and most datasets. */
  private static final String KOSOVO = "XK";

  private static final Set<String> FORMER =
      Set.of(
          ("AIDJ ANHH BQAQ BUMM BYAA CSHH CSXX CTKI DDDE DYBJ FQHH FXFR GEHH HVBF JTUM MIUM NHVU"
                  + " NQAQ NTHH PCHH PUUM PZPA RHZW SKIN SUHH TPTL VDVN WKUM YDYE YUCS ZRCD")
              .split(" "));

  private final String code;

  private CountryCode(String code) {
    this.code = code;
  }

  /**
   * Reads a country code in either case.
   *
   * @param text two letters (ISO 3166-1 alpha-2 or XK) or four (ISO 3166-3)
   * @return the code
   * @throws ValidationException ({@code invalid-country-code}) if the code is not assigned
   */
  public static CountryCode parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    // Only ASCII letters: toUpperCase would turn "ı" or "ſ" into I or S and accept "ıt" as IT.
    boolean ascii = text.chars().allMatch(c -> (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'));
    String upper = text.toString().toUpperCase(Locale.ROOT);
    if (!ascii || (!ALPHA_2.contains(upper) && !KOSOVO.equals(upper) && !FORMER.contains(upper))) {
      throw ValidationException.of(
          "",
          ViolationCode.INVALID_COUNTRY_CODE,
          "'" + text + "' is not an ISO 3166-1 alpha-2 code, XK, or an ISO 3166-3 code");
    }
    return new CountryCode(upper);
  }

  /**
   * Returns the code; the same as {@link #parse}.
   *
   * @param code the code
   * @return the code
   */
  public static CountryCode of(String code) {
    return parse(code);
  }

  /** Returns every current ISO 3166-1 alpha-2 code, plus XK, in no particular order. */
  public static Set<CountryCode> currentCodes() {
    Set<CountryCode> all = new HashSet<>();
    ALPHA_2.forEach(c -> all.add(new CountryCode(c)));
    all.add(new CountryCode(KOSOVO));
    return Set.copyOf(all);
  }

  /** Returns whether this is an ISO 3166-3 code of a country that no longer exists. */
  public boolean isFormer() {
    return code.length() == 4;
  }

  /** Returns whether this is a user-assigned code outside ISO 3166-1 proper ({@code XK}). */
  public boolean isUserAssigned() {
    return KOSOVO.equals(code);
  }

  /** Returns the code in upper case. */
  public String code() {
    return code;
  }

  @Override
  public int compareTo(CountryCode other) {
    return code.compareTo(other.code);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CountryCode && code.equals(((CountryCode) other).code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  /** Returns the code in upper case, which {@link #parse} reads back. */
  @Override
  public String toString() {
    return code;
  }
}
