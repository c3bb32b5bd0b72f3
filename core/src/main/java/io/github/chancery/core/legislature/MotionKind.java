package io.github.chancery.core.legislature;

import io.github.chancery.core.code.OpenCode;
import io.github.chancery.core.validation.ValidationException;
import java.util.List;

/**
 * What kind of question a motion is: a motion, a draft resolution, a resolution, a bill, an
 * amendment or a declaration.
 *
 * <p>An open code list: {@link #of(String)} returns the known value with exactly that code, or
 * an unknown value that keeps the code verbatim. Instances are immutable and thread-safe.
 */
public final class MotionKind extends OpenCode {
  private static final Registry<MotionKind> CODES = new Registry<>("motion kind", code -> new MotionKind(code, false));

  /** A motion put to a chamber. */
  public static final MotionKind MOTION = CODES.register(new MotionKind("motion", true));

  /** A draft resolution, or in France a proposition de résolution, before it is adopted. */
  public static final MotionKind DRAFT_RESOLUTION = CODES.register(new MotionKind("draft-resolution", true));

  /** A resolution, as tabled or as adopted (a UN Security Council resolution). */
  public static final MotionKind RESOLUTION = CODES.register(new MotionKind("resolution", true));

  /** A bill, a proposed law. */
  public static final MotionKind BILL = CODES.register(new MotionKind("bill", true));

  /** An amendment to another motion. */
  public static final MotionKind AMENDMENT = CODES.register(new MotionKind("amendment", true));

  /** A declaration of the legislature. */
  public static final MotionKind DECLARATION = CODES.register(new MotionKind("declaration", true));

  private MotionKind(String code, boolean known) {
    super(code, known);
  }

  /**
   * Returns the known value with exactly this code, or an unknown value keeping it verbatim.
   *
   * @param code the code, such as {@code motion}
   * @return the value
   * @throws ValidationException ({@code invalid-code}) if the code is blank, too long or padded
   */
  public static MotionKind of(String code) {
    return CODES.of(code);
  }

  /**
   * Returns the known values, in the order declared.
   *
   * @return the known values, unmodifiable; never null
   */
  public static List<MotionKind> knownValues() {
    return CODES.knownValues();
  }
}
