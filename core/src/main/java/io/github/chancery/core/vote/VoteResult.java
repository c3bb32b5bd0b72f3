package io.github.chancery.core.vote;

import io.github.chancery.core.code.OpenCode;
import io.github.chancery.core.validation.ValidationException;
import java.util.List;

/**
 * The result of a vote as the body officially declared it: adopted, rejected, vetoed, tied or
 * withdrawn. It is what the chair announced, never recomputed from counts, since thresholds and
 * weights vary.
 *
 * <p>An open code list: {@link #of(String)} returns the known value with exactly that code, or
 * an unknown value that keeps the code verbatim. Instances are immutable and thread-safe.
 */
public final class VoteResult extends OpenCode {
  private static final Registry<VoteResult> CODES = new Registry<>("vote result", code -> new VoteResult(code, false));

  /** The motion was adopted (Popolo: pass). */
  public static final VoteResult ADOPTED = CODES.register(new VoteResult("adopted", true));

  /** The motion was rejected (Popolo: fail). */
  public static final VoteResult REJECTED = CODES.register(new VoteResult("rejected", true));

  /** The vote was tied and the motion not decided by it. */
  public static final VoteResult TIED = CODES.register(new VoteResult("tied", true));

  /**
   * The draft was not adopted because a permanent member of the Security Council voted against
   * it, though it had the affirmative votes it needed; a kind of rejection.
   */
  public static final VoteResult VETOED = CODES.register(new VoteResult("vetoed", true));

  /** The motion was withdrawn before the decision. */
  public static final VoteResult WITHDRAWN = CODES.register(new VoteResult("withdrawn", true));

  private VoteResult(String code, boolean known) {
    super(code, known);
  }

  /**
   * Returns the known value with exactly this code, or an unknown value keeping it verbatim.
   *
   * @param code the code, such as {@code adopted}
   * @return the value
   * @throws ValidationException ({@code invalid-code}) if the code is blank, too long or padded
   */
  public static VoteResult of(String code) {
    return CODES.of(code);
  }

  /**
   * Returns the known values, in the order declared.
   *
   * @return the known values, unmodifiable; never null
   */
  public static List<VoteResult> knownValues() {
    return CODES.knownValues();
  }
}
