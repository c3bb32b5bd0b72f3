package io.github.chancery.core.vote;

import io.github.chancery.core.code.OpenCode;
import io.github.chancery.core.validation.ValidationException;
import java.util.List;

/**
 * The rule a vote was decided under, such as a simple majority of votes cast, or the Security
 * Council's nine affirmative votes with no permanent member's negative vote.
 *
 * <p>An open code list: {@link #of(String)} returns the known value with exactly that code, or
 * an unknown value that keeps the code verbatim. Instances are immutable and thread-safe.
 */
public final class VotingRule extends OpenCode {
  private static final Registry<VotingRule> CODES = new Registry<>("voting rule", code -> new VotingRule(code, false));

  /** More yes than no among the votes cast. */
  public static final VotingRule SIMPLE_MAJORITY = CODES.register(new VotingRule("simple-majority", true));

  /** Two-thirds of members present and voting (UN General Assembly important questions). */
  public static final VotingRule TWO_THIRDS_PRESENT_AND_VOTING = CODES.register(new VotingRule("two-thirds-present-and-voting", true));

  /** More than half of all members, whether present or not. */
  public static final VotingRule ABSOLUTE_MAJORITY = CODES.register(new VotingRule("absolute-majority", true));

  /** Nine affirmative votes of fifteen, with no negative vote of a permanent member; an abstaining permanent member does not block. */
  public static final VotingRule SECURITY_COUNCIL_SUBSTANTIVE = CODES.register(new VotingRule("security-council-substantive", true));

  /** Separate majorities in two groups, such as the two constituencies of the Hong Kong Legislative Council. */
  public static final VotingRule CONCURRENT_MAJORITIES = CODES.register(new VotingRule("concurrent-majorities", true));

  /** Adoption without a vote, by consensus or unanimous consent. */
  public static final VotingRule CONSENSUS = CODES.register(new VotingRule("consensus", true));

  /**
   * Three-fifths of the members duly chosen and sworn: the seats less the vacant ones (the US
   * Senate's cloture, Standing Rule XXII: 60 of 100 when no seat is vacant).
   */
  public static final VotingRule THREE_FIFTHS_DULY_CHOSEN_AND_SWORN =
      CODES.register(new VotingRule("three-fifths-duly-chosen-and-sworn", true));

  /**
   * Two-thirds of the members, whether present or not, counted on all the seats, vacant ones
   * included (an amendment of Germany's Basic Law, article 79(2); an early election under the
   * United Kingdom's Fixed-term Parliaments Act 2011).
   */
  public static final VotingRule TWO_THIRDS_OF_MEMBERS = CODES.register(new VotingRule("two-thirds-of-members", true));

  /**
   * Every member present who votes is in favour: one vote against defeats the motion, and members
   * absent or abstaining do not (as the Treaty on the Functioning of the European Union, articles
   * 235(1) and 238(4), provides for the European Council and the Council).
   */
  public static final VotingRule UNANIMITY_OF_THOSE_PRESENT =
      CODES.register(new VotingRule("unanimity-of-those-present", true));

  /**
   * The Council of the European Union's qualified majority, a double majority of members and of
   * weight: at least 55% of the members in favour, representing at least 65% of the weight of all
   * members (their population, given as each ballot's weight); a blocking minority needs at least
   * four members, failing which the qualified majority is deemed attained (Treaty on European
   * Union, article 16(4)).
   */
  public static final VotingRule EU_COUNCIL_QUALIFIED_MAJORITY =
      CODES.register(new VotingRule("eu-council-qualified-majority", true));

  private VotingRule(String code, boolean known) {
    super(code, known);
  }

  /**
   * Returns the known value with exactly this code, or an unknown value keeping it verbatim.
   *
   * @param code the code, such as {@code simple-majority}
   * @return the value
   * @throws ValidationException ({@code invalid-code}) if the code is blank, too long or padded
   */
  public static VotingRule of(String code) {
    return CODES.of(code);
  }

  /**
   * Returns the known values, in the order declared.
   *
   * @return the known values, unmodifiable; never null
   */
  public static List<VotingRule> knownValues() {
    return CODES.knownValues();
  }
}
