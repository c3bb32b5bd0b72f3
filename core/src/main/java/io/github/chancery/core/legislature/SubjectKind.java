package io.github.chancery.core.legislature;

import io.github.chancery.core.code.OpenCode;
import io.github.chancery.core.validation.ValidationException;
import java.util.List;

/**
 * What a motion is about, in a structured form that can be queried: the recognition of an
 * entity, a withdrawal of forces, a ceasefire, human rights, or a condemnation.
 *
 * <p>An open code list: {@link #of(String)} returns the known value with exactly that code, or
 * an unknown value that keeps the code verbatim. Instances are immutable and thread-safe.
 */
public final class SubjectKind extends OpenCode {
  private static final Registry<SubjectKind> CODES = new Registry<>("subject kind", code -> new SubjectKind(code, false));

  /** The recognition of an entity, or of its independence. */
  public static final SubjectKind RECOGNITION = CODES.register(new SubjectKind("recognition", true));

  /** The withdrawal of armed forces from a territory. */
  public static final SubjectKind WITHDRAWAL_OF_FORCES = CODES.register(new SubjectKind("withdrawal-of-forces", true));

  /** A ceasefire or cessation of hostilities. */
  public static final SubjectKind CEASEFIRE = CODES.register(new SubjectKind("ceasefire", true));

  /** The protection of people or of their rights. */
  public static final SubjectKind HUMAN_RIGHTS = CODES.register(new SubjectKind("human-rights", true));

  /** The condemnation of an act or actor. */
  public static final SubjectKind CONDEMNATION = CODES.register(new SubjectKind("condemnation", true));

  /** Sanctions against an actor. */
  public static final SubjectKind SANCTIONS = CODES.register(new SubjectKind("sanctions", true));

  /** Any other subject, when no better code is known. */
  public static final SubjectKind OTHER = CODES.register(new SubjectKind("other", true));

  private SubjectKind(String code, boolean known) {
    super(code, known);
  }

  /**
   * Returns the known value with exactly this code, or an unknown value keeping it verbatim.
   *
   * @param code the code, such as {@code recognition}
   * @return the value
   * @throws ValidationException ({@code invalid-code}) if the code is blank, too long or padded
   */
  public static SubjectKind of(String code) {
    return CODES.of(code);
  }

  /**
   * Returns the known values, in the order declared.
   *
   * @return the known values, unmodifiable; never null
   */
  public static List<SubjectKind> knownValues() {
    return CODES.knownValues();
  }
}
