package io.github.chancery.core.treaty;

import io.github.chancery.core.code.OpenCode;
import io.github.chancery.core.validation.ValidationException;
import java.util.List;

/**
 * Where a treaty stands: signed, in force, no longer in force, suspended.
 *
 * <p>An open code list: {@link #of(String)} returns the known value with exactly that code, or
 * an unknown value that keeps the code verbatim. Instances are immutable and thread-safe.
 */
public final class TreatyStatus extends OpenCode {
  private static final Registry<TreatyStatus> CODES = new Registry<>("treaty status", code -> new TreatyStatus(code, false));

  /** Signed but not yet in force. */
  public static final TreatyStatus SIGNED = CODES.register(new TreatyStatus("signed", true));

  /** In force. */
  public static final TreatyStatus IN_FORCE = CODES.register(new TreatyStatus("in-force", true));

  /** No longer in force. */
  public static final TreatyStatus TERMINATED = CODES.register(new TreatyStatus("terminated", true));

  /** Suspended. */
  public static final TreatyStatus SUSPENDED = CODES.register(new TreatyStatus("suspended", true));

  private TreatyStatus(String code, boolean known) {
    super(code, known);
  }

  /**
   * Returns the known value with exactly this code, or an unknown value keeping it verbatim.
   *
   * @param code the code, such as {@code signed}
   * @return the value
   * @throws ValidationException ({@code invalid-code}) if the code is blank, too long or padded
   */
  public static TreatyStatus of(String code) {
    return CODES.of(code);
  }

  /**
   * Returns the known values, in the order declared.
   *
   * @return the known values, unmodifiable; never null
   */
  public static List<TreatyStatus> knownValues() {
    return CODES.knownValues();
  }
}
