package io.github.chancery.core.code;

import io.github.chancery.core.wire.WireValue;
import io.github.chancery.core.validation.ValidationException;
import io.github.chancery.core.validation.ViolationCode;
import java.util.HashSet;
import java.util.Locale;
import io.github.chancery.core.time.PartialDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
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
public final class CountryCode implements Comparable<CountryCode>, WireValue {
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

  /**
   * Withdrawn two-letter codes that ISO 3166-1 has not reassigned, with their periods and ISO
   * 3166-3 codes, as ISO 3166-3 lists them; historical datasets code former states with them
   * (UN General Assembly roll calls use {@code YU}, {@code CS}, {@code DD}). A withdrawn code that
   * now names another country ({@code AI}, {@code GE}) is not listed: the current meaning wins.
   */
  private static final List<CodeAssignment> WITHDRAWN =
      List.of(
          withdrawn("AN", "ANHH", "Netherlands Antilles", PartialDate.of(1974), PartialDate.of(2010, 12, 15)),
          withdrawn("BU", "BUMM", "Burma", PartialDate.of(1974), PartialDate.of(1989, 12, 5)),
          withdrawn("CS", "CSHH", "Czechoslovakia", PartialDate.of(1974), PartialDate.of(1993, 6, 15)),
          withdrawn("CS", "CSXX", "Serbia and Montenegro", PartialDate.of(2003, 7, 23), PartialDate.of(2006, 9, 26)),
          withdrawn("CT", "CTKI", "Canton and Enderbury Islands", PartialDate.of(1974), PartialDate.of(1984)),
          withdrawn("DD", "DDDE", "German Democratic Republic", PartialDate.of(1974), PartialDate.of(1990, 10, 30)),
          withdrawn("DY", "DYBJ", "Dahomey", PartialDate.of(1974), PartialDate.of(1977)),
          withdrawn("FQ", "FQHH", "French Southern and Antarctic Territories", PartialDate.of(1974), PartialDate.of(1979)),
          withdrawn("FX", "FXFR", "France, Metropolitan", PartialDate.of(1993), PartialDate.of(1997)),
          withdrawn("HV", "HVBF", "Upper Volta", PartialDate.of(1974), PartialDate.of(1984)),
          withdrawn("JT", "JTUM", "Johnston Island", PartialDate.of(1974), PartialDate.of(1986)),
          withdrawn("MI", "MIUM", "Midway Islands", PartialDate.of(1974), PartialDate.of(1986)),
          withdrawn("NH", "NHVU", "New Hebrides", PartialDate.of(1974), PartialDate.of(1980)),
          withdrawn("NQ", "NQAQ", "Dronning Maud Land", PartialDate.of(1974), PartialDate.of(1983)),
          withdrawn("NT", "NTHH", "Neutral Zone", PartialDate.of(1974), PartialDate.of(1993)),
          withdrawn("PC", "PCHH", "Pacific Islands (Trust Territory)", PartialDate.of(1974), PartialDate.of(1986)),
          withdrawn("PU", "PUUM", "US Miscellaneous Pacific Islands", PartialDate.of(1974), PartialDate.of(1986)),
          withdrawn("PZ", "PZPA", "Panama Canal Zone", PartialDate.of(1974), PartialDate.of(1980)),
          withdrawn("RH", "RHZW", "Southern Rhodesia", PartialDate.of(1974), PartialDate.of(1980)),
          withdrawn("SU", "SUHH", "USSR", PartialDate.of(1974), PartialDate.of(1992, 8, 30)),
          withdrawn("TP", "TPTL", "East Timor", PartialDate.of(1974), PartialDate.of(2002, 5, 20)),
          withdrawn("VD", "VDVN", "Viet-Nam, Democratic Republic of", PartialDate.of(1974), PartialDate.of(1977)),
          withdrawn("WK", "WKUM", "Wake Island", PartialDate.of(1974), PartialDate.of(1986)),
          withdrawn("YD", "YDYE", "Yemen, Democratic", PartialDate.of(1974), PartialDate.of(1990, 8, 14)),
          withdrawn("YU", "YUCS", "Yugoslavia", PartialDate.of(1974), PartialDate.of(2003, 7, 23)),
          withdrawn("ZR", "ZRCD", "Zaire", PartialDate.of(1974), PartialDate.of(1997, 7, 14)));

