package io.github.chancery.core.vote;

import io.github.chancery.core.code.OpenCode;
import io.github.chancery.core.validation.ValidationException;
import java.util.List;

/**
 * How much of the roll call a vote's ballots give: all of it, or only some voters of every
 * option, as a list of vetoed drafts names only the vetoing members and a press release a few
 * dissenters.
 *
 * <p>Without it, a vote's ballots are read as before: the whole roll call, or, when {@code
 * listed_in_full} names options, those options in full and the others in part. {@link #PARTIAL}
 * says that no option is complete beyond those {@code listed_in_full} names, even when it names
 * none.
 *
 * <p>An open code list: {@link #of(String)} returns the known value with exactly that code, or
 * an unknown value that keeps the code verbatim (and reads as if none were given). Instances are
 * immutable and thread-safe.
 */
public final class RollCallExtent extends OpenCode {
  private static final Registry<RollCallExtent> CODES =
      new Registry<>("roll call extent", code -> new RollCallExtent(code, false));

  /** The ballots name every voter of every option. */
  public static final RollCallExtent COMPLETE = CODES.register(new RollCallExtent("complete", true));

  /**
   * The ballots name only some voters: only the options {@code listed_in_full} names, if any, are
   * complete.
   */
  public static final RollCallExtent PARTIAL = CODES.register(new RollCallExtent("partial", true));

  private RollCallExtent(String code, boolean known) {
    super(code, known);
  }

  /**
   * Returns the known value with exactly this code, or an unknown value keeping it verbatim.
   *
   * @param code the code, such as {@code partial}
   * @return the value
   * @throws ValidationException ({@code invalid-code}) if the code is blank, too long or padded
   */
  public static RollCallExtent of(String code) {
    return CODES.of(code);
  }

  /**
   * Returns the known values, in the order declared.
   *
   * @return the known values, unmodifiable; never null
   */
  public static List<RollCallExtent> knownValues() {
    return CODES.knownValues();
  }
}
