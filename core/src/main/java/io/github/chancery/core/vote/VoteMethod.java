package io.github.chancery.core.vote;

import io.github.chancery.core.code.OpenCode;
import io.github.chancery.core.validation.ValidationException;
import java.util.List;

/**
 * How a vote was taken: by recorded vote, by voice, by show of hands, by secret ballot, or
 * without a vote.
 *
 * <p>An open code list: {@link #of(String)} returns the known value with exactly that code, or
 * an unknown value that keeps the code verbatim. Instances are immutable and thread-safe.
 */
public final class VoteMethod extends OpenCode {
  private static final Registry<VoteMethod> CODES = new Registry<>("vote method", code -> new VoteMethod(code, false));

  /** A recorded or roll-call vote, each voter's ballot on record. */
  public static final VoteMethod RECORDED = CODES.register(new VoteMethod("recorded", true));

  /** A voice vote, usually with no counts. */
  public static final VoteMethod VOICE = CODES.register(new VoteMethod("voice", true));

  /** A show of hands, counted or not. */
  public static final VoteMethod SHOW_OF_HANDS = CODES.register(new VoteMethod("show-of-hands", true));

  /** A secret ballot: counts, but no individual ballots. */
  public static final VoteMethod SECRET_BALLOT = CODES.register(new VoteMethod("secret-ballot", true));

  /** Adopted without a vote, by consensus or unanimous consent. */
  public static final VoteMethod WITHOUT_VOTE = CODES.register(new VoteMethod("without-vote", true));

  private VoteMethod(String code, boolean known) {
    super(code, known);
  }

  /**
   * Returns the known value with exactly this code, or an unknown value keeping it verbatim.
   *
   * @param code the code, such as {@code recorded}
   * @return the value
   * @throws ValidationException ({@code invalid-code}) if the code is blank, too long or padded
   */
  public static VoteMethod of(String code) {
    return CODES.of(code);
  }

  /**
   * Returns the known values, in the order declared.
   *
   * @return the known values, unmodifiable; never null
   */
  public static List<VoteMethod> knownValues() {
    return CODES.knownValues();
  }
}
