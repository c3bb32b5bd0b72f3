package io.github.chancery.core.treaty;

import io.github.chancery.core.code.OpenCode;
import io.github.chancery.core.validation.ValidationException;
import java.util.List;

/**
 * What a participant did about a treaty, each its own act with its own date: signature,
 * ratification, acceptance, approval, accession, succession, definitive signature, denunciation,
 * withdrawal.
 *
 * <p>An open code list: {@link #of(String)} returns the known value with exactly that code, or
 * an unknown value that keeps the code verbatim. Instances are immutable and thread-safe.
 */
public final class ParticipantActionKind extends OpenCode {
  private static final Registry<ParticipantActionKind> CODES = new Registry<>("participant action", code -> new ParticipantActionKind(code, false));

  /** Signature subject to ratification, acceptance or approval. */
  public static final ParticipantActionKind SIGNATURE = CODES.register(new ParticipantActionKind("signature", true));

  /** Signature that binds without ratification. */
  public static final ParticipantActionKind DEFINITIVE_SIGNATURE = CODES.register(new ParticipantActionKind("definitive-signature", true));

  /** Ratification. */
  public static final ParticipantActionKind RATIFICATION = CODES.register(new ParticipantActionKind("ratification", true));

  /** Acceptance. */
  public static final ParticipantActionKind ACCEPTANCE = CODES.register(new ParticipantActionKind("acceptance", true));

  /** Approval. */
  public static final ParticipantActionKind APPROVAL = CODES.register(new ParticipantActionKind("approval", true));

  /** Accession. */
  public static final ParticipantActionKind ACCESSION = CODES.register(new ParticipantActionKind("accession", true));

  /** Succession. */
  public static final ParticipantActionKind SUCCESSION = CODES.register(new ParticipantActionKind("succession", true));

  /** Denunciation. */
  public static final ParticipantActionKind DENUNCIATION = CODES.register(new ParticipantActionKind("denunciation", true));

  /** Withdrawal. */
  public static final ParticipantActionKind WITHDRAWAL = CODES.register(new ParticipantActionKind("withdrawal", true));

  private ParticipantActionKind(String code, boolean known) {
    super(code, known);
  }

  /**
   * Returns whether an act of this kind expresses consent to be bound, making the participant a
   * party once the treaty is in force for it: a definitive signature, ratification, acceptance,
   * approval, accession or succession. A simple signature does not; nor does a kind this library
   * does not know.
   *
   * @return true for the binding kinds listed; false for a simple signature, an act ending
   *     participation, and any unknown kind
   */
  public boolean bindsParticipant() {
    return this == DEFINITIVE_SIGNATURE || this == RATIFICATION || this == ACCEPTANCE || this == APPROVAL
        || this == ACCESSION || this == SUCCESSION;
  }

  /**
   * Returns whether an act of this kind ends participation once it takes effect: a denunciation or
   * withdrawal.
   *
   * @return true for a denunciation or a withdrawal, false for every other kind, unknown ones
   *     included
   */
  public boolean endsParticipation() {
    return this == DENUNCIATION || this == WITHDRAWAL;
  }

  /**
   * Returns the known value with exactly this code, or an unknown value keeping it verbatim.
   *
   * @param code the code, such as {@code signature}
   * @return the value
   * @throws ValidationException ({@code invalid-code}) if the code is blank, too long or padded
   */
  public static ParticipantActionKind of(String code) {
    return CODES.of(code);
  }

  /**
   * Returns the known values, in the order declared.
   *
   * @return the known values, unmodifiable; never null
   */
  public static List<ParticipantActionKind> knownValues() {
    return CODES.knownValues();
  }
}
