package io.github.chancery.core.legislature;

import io.github.chancery.core.code.OpenCode;
import io.github.chancery.core.validation.ValidationException;
import java.util.List;

/**
 * What kind of body a legislature is: a chamber of a bicameral parliament, a unicameral one, the
 * bicameral parliament itself, or an assembly or organ of an international organisation that
 * votes.
 *
 * <p>An open code list: {@link #of(String)} returns the known value with exactly that code, or
 * an unknown value that keeps the code verbatim. Instances are immutable and thread-safe.
 */
public final class LegislatureKind extends OpenCode {
  private static final Registry<LegislatureKind> CODES = new Registry<>("legislature kind", code -> new LegislatureKind(code, false));

  /** The upper chamber of a parliament, such as a senate. */
  public static final LegislatureKind UPPER_CHAMBER = CODES.register(new LegislatureKind("upper", true));

  /** The lower chamber of a parliament, such as a national assembly or house of commons. */
  public static final LegislatureKind LOWER_CHAMBER = CODES.register(new LegislatureKind("lower", true));

  /** A parliament with one chamber. */
  public static final LegislatureKind UNICAMERAL = CODES.register(new LegislatureKind("unicameral", true));

  /** A parliament made of two chambers, the parent of both. */
  public static final LegislatureKind BICAMERAL_PARLIAMENT = CODES.register(new LegislatureKind("bicameral", true));

  /** A plenary assembly of an international organisation, such as the UN General Assembly. */
  public static final LegislatureKind INTERNATIONAL_ASSEMBLY = CODES.register(new LegislatureKind("international-assembly", true));

  /** A voting organ of an international organisation, such as the UN Security Council. */
  public static final LegislatureKind INTERNATIONAL_ORGAN = CODES.register(new LegislatureKind("international-organ", true));

  /** A committee of a legislature. */
  public static final LegislatureKind COMMITTEE = CODES.register(new LegislatureKind("committee", true));

  private LegislatureKind(String code, boolean known) {
    super(code, known);
  }

  /**
   * Returns the known value with exactly this code, or an unknown value keeping it verbatim.
   *
   * @param code the code, such as {@code upper}
   * @return the value
   * @throws ValidationException ({@code invalid-code}) if the code is blank, too long or padded
   */
  public static LegislatureKind of(String code) {
    return CODES.of(code);
  }

  /**
   * Returns the known values, in the order declared.
   *
   * @return the known values, unmodifiable; never null
   */
  public static List<LegislatureKind> knownValues() {
    return CODES.knownValues();
  }
}
