package io.github.chancery.core.dossier;

import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.record.Identifier;
import io.github.chancery.core.record.RecordType;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.record.SharedNames;
import io.github.chancery.core.vote.Vote;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The consistency report of a corpus too large for one {@link Dossier}, computed in parts: the
 * same rules, codes, paths and messages as {@link Dossier#check()}, split so that a distributed
 * engine can run them. Paths name each record by its position in the corpus ({@code
 * records[1234567].ballots[3].voter_id}), as in a dossier of the whole corpus.
 *
 * <ul>
 *   <li>{@link #recordFindings(ChanceryRecord, long)}: the rules that look at one record and the
 *       records it refers to (counts, results, rules, sessions, members, dates, codes, other
 *       reports), against a <em>context</em>: every record that is not a vote, and every vote that
 *       some record refers to. Votes, which hold the ballots and make a corpus large, are checked
 *       one by one against it.
 *   <li>The rules across the corpus, each from small facts that an engine groups by key: {@link
 *       #duplicateId} (records sharing an id), {@link #referenceFinding} (references that do not
 *       resolve, from {@link Link#of(ChanceryRecord)}), {@link #duplicateIdentifier} (records
 *       claiming one identifier) and {@link #duplicateRollCall} (votes of one session with one
 *       identifier), each as a claim ({@link IdentifierClaim}, {@link RollCallClaim}) that an engine
 *       groups by key and compares with the first by position.
 * </ul>
 *
 * <p>The findings of a corpus are the union of these; {@link Dossier#check()} on the same records
 * gives the same findings, possibly in another order. Instances are immutable and thread-safe.
 */
public final class CorpusCheck {
  private final CheckContext shared;

  private CorpusCheck(Dossier context) {
    this.shared = new CheckContext(context);
  }

  /**
   * Returns a check against a context: every record of the corpus that is not a vote, and every
   * vote some record of the corpus refers to ({@link #belongsToContext}).
   *
   * @param context the context's records; ids unique
   * @return the check
   * @throws io.github.chancery.core.validation.ValidationException ({@code duplicate}) if two
   *     records of the context share an id
   */
  public static CorpusCheck over(Iterable<? extends ChanceryRecord> context) {
    Objects.requireNonNull(context, "context");
    return new CorpusCheck(Dossier.of(context));
  }

  /**
   * Returns whether a record belongs to the context of a corpus check: every record that is not a
   * vote does; a vote does when another record refers to it (a protest note, another report).
   *
   * @param record the record
   * @param referredTo whether some record of the corpus refers to it
   * @return true when the context must hold it
   */
  public static boolean belongsToContext(ChanceryRecord record, boolean referredTo) {
    Objects.requireNonNull(record, "record");
    return referredTo || record.recordType() != RecordType.VOTE;
  }

  /**
   * Returns the size of the context.
   *
   * @return how many records the context holds
   */
  public int contextSize() {
    return shared.dossier().size();
  }

  /**
   * Returns the findings of the rules of one record, each looking at the record and what it refers
   * to in the context: the rules of its type, its codes and its other report. References that do
   * not resolve are not reported here but by {@link #referenceFinding}.
   *
   * @param record the record, of the corpus
   * @param position its position in the corpus, from 0
   * @return its findings, in the order {@link Dossier#check()} finds them; empty when none
   */
  public List<Finding> recordFindings(ChanceryRecord record, long position) {
    Objects.requireNonNull(record, "record");
    CheckContext context = new CheckContext(shared);
    new ConsistencyCheck.Rules(context).record(record, at(position));
    return List.copyOf(context.findings());
  }

  /**
   * Returns the finding of a record whose id an earlier record of the corpus already has.
   *
   * @param id the id
   * @param position the later record's position in the corpus
   * @return the {@code duplicate-id} finding at {@code records[position].id}
   */
  public static Finding duplicateId(String id, long position) {
    Objects.requireNonNull(id, "id");
    return Finding.of(FindingCode.DUPLICATE_ID, at(position) + SharedNames.ID, "id '" + id + "' is used by an earlier record", id);
  }

  /**
   * Returns the finding of a reference that does not resolve, or resolves to a record of a type
   * it cannot name; empty when it resolves as it may.
   *
   * @param recordId the id of the record making the reference
   * @param position that record's position in the corpus
   * @param link the reference, one of {@link Link#of(ChanceryRecord)}
   * @param target the type of the record with the reference's id, or empty when there is none
   * @return the {@code dangling-reference} or {@code wrong-reference-type} finding, or empty
   */
  public static Optional<Finding> referenceFinding(String recordId, long position, Link link, Optional<RecordType> target) {
    Objects.requireNonNull(link, "link");
    return referenceFinding(recordId, position, link.path(), link.reference().id(), link.allowed(), target);
  }

  /**
   * Returns the finding of a reference that does not resolve, from the parts of its {@link Link}
   * as an engine keeps them; empty when it resolves as it may.
   *
   * @param recordId the id of the record making the reference
   * @param position that record's position in the corpus
   * @param pathInRecord the link's {@link Link#path() path}, such as {@code ballots[3].voter_id}
   * @param id the id the reference names
   * @param allowed the link's {@link Link#allowed() allowed} types
   * @param target the type of the record with that id, or empty when there is none
   * @return the {@code dangling-reference} or {@code wrong-reference-type} finding, or empty
   */
  public static Optional<Finding> referenceFinding(
      String recordId, long position, String pathInRecord, String id, java.util.Set<RecordType> allowed, Optional<RecordType> target) {
    Objects.requireNonNull(recordId, "recordId");
    Objects.requireNonNull(pathInRecord, "pathInRecord");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(allowed, "allowed");
    Objects.requireNonNull(target, "target");
    if (target.isPresent() && allowed.contains(target.get())) {
      return Optional.empty();
    }
    String path = at(position) + pathInRecord;
    return Optional.of(target.isEmpty()
        ? Finding.of(FindingCode.DANGLING_REFERENCE, path, "no record '" + id + "' in the dossier", recordId)
        : Finding.of(FindingCode.WRONG_REFERENCE_TYPE, path,
            "'" + id + "' is a " + target.get() + ", which cannot be referred to here", recordId));
  }

  /**
   * One record's claim to an identifier of another register, with what decides whether two
   * claims are one act reported twice. Immutable and thread-safe.
   */
  public static final class IdentifierClaim {
    private final String recordId;
    private final RecordType recordType;
    private final long position;
    private final int index;
    private final Identifier identifier;
    private final String otherReportOf;

    private IdentifierClaim(String recordId, RecordType recordType, long position, int index, Identifier identifier, String otherReportOf) {
      this.recordId = recordId;
      this.recordType = recordType;
      this.position = position;
      this.index = index;
      this.identifier = identifier;
      this.otherReportOf = otherReportOf;
    }

    /**
     * Returns a claim from its parts, as an engine keeps them.
     *
     * @param recordId the claiming record's id
     * @param recordType its type
     * @param position its position in the corpus
     * @param index the identifier's index in its {@code identifiers}
     * @param identifier the identifier
     * @param otherReportOf the id the record says it is another report of, or null
     * @return the claim
     */
    public static IdentifierClaim of(
        String recordId, RecordType recordType, long position, int index, Identifier identifier, String otherReportOf) {
      return new IdentifierClaim(Objects.requireNonNull(recordId, "recordId"), Objects.requireNonNull(recordType, "recordType"),
          position, index, Objects.requireNonNull(identifier, "identifier"), otherReportOf);
    }

    /** @return the claiming record's id */
    public String recordId() {
      return recordId;
    }

    /** @return the claiming record's type */
    public RecordType recordType() {
      return recordType;
    }

    /** @return the claiming record's position in the corpus; claims of one identifier are compared in this order */
    public long position() {
      return position;
    }

    /** @return the identifier's index in the record's {@code identifiers} */
    public int index() {
      return index;
    }

    /** @return the identifier claimed, the key to group claims by */
    public Identifier identifier() {
      return identifier;
    }

    /** @return the id the record says it is another report of, if any */
    public Optional<String> otherReportOf() {
      return Optional.ofNullable(otherReportOf);
    }
  }

  /**
   * Returns every identifier a record claims.
   *
   * @param record the record
   * @param position its position in the corpus
   * @return its claims, in the order of its identifiers
   */
  public static List<IdentifierClaim> identifierClaims(ChanceryRecord record, long position) {
    Objects.requireNonNull(record, "record");
    List<IdentifierClaim> claims = new ArrayList<>(record.identifiers().size());
    String other = Dossier.otherReportOf(record).map(Reference::id).orElse(null);
    for (int k = 0; k < record.identifiers().size(); k++) {
      claims.add(new IdentifierClaim(record.id(), record.recordType(), position, k, record.identifiers().get(k), other));
    }
    return claims;
  }

  /**
   * Returns the finding of a claim to an identifier that an earlier record of the corpus claims
   * first; empty when they are one act reported twice (one names the other, or both a third).
   *
   * @param claim a later claim of the identifier
   * @param first the claim of the record with the smallest position claiming it
   * @return the {@code duplicate-identifier} finding, or empty
   */
  public static Optional<Finding> duplicateIdentifier(IdentifierClaim claim, IdentifierClaim first) {
    Objects.requireNonNull(claim, "claim");
    Objects.requireNonNull(first, "first");
    if (claim.recordId.equals(first.recordId) || sameAct(claim.recordId, claim.otherReportOf, first.recordId, first.otherReportOf)) {
      return Optional.empty();
    }
    return Optional.of(Finding.of(FindingCode.DUPLICATE_IDENTIFIER, at(claim.position) + SharedNames.IDENTIFIERS.at(claim.index),
        "'" + claim.identifier + "' is also the identifier of " + first.recordType + " '" + first.recordId + "'", claim.recordId));
  }

  /**
   * One vote's claim to a roll call: the session's id and the vote's identifier, with what decides
   * whether two claims are one act reported twice. Immutable and thread-safe.
   */
  public static final class RollCallClaim {
    private final String voteId;
    private final long position;
    private final String sessionId;
    private final String identifier;
    private final String otherReportOf;

    private RollCallClaim(String voteId, long position, String sessionId, String identifier, String otherReportOf) {
      this.voteId = voteId;
      this.position = position;
      this.sessionId = sessionId;
      this.identifier = identifier;
      this.otherReportOf = otherReportOf;
    }

    /**
     * Returns a claim from its parts, as an engine keeps them.
     *
     * @param voteId the vote's id
     * @param position its position in the corpus
     * @param sessionId its session's id
     * @param identifier its identifier in the session
     * @param otherReportOf the id the vote says it is another report of, or null
     * @return the claim
     */
    public static RollCallClaim of(String voteId, long position, String sessionId, String identifier, String otherReportOf) {
      return new RollCallClaim(Objects.requireNonNull(voteId, "voteId"), position, Objects.requireNonNull(sessionId, "sessionId"),
          Objects.requireNonNull(identifier, "identifier"), otherReportOf);
    }

    /** @return the vote's id */
    public String voteId() {
      return voteId;
    }

    /** @return the vote's position in the corpus; claims of one roll call are compared in this order */
    public long position() {
      return position;
    }

    /** @return the session's id */
    public String sessionId() {
      return sessionId;
    }

    /** @return the vote's identifier in its session */
    public String identifier() {
      return identifier;
    }

    /** @return the key claims of one roll call share: the session's id and the identifier */
    public String key() {
      return sessionId + '\n' + identifier;
    }

    /** @return the id the vote says it is another report of, if any */
    public Optional<String> otherReportOf() {
      return Optional.ofNullable(otherReportOf);
    }
  }

  /**
   * Returns the roll call a record claims: a vote's session and identifier; empty for a vote
   * without either, and for any other record.
   *
   * @param record the record
   * @param position its position in the corpus
   * @return the claim, or empty
   */
  public static Optional<RollCallClaim> rollCallClaim(ChanceryRecord record, long position) {
    Objects.requireNonNull(record, "record");
    if (!(record instanceof Vote)) {
      return Optional.empty();
    }
    Vote vote = (Vote) record;
    if (vote.session().isEmpty() || vote.identifier().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new RollCallClaim(vote.id(), position, vote.session().get().id(), vote.identifier().get(),
        Dossier.otherReportOf(vote).map(Reference::id).orElse(null)));
  }

  /**
   * Returns the finding of a vote claiming a roll call an earlier vote of the corpus claims (the
   * same {@link RollCallClaim#key()}); empty when they are one act reported twice.
   *
   * @param claim the later vote's claim
   * @param first the claim of the vote with the smallest position claiming the roll call
   * @return the {@code duplicate-roll-call} finding, or empty
   */
  public static Optional<Finding> duplicateRollCall(RollCallClaim claim, RollCallClaim first) {
    Objects.requireNonNull(claim, "claim");
    Objects.requireNonNull(first, "first");
    if (claim.voteId.equals(first.voteId) || sameAct(claim.voteId, claim.otherReportOf, first.voteId, first.otherReportOf)) {
      return Optional.empty();
    }
    return Optional.of(Finding.of(FindingCode.DUPLICATE_ROLL_CALL, at(claim.position) + Vote.IDENTIFIER.name(),
        "vote '" + first.voteId + "' of session '" + claim.sessionId + "' already has identifier '" + claim.identifier + "'",
        claim.voteId));
  }

  /** {@link CheckContext#sameAct} on ids alone. */
  private static boolean sameAct(String one, String oneOther, String other, String otherOther) {
    return other.equals(oneOther) || one.equals(otherOther) || (oneOther != null && oneOther.equals(otherOther));
  }

  private static String at(long position) {
    if (position < 0) {
      throw new IllegalArgumentException("a position in a corpus is 0 or more, not " + position);
    }
    return "records[" + position + "].";
  }
}
