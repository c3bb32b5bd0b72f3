package io.github.chancery.core.diplomacy;

import io.github.chancery.core.code.OpenCode;
import io.github.chancery.core.validation.ValidationException;
import java.util.List;

/**
 * What a statement does about the records it concerns: condemns, rejects, welcomes, supports,
 * and more.
 *
 * <p>An open code list: {@link #of(String)} returns the known value with exactly that code, or
 * an unknown value that keeps the code verbatim. Instances are immutable and thread-safe.
 */
public final class Stance extends OpenCode {
  private static final Registry<Stance> CODES = new Registry<>("stance", code -> new Stance(code, false));

  /** Condemns (CAMEO 111). */
  public static final Stance CONDEMNS = CODES.register(new Stance("condemns", true));

  /** Rejects, or denies legal force to (CAMEO 127). */
  public static final Stance REJECTS = CODES.register(new Stance("rejects", true));

  /** Protests officially (CAMEO 114). */
  public static final Stance PROTESTS = CODES.register(new Stance("protests", true));

  /** Welcomes. */
  public static final Stance WELCOMES = CODES.register(new Stance("welcomes", true));

  /** Supports. */
  public static final Stance SUPPORTS = CODES.register(new Stance("supports", true));

  /** Regrets. */
  public static final Stance REGRETS = CODES.register(new Stance("regrets", true));

  /** Calls for an action. */
  public static final Stance CALLS_FOR = CODES.register(new Stance("calls-for", true));

  /** Recognises (CAMEO 054). */
  public static final Stance RECOGNISES = CODES.register(new Stance("recognises", true));

  /**
   * Declares, about a treaty it concerns, how the author understands or applies it: a declaration
   * made on signature or on consent to be bound, as a depositary lists it.
   */
  public static final Stance DECLARES = CODES.register(new Stance("declares", true));

  /**
   * Makes a reservation to a treaty it concerns: purports to exclude or modify the legal effect of
   * some of its provisions for the author (Vienna Convention on the Law of Treaties, art. 2(1)(d)).
   * The record says that the author made it, not that it is permissible.
   */
  public static final Stance RESERVES = CODES.register(new Stance("reserves", true));

  private Stance(String code, boolean known) {
    super(code, known);
  }

  /**
   * Returns the known value with exactly this code, or an unknown value keeping it verbatim.
   *
   * @param code the code, such as {@code condemns}
   * @return the value
   * @throws ValidationException ({@code invalid-code}) if the code is blank, too long or padded
   */
  public static Stance of(String code) {
    return CODES.of(code);
  }

  /**
   * Returns the known values, in the order declared.
   *
   * @return the known values, unmodifiable; never null
   */
  public static List<Stance> knownValues() {
    return CODES.knownValues();
  }
}
