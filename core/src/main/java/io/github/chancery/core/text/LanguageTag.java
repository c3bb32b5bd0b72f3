package io.github.chancery.core.text;

import io.github.chancery.core.wire.WireValue;
import io.github.chancery.core.validation.ValidationException;
import io.github.chancery.core.validation.ViolationCode;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Objects;

/**
 * A well-formed BCP 47 language tag, such as {@code fr}, {@code en-CA}, {@code az-Latn} or
 * {@code hy}.
 *
 * <p>The tag is kept as given, with only the case conventions of BCP 47 applied (language and
 * extensions lower case, script title case, region upper case), so that {@code EN-ca} becomes
 * {@code en-CA} but {@code iw} is not rewritten to {@code he}. {@link #toString()} prints that
 * canonical form and {@link #parse} reads it back. Use {@code und} for text whose language is not
 * known.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class LanguageTag implements Comparable<LanguageTag>, WireValue {
  private final String tag;

  private LanguageTag(String tag) {
    this.tag = tag;
  }

  /**
   * Reads a language tag.
   *
   * @param text a BCP 47 tag
   * @return the tag in canonical case
   * @throws ValidationException ({@code invalid-language-tag}) if the tag is not well-formed
   */
  public static LanguageTag parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String value = text.toString();
    LanguageTag known = PARSED.get(value);
    if (known != null) {
      return known;
    }
    if (value.isBlank()) {
      throw ValidationException.of(
          "", ViolationCode.INVALID_LANGUAGE_TAG, "a language tag must not be blank");
    }
    try {
      // Locale.Builder applies the BCP 47 grammar strictly, unlike Locale.forLanguageTag,
      // which turns malformed input into an empty locale.
      new Locale.Builder().setLanguageTag(value);
    } catch (IllformedLocaleException e) {
      throw ValidationException.of(
          "",
          ViolationCode.INVALID_LANGUAGE_TAG,
          "'" + value + "' is not a well-formed BCP 47 language tag");
    }
    LanguageTag tag = new LanguageTag(canonicalCase(value));
    if (PARSED.size() < MAX_REMEMBERED) {
      PARSED.putIfAbsent(value, tag);
    }
    return tag;
  }

  // Records name the same few languages again and again, and checking a tag's grammar is costly;
  // the well-formed tags seen are remembered, up to a bound, so hostile input cannot grow it.
  private static final int MAX_REMEMBERED = 1024;
  private static final java.util.concurrent.ConcurrentMap<String, LanguageTag> PARSED =
      new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * Returns the tag of a locale.
   *
   * @param locale a locale with a language
   * @return its tag
   */
  public static LanguageTag of(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return parse(locale.toLanguageTag());
  }

  private static String canonicalCase(String value) {
    String[] subtags = value.split("-");
    StringBuilder out = new StringBuilder(value.length());
    boolean afterSingleton = false;
    for (int i = 0; i < subtags.length; i++) {
      String subtag = subtags[i].toLowerCase(Locale.ROOT);
      if (i > 0 && !afterSingleton) {
        if (subtag.length() == 1) {
          afterSingleton = true;
        } else if (subtag.length() == 4 && Character.isLetter(subtag.charAt(0))) {
          subtag = Character.toUpperCase(subtag.charAt(0)) + subtag.substring(1);
        } else if (subtag.length() == 2) {
          subtag = subtag.toUpperCase(Locale.ROOT);
        }
      } else if (i == 0 && subtag.length() == 1) {
        afterSingleton = true; // private-use or grandfathered tags such as x-klingon
      }
      if (i > 0) {
        out.append('-');
      }
      out.append(subtag);
    }
    return out.toString();
  }

  /**
   * Returns the primary language subtag, such as {@code fr} for {@code fr-CA}.
   *
   * @return the primary language subtag, in canonical case; never null
   */
  public String language() {
    int dash = tag.indexOf('-');
    return dash < 0 ? tag : tag.substring(0, dash);
  }

  /**
   * Returns this tag as a {@link Locale}.
   *
   * @return the locale of {@link Locale#forLanguageTag(String)}; never null
   */
  public Locale toLocale() {
    return Locale.forLanguageTag(tag);
  }

  @Override
  public int compareTo(LanguageTag other) {
    return tag.compareTo(other.tag);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof LanguageTag && tag.equals(((LanguageTag) other).tag);
  }

  @Override
  public int hashCode() {
    return tag.hashCode();
  }

  /** Returns the canonical tag, which {@link #parse} reads back. */
  @Override
  public String toString() {
    return tag;
  }
}
