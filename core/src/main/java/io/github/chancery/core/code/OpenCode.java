package io.github.chancery.core.code;

import io.github.chancery.core.wire.WireValue;
import io.github.chancery.core.validation.ValidationException;
import io.github.chancery.core.validation.ViolationCode;
import io.github.chancery.core.validation.Violations;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A value of an open code list: one of the list's known values, or an unknown value kept
 * verbatim.
 *
 * <p>Code lists of real data are open (Popolo: "implementations may use values outside this
 * list"), so a value this library does not know is neither refused nor mapped to a known value
 * it resembles: {@code "present"} stays {@code "present"}, and {@code "YES"} is not taken for
 * {@code "yes"}. Only the exact code of a known value gives that value. The code is any text
 * that is not blank, at most {@value #MAX_LENGTH} characters, with no leading or trailing
 * whitespace (Unicode spaces and invisible format characters included) and no line break or
 * control character.
 *
 * <p>Each list is a final subclass with constants for its known values. Two codes are equal when
 * they belong to the same list and have the same code; known values are singletons. {@link
 * #toString()} prints the code, which the list's {@code of} method reads back. Instances are
 * immutable and thread-safe.
 */
public abstract class OpenCode implements WireValue {
  /** The longest code accepted, in characters. */
  public static final int MAX_LENGTH = 100;

  private final String code;
  private final boolean known;
  // Set by the registry before the value is published, so that every value can name its list.
  private String listName;

  /**
   * Creates a code; only {@link Registry} calls this, through a subclass's constructor.
   *
   * @param code the code
   * @param known whether the code is one of the list's known values
   */
  protected OpenCode(String code, boolean known) {
    this.code = code;
    this.known = known;
  }

  /**
   * Returns the code exactly as recorded, such as {@code not voting}.
   *
   * @return the code, verbatim; never null
   */
  public final String code() {
    return code;
  }

  /**
   * Returns the name of the code list this value belongs to, such as {@code vote option}.
   *
   * @return the list's name; never null once the value is published
   */
  public final String listName() {
    return listName;
  }

  /**
   * Returns whether this is one of the list's known values.
   *
   * @return true for a known value, false for one kept verbatim
   */
  public final boolean isKnown() {
    return known;
  }

  @Override
  public final boolean equals(Object other) {
    return other != null && other.getClass() == getClass() && code.equals(((OpenCode) other).code);
  }

  @Override
  public final int hashCode() {
    return getClass().hashCode() * 31 + code.hashCode();
  }

  /** Returns the code. */
  @Override
  public final String toString() {
    return code;
  }

  /**
   * The known values of one code list, and the factory of its unknown ones.
   *
   * <p>A registry is filled while its list's class is initialised and is read-only after that,
   * so it is thread-safe once published.
   *
   * @param <C> the code list type
   */
  protected static final class Registry<C extends OpenCode> {
    private final String listName;
    private final Function<String, C> unknownFactory;
    private final Map<String, C> known = new LinkedHashMap<>();

    /**
     * Creates a registry.
     *
     * @param listName the list's name for messages, such as {@code vote option}
     * @param unknownFactory makes an unknown value of the list from a checked code
     */
    public Registry(String listName, Function<String, C> unknownFactory) {
      this.listName = listName;
      this.unknownFactory = unknownFactory;
    }

    /**
     * Registers a known value; call only from the list's static initialiser.
     *
     * @param value the known value
     * @return the value, for assigning to its constant
     */
    public C register(C value) {
      if (known.putIfAbsent(value.code(), value) != null) {
        throw new IllegalStateException("duplicate code " + value.code() + " in " + listName);
      }
      ((OpenCode) value).listName = listName;
      return value;
    }

    /**
     * Returns the known value with exactly this code, or an unknown value keeping it verbatim.
     *
     * @param code the code
     * @return the value
     * @throws ValidationException ({@code invalid-code}) if the code is blank, too long or padded
     */
    public C of(String code) {
      Objects.requireNonNull(code, "code");
      C found = known.get(code);
      if (found != null) {
        return found;
      }
      if (Violations.isBlankText(code)) {
        throw ValidationException.of("", ViolationCode.INVALID_CODE, "a " + listName + " must not be blank");
      }
      if (code.length() > MAX_LENGTH) {
        throw ValidationException.of(
            "",
            ViolationCode.INVALID_CODE,
            "a " + listName + " must be at most " + MAX_LENGTH + " characters");
      }
      if (Violations.isSpacing(code.codePointAt(0))
          || Violations.isSpacing(code.codePointBefore(code.length()))) {
        throw ValidationException.of(
            "",
            ViolationCode.INVALID_CODE,
            "a " + listName + " must not start or end with whitespace: '" + code + "'");
      }
      if (Violations.unpairedSurrogate(code) >= 0) {
        throw ValidationException.of(
            "", ViolationCode.INVALID_CODE, "a " + listName + " must be well-formed Unicode");
      }
      // A code is one line of text: a line break or other control character inside it would be
      // invisible in most listings.
      if (hasLineBreakOrControl(code)) {
        throw ValidationException.of(
            "",
            ViolationCode.INVALID_CODE,
            "a " + listName + " must not contain line breaks or control characters: '" + code.replaceAll("\\p{Cntrl}", "?") + "'");
      }
      C unknown = unknownFactory.apply(code);
      ((OpenCode) unknown).listName = listName;
      return unknown;
    }

    // A loop, not a stream: codes outside the known list are read by the thousand.
    private static boolean hasLineBreakOrControl(String code) {
      for (int i = 0; i < code.length(); i++) {
        char c = code.charAt(i);
        if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
          return true;
        }
      }
      return false;
    }

    /**
     * Returns the known values, in the order the list declares them.
     *
     * @return the known values, unmodifiable; never null
     */
    public List<C> knownValues() {
      return List.copyOf(known.values());
    }
  }
}
