package io.github.chancery.core.text;

import io.github.chancery.core.wire.WireValue;
import io.github.chancery.core.validation.ValidationException;
import io.github.chancery.core.validation.ViolationCode;
import io.github.chancery.core.validation.Violations;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A text in one or more languages: the official French title of a resolution and its English
 * translation, or a name in Azerbaijani, Armenian, Russian and English.
 *
 * <p>Invariants: at least one language; no text is blank; each language appears once. Languages
 * are kept in the order of their tags, so two texts with the same translations are equal and
 * print the same. Which translation is official is not implied by the order; records that need
 * it say so in their own fields.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class MultilingualText implements WireValue {
  // Most names are in one language: that one is held as it is. More are held in two arrays in
  // tag order, which a writer walks by position (a sorted map is an object for each entry, and
  // an iterator and an entry for each walk). The map is made only when a caller asks for it.
  private final LanguageTag only; // the one language, or null when there are more
  private final String onlyText;
  private final LanguageTag[] languages; // in tag order, when there are more; else null
  private final String[] texts;
  private SortedMap<LanguageTag, String> map; // unmodifiable; made on first use

  private MultilingualText(LanguageTag[] languages, String[] texts) {
    this.only = null;
    this.onlyText = null;
    this.languages = languages;
    this.texts = texts;
  }

  private MultilingualText(LanguageTag only, String text) {
    this.only = only;
    this.onlyText = text;
    this.languages = null;
    this.texts = null;
  }

  /**
   * Returns a text in one language.
   *
   * @param language a BCP 47 tag such as {@code fr}
   * @param text the text in that language, not blank
   * @return the text
   * @throws ValidationException if the tag is malformed or the text blank
   */
  public static MultilingualText of(String language, String text) {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(text, "text");
    LanguageTag tag;
    try {
      tag = LanguageTag.parse(language);
    } catch (ValidationException malformed) {
      tag = null;
    }
    if (tag == null || !Violations.isSoundText(text)) {
      return of(Map.of(language, text)); // which reports the problem as for any map of texts
    }
    return new MultilingualText(tag, text);
  }

  /**
   * Returns a text in each of the given languages.
   *
   * @param texts language tag to text, at least one
   * @return the text
   * @throws ValidationException listing every malformed tag and blank text
   */
  public static MultilingualText of(Map<String, String> texts) {
    Objects.requireNonNull(texts, "texts");
    Violations violations = Violations.collect();
    // Kept in tag order as they are parsed: a name in three languages is two small arrays, not
    // a sorted map of three entries made and then copied.
    LanguageTag[] languages = new LanguageTag[texts.size()];
    String[] inOrder = new String[texts.size()];
    int count = 0;
    for (Map.Entry<String, String> entry : texts.entrySet()) {
      String key = Objects.requireNonNull(entry.getKey(), "language");
      try {
        LanguageTag tag = LanguageTag.parse(key);
        if (!Violations.isSoundText(entry.getValue())) {
          violations.text(path(key), entry.getValue());
        }
        int at = Arrays.binarySearch(languages, 0, count, tag);
        if (at >= 0) {
          violations.add(
              path(key),
              ViolationCode.DUPLICATE,
              "language " + tag + " is given twice");
        } else {
          int insert = -at - 1;
          System.arraycopy(languages, insert, languages, insert + 1, count - insert);
          System.arraycopy(inOrder, insert, inOrder, insert + 1, count - insert);
          languages[insert] = tag;
          inOrder[insert] = entry.getValue();
          count++;
        }
      } catch (ValidationException e) {
        violations.addAll(path(key), e);
      }
    }
    violations.nonEmpty("", texts.keySet());
    violations.throwIfAny(null, null);
    // No problem: every key was a language given once.
    return count == 1 ? new MultilingualText(languages[0], inOrder[0]) : new MultilingualText(languages, inOrder);
  }

  private static String path(String language) {
    // Escaped as every JSON path of this library is, so that a key holding a quote stays one key.
    return "['" + language.replace("\\", "\\\\").replace("'", "\\'") + "']";
  }

  /**
   * Returns a copy with the text in {@code language} added or replaced.
   *
   * @param language a BCP 47 tag
   * @param text the text in that language, not blank
   * @return the changed copy
   */
  public MultilingualText with(String language, String text) {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(text, "text");
    Map<String, String> copy = new TreeMap<>(asStringMap());
    copy.remove(LanguageTag.parse(language).toString());
    copy.put(language, text);
    return of(copy);
  }

  /**
   * Returns the text in exactly the given language.
   *
   * @param language a BCP 47 tag
   * @return the text, if this language is present
   */
  public Optional<String> in(String language) {
    Objects.requireNonNull(language, "language");
    LanguageTag tag = LanguageTag.parse(language);
    if (only != null) {
      return only.equals(tag) ? Optional.of(onlyText) : Optional.empty();
    }
    int at = Arrays.binarySearch(languages, tag);
    return at >= 0 ? Optional.of(texts[at]) : Optional.empty();
  }

  /**
   * Returns the text in the first of the given languages that is present, matching a tag or its
   * primary language ({@code en} matches {@code en-CA}); otherwise the text of the first tag.
   *
   * @param preferred languages in order of preference
   * @return a text, never null
   */
  public String preferring(String... preferred) {
    Objects.requireNonNull(preferred, "preferred");
    if (only != null) {
      // As for many languages: the preferences are read in order until one matches, so that a
      // malformed one is refused only when it is reached; the one text there is is the answer.
      for (String wanted : preferred) {
        LanguageTag tag = LanguageTag.parse(wanted);
        if (only.equals(tag) || only.language().equals(tag.language())) {
          return onlyText;
        }
      }
      return onlyText;
    }
    for (String wanted : preferred) {
      LanguageTag tag = LanguageTag.parse(wanted);
      int exact = Arrays.binarySearch(languages, tag);
      if (exact >= 0) {
        return texts[exact];
      }
      for (int i = 0; i < languages.length; i++) {
        if (languages[i].language().equals(tag.language())) {
          return texts[i];
        }
      }
    }
    return texts[0];
  }

  /**
   * Returns the languages present, in tag order.
   *
   * @return the language tags, at least one, unmodifiable; never null
   */
  public List<LanguageTag> languages() {
    return only != null ? List.of(only) : List.of(languages);
  }

  /**
   * Returns how many languages the text is in.
   *
   * @return the number of languages, at least one
   */
  public int size() {
    return only != null ? 1 : languages.length;
  }

  /**
   * Returns the language at a position in tag order: with {@link #textAt(int)}, a way through the
   * translations that makes no iterator and no entry, for writers, which visit every name of
   * every record.
   *
   * @param index from 0 to {@link #size()} less one
   * @return the language tag; never null
   * @throws IndexOutOfBoundsException if the index is not below the size
   */
  public LanguageTag languageAt(int index) {
    if (only != null) {
      Objects.checkIndex(index, 1);
      return only;
    }
    return languages[Objects.checkIndex(index, languages.length)];
  }

  /**
   * Returns the text at a position in tag order: the text in {@link #languageAt(int)}.
   *
   * @param index from 0 to {@link #size()} less one
   * @return the text; never null
   * @throws IndexOutOfBoundsException if the index is not below the size
   */
  public String textAt(int index) {
    if (only != null) {
      Objects.checkIndex(index, 1);
      return onlyText;
    }
    return texts[Objects.checkIndex(index, texts.length)];
  }

  /**
   * Returns language to text, in tag order; unmodifiable.
   *
   * @return the texts by language, at least one, unmodifiable; never null
   */
  public SortedMap<LanguageTag, String> asMap() {
    SortedMap<LanguageTag, String> made = map;
    if (made == null) {
      // Made once, racing harmlessly: the wrapper's field is final, so any thread that sees the
      // wrapper sees its whole map.
      SortedMap<LanguageTag, String> byLanguage = new TreeMap<>();
      for (int i = 0; i < size(); i++) {
        byLanguage.put(languageAt(i), textAt(i));
      }
      made = Collections.unmodifiableSortedMap(byLanguage);
      map = made;
    }
    return made;
  }

  /**
   * Returns canonical tag to text, in tag order; a new, modifiable map.
   *
   * @return a new map of the texts by canonical tag; never null
   */
  public Map<String, String> asStringMap() {
    Map<String, String> out = new TreeMap<>();
    for (int i = 0; i < size(); i++) {
      out.put(languageAt(i).toString(), textAt(i));
    }
    return out;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof MultilingualText)) {
      return false;
    }
    MultilingualText that = (MultilingualText) other;
    if (only != null || that.only != null) {
      return Objects.equals(only, that.only) && Objects.equals(onlyText, that.onlyText);
    }
    return Arrays.equals(languages, that.languages) && Arrays.equals(texts, that.texts);
  }

  @Override
  public int hashCode() {
    // A map's hash, the sum over its entries of key hash ^ value hash, as asMap() would give.
    if (only != null) {
      return only.hashCode() ^ onlyText.hashCode();
    }
    int hash = 0;
    for (int i = 0; i < languages.length; i++) {
      hash += languages[i].hashCode() ^ texts[i].hashCode();
    }
    return hash;
  }

  /** Returns the texts as {@code [en] text | [fr] texte}, for people. */
  @Override
  public String toString() {
    if (only != null) {
      return "[" + only + "] " + onlyText;
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < languages.length; i++) {
      out.append(i == 0 ? "" : " | ").append('[').append(languages[i]).append("] ").append(texts[i]);
    }
    return out.toString();
  }
}
