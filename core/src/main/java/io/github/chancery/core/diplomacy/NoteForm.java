package io.github.chancery.core.diplomacy;

import io.github.chancery.core.code.OpenCode;
import io.github.chancery.core.validation.ValidationException;
import java.util.List;

/**
 * The form a protest or other diplomatic communication took: a note verbale, a formal note, an
 * aide-mémoire, a démarche, a summoned ambassador.
 *
 * <p>An open code list: {@link #of(String)} returns the known value with exactly that code, or
 * an unknown value that keeps the code verbatim. Instances are immutable and thread-safe.
 */
public final class NoteForm extends OpenCode {
  private static final Registry<NoteForm> CODES = new Registry<>("note form", code -> new NoteForm(code, false));

  /** A diplomatic note whose form the source does not say. */
  public static final NoteForm NOTE = CODES.register(new NoteForm("note", true));

  /** A note verbale: third person, unsigned, the usual form of a protest. */
  public static final NoteForm NOTE_VERBALE = CODES.register(new NoteForm("note-verbale", true));

  /** A first-person or formal note, signed by the minister or ambassador. */
  public static final NoteForm FORMAL_NOTE = CODES.register(new NoteForm("formal-note", true));

  /** A collective or identical note of several senders. */
  public static final NoteForm COLLECTIVE_NOTE = CODES.register(new NoteForm("collective-note", true));

  /** An aide-mémoire. */
  public static final NoteForm AIDE_MEMOIRE = CODES.register(new NoteForm("aide-memoire", true));

  /** A non-paper. */
  public static final NoteForm NON_PAPER = CODES.register(new NoteForm("non-paper", true));

  /** A démarche, which may be oral. */
  public static final NoteForm DEMARCHE = CODES.register(new NoteForm("demarche", true));

  /** The recipient's ambassador or chargé d'affaires was summoned. */
  public static final NoteForm AMBASSADOR_SUMMONED = CODES.register(new NoteForm("ambassador-summoned", true));

  private NoteForm(String code, boolean known) {
    super(code, known);
  }

  /**
   * Returns the known value with exactly this code, or an unknown value keeping it verbatim.
   *
   * @param code the code, such as {@code note}
   * @return the value
   * @throws ValidationException ({@code invalid-code}) if the code is blank, too long or padded
   */
  public static NoteForm of(String code) {
    return CODES.of(code);
  }

  /**
   * Returns the known values, in the order declared.
   *
   * @return the known values, unmodifiable; never null
   */
  public static List<NoteForm> knownValues() {
    return CODES.knownValues();
  }
}
