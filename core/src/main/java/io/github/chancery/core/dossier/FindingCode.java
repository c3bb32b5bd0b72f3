package io.github.chancery.core.dossier;

import io.github.chancery.core.validation.ProblemCode;

/**
 * The stable codes of the consistency report's rules, each with its severity. Codes never change
 * between releases; new ones may be added.
 *
 * <p>Immutable and thread-safe, as every enum is.
 */
public enum FindingCode implements ProblemCode {
  /**
   * A record that could not be read or built at all (malformed, or breaking a construction
   * rule); reported by tools that check files record by record, such as a validator.
   */
  INVALID_RECORD("invalid-record", Severity.ERROR),
  /** A record whose id an earlier record of the same file already has. */
  DUPLICATE_ID("duplicate-id", Severity.ERROR),
  /** A reference names no record of the dossier. */
  DANGLING_REFERENCE("dangling-reference", Severity.ERROR),
  /** A reference names a record of a type it cannot point to (a motion as a voter). */
  WRONG_REFERENCE_TYPE("wrong-reference-type", Severity.ERROR),
  /** The whole-vote counts add up to more than the legislature's seats. */
  MORE_VOTES_THAN_SEATS("more-votes-than-seats", Severity.ERROR),
  /** A vote is dated definitely before its motion was tabled. */
  VOTE_BEFORE_MOTION("vote-before-motion", Severity.ERROR),
  /** A protest note is dated definitely before the act it protests. */
  PROTEST_BEFORE_ACT("protest-before-act", Severity.ERROR),
  /** A count of an option differs from the number of ballots cast for it. */
  COUNTS_DISAGREE_WITH_BALLOTS("counts-disagree-with-ballots", Severity.WARNING),
  /**
   * The declared result is not what the counts (or, without counts, the tally of the ballots) give
   * under the vote's rule: adopted where they cannot adopt, rejected where they must, vetoed where
   * no permanent member voted against.
   */
  RESULT_CONTRADICTS_COUNTS("result-contradicts-counts", Severity.WARNING),
  /**
   * A vote declares no result, and its rule and counts (or, without counts, the tally of its
   * ballots) decide one: the finding says which.
   */
  RESULT_IMPLIED("result-implied", Severity.WARNING),
  /** A signatory held no recorded office matching the capacity on the date of signing. */
  SIGNATORY_NOT_IN_OFFICE("signatory-not-in-office", Severity.WARNING),
  /**
   * A ballot gives its voter only by name: no actor of the dossier has that name, or exactly one
   * has it and {@code Dossier.resolveVoterNames()} would link it.
   */
  UNRESOLVED_VOTER("unresolved-voter", Severity.WARNING),
  /** A ballot gives its voter by a name that several actors of the dossier have: none is guessed. */
  AMBIGUOUS_VOTER_NAME("ambiguous-voter-name", Severity.WARNING),
  /**
   * A participant gives notice of withdrawal or denunciation on a date when, by its recorded acts,
   * it was not a party: before its ratification took effect, or after it had already withdrawn.
   */
  WITHDRAWAL_BY_NON_PARTY("withdrawal-by-non-party", Severity.ERROR),
  /**
   * A state's former code is given for a period no single ISO 3166 assignment of that withdrawn
   * code covers: a dataset's own use of it, such as {@code YU} for Serbia in 2007.
   */
  CODE_NOT_ASSIGNED_THEN("code-not-assigned-then", Severity.WARNING),
  /** A state voted on a date definitely before it came into existence or after it ceased to exist. */
  BALLOT_FROM_STATE_NOT_EXISTING("ballot-from-state-not-existing", Severity.WARNING),
  /** A state names another as its successor (or predecessor), and the other does not name it back. */
  SUCCESSION_ONE_SIDED("succession-one-sided", Severity.WARNING),
  /** A vote is dated definitely before its session opened or after it closed. */
  VOTE_OUTSIDE_SESSION("vote-outside-session", Severity.ERROR),
  /**
   * A session is of another legislature than the motion or vote that refers to it, or than the
   * session it is part of.
   */
  SESSION_OF_OTHER_LEGISLATURE("session-of-other-legislature", Severity.ERROR),
  /** A session (a sitting, say) opens definitely before, or closes definitely after, the session it is part of. */
  SESSION_OUTSIDE_PARENT("session-outside-parent", Severity.ERROR),
  /**
   * Two votes of one session have the same identifier without one being another report of the
   * other: roll calls are told apart by session and identifier.
   */
  DUPLICATE_ROLL_CALL("duplicate-roll-call", Severity.WARNING),
  /**
   * A ballot's voter is not a recorded member of the legislature on the date of the vote, by the
   * memberships or the offices the dossier holds.
   */
  BALLOT_FROM_NON_MEMBER("ballot-from-non-member", Severity.WARNING),
  /**
   * A ballot names a group, and the voter's recorded memberships on the vote's date are of
   * another group of the same kind.
   */
  BALLOT_GROUP_MISMATCH("ballot-group-mismatch", Severity.WARNING),
  /**
   * Two records carry the same identifier of another register (a Wikidata item, a UN document
   * symbol) without one being another report of the other: probably one act or actor recorded
   * twice.
   */
  DUPLICATE_IDENTIFIER("duplicate-identifier", Severity.WARNING),
  /** Two reports of the same act, from different sources, give different figures or dates. */
  CONFLICTING_REPORTS("conflicting-reports", Severity.WARNING),
  /** Two dates of a treaty's acts are in an order its record makes impossible (an entry into force before the conclusion, an instrument in force before its deposit). */
  DATES_OUT_OF_ORDER("dates-out-of-order", Severity.ERROR),
  /**
   * A draft is declared vetoed, and every negative ballot recorded is of a voter that was not a
   * permanent member of the voting body on the vote's date (by its permanent members, dated or
   * not): a veto needs a permanent member's negative vote.
   */
  VETO_BY_NON_PERMANENT_MEMBER("veto-by-non-permanent-member", Severity.WARNING),
  /** A member the vote records as recused has a ballot for or against. */
  RECUSED_MEMBER_VOTED("recused-member-voted", Severity.WARNING),
  /**
   * Counts differ from the roll call, or exceed the members who could vote, by exactly the vacant
   * seats or the recused members the vote records: the publisher counted the vacant seats (as
   * {@code other}, say) or the recused members with no ballot, or left the recused members' ballots
   * out of the count. Reported instead of {@link #COUNTS_DISAGREE_WITH_BALLOTS}, with the
   * explanation.
   */
  COUNTS_EXPLAINED_BY_VACANCIES_OR_RECUSALS("counts-explained-by-vacancies-or-recusals", Severity.WARNING),
  /**
   * A value of an open code list that this library does not know (a partner's {@code passed} for
   * {@code adopted}, {@code Yes} for {@code yes}): it is kept verbatim, and no rule reads it as a
   * known value. A warning, not an error: the record is valid as it stands, but the checks that
   * would read the value (the result, the counts of an option, the rule) pass it by.
   */
  UNKNOWN_CODE("unknown-code", Severity.WARNING),
  /** Two sources merged give different records under one id: the first is kept, the other kept apart beside it. */
  RECORD_GIVEN_DIFFERENTLY("record-given-differently", Severity.WARNING);

  private final String code;
  private final Severity severity;

  FindingCode(String code, Severity severity) {
    this.code = code;
    this.severity = severity;
  }

  /** Returns the stable, lower-case code, such as {@code dangling-reference}. */
  @Override
  public String code() {
    return code;
  }

  /**
   * Returns the severity of every finding of this rule.
   *
   * @return the severity; never null
   */
  public Severity severity() {
    return severity;
  }

  @Override
  public String toString() {
    return code;
  }
}
