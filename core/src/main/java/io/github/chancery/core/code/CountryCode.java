package io.github.chancery.core.code;

import io.github.chancery.core.code.CountryCodeTable.Row;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.validation.ValidationException;
import io.github.chancery.core.validation.ViolationCode;
import io.github.chancery.core.wire.WireValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A country code: ISO 3166-1 alpha-2 ({@code FR}, {@code AZ}), the user-assigned {@code XK} that
 * most data uses for Kosovo, or an ISO 3166-3 code of a former country ({@code SUHH} for the
 * USSR, {@code YUCS} for Yugoslavia).
 *
 * <p>Real data also gives the two other forms of ISO 3166-1, and this class reads and gives them:
 * the alpha-3 code of the UN Treaty Collection and most statistics ({@link #ofAlpha3(String)
 * ofAlpha3("UKR")}, {@link #alpha3()}) and the numeric code of UN M49, which ISO 3166-1 takes
 * ({@link #ofNumeric(int) ofNumeric(804)}, {@link #parseNumeric(CharSequence) parseNumeric("804")},
 * {@link #numeric()}). A withdrawn alpha-3 or numeric code gives the ISO 3166-3 code of its entry
 * ({@code SUN} and 810 give {@code SUHH}; {@code CSK} gives {@code CSHH}, {@code SCG} gives {@code
 * CSXX}), which tells apart what a withdrawn two-letter code cannot ({@code CS}). Where a number
 * or three letters passed from a withdrawn entry to a current one (Dahomey's 204 is Benin's), the
 * current one is read, unless a date is given ({@link #ofNumeric(int, PartialDate)}): then the
 * entry the code designated that day. Codes in either form are taken from ISO 3166-1 and 3166-3
 * and the newsletters that changed them, not from the JDK. Codes that datasets use beside ISO's are
 * refused, saying what they stand for: {@code EUU} and {@code EU} (the European Union, recorded as
 * an {@code Organization}), {@code UK} (the United Kingdom's is {@code GB}), the other three-letter
 * codes of groupings, M49's numbers of regions, and the numbers M49 gave territories ISO 3166 lists
 * without one (Sikkim's 698).
 *
 * <p>The codes are listed here rather than taken from {@link Locale#getISOCountries()}, which
 * lacks {@code XK} and whose content changes with the JDK. Entities with no code at all, such as
 * self-proclaimed states, are not given one: they are {@code DisputedEntity} records.
 *
 * <p>The canonical form is upper case; {@link #parse} and {@link #ofAlpha3} accept either case.
 * Every factory refuses what it cannot read with a {@link ValidationException} ({@code
 * invalid-country-code}) whose message names the input. Instances are immutable and thread-safe.
 */
public final class CountryCode implements Comparable<CountryCode>, WireValue {
  /** The user-assigned code for Kosovo, used by the EU, the IMF and most datasets. */
  private static final String KOSOVO = "XK";

  private static final Set<String> FORMER =
      CountryCodeTable.ASSIGNMENTS.stream().map(a -> a.alpha4).collect(Collectors.toUnmodifiableSet());

  /**
   * Withdrawn two-letter codes that ISO 3166-1 has not reassigned, with their periods and ISO
   * 3166-3 codes, as ISO 3166-3 lists them; historical datasets code former states with them
   * (UN General Assembly roll calls use {@code YU}, {@code CS}, {@code DD}). A withdrawn code that
   * now names another country ({@code AI}, {@code GE}) is not among them: the current meaning wins.
   */
  private static final Set<String> WITHDRAWN_ALPHA_2 =
      CountryCodeTable.ASSIGNMENTS.stream()
          .map(a -> a.alpha2)
          .filter(alpha2 -> !CountryCodeTable.CURRENT_ALPHA_2.contains(alpha2))
          .collect(Collectors.toUnmodifiableSet());

  private final String code;

  private CountryCode(String code) {
    this.code = code;
  }

  /**
   * Reads a country code in either case.
   *
   * @param text two letters (ISO 3166-1 alpha-2 or XK) or four (ISO 3166-3)
   * @return the code
   * @throws ValidationException ({@code invalid-country-code}) if the code is not assigned; the
   *     message says when it is an alpha-3 code, to read with {@link #ofAlpha3}, or a code ISO
   *     3166-1 reserves for another use ({@code EU}, the European Union, an organisation; {@code
   *     UK}, the United Kingdom's {@code GB})
   */
  public static CountryCode parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String upper = asciiUpperCase(text);
    if (upper == null
        || (!CountryCodeTable.CURRENT_ALPHA_2.contains(upper) && !KOSOVO.equals(upper) && !FORMER.contains(upper)
            && !WITHDRAWN_ALPHA_2.contains(upper))) {
      String reserved = upper == null ? null : CountryCodeTable.NOT_ISO_ALPHA_2.get(upper);
      if (reserved != null) {
        throw invalid("'" + text + "' is not an ISO 3166-1 country code: it is " + reserved);
      }
      boolean alpha3 = upper != null && CountryCodeTable.ROWS.stream().anyMatch(r -> r.alpha3.equals(upper));
      throw invalid(
          "'" + text + "' is not an ISO 3166-1 alpha-2 code (current or withdrawn), XK, or an ISO 3166-3 code"
              + (alpha3 ? "; it is an alpha-3 code: read it with CountryCode.ofAlpha3" : ""));
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
   * Returns the code of an ISO 3166-1 alpha-3 code, in either case: {@code UKR} gives {@code UA};
   * a withdrawn one gives the ISO 3166-3 code of its entry ({@code SUN} gives {@code SUHH}, {@code
   * YUG} {@code YUCS}, {@code CSK} {@code CSHH}, {@code DDR} {@code DDDE}), or the current code of
   * a country whose alpha-3 code alone changed ({@code ROM}, Romania's until 2002, gives {@code
   * RO}). {@code ATF}, the French Southern and Antarctic Territories' until 1979 and the French
   * Southern Territories' since, gives the current {@code TF}; see {@link #ofAlpha3(String,
   * PartialDate)} for the code on a date.
   *
   * @param alpha3 three letters
   * @return the code
   * @throws ValidationException ({@code invalid-country-code}) if ISO 3166 never assigned it: a
   *     code such as {@code EUU} (the European Union, an organisation) is refused with what it stands
   *     for, one of the ranges left to users ({@code XKX}, {@code ZZZ}) saying so
   */
  public static CountryCode ofAlpha3(String alpha3) {
    String upper = alpha3Text(alpha3);
    return read("'" + alpha3 + "'", rows(r -> r.alpha3.equals(upper)), null);
  }

  /**
   * Returns the code an ISO 3166-1 alpha-3 code designated on a date, in either case: {@code ATF}
   * on 1 January 1975 gives {@code FQHH}, on 1 January 2000 {@code TF}; {@code DEU} gives {@code
   * DE} on either side of 1990. Where dates known only to the year or month leave two entries
   * possible, the one withdrawn on or after the date is taken while it may still have been
   * assigned.
   *
   * @param alpha3 three letters
   * @param date the date the code was used
   * @return the code
   * @throws ValidationException ({@code invalid-country-code}) if ISO 3166 never assigned it, or
   *     did not on that date ({@code ROM} after 1 February 2002); the message gives its periods
   */
  public static CountryCode ofAlpha3(String alpha3, PartialDate date) {
    Objects.requireNonNull(date, "date");
    String upper = alpha3Text(alpha3);
    return read("'" + alpha3 + "'", rows(r -> r.alpha3.equals(upper)), date);
  }

  /**
   * Returns the code of a numeric code of ISO 3166-1 (UN M49): 804 gives {@code UA}, 4 {@code
   * AF}; a withdrawn one gives the ISO 3166-3 code of its entry (810 gives {@code SUHH}, 278 {@code
   * DDDE}, 200 {@code CSHH}), or the current code of a country whose number alone changed (280,
   * the Federal Republic of Germany's until 1990, gives {@code DE}; 736, Sudan's until 2011, {@code
   * SD}). A number that passed from a withdrawn entry to a current one gives the current one (204
   * gives {@code BJ}, not Dahomey's {@code DYBJ}).
   *
   * @param numeric the number, from 0 to 999
   * @return the code
   * @throws ValidationException ({@code invalid-country-code}) if ISO 3166-1 never assigned it to
   *     a country or area: a region of M49 (150, Europe), a number of the user-assigned range (900
   *     to 999), a number M49 gave a territory ISO 3166 lists without it (698, Sikkim's: the
   *     message names the code to read instead), or 891, which designated Yugoslavia and then
   *     Serbia and Montenegro and needs a date ({@link #ofNumeric(int, PartialDate)})
   */
  public static CountryCode ofNumeric(int numeric) {
    return read(numericText(numeric), rows(r -> r.numeric == numeric), null);
  }

  /**
   * Returns the code a numeric code of ISO 3166-1 (UN M49) designated on a date: 891 gives {@code
   * YUCS} in 2000 and {@code CSXX} in 2005; 204 gives {@code DYBJ} in 1975 and {@code BJ} in 1980.
   *
   * @param numeric the number, from 0 to 999
   * @param date the date the number was used
   * @return the code
   * @throws ValidationException ({@code invalid-country-code}) if ISO 3166-1 never assigned it to
   *     a country or area, or did not on that date; the message gives its periods
   */
  public static CountryCode ofNumeric(int numeric, PartialDate date) {
    Objects.requireNonNull(date, "date");
    return read(numericText(numeric), rows(r -> r.numeric == numeric), date);
  }

  /**
   * Reads a numeric code of ISO 3166-1 (UN M49) written as text, with or without its leading zeros
   * ({@code 004} or {@code 4}, as a spreadsheet leaves it), and returns its code as {@link
   * #ofNumeric(int)} does.
   *
   * @param text one to three ASCII digits
   * @return the code
   * @throws ValidationException ({@code invalid-country-code}) if the text is not one to three
   *     digits, or the number is not a country's or area's
   */
  public static CountryCode parseNumeric(CharSequence text) {
    Objects.requireNonNull(text, "text");
    if (text.length() < 1 || text.length() > 3 || !asciiDigits(text)) {
      throw invalid("'" + text + "' is not a numeric country code of ISO 3166-1 (UN M49): one to three digits, such as 804");
    }
    return ofNumeric(Integer.parseInt(text.toString()));
  }

  /**
   * Returns every current ISO 3166-1 alpha-2 code, plus XK, in no particular order.
   *
   * @return a new unmodifiable set of the current codes; never null
   */
  public static Set<CountryCode> currentCodes() {
    Set<CountryCode> all = new HashSet<>();
    CountryCodeTable.CURRENT_ALPHA_2.forEach(c -> all.add(new CountryCode(c)));
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
   * CS}, one for {@code YU}; for an ISO 3166-3 code, the period it stands for (Sikkim's {@code SKIN}
   * too, although {@code SK} is now Slovakia's); none for a current code.
   *
   * @return the assignments, unmodifiable; never null, empty for a current code
   */
  public List<CodeAssignment> assignments() {
    List<CodeAssignment> found = new ArrayList<>();
    for (CodeAssignment assignment : CountryCodeTable.ASSIGNMENTS) {
      if ((assignment.alpha2.equals(code) && isWithdrawn()) || assignment.alpha4.equals(code)) {
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
   * Returns this code's ISO 3166-1 alpha-3 code: the current one for a current code ({@code DEU}
   * for {@code DE}, {@code ROU} for {@code RO}), its entry's for an ISO 3166-3 code ({@code SUN}
   * for {@code SUHH}) or a withdrawn code assigned once ({@code SUN} for {@code SU}).
   *
   * @return three upper-case letters, or empty for a withdrawn code assigned twice ({@code CS}: see
   *     {@link #alpha3On}) and for {@code XK}, which has no alpha-3 code all datasets share
   */
  public Optional<String> alpha3() {
    Set<String> found = latest(r -> r.alpha3);
    return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
  }

  /**
   * Returns this code's ISO 3166-1 numeric code (UN M49), as {@link #alpha3()} does: 276 for {@code
   * DE}, 810 for {@code SUHH} or {@code SU}, 891 for {@code YUCS} (its number when withdrawn).
   *
   * @return the number, or empty for {@code CS}, {@code XK}, and the ISO 3166-3 codes that have none
   *     (withdrawn before ISO 3166 had numeric codes, such as Sikkim's)
   */
  public OptionalInt numeric() {
    Set<Integer> found = latest(r -> r.numeric);
    return found.size() == 1 && found.iterator().next() >= 0 ? OptionalInt.of(found.iterator().next()) : OptionalInt.empty();
  }

  /**
   * Returns this code's ISO 3166-1 alpha-3 code on a date: {@code ROM} for {@code RO} in 1990,
   * {@code CSK} for {@code CS} in 1980 and {@code SCG} in 2004.
   *
   * @param date the date
   * @return three upper-case letters, or empty when the code had none then, or the date's precision
   *     leaves two possible
   */
  public Optional<String> alpha3On(PartialDate date) {
    Set<String> found = on(date, r -> r.alpha3);
    return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
  }

  /**
   * Returns this code's ISO 3166-1 numeric code (UN M49) on a date: 280 for {@code DE} in 1980 and
   * 276 in 2000; 890 for {@code YU} in 1980.
   *
   * @param date the date
   * @return the number, or empty when the code had none then, or the date leaves two possible (the
   *     sources differ on the day Yugoslavia's 890 became 891, between April 1992 and July 1993)
   */
  public OptionalInt numericOn(PartialDate date) {
    Set<Integer> found = on(date, r -> r.numeric);
    return found.size() == 1 && found.iterator().next() >= 0 ? OptionalInt.of(found.iterator().next()) : OptionalInt.empty();
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

  /** The table's rows for this code: its own, or, for a withdrawn two-letter code, its entries'. */
  private List<Row> ownRows() {
    Set<String> codes = new HashSet<>();
    codes.add(code);
    if (isWithdrawn()) {
      assignments().forEach(a -> codes.add(a.alpha4));
    }
    return rows(r -> codes.contains(r.code));
  }

  /** The values of the rows in force today, or when each entry was withdrawn. */
  private <T> Set<T> latest(Function<Row, T> value) {
    Set<T> found = new LinkedHashSet<>();
    Set<String> seen = new HashSet<>();
    // An entry's last form is listed before the forms it replaced.
    for (Row row : ownRows()) {
      if (seen.add(row.code)) {
        found.add(value.apply(row));
      }
    }
    return found;
  }

  private <T> Set<T> on(PartialDate date, Function<Row, T> value) {
    Objects.requireNonNull(date, "date");
    return inForce(ownRows(), date).stream().map(value).collect(Collectors.toCollection(LinkedHashSet::new));
  }

  /**
   * The rows that may have been in force on a date. A row that ends on that very day gives way to
   * the one that begins on it; a current row whose start the table does not give (Benin's 204,
   * Dahomey's until 1977) gives way to the withdrawn row it followed, while that may be in force.
   */
  private static List<Row> inForce(List<Row> rows, PartialDate date) {
    List<Row> covering = rows.stream().filter(r -> r.mayCover(date)).collect(Collectors.toList());
    List<Row> notEnded = covering.stream().filter(r -> !r.endsOn(date)).collect(Collectors.toList());
    if (!notEnded.isEmpty()) {
      covering = notEnded;
    }
    boolean withdrawn = covering.stream().anyMatch(r -> !r.isCurrent());
    return covering.stream().filter(r -> !(withdrawn && r.isCurrent() && r.from == null)).collect(Collectors.toList());
  }

  private static List<Row> rows(Predicate<Row> matching) {
    return CountryCodeTable.ROWS.stream().filter(matching).collect(Collectors.toList());
  }

  /** The code the rows of one alpha-3 or numeric code give, on a date or, without one, today. */
  private static CountryCode read(String input, List<Row> rows, PartialDate date) {
    if (rows.isEmpty()) {
      throw invalid(input + notAssigned(input));
    }
    List<Row> candidates;
    if (date != null) {
      candidates = inForce(rows, date);
    } else {
      List<Row> current = rows.stream().filter(Row::isCurrent).collect(Collectors.toList());
      candidates = current.isEmpty() ? rows : current;
    }
    Set<String> codes = candidates.stream().map(r -> r.code).collect(Collectors.toCollection(LinkedHashSet::new));
    if (codes.size() == 1) {
      return new CountryCode(codes.iterator().next());
    }
    String periods = rows.stream().map(CountryCode::period).distinct().collect(Collectors.joining(", "));
    throw invalid(
        codes.isEmpty()
            ? input + " was not assigned on " + date + ": it was " + periods
            : input + " designated " + periods + ": give the date it was used");
  }

  private static String period(Row row) {
    return row.code + (row.from == null ? " until " + row.until : " from " + row.from + (row.until == null ? "" : " until " + row.until));
  }

  private static String notAssigned(String input) {
    String text = input.substring(1, input.length() - 1);
    if (text.chars().allMatch(Character::isDigit)) {
      int numeric = Integer.parseInt(text);
      String region = CountryCodeTable.M49_REGIONS.get(numeric);
      if (region != null) {
        return " is the UN M49 code of a region, " + region + ", not of a country or area";
      }
      String former = CountryCodeTable.M49_WITHOUT_ISO_ENTRY.get(numeric);
      if (former != null) {
        return " was the numeric code (UN M49) of " + former;
      }
      if (numeric >= 900) {
        return " is in the range ISO 3166-1 leaves to users (900 to 999), not a country's or area's code";
      }
      return " is not a numeric code ISO 3166-1 (UN M49) assigned to a country or area, current or withdrawn";
    }
    String upper = text.toUpperCase(Locale.ROOT);
    String known = CountryCodeTable.NOT_ISO_ALPHA_3.get(upper);
    if (known != null) {
      return " is not an ISO 3166-1 alpha-3 code: it is " + known;
    }
    if (isUserAssignedAlpha3(upper)) {
      return " is in a range ISO 3166-1 leaves to users (AAA to AAZ, QMA to QZZ, XAA to XZZ, ZZA to ZZZ), not a"
          + " country's or area's code";
    }
    return " is not an ISO 3166-1 alpha-3 code, current or withdrawn (ISO 3166-3)";
  }

  /** The alpha-3 codes ISO 3166-1 leaves to users: AAA to AAZ, QMA to QZZ, XAA to XZZ, ZZA to ZZZ. */
  private static boolean isUserAssignedAlpha3(String upper) {
    return upper.startsWith("AA") || upper.startsWith("X") || upper.startsWith("ZZ") || (upper.charAt(0) == 'Q' && upper.charAt(1) >= 'M');
  }

  private static String alpha3Text(String alpha3) {
    Objects.requireNonNull(alpha3, "alpha3");
    String upper = asciiUpperCase(alpha3);
    if (upper == null || upper.length() != 3) {
      throw invalid("'" + alpha3 + "' is not an ISO 3166-1 alpha-3 code: three letters, such as UKR");
    }
    return upper;
  }

  private static String numericText(int numeric) {
    if (numeric < 0 || numeric > 999) {
      throw invalid("'" + numeric + "' is not a numeric country code of ISO 3166-1 (UN M49): 0 to 999, such as 804");
    }
    return "'" + String.format("%03d", numeric) + "'";
  }

  /** The text in upper case, or null unless it is ASCII letters only. */
  private static String asciiUpperCase(CharSequence text) {
    // Only ASCII letters: toUpperCase would turn "ı" or "ſ" into I or S and accept "ıt" as IT. A
    // loop, not a stream of chars: every state of a stream of records has its code parsed, and
    // the stream's objects were a third of what reading such a stream allocated.
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c < 'A' || c > 'Z') && (c < 'a' || c > 'z')) {
        return null;
      }
    }
    return text.toString().toUpperCase(Locale.ROOT); // the same string when it is upper case already
  }

  private static boolean asciiDigits(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static ValidationException invalid(String message) {
    return ValidationException.of("", ViolationCode.INVALID_COUNTRY_CODE, message);
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
