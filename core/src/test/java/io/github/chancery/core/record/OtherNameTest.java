package io.github.chancery.core.record;

import static io.github.chancery.core.testing.Violated.once;
import static io.github.chancery.core.testing.Violated.pathsAndCodes;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.chancery.core.actor.Person;
import io.github.chancery.core.actor.State;
import io.github.chancery.core.code.CountryCode;
import io.github.chancery.core.text.MultilingualText;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.validation.ViolationCode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Other names as registers publish them. The Democratic Republic of the Congo follows Wikidata's
 * item Q974, whose former official name "Zaire" (French "Zaïre") was in use from 27 October 1971
 * to 17 May 1997. Volodymyr Zelenskyy follows Wikidata's item Q3881578 and EveryPolitician's
 * {@code other_names}: several English spellings as printed by different outlets, and the
 * Russian form, each with its language.
 */
final class OtherNameTest {
  private static final State CONGO =
      State.builder()
          .id("state-cd")
          .countryCode(CountryCode.parse("CD"))
          .name(MultilingualText.of(Map.of("en", "Democratic Republic of the Congo", "fr", "République démocratique du Congo")))
          .addOtherName(OtherName.former("en", "Zaire", PartialDate.of(1971, 10, 27), PartialDate.of(1997, 5, 17)))
          .addOtherName(OtherName.former("fr", "Zaïre", PartialDate.of(1971, 10, 27), PartialDate.of(1997, 5, 17)))
          .addOtherName(OtherName.builder().name("DR Congo").language(io.github.chancery.core.text.LanguageTag.parse("en")).kind(NameKind.SHORT).build())
          .build();

  private static final Person ZELENSKYY =
      Person.builder()
          .id("person-zelenskyy")
          .name(MultilingualText.of(Map.of("uk", "Володимир Зеленський", "en", "Volodymyr Zelenskyy")))
          .addOtherName(OtherName.of("en", "Volodymyr Zelensky"))
          .addOtherName(OtherName.of("en", "Volodymyr Zelenskiy"))
          .addOtherName(OtherName.of("ru", "Владимир Зеленский"))
          .addOtherName(OtherName.of("Zelensky"))
          .build();

  @Test
  void keepsSeveralNamesInOneLanguageInTheirRecordedOrder() {
    assertThat(ZELENSKYY.otherNames())
        .extracting(OtherName::toString)
        .containsExactly("[en] Volodymyr Zelensky", "[en] Volodymyr Zelenskiy", "[ru] Владимир Зеленский", "Zelensky");
    assertThat(ZELENSKYY.allNames())
        .containsExactly(
            "Volodymyr Zelenskyy", "Володимир Зеленський", "Volodymyr Zelensky", "Volodymyr Zelenskiy", "Владимир Зеленский", "Zelensky");
  }

  @Test
  void looksANameUpByLanguagePreferenceTheNameBeforeOtherNames() {
    assertThat(ZELENSKYY.nameIn("ru", "en")).isEqualTo("Владимир Зеленский");
    assertThat(ZELENSKYY.nameIn("de", "en-GB")).isEqualTo("Volodymyr Zelenskyy");
    assertThat(ZELENSKYY.nameIn("uk")).isEqualTo("Володимир Зеленський");
    // With no preferred language present, the name of the first language tag: en before uk.
    assertThat(ZELENSKYY.nameIn("de")).isEqualTo("Volodymyr Zelenskyy");
    assertThat(ZELENSKYY.nameIn()).isEqualTo("Volodymyr Zelenskyy");
  }

  @Test
  void aFormerNameIsNotOfferedAsTheCurrentName() {
    State zaireOnly =
        CONGO.withName(MultilingualText.of("en", "Democratic Republic of the Congo")).withOtherNames(CONGO.otherNames().subList(0, 2));

    assertThat(zaireOnly.nameIn("fr", "en")).isEqualTo("Democratic Republic of the Congo");
    assertThat(CONGO.nameIn("fr")).isEqualTo("République démocratique du Congo");
  }

