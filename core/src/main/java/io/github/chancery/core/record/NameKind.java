package io.github.chancery.core.record;

import io.github.chancery.core.code.OpenCode;
import io.github.chancery.core.validation.ValidationException;
import java.util.List;

/**
 * What kind of name an {@link OtherName} is: an alias, a former name, a short form, an
 * abbreviation, a transliteration, or a birth name. Publishers use other words too (Popolo leaves
 * the kind to a free {@code note}); they are kept verbatim.
 *
 * <p>An open code list: {@link #of(String)} returns the known value with exactly that code, or
 * an unknown value that keeps the code verbatim. Instances are immutable and thread-safe.
 */
public final class NameKind extends OpenCode {
  private static final Registry<NameKind> CODES = new Registry<>("name kind", code -> new NameKind(code, false));

  /** Another name in current use, such as a popular name or a spelling variant. */
  public static final NameKind ALIAS = CODES.register(new NameKind("alias", true));
  /** A name no longer used, such as {@code Zaire} or {@code Burma}; its dates say when it was. */
  public static final NameKind FORMER = CODES.register(new NameKind("former", true));
  /** A short form, such as {@code Bosnia} for Bosnia and Herzegovina. */
  public static final NameKind SHORT = CODES.register(new NameKind("short", true));
  /** An abbreviation or acronym, such as {@code UNGA} or {@code OSCE}. */
  public static final NameKind ABBREVIATION = CODES.register(new NameKind("abbreviation", true));
  /** The name written in another script, such as a romanisation of a Cyrillic name. */
  public static final NameKind TRANSLITERATION = CODES.register(new NameKind("transliteration", true));
  /** A person's name at birth. */
  public static final NameKind BIRTH = CODES.register(new NameKind("birth", true));

  private NameKind(String code, boolean known) {
    super(code, known);
  }

  /**
   * Returns the known value with exactly this code, or an unknown value keeping it verbatim.
   *
   * @param code the code, such as {@code former}
   * @return the value
   * @throws ValidationException ({@code invalid-code}) if the code is blank, too long or padded
   */
  public static NameKind of(String code) {
    return CODES.of(code);
  }

  /**
   * Returns the known values, in the order declared.
   *
   * @return the known name kinds, unmodifiable; never null
   */
  public static List<NameKind> knownValues() {
    return CODES.knownValues();
  }
}
