package io.github.chancery.core.vote;

import io.github.chancery.core.code.OpenCode;
import io.github.chancery.core.validation.ValidationException;
import java.util.List;

/**
 * An option a voter can choose or be recorded with, in Popolo's and Open Civic Data's codes:
 * yes, no, abstain, absent, not voting, paired, excused.
 *
 * <p>An open code list: {@link #of(String)} returns the known value with exactly that code, or
 * an unknown value that keeps the code verbatim. Instances are immutable and thread-safe.
 */
public final class VoteOption extends OpenCode {
  private static final Registry<VoteOption> CODES = new Registry<>("vote option", code -> new VoteOption(code, false));

  /** In favour. */
  public static final VoteOption YES = CODES.register(new VoteOption("yes", true));

  /** Against. */
  public static final VoteOption NO = CODES.register(new VoteOption("no", true));

  /** Present and abstaining, by choice. */
  public static final VoteOption ABSTAIN = CODES.register(new VoteOption("abstain", true));

  /** Not present. */
  public static final VoteOption ABSENT = CODES.register(new VoteOption("absent", true));

  /** Present but not voting. */
  public static final VoteOption NOT_VOTING = CODES.register(new VoteOption("not voting", true));

  /** Absent and paired with a member of the other side. */
  public static final VoteOption PAIRED = CODES.register(new VoteOption("paired", true));

  /** Excused from voting. */
  public static final VoteOption EXCUSED = CODES.register(new VoteOption("excused", true));

  /** Any other option, when no better code is known. */
  public static final VoteOption OTHER = CODES.register(new VoteOption("other", true));

  private VoteOption(String code, boolean known) {
    super(code, known);
  }

  /**
   * Returns the known value with exactly this code, or an unknown value keeping it verbatim.
   *
   * @param code the code, such as {@code yes}
   * @return the value
   * @throws ValidationException ({@code invalid-code}) if the code is blank, too long or padded
   */
  public static VoteOption of(String code) {
    return CODES.of(code);
  }

  /**
   * Returns the known values, in the order declared.
   *
   * @return the known values, unmodifiable; never null
   */
  public static List<VoteOption> knownValues() {
    return CODES.knownValues();
  }
}
