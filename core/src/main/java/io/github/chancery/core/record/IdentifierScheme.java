package io.github.chancery.core.record;

import io.github.chancery.core.code.OpenCode;
import io.github.chancery.core.validation.ValidationException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The scheme of an external {@link Identifier}: who assigns the value and what it looks like. A
 * known scheme has a documented format, which an identifier's value is checked against; any
 * other scheme (a publisher's own ids, such as {@code parltrack} or {@code theyworkforyou}) is
 * kept verbatim and its values are not checked beyond being clean text.
 *
 * <p>An open code list: {@link #of(String)} returns the known value with exactly that code, or
 * an unknown value that keeps the code verbatim. Instances are immutable and thread-safe.
 */
public final class IdentifierScheme extends OpenCode {
  private static final Registry<IdentifierScheme> CODES =
      new Registry<>("identifier scheme", code -> new IdentifierScheme(code, false, null, null));

  /** A Wikidata item: {@code Q} and digits, such as {@code Q212} (Ukraine). */
  public static final IdentifierScheme WIKIDATA =
      CODES.register(new IdentifierScheme("wikidata", true, "Q[1-9][0-9]*", "a Wikidata item such as Q212"));

  /**
   * An Open Civic Data id: {@code ocd-}, a kind, a slash and the id, such as {@code
   * ocd-division/country:ua} or {@code ocd-person/...}.
   */
  public static final IdentifierScheme OPEN_CIVIC_DATA =
      CODES.register(
          new IdentifierScheme("ocd", true, "ocd-[a-z]+(_[a-z]+)*/\\S+", "an Open Civic Data id such as ocd-division/country:ua"));

  /** A UN M49 area code: three digits, such as {@code 804} (Ukraine) or {@code 150} (Europe). */
  public static final IdentifierScheme UN_M49 =
      CODES.register(new IdentifierScheme("un-m49", true, "[0-9]{3}", "a UN M49 code of three digits such as 804"));

  /** A Correlates of War state number: one to three digits, such as {@code 369} (Ukraine). */
  public static final IdentifierScheme CORRELATES_OF_WAR =
      CODES.register(new IdentifierScheme("cow", true, "[1-9][0-9]{0,2}", "a Correlates of War state number such as 369"));

  /** An ISO 3166-3 code of a former country: four letters, such as {@code SUHH} (the USSR). */
  public static final IdentifierScheme ISO_3166_3 =
      CODES.register(new IdentifierScheme("iso-3166-3", true, "[A-Z]{4}", "an ISO 3166-3 code of four letters such as SUHH"));

  /**
   * A UN document symbol, such as {@code S/2022/155}, {@code A/RES/ES-11/1} or {@code S/RES/2231
   * (2015)}.
   */
  public static final IdentifierScheme UN_DOCUMENT_SYMBOL =
      CODES.register(
          new IdentifierScheme(
              "un-document-symbol", true, "[A-Z]{1,12}(/[A-Za-z0-9.\\-]+)+( \\([0-9]{4}\\))?", "a UN document symbol such as A/RES/ES-11/1"));

  /** A registration number in the UN Treaty Series, such as {@code I:54113} (the Paris Agreement). */
  public static final IdentifierScheme UN_TREATY_SERIES =
      CODES.register(new IdentifierScheme("unts", true, "(I|II):[1-9][0-9]*", "a UN Treaty Series registration number such as I:54113"));

  private final Pattern format;
  private final String example;

  private IdentifierScheme(String code, boolean known, String format, String example) {
    super(code, known);
    this.format = format == null ? null : Pattern.compile(format);
    this.example = example;
  }

  /**
   * Returns the known value with exactly this code, or an unknown value keeping it verbatim.
   *
   * @param code the code, such as {@code wikidata}
   * @return the value
   * @throws ValidationException ({@code invalid-code}) if the code is blank, too long or padded
   */
  public static IdentifierScheme of(String code) {
    return CODES.of(code);
  }

  /**
   * Returns the known values, in the order declared.
   *
   * @return the known schemes, unmodifiable; never null
   */
  public static List<IdentifierScheme> knownValues() {
    return CODES.knownValues();
  }

  /**
   * Returns what a value of this scheme must look like, for a message, when the scheme has a
   * documented format: {@code a Wikidata item such as Q212}.
   *
   * @return a description of the format with an example, or empty for a scheme without a documented
   *     format (every unknown scheme)
   */
  public Optional<String> format() {
    return Optional.ofNullable(example);
  }

  /**
   * Returns the regular expression a whole value of this scheme matches, when the scheme has a
   * documented format; written in the syntax shared by Java and JSON Schema (ECMA-262).
   *
   * @return the regular expression, or empty for a scheme without a documented format
   */
  public Optional<String> pattern() {
    return Optional.ofNullable(format).map(Pattern::pattern);
  }

  /**
   * Returns whether a value follows this scheme's documented format; every value does for a
   * scheme without one.
   *
   * @param value the value
   * @return true when it follows the format
   */
  public boolean accepts(String value) {
    return format == null || format.matcher(value).matches();
  }
}
