package io.github.chancery.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.chancery.core.validation.ValidationException;
import io.github.chancery.core.validation.Violation;
import io.github.chancery.core.validation.ViolationCode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

final class MultilingualTextTest {
  private static final String FRENCH = "Sur la nécessité de reconnaître la République du Haut-Karabagh";
  private static final String ENGLISH = "On the need to recognize the 'Nagorno-Karabakh Republic'";

  private static final MultilingualText TITLE = MultilingualText.of("fr", FRENCH).with("en", ENGLISH);

  @Test
  void holdsAnOfficialFrenchTitleAndItsEnglishTranslation() {
    assertThat(TITLE.in("fr")).hasValue(FRENCH);
    assertThat(TITLE.in("en")).hasValue(ENGLISH);
    assertThat(TITLE.in("FR")).hasValue(FRENCH);
    assertThat(TITLE.in("ru")).isEmpty();
    assertThat(TITLE.in("en-CA")).isEmpty();
    assertThat(TITLE.languages()).extracting(Object::toString).containsExactly("en", "fr");
    assertThat(TITLE.asStringMap()).containsExactly(Map.entry("en", ENGLISH), Map.entry("fr", FRENCH));
    assertThat(TITLE).isEqualTo(MultilingualText.of(Map.of("fr", FRENCH, "en", ENGLISH)));
  }

  @Test
  void givesItsLanguagesAndTextsByPositionInTagOrderAsItsMapDoes() {
    MultilingualText name = MultilingualText.of(Map.of("ru", "Приднестровье", "en", "Transnistria", "ro", "Transnistria"));
    MultilingualText one = MultilingualText.of("sq", "Kosova");

    for (MultilingualText text : List.of(name, one)) {
      List<Map.Entry<LanguageTag, String>> byPosition = new java.util.ArrayList<>();
      for (int i = 0; i < text.size(); i++) {
        byPosition.add(Map.entry(text.languageAt(i), text.textAt(i)));
      }
      assertThat(byPosition).containsExactlyElementsOf(text.asMap().entrySet());
    }
    assertThat(name.size()).isEqualTo(3);
    assertThat(name.languageAt(0)).hasToString("en");
    assertThat(one.size()).isEqualTo(1);
  }

