package io.github.chancery.core.actor;

import io.github.chancery.core.code.OpenCode;
import io.github.chancery.core.validation.ValidationException;
import java.util.List;

/**
 * What an entity whose statehood is disputed claims for itself: independence, union with another
 * state, or autonomy.
 *
 * <p>An open code list: {@link #of(String)} returns the known value with exactly that code, or
 * an unknown value that keeps the code verbatim. Instances are immutable and thread-safe.
 */
public final class ClaimKind extends OpenCode {
  private static final Registry<ClaimKind> CODES = new Registry<>("claim kind", code -> new ClaimKind(code, false));

  /** Independence as a sovereign state. */
  public static final ClaimKind INDEPENDENCE = CODES.register(new ClaimKind("independence", true));

  /** Union with another state. */
  public static final ClaimKind UNION = CODES.register(new ClaimKind("union", true));

  /** Autonomy within a state. */
  public static final ClaimKind AUTONOMY = CODES.register(new ClaimKind("autonomy", true));

  private ClaimKind(String code, boolean known) {
    super(code, known);
  }

  /**
   * Returns the known value with exactly this code, or an unknown value keeping it verbatim.
   *
   * @param code the code, such as {@code independence}
   * @return the value
   * @throws ValidationException ({@code invalid-code}) if the code is blank, too long or padded
   */
  public static ClaimKind of(String code) {
    return CODES.of(code);
  }

  /**
   * Returns the known values, in the order declared.
   *
   * @return the known claim kinds, unmodifiable; never null
   */
  public static List<ClaimKind> knownValues() {
    return CODES.knownValues();
  }
}
