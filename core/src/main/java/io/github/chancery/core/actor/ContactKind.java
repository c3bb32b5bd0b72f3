package io.github.chancery.core.actor;

import io.github.chancery.core.code.OpenCode;
import io.github.chancery.core.validation.ValidationException;
import java.util.List;

/**
 * What medium a {@link ContactDetail} is: a postal address, an email address, a telephone for
 * voice, a mobile telephone, a fax, text messages, or a web address. Popolo calls it the contact
 * detail's {@code type} and leaves the list open; Open Civic Data and EveryPolitician use these
 * words and others ({@code twitter}, {@code facebook}), which are kept verbatim.
 *
 * <p>An open code list: {@link #of(String)} returns the known value with exactly that code, or
 * an unknown value that keeps the code verbatim ({@code Twitter} stays {@code Twitter}).
 * Instances are immutable and thread-safe.
 */
public final class ContactKind extends OpenCode {
  private static final Registry<ContactKind> CODES = new Registry<>("contact kind", code -> new ContactKind(code, false));

  /** A postal or office address. */
  public static final ContactKind ADDRESS = CODES.register(new ContactKind("address", true));

  /** An email address. */
  public static final ContactKind EMAIL = CODES.register(new ContactKind("email", true));

  /** A telephone number for voice calls. */
  public static final ContactKind VOICE = CODES.register(new ContactKind("voice", true));

  /** A mobile telephone number, as Popolo's own example gives one. */
  public static final ContactKind CELL = CODES.register(new ContactKind("cell", true));

  /** A fax number. */
  public static final ContactKind FAX = CODES.register(new ContactKind("fax", true));

  /** A number for text messages, Open Civic Data's {@code text}. */
  public static final ContactKind TEXT_MESSAGE = CODES.register(new ContactKind("text", true));

  /** A web address. */
  public static final ContactKind URL = CODES.register(new ContactKind("url", true));

  private ContactKind(String code, boolean known) {
    super(code, known);
  }

  /**
   * Returns the known value with exactly this code, or an unknown value keeping it verbatim.
   *
   * @param code the code, such as {@code email} or {@code twitter}
   * @return the value
   * @throws ValidationException ({@code invalid-code}) if the code is blank, too long or padded
   */
  public static ContactKind of(String code) {
    return CODES.of(code);
  }

  /**
   * Returns the known values, in the order declared.
   *
   * @return the known contact kinds, unmodifiable; never null
   */
  public static List<ContactKind> knownValues() {
    return CODES.knownValues();
  }
}