  @Test
  void refusesAPositionBeyondItsLanguages() {
    MultilingualText one = MultilingualText.of("sq", "Kosova");

    assertThatThrownBy(() -> one.languageAt(1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> TITLE.textAt(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> TITLE.textAt(TITLE.size())).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void prefersTheFirstLanguageItHas() {
    assertThat(TITLE.preferring("en")).isEqualTo(ENGLISH);
    assertThat(TITLE.preferring("fr")).isEqualTo(FRENCH);
    assertThat(TITLE.preferring("ru", "fr", "en")).isEqualTo(FRENCH);
    assertThat(TITLE.preferring("EN")).isEqualTo(ENGLISH);
  }

  @Test
  void fallsBackToThePrimaryLanguageThenToTheFirstTag() {
    MultilingualText canadian = MultilingualText.of(Map.of("fr-CA", "Sénat du Canada", "en-CA", "Senate of Canada"));

    assertThat(canadian.preferring("en")).isEqualTo("Senate of Canada");
    assertThat(canadian.preferring("fr")).isEqualTo("Sénat du Canada");
    assertThat(canadian.preferring("fr-FR")).isEqualTo("Sénat du Canada");
    assertThat(canadian.preferring("de", "fr")).isEqualTo("Sénat du Canada");
    // No German and no French: the first tag in order, en-CA, whatever order the map had.
    assertThat(canadian.preferring("de")).isEqualTo("Senate of Canada");
    assertThat(canadian.preferring()).isEqualTo("Senate of Canada");
  }

  @Test
  void prefersAnExactTagToAnotherOfTheSameLanguage() {
    MultilingualText english = MultilingualText.of(Map.of("en", "Colour", "en-US", "Color"));

    assertThat(english.preferring("en-US")).isEqualTo("Color");
    assertThat(english.preferring("en")).isEqualTo("Colour");
    assertThat(english.preferring("en-GB")).isEqualTo("Colour");
  }

  @Test
  void addsALanguageWithoutChangingTheOriginal() {
    MultilingualText french = MultilingualText.of("fr", "Sénat");

    MultilingualText both = french.with("en", "Senate");

    assertThat(both.languages()).extracting(Object::toString).containsExactly("en", "fr");
    assertThat(both.in("en")).hasValue("Senate");
    assertThat(both.in("fr")).hasValue("Sénat");
    assertThat(french.languages()).extracting(Object::toString).containsExactly("fr");
  }

  @Test
  void replacesALanguageWrittenInAnyCase() {
    MultilingualText french = MultilingualText.of("fr", "Sénat");

    MultilingualText replaced = french.with("FR", "Le Sénat");

    assertThat(replaced.languages()).hasSize(1);
    assertThat(replaced.in("fr")).hasValue("Le Sénat");
    assertThat(french.in("fr")).hasValue("Sénat");
    assertThat(replaced).isNotEqualTo(french);
  }

  @Test
  void isEqualWhateverTheOrderTheLanguagesCameIn() {
    Map<String, String> one = new LinkedHashMap<>();
    one.put("fr", "a");
    one.put("en", "b");
    Map<String, String> other = new LinkedHashMap<>();
    other.put("EN", "b");
    other.put("fr", "a");

    assertThat(MultilingualText.of(one))
        .isEqualTo(MultilingualText.of(other))
        .hasSameHashCodeAs(MultilingualText.of(other))
        .hasToString("[en] b | [fr] a");
    assertThat(MultilingualText.of(one)).isNotEqualTo(MultilingualText.of(Map.of("fr", "a", "en", "c")));
  }

  @Test
  void cannotBeChangedThroughItsMap() {
    assertThatThrownBy(() -> TITLE.asMap().put(LanguageTag.parse("ru"), "x"))
        .isInstanceOf(UnsupportedOperationException.class);
    TITLE.asStringMap().put("ru", "x");
    assertThat(TITLE.in("ru")).isEmpty();
  }

  @Test
  void rejectsNoLanguageAtAll() {
    assertThat(violations(Map.of()))
        .extracting(Violation::path, Violation::code)
        .containsExactly(tuple("", ViolationCode.EMPTY));
  }

  @Test
  void rejectsABlankTextAtItsLanguage() {
    assertThat(violations(Map.of("fr", " ")))
        .extracting(Violation::path, Violation::code)
        .containsExactly(tuple("['fr']", ViolationCode.BLANK));
    assertThatThrownBy(() -> MultilingualText.of("fr", "Sénat").with("en", "\t"))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::path, Violation::code)
                    .containsExactly(tuple("['en']", ViolationCode.BLANK)));
  }

  @Test
  void reportsAMissingTextAsRequired() {
    Map<String, String> missing = new HashMap<>();
    missing.put("fr", null);

    assertThat(violations(missing))
        .extracting(Violation::path, Violation::code)
        .containsExactly(tuple("['fr']", ViolationCode.REQUIRED));
  }

  @Test
  void rejectsAMalformedTagAndNamesIt() {
    assertThat(violations(Map.of("en_US", "Senate")))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.path()).isEqualTo("['en_US']");
              assertThat(v.code()).isEqualTo(ViolationCode.INVALID_LANGUAGE_TAG);
              assertThat(v.message()).contains("'en_US'");
            });
  }

  @Test
  void reportsEveryProblemInOneException() {
    Map<String, String> bad = new LinkedHashMap<>();
    bad.put("fr", " ");
    bad.put("en_US", "Senate");
    bad.put("hy", "Սենատ");

    assertThat(violations(bad))
        .extracting(Violation::path, Violation::code)
        .containsExactly(tuple("['fr']", ViolationCode.BLANK), tuple("['en_US']", ViolationCode.INVALID_LANGUAGE_TAG));
  }

  @Test
  void rejectsTheSameLanguageWrittenInTwoCases() {
    Map<String, String> twice = new LinkedHashMap<>();
    twice.put("en", "Senate");
    twice.put("EN", "The Senate");

    assertThat(violations(twice))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.path()).isEqualTo("['EN']");
              assertThat(v.code()).isEqualTo(ViolationCode.DUPLICATE);
              assertThat(v.message()).contains("en");
            });
  }

  @Test
  void rejectsNullWithTheParametersName() {
    assertThatThrownBy(() -> MultilingualText.of(null)).isInstanceOf(NullPointerException.class).hasMessage("texts");
    assertThatThrownBy(() -> MultilingualText.of(null, "x")).isInstanceOf(NullPointerException.class).hasMessage("language");
    assertThatThrownBy(() -> MultilingualText.of("fr", null)).isInstanceOf(NullPointerException.class).hasMessage("text");
    assertThatThrownBy(() -> TITLE.in(null)).isInstanceOf(NullPointerException.class).hasMessage("language");
    assertThatThrownBy(() -> TITLE.with("fr", null)).isInstanceOf(NullPointerException.class).hasMessage("text");
  }

  @Test
  void isTheSameTextInOneLanguageHoweverItWasMade() {
    MultilingualText given = MultilingualText.of("FR", "Sénat");
    MultilingualText fromMap = MultilingualText.of(Map.of("fr", "Sénat"));
    MultilingualText replaced = MultilingualText.of("fr", "Conseil").with("fr", "Sénat");
    MultilingualText narrowed = MultilingualText.of(Map.of("fr", "Sénat", "en", "Senate"));

    assertThat(given).isEqualTo(fromMap).isEqualTo(replaced).hasSameHashCodeAs(fromMap).hasSameHashCodeAs(replaced);
    assertThat(fromMap).isEqualTo(given);
    assertThat(given).isNotEqualTo(narrowed).isNotEqualTo(MultilingualText.of("en", "Sénat"));
    assertThat(narrowed).isNotEqualTo(given);
    assertThat(given.hashCode()).isEqualTo(given.asMap().hashCode());
    assertThat(given.asMap()).containsExactly(Map.entry(LanguageTag.parse("fr"), "Sénat"));
    assertThat(given.asMap()).isSameAs(given.asMap());
    assertThat(given.asStringMap()).containsExactly(Map.entry("fr", "Sénat"));
    assertThat(given.languages()).extracting(Object::toString).containsExactly("fr");
    assertThat(given).hasToString("[fr] Sénat");
    assertThat(given.in("FR")).hasValue("Sénat");
    assertThat(given.in("fr-CA")).isEmpty();
    assertThat(given.preferring("de", "en")).isEqualTo("Sénat");
    assertThatThrownBy(() -> given.asMap().put(LanguageTag.parse("en"), "x")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void reportsAProblemOfATextInOneLanguageAsForAMap() {
    for (String[] bad : new String[][] {{"en_US", "Senate"}, {"fr", " "}, {"", "Sénat"}}) {
      List<Violation> expected = violations(Map.of(bad[0], bad[1]));
      assertThatThrownBy(() -> MultilingualText.of(bad[0], bad[1]))
          .as("%s: %s", bad[0], bad[1])
          .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).isEqualTo(expected));
    }
    assertThatThrownBy(() -> MultilingualText.of("fr", "Sénat").preferring("en_US")).isInstanceOf(ValidationException.class);
  }

  @Test
  void readsPreferencesInOrderUntilOneMatchesWhateverTheNumberOfLanguages() {
    for (MultilingualText name : List.of(MultilingualText.of("en", "Nowhere"), MultilingualText.of(Map.of("en", "Nowhere", "fr", "Nulle part")))) {
      assertThat(name.preferring("en", "not a tag!")).as("%s", name).isEqualTo("Nowhere");
      assertThat(name.preferring("en-GB", "not a tag!")).as("%s", name).isEqualTo("Nowhere");
      assertThatThrownBy(() -> name.preferring("not a tag!", "en")).as("%s", name).isInstanceOf(ValidationException.class);
      assertThatThrownBy(() -> name.preferring("de", "not a tag!")).as("%s", name).isInstanceOf(ValidationException.class);
    }
  }

  private static List<Violation> violations(Map<String, String> texts) {
    AtomicReference<List<Violation>> found = new AtomicReference<>();
    assertThatThrownBy(() -> MultilingualText.of(texts))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.recordType()).isEmpty();
              found.set(e.violations());
            });
    return found.get();
  }
}
