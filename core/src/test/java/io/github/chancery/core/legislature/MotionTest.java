package io.github.chancery.core.legislature;

import static io.github.chancery.core.testing.Violated.once;
import static io.github.chancery.core.testing.Violated.pathsAndCodes;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.chancery.core.actor.DisputedEntity;
import io.github.chancery.core.actor.Person;
import io.github.chancery.core.record.RecordType;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.text.MultilingualText;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.validation.ViolationCode;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class MotionTest {
  private static final MultilingualText TITLE =
      MultilingualText.of(
          Map.of(
              "fr", "Sur la nécessité de reconnaître la République du Haut-Karabagh",
              "en", "On the need to recognize the 'Nagorno-Karabakh Republic'"));

  private static Motion.Builder minimal() {
    return Motion.builder().id("motion-1").legislature(Reference.to("leg-fr-senat")).title(TITLE);
  }

  @Test
  void buildsAMotionFromItsRequiredFieldsAlone() {
    Motion motion = minimal().build();

    assertThat(motion.recordType()).isEqualTo(RecordType.MOTION);
    assertThat(motion.title().in("fr")).hasValue("Sur la nécessité de reconnaître la République du Haut-Karabagh");
    assertThat(motion.kind()).isEmpty();
    assertThat(motion.sponsors()).isEmpty();
  }

  @Test
  void recordsKindIdentifierSponsorsLegalBasisAndStructuredSubjects() {
    Reference<DisputedEntity> entity = Reference.to("entity-nk");
    Motion motion =
        minimal()
            .kind(MotionKind.DRAFT_RESOLUTION)
            .identifier("n° 150 (2020-2021)")
            .addSponsor(Reference.<Person>to("person-bruno-retailleau"))
            .tabledOn(PartialDate.of(2020, 11))
            .legalBasis("Article 34-1 of the Constitution")
            .addSubject(MotionSubject.of(SubjectKind.RECOGNITION, entity))
            .build();

    assertThat(motion.subjects()).singleElement().satisfies(s -> {
      assertThat(s.kind()).isEqualTo(SubjectKind.RECOGNITION);
      assertThat(s.concerning()).containsExactly(entity);
    });
    assertThat(motion.identifier()).hasValue("n° 150 (2020-2021)");
  }

  @Test
  void rejectsABlankId() {
    once(() -> minimal().id("   ").build(), "id", ViolationCode.INVALID_ID);
  }

  @Test
  void rejectsAnIdWithWhitespace() {
    once(() -> minimal().id("motion 1").build(), "id", ViolationCode.INVALID_ID);
  }

  @Test
  void acceptsFreeFormIdsSuchAsPopolosAndUnSymbols() {
    assertThat(minimal().id("ocd-bill/12ab:S/RES/822").build().id()).isEqualTo("ocd-bill/12ab:S/RES/822");
  }

  @Test
  void reportsEveryMissingRequiredField() {
    assertThat(pathsAndCodes(() -> Motion.builder().build()))
        .containsExactly("id required", "legislature_id required", "title required");
  }

  @Test
  void rejectsABlankIdentifier() {
    once(() -> minimal().identifier(" ").build(), "identifier", ViolationCode.BLANK);
  }

  @Test
  void rejectsAMotionThatAmendsItself() {
    once(
        () -> minimal().kind(MotionKind.AMENDMENT).amends(Reference.to("motion-1")).build(),
        "amends_id",
        ViolationCode.SELF_REFERENCE);
  }

  @Test
  void acceptsAnAmendmentOfAnotherMotion() {
    Motion amendment = minimal().kind(MotionKind.AMENDMENT).amends(Reference.to("motion-0")).build();

    assertThat(amendment.amends()).hasValue(Reference.to("motion-0"));
  }

  @Test
  void rejectsTheSameSponsorListedTwice() {
    Reference<Person> sponsor = Reference.to("person-1");

    once(
        () -> minimal().addSponsor(sponsor).addSponsor(sponsor).build(),
        "sponsor_ids[1]",
        ViolationCode.DUPLICATE);
  }

  @Test
  void rejectsTheSameSourceCitedTwice() {
    once(
        () -> minimal().addSources(Reference.to("src-1"), Reference.to("src-1")).build(),
        "source_ids[1]",
        ViolationCode.DUPLICATE);
  }

  @Test
  void givesAChangedCopyWithAnEnglishTitleAdded() {
    Motion motion = minimal().title(MultilingualText.of("fr", "Résolution")).build();

    Motion translated = motion.withTitle(motion.title().with("en", "Resolution"));

    assertThat(translated.title().languages()).extracting(Object::toString).containsExactly("en", "fr");
    assertThat(motion.title().languages()).hasSize(1);
  }
}
