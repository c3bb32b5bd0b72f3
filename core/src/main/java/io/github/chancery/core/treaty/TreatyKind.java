package io.github.chancery.core.treaty;

import io.github.chancery.core.code.OpenCode;
import io.github.chancery.core.validation.ValidationException;
import java.util.List;

/**
 * What kind of instrument a treaty is: a treaty, an agreement, a convention, a protocol, a
 * memorandum, a joint or trilateral statement, a ceasefire, an exchange of notes.
 *
 * <p>An open code list: {@link #of(String)} returns the known value with exactly that code, or
 * an unknown value that keeps the code verbatim. Instances are immutable and thread-safe.
 */
public final class TreatyKind extends OpenCode {
  private static final Registry<TreatyKind> CODES = new Registry<>("treaty kind", code -> new TreatyKind(code, false));

  /** A treaty. */
  public static final TreatyKind TREATY = CODES.register(new TreatyKind("treaty", true));

  /** An agreement. */
  public static final TreatyKind AGREEMENT = CODES.register(new TreatyKind("agreement", true));

  /** A convention. */
  public static final TreatyKind CONVENTION = CODES.register(new TreatyKind("convention", true));

  /** A protocol. */
  public static final TreatyKind PROTOCOL = CODES.register(new TreatyKind("protocol", true));

  /** A memorandum of understanding. */
  public static final TreatyKind MEMORANDUM = CODES.register(new TreatyKind("memorandum", true));

  /** A joint statement of two parties. */
  public static final TreatyKind JOINT_STATEMENT = CODES.register(new TreatyKind("joint-statement", true));

  /** A statement signed by three parties. */
  public static final TreatyKind TRILATERAL_STATEMENT = CODES.register(new TreatyKind("trilateral-statement", true));

  /** A ceasefire or armistice agreement. */
  public static final TreatyKind CEASEFIRE = CODES.register(new TreatyKind("ceasefire", true));

  /** An agreement by exchange of notes. */
  public static final TreatyKind EXCHANGE_OF_NOTES = CODES.register(new TreatyKind("exchange-of-notes", true));

  private TreatyKind(String code, boolean known) {
    super(code, known);
  }

  /**
   * Returns the known value with exactly this code, or an unknown value keeping it verbatim.
   *
   * @param code the code, such as {@code treaty}
   * @return the value
   * @throws ValidationException ({@code invalid-code}) if the code is blank, too long or padded
   */
  public static TreatyKind of(String code) {
    return CODES.of(code);
  }

  /**
   * Returns the known values, in the order declared.
   *
   * @return the known values, unmodifiable; never null
   */
  public static List<TreatyKind> knownValues() {
    return CODES.knownValues();
  }
}