  @Test
  void givesTheFormerNameInUseOnADateInThePreferredLanguage() {
    PartialDate rumbleInTheJungle = PartialDate.of(1974, 10, 30);

    assertThat(CONGO.nameOn(rumbleInTheJungle, "fr", "en")).isEqualTo("Zaïre");
    assertThat(CONGO.nameOn(rumbleInTheJungle, "en")).isEqualTo("Zaire");
    // No former name in German: the first former name in use then, not today's German-less name.
    assertThat(CONGO.nameOn(rumbleInTheJungle, "de")).isEqualTo("Zaire");
    assertThat(CONGO.nameOn(PartialDate.of(1997, 5, 18), "fr")).isEqualTo("République démocratique du Congo");
    assertThat(CONGO.nameOn(PartialDate.of(1960, 6, 30), "en")).isEqualTo("Democratic Republic of the Congo");
    // A year that holds the change may be either; the former name is not excluded by it.
    assertThat(CONGO.nameOn(PartialDate.of(1997), "en")).isEqualTo("Zaire");
  }

  @Test
  void aFormerNameWithoutDatesIsNotKnownToBeInUseOnAnyDate() {
    OtherName burma = OtherName.builder().name("Burma").language(io.github.chancery.core.text.LanguageTag.parse("en")).kind(NameKind.FORMER).build();
    OtherName alias = OtherName.of("en", "Congo-Kinshasa");

    assertThat(burma.mayBeInUseOn(PartialDate.of(1980))).isFalse();
    assertThat(alias.mayBeInUseOn(PartialDate.of(1980))).isTrue();
    assertThat(OtherName.former("en", "Zaire", PartialDate.of(1971, 10, 27), PartialDate.of(1997, 5, 17)).mayBeInUseOn(PartialDate.of(1998)))
        .isFalse();
  }

  @Test
  void rejectsAnOtherNameAbandonedBeforeItWasAdopted() {
    once(
        () -> OtherName.former("en", "Zaire", PartialDate.of(1997, 5, 17), PartialDate.of(1971, 10, 27)),
        "end",
        ViolationCode.DATE_ORDER);
  }

  @Test
  void rejectsABlankNameAndABlankNote() {
    assertThat(pathsAndCodes(() -> OtherName.builder().name(" ").note("").build()))
        .containsExactly("name blank", "note blank");
  }

  @Test
  void rejectsTheSameOtherNameTwice() {
    once(
        () -> ZELENSKYY.withOtherNames(OtherName.of("en", "Volodymyr Zelensky"), OtherName.of("en", "Volodymyr Zelensky")),
        "other_names[1]",
        ViolationCode.DUPLICATE);
  }

  @Test
  void keepsAKindItDoesNotKnowVerbatim() {
    OtherName nickname = OtherName.builder().name("Ze").kind(NameKind.of("nickname")).build();

    assertThat(nickname.kind()).hasValueSatisfying(k -> assertThat(k.isKnown()).isFalse());
    assertThat(nickname.kind().orElseThrow().code()).isEqualTo("nickname");
  }

  @Test
  void aNameWithAnEndDateIsAFormerNameWithoutAKindAsEveryPoliticianGivesThem() {
    Person married =
        Person.builder()
            .id("person-roe")
            .name(MultilingualText.of("en", "Jane Roe"))
            .addOtherName(OtherName.builder().name("Jane Doe").end(PartialDate.of(2010)).build())
            .addOtherName(OtherName.builder().name("J. Roe").start(PartialDate.of(2010)).build())
            .build();

    assertThat(married.nameOn(PartialDate.of(2005))).isEqualTo("Jane Doe");
    assertThat(married.nameOn(PartialDate.of(2015))).isEqualTo("Jane Roe");
  }

  @Test
  void aFormerNameMayHaveOnlyOneOfItsDates() {
    assertThat(OtherName.former("en", "Burma", null, PartialDate.of(1989, 6, 18)).start()).isEmpty();
    assertThat(OtherName.former("en", "Burma", null, PartialDate.of(1989, 6, 18)).mayBeInUseOn(PartialDate.of(1980))).isTrue();
  }

  @Test
  void anOtherNameWithoutANameIsAValidationErrorNotAnImmutablesMessage() {
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> OtherName.builder().build());

    org.assertj.core.api.Assertions.assertThat(thrown)
        .isInstanceOf(io.github.chancery.core.validation.ValidationException.class)
        .hasMessageContaining("name")
        .hasMessageContaining("[required]")
        .hasMessageNotContaining("Cannot build");
  }

  @Test
  void theGeneratedClassesOfOtherNamesAndIdentifiersAreNotPublic() throws Exception {
    for (String generated : new String[] {"ImmutableOtherName", "ImmutableIdentifier", "WithOtherName", "WithIdentifier"}) {
      Class<?> type = Class.forName("io.github.chancery.core.record." + generated);
      org.assertj.core.api.Assertions.assertThat(java.lang.reflect.Modifier.isPublic(type.getModifiers())).as(generated).isFalse();
    }
  }
}