  private static final Set<String> WITHDRAWN_ALPHA_2 =
      WITHDRAWN.stream().map(a -> a.alpha2).collect(Collectors.toUnmodifiableSet());

  private static CodeAssignment withdrawn(String alpha2, String alpha4, String name, PartialDate assigned, PartialDate withdrawn) {
    return new CodeAssignment(alpha2, alpha4, name, assigned, withdrawn);
  }

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
    if (!ascii
        || (!ALPHA_2.contains(upper) && !KOSOVO.equals(upper) && !FORMER.contains(upper) && !WITHDRAWN_ALPHA_2.contains(upper))) {
      throw ValidationException.of(
          "",
          ViolationCode.INVALID_COUNTRY_CODE,
          "'" + text + "' is not an ISO 3166-1 alpha-2 code (current or withdrawn), XK, or an ISO 3166-3 code");
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

  /**
   * Returns every current ISO 3166-1 alpha-2 code, plus XK, in no particular order.
   *
   * @return a new unmodifiable set of the current codes; never null
   */
  public static Set<CountryCode> currentCodes() {
    Set<CountryCode> all = new HashSet<>();
    ALPHA_2.forEach(c -> all.add(new CountryCode(c)));
    all.add(new CountryCode(KOSOVO));
    return Set.copyOf(all);
  }

  /**
   * Returns whether this is an ISO 3166-3 code of a country that no longer exists, such as {@code
   * SUHH}.
   *
   * @return true for a four-letter ISO 3166-3 code
   */
  public boolean isFormer() {
    return code.length() == 4;
  }

  /**
   * Returns whether this is a two-letter code ISO 3166-1 has withdrawn, such as {@code YU} or
   * {@code SU}; it is kept as given, never mapped to a current code.
   *
   * @return true for a withdrawn two-letter code
   */
  public boolean isWithdrawn() {
    return WITHDRAWN_ALPHA_2.contains(code);
  }

  /**
   * Returns whether this code is assigned today: a current alpha-2 code or {@code XK}.
   *
   * @return true unless the code is former or withdrawn
   */
  public boolean isCurrent() {
    return !isFormer() && !isWithdrawn();
  }

  /**
   * Returns the periods in which this withdrawn code was assigned, in date order: two for {@code
   * CS}, one for {@code YU}; for an ISO 3166-3 code, the period it stands for; none for a current code.
   *
   * @return the assignments, unmodifiable; never null, empty for a current code
   */
  public List<CodeAssignment> assignments() {
    List<CodeAssignment> found = new ArrayList<>();
    for (CodeAssignment assignment : WITHDRAWN) {
      if (assignment.alpha2.equals(code) || assignment.alpha4.equals(code)) {
        found.add(assignment);
      }
    }
    return List.copyOf(found);
  }

  /**
   * Returns the assignment of this withdrawn code that may have been in force on a date: {@code
   * CS} on 1980-01-01 is Czechoslovakia's, on 2004-01-01 Serbia and Montenegro's.
   *
   * @param date the date
   * @return the assignment, if the code was assigned then; empty for a current code
   */
  public Optional<CodeAssignment> assignmentOn(PartialDate date) {
    Objects.requireNonNull(date, "date");
    return assignments().stream().filter(a -> a.mayCover(date)).findFirst();
  }

  /**
   * Returns whether this is a user-assigned code outside ISO 3166-1 proper ({@code XK}).
   *
   * @return true only for {@code XK}
   */
  public boolean isUserAssigned() {
    return KOSOVO.equals(code);
  }

  /**
   * Returns the code in upper case.
   *
   * @return the code, two or four upper-case letters
   */
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
