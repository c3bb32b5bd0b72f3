package io.github.chancery.core.legislature;

import io.github.chancery.core.code.OpenCode;
import io.github.chancery.core.validation.ValidationException;
import java.util.List;

/**
 * What kind of period of a legislature's work a {@link Session} is: a term (a legislative period,
 * such as the 44th Parliament of Canada), a session within it, one sitting, or a special or
 * emergency special session of an international assembly.
 *
 * <p>An open code list: {@link #of(String)} returns the known value with exactly that code, or
 * an unknown value that keeps the code verbatim. Instances are immutable and thread-safe.
 */
public final class SessionKind extends OpenCode {
  private static final Registry<SessionKind> CODES = new Registry<>("session kind", code -> new SessionKind(code, false));

  /** A term between elections: a legislative period, a parliament, a convocation. */
  public static final SessionKind TERM = CODES.register(new SessionKind("term", true));

  /** A session of a term, such as the first session of the 44th Parliament, or a regular annual session. */
  public static final SessionKind SESSION = CODES.register(new SessionKind("session", true));

  /** One sitting or meeting day, such as a plenary meeting of the General Assembly. */
  public static final SessionKind SITTING = CODES.register(new SessionKind("sitting", true));

  /** A special session, called outside the regular sessions. */
  public static final SessionKind SPECIAL_SESSION = CODES.register(new SessionKind("special-session", true));

  /** An emergency special session, such as the General Assembly's eleventh, on Ukraine, from 2022. */
  public static final SessionKind EMERGENCY_SPECIAL_SESSION = CODES.register(new SessionKind("emergency-special-session", true));

  private SessionKind(String code, boolean known) {
    super(code, known);
  }

  /**
   * Returns the known value with exactly this code, or an unknown value keeping it verbatim.
   *
   * @param code the code, such as {@code sitting}
   * @return the value
   * @throws ValidationException ({@code invalid-code}) if the code is blank, too long or padded
   */
  public static SessionKind of(String code) {
    return CODES.of(code);
  }

  /**
   * Returns the known values, in the order declared.
   *
   * @return the known values, unmodifiable; never null
   */
  public static List<SessionKind> knownValues() {
    return CODES.knownValues();
  }
}
