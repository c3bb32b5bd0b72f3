package io.github.chancery.core.validation;

import io.github.chancery.core.wire.WireName;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Collects the violations of one record while it is checked, so that all of them are reported
 * together rather than only the first.
 *
 * <p>Each method checks one rule for the value at a path and records a violation when the rule is
 * broken; methods that guard later checks return whether the value was acceptable. A path is a
 * property's handle ({@code Vote.MOTION}) or a path built from handles ({@code
 * Vote.COUNTS.at(3, Count.VALUE)}). When every
 * check has run, {@link #throwIfAny(String, String)} throws one {@link ValidationException}
 * listing them all.
 *
 * <p>A collector is mutable and meant for one check on one thread; it is not thread-safe.
 */
public final class Violations {
  /** The longest record id accepted, in characters. */
  public static final int MAX_ID_LENGTH = 256;

  // Made on the first violation: most records have none, and parts are checked by the hundred.
  private List<Violation> found = List.of();

  private Violations() {}

  /**
   * Returns a new, empty collector.
   *
   * @return a collector with no violations
   */
  public static Violations collect() {
    return new Violations();
  }

  /**
   * Records a violation.
   *
   * @param path where the rule was broken
   * @param code the rule broken
   * @param message what is wrong
   */
  public void add(String path, ViolationCode code, String message) {
    mutable().add(Violation.of(code, path, message));
  }

  /**
   * Records every violation of a value or part that was checked on its own, re-rooted under
   * {@code prefix}.
   *
   * @param prefix the path of the part, such as {@code counts[2]}
   * @param failure the failure of the part
   */
  public void addAll(String prefix, ValidationException failure) {
    failure.violations().forEach(v -> mutable().add(v.under(prefix)));
  }

  /**
   * Checks that a required value is present.
   *
   * @param path the value's path; not null
   * @param value the value, possibly null
   * @return true when the value is present
   */
  public boolean required(String path, Object value) {
    if (value == null) {
      add(path, ViolationCode.REQUIRED, "is required");
      return false;
    }
    return true;
  }

  /**
   * Checks that a required record id is present and well-formed (see {@link #idProblem(String)}).
   *
   * @param path the id's path; not null
   * @param id the id, possibly null
   */
  public void id(String path, String id) {
    if (required(path, id)) {
      String problem = idProblem(id);
      if (problem != null) {
        add(path, ViolationCode.INVALID_ID, problem);
      }
    }
  }

  /**
   * Returns what is wrong with a record id, or null when it is well-formed: an id is 1 to 256
   * characters with no whitespace (including no-break and other Unicode spaces), no control
   * characters and no invisible format characters (such as U+200B or U+FEFF), since ids are
   * compared exactly and an invisible character makes two ids that look the same differ. Ids are
   * otherwise free-form, as in Popolo, so that identifiers such as {@code ocd-person/1234} or
   * {@code un:S/RES/822} fit.
   *
   * @param id a non-null candidate id
   * @return the problem, or null
   */
  public static String idProblem(String id) {
    // Printable ASCII, as nearly every id is, has none of the characters refused below: ids are
    // read by the hundred thousand, so the usual case is answered by one pass over the chars.
    int length = id.length();
    if (length > 0 && length <= MAX_ID_LENGTH) {
      int i = 0;
      while (i < length && id.charAt(i) > ' ' && id.charAt(i) < 0x7F) {
        i++;
      }
      if (i == length) {
        return null;
      }
    }
    if (isBlankText(id)) {
      return "must not be blank";
    }
    if (id.length() > MAX_ID_LENGTH) {
      return "must be at most " + MAX_ID_LENGTH + " characters, was " + id.length();
    }
    int broken = unpairedSurrogate(id);
    if (broken >= 0) {
      return "must be well-formed Unicode (half of a surrogate pair at index " + broken + ")";
    }
    int highest = 0;
    for (int i = 0; i < id.length(); ) {
      int c = id.codePointAt(i);
      if (isSpacing(c) || Character.isISOControl(c)) {
        return "must not contain whitespace, control or invisible format characters (U+"
            + String.format("%04X", c) + " at index " + i + ")";
      }
      highest = Math.max(highest, c);
      i += Character.charCount(c);
    }
    // Below U+0300, where combining marks begin, every text is in form C already; the check
    // itself allocates, and ids are read by the hundred.
    if (highest >= 0x300 && !java.text.Normalizer.isNormalized(id, java.text.Normalizer.Form.NFC)) {
      // "café" can be written with one character or two; only one spelling is an id.
      return "must be in Unicode normalization form C, as '"
          + java.text.Normalizer.normalize(id, java.text.Normalizer.Form.NFC) + "'";
    }
    return null;
  }

  /**
   * Returns whether a text has nothing visible in it: it is empty, or every character is
   * whitespace, a Unicode space (such as the no-break space U+00A0) or an invisible format
   * character (such as U+200B). {@link String#isBlank()} sees only the first kind.
   *
   * @param text a non-null text
   * @return true when the text is blank
   */
  public static boolean isBlankText(String text) {
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (!isSpacing(c)) {
        return false;
      }
      i += Character.charCount(c);
    }
    return true;
  }

  /**
   * Returns whether a text is one clean line: sound text ({@link #isSoundText}) that neither
   * starts nor ends with spacing and holds no line break or other control character, as codes
   * and identifiers must be, since such characters are invisible in most listings.
   *
   * @param text a text, possibly null
   * @return true when the text is one clean line
   */
  public static boolean isCleanLine(String text) {
    if (!isSoundText(text) || isSpacing(text.codePointAt(0)) || isSpacing(text.codePointBefore(text.length()))) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns whether a character takes no visible place of its own: whitespace, a Unicode space
   * or line separator, or an invisible format character.
   *
   * @param codePoint a Unicode code point
   * @return true for such a character
   */
  public static boolean isSpacing(int codePoint) {
    if (codePoint < 0x80) {
      // ASCII's spacing: the space, tab to carriage return, and the four separators U+001C to U+001F.
      return codePoint == ' ' || (codePoint >= 0x09 && codePoint <= 0x0D) || (codePoint >= 0x1C && codePoint <= 0x1F);
    }
    return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint) || isFormat(codePoint);
  }

  /**
   * The format characters (general category Cf) of Unicode 15.1, as inclusive ranges. Listed
   * rather than asked of {@link Character#getType(int)}, whose answer depends on the Java
   * version's Unicode, so that a record is accepted or refused alike on every Java version.
   */
  private static final int[] FORMAT_RANGES = {
    0x00AD, 0x00AD, 0x0600, 0x0605, 0x061C, 0x061C, 0x06DD, 0x06DD, 0x070F, 0x070F,
    0x0890, 0x0891, 0x08E2, 0x08E2, 0x180E, 0x180E, 0x200B, 0x200F, 0x202A, 0x202E,
    0x2060, 0x2064, 0x2066, 0x206F, 0xFEFF, 0xFEFF, 0xFFF9, 0xFFFB, 0x110BD, 0x110BD,
    0x110CD, 0x110CD, 0x13430, 0x1343F, 0x1BCA0, 0x1BCA3, 0x1D173, 0x1D17A, 0xE0001, 0xE0001,
    0xE0020, 0xE007F
  };

  private static boolean isFormat(int codePoint) {
    for (int i = 0; i < FORMAT_RANGES.length; i += 2) {
      if (codePoint < FORMAT_RANGES[i]) {
        return false;
      }
      if (codePoint <= FORMAT_RANGES[i + 1]) {
        return true;
      }
    }
    return false;
  }

  /**
   * Checks that a required text is present, not blank and well-formed Unicode.
   *
   * @param path the text's path; not null
   * @param text the text, possibly null
   */
  public void text(String path, String text) {
    if (!required(path, text)) {
      return;
    }
    if (isBlankText(text)) {
      add(path, ViolationCode.BLANK, "must not be blank");
      return;
    }
    int broken = unpairedSurrogate(text);
    if (broken >= 0) {
      add(path, ViolationCode.INVALID_TEXT, "must be well-formed Unicode (half of a surrogate pair at index " + broken + ")");
    }
  }

  /**
   * Returns the index of the first half of a surrogate pair that stands alone in a text, or -1
   * when every surrogate is paired: such a text has no meaning as characters and cannot be
   * written as UTF-8.
   *
   * @param text a non-null text
   * @return the index, or -1
   */
  public static int unpairedSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Records a violation of a property.
   *
   * @param property the property whose value breaks the rule
   * @param code the rule broken
   * @param message what is wrong
   */
  public void add(WireName property, ViolationCode code, String message) {
    add(property.name(), code, message);
  }

  /**
   * Checks that a required property's value is present.
   *
   * @param property the property; not null
   * @param value the value, possibly null
   * @return true when the value is present
   */
  public boolean required(WireName property, Object value) {
    return required(property.name(), value);
  }

  /**
   * Checks that a record's id is present and well-formed (see {@link #idProblem(String)}).
   *
   * @param property the id's property; not null
   * @param id the id, possibly null
   */
  public void id(WireName property, String id) {
    id(property.name(), id);
  }

  /**
   * Checks that a required text property is present, not blank and well-formed Unicode.
   *
   * @param property the property; not null
   * @param text the text, possibly null
   */
  public void text(WireName property, String text) {
    text(property.name(), text);
  }

  /**
   * Checks that an optional text property, when present, is not blank and well-formed Unicode.
   *
   * @param property the property; not null
   * @param text the optional text; not null
   */
  public void optionalText(WireName property, Optional<String> text) {
    text.ifPresent(t -> text(property.name(), t));
  }

  /**
   * Checks that no element of a list property is null, reporting each at its index.
   *
   * @param property the property; not null
   * @param values the list; not null
   * @return true when there is no null element
   */
  public boolean noNullElements(WireName property, List<?> values) {
    return noNullElements(property.name(), values);
  }

  /**
   * Checks that a list property holds at least one element.
   *
   * @param property the property; not null
   * @param values the list; not null
   */
  public void nonEmpty(WireName property, Collection<?> values) {
    nonEmpty(property.name(), values);
  }

  /**
   * Checks that no element of a list property appears twice; each repeat is reported at its
   * index.
   *
   * @param property the property; not null
   * @param values the list, compared by {@code equals}; not null
   */
  public void distinct(WireName property, List<?> values) {
    distinct(property.name(), values);
  }

  /**
   * Checks that a record does not refer to itself through a property where that makes no sense.
   *
   * @param property the property
   * @param id the record's own id, possibly null while it is being checked
   * @param referencedId the id the property refers to, if any
   * @param message what is wrong, for people
   */
  public void notSelf(WireName property, String id, Optional<String> referencedId, String message) {
    notSelf(property.name(), id, referencedId, message);
  }


  private List<Violation> mutable() {
    if (found.isEmpty() && !(found instanceof ArrayList)) {
      found = new ArrayList<>(2);
    }
    return found;
  }

  /**
   * Returns whether {@link #text(String, String)} accepts a text: it is present, not blank and
   * well-formed Unicode. For callers that build a path only when there is something to report.
   *
   * @param text a text, possibly null
   * @return true when the text is sound
   */
  public static boolean isSoundText(String text) {
    return text != null && !isBlankText(text) && unpairedSurrogate(text) < 0;
  }

  /**
   * Checks that an optional text, when present, is not blank and well-formed Unicode.
   *
   * @param path the text's path; not null
   * @param text the optional text; not null
   */
  public void optionalText(String path, Optional<String> text) {
    text.ifPresent(t -> text(path, t));
  }

  /**
   * Checks that an address is an absolute http or https URL with a host, as sources, links and
   * images are published: {@code ftp:} addresses, relative paths and {@code mailto:} are refused.
   * The host is read from the authority, which internationalised or underscored hosts such as
   * {@code президент.рф} have even when {@link java.net.URI#getHost()} is null.
   *
   * @param path the address's path; not null
   * @param url the address; not null
   */
  public void httpUrl(String path, java.net.URI url) {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(java.util.Locale.ROOT);
    if (!url.isAbsolute()
        || !(scheme.equals("http") || scheme.equals("https"))
        || url.getRawAuthority() == null
        || url.getRawAuthority().isEmpty()) {
      add(path, ViolationCode.INVALID_URL, "'" + url + "' is not an absolute http or https URL");
    }
  }

  /**
   * Checks that a property's address is an absolute http or https URL; see {@link #httpUrl(String,
   * java.net.URI)}.
   *
   * @param property the property; not null
   * @param url the address; not null
   */
  public void httpUrl(WireName property, java.net.URI url) {
    httpUrl(property.name(), url);
  }

  /**
   * Checks that no element of a list is null, reporting each at its index.
   *
   * @param path the list's path; not null
   * @param values the list; not null
   * @return true when there is no null element
   */
  public boolean noNullElements(String path, List<?> values) {
    if (!mayHoldNull(values)) {
      return true; // the usual case: one scan inside the list, not a call per element
    }
    boolean clean = true;
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i) == null) {
        add(path + "[" + i + "]", ViolationCode.REQUIRED, "must not be null");
        clean = false;
      }
    }
    return clean;
  }

  /** Whether a list holds a null; a list that permits none says so by throwing, as its contract allows. */
  private static boolean mayHoldNull(List<?> values) {
    try {
      return values.contains(null);
    } catch (NullPointerException nullsNotPermitted) {
      return false;
    }
  }

  /**
   * Checks that a number is zero or more.
   *
   * @param path the number's path; not null
   * @param value the number
   */
  public void nonNegative(String path, long value) {
    if (value < 0) {
      add(path, ViolationCode.NEGATIVE, "must not be negative, was " + value);
    }
  }

  /**
   * Checks that a list or set holds at least one element.
   *
   * @param path the collection's path; not null
   * @param values the collection; not null
   */
  public void nonEmpty(String path, Collection<?> values) {
    if (values.isEmpty()) {
      add(path, ViolationCode.EMPTY, "must hold at least one element");
    }
  }

  /**
   * Checks that no element of a list appears twice; each repeat is reported at its index.
   *
   * @param path the list's path; not null
   * @param values the list, compared by {@code equals}; not null
   */
  public void distinct(String path, List<?> values) {
    if (values.size() < 2) {
      return; // most lists of a record hold one element or none
    }
    for (int i = 0; i < values.size(); i++) {
      int first = values.indexOf(values.get(i));
      if (first != i) {
        add(path + "[" + i + "]", ViolationCode.DUPLICATE, "repeats " + path + "[" + first + "]");
      }
    }
  }

  /**
   * Checks that a record does not refer to itself through a field where that makes no sense (a
   * motion amending itself, an organisation its own parent).
   *
   * @param path the field's path
   * @param id the record's own id, possibly null while it is being checked
   * @param referencedId the id the field refers to, if any
   * @param message what is wrong, for people
   */
  public void notSelf(String path, String id, Optional<String> referencedId, String message) {
    if (id != null && referencedId.isPresent() && referencedId.get().equals(id)) {
      add(path, ViolationCode.SELF_REFERENCE, message);
    }
  }

  /**
   * Returns true when no violation has been recorded.
   *
   * @return true when no check has failed yet
   */
  public boolean isEmpty() {
    return found.isEmpty();
  }

  /**
   * Returns the violations recorded so far, in order.
   *
   * @return a copy of the violations, unmodifiable; never null, empty when none was recorded
   */
  public List<Violation> list() {
    return List.copyOf(found);
  }

  /**
   * Throws one exception listing every violation recorded, if there is any.
   *
   * @param recordType the wire name of the record type being built, or null for a part or value
   * @param recordId the id of the record, or null when it has none or it is malformed
   * @throws ValidationException when at least one violation was recorded
   */
  public void throwIfAny(String recordType, String recordId) {
    if (!found.isEmpty()) {
      throw new ValidationException(recordType, recordId, found);
    }
  }
}
