package io.github.chancery.core.text;

import static io.github.chancery.core.testing.Violated.pathsAndCodes;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class MultilingualTextTest {
  private static final MultilingualText TITLE =
      MultilingualText.of(
          Map.of(
              "fr", "Sur la nécessité de reconnaître la République du Haut-Karabagh",
              "en", "On the need to recognize the 'Nagorno-Karabakh Republic'"));

  @Test
  void holdsAnOfficialTitleAndItsTranslation() {
    assertThat(TITLE.in("fr")).hasValue("Sur la nécessité de reconnaître la République du Haut-Karabagh");
    assertThat(TITLE.in("en")).hasValue("On the need to recognize the 'Nagorno-Karabakh Republic'");
    assertThat(TITLE.in("ru")).isEmpty();
    assertThat(TITLE.languages()).extracting(Object::toString).containsExactly("en", "fr");
  }

  @Test
  void prefersTheGivenLanguagesThenTheirPrimaryLanguageThenTheFirst() {
    MultilingualText canadian = MultilingualText.of(Map.of("en-CA", "Senate of Canada", "fr-CA", "Sénat du Canada"));

    assertThat(canadian.preferring("fr")).isEqualTo("Sénat du Canada");
    assertThat(canadian.preferring("de", "en")).isEqualTo("Senate of Canada");
    assertThat(canadian.preferring("de")).isEqualTo("Senate of Canada");
  }

  @Test
  void givesChangedCopiesWithALanguageAddedOrReplaced() {
    MultilingualText french = MultilingualText.of("fr", "Sénat");

    assertThat(french.with("en", "Senate").languages()).hasSize(2);
    assertThat(french.with("FR", "Le Sénat").in("fr")).hasValue("Le Sénat");
    assertThat(french.in("fr")).hasValue("Sénat");
  }

  @Test
  void isEqualWhateverTheOrderTheLanguagesCameIn() {
    Map<String, String> one = new LinkedHashMap<>();
    one.put("fr", "a");
    one.put("en", "b");
    Map<String, String> other = new LinkedHashMap<>();
    other.put("en", "b");
    other.put("fr", "a");

    assertThat(MultilingualText.of(one)).isEqualTo(MultilingualText.of(other)).hasSameHashCodeAs(MultilingualText.of(other));
    assertThat(MultilingualText.of(one)).hasToString("[en] b | [fr] a");
  }

  @Test
  void reportsEveryProblemTogether() {
    Map<String, String> bad = new LinkedHashMap<>();
    bad.put("fr", " ");
    bad.put("en_US", "Senate");

    assertThat(pathsAndCodes(() -> MultilingualText.of(bad)))
        .containsExactly("['fr'] blank", "['en_US'] invalid-language-tag");
  }

  @Test
  void rejectsNoLanguageAtAllAndTheSameLanguageTwice() {
    Map<String, String> twice = new LinkedHashMap<>();
    twice.put("en", "Senate");
    twice.put("EN", "Senate");

    assertThat(pathsAndCodes(() -> MultilingualText.of(Map.of()))).containsExactly(" empty");
    assertThat(pathsAndCodes(() -> MultilingualText.of(twice))).containsExactly("['EN'] duplicate");
  }
}
