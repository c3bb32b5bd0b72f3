package io.github.chancery.core.actor;

import static io.github.chancery.core.testing.Violated.once;
import static io.github.chancery.core.testing.Violated.pathsAndCodes;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.chancery.core.text.MultilingualText;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.validation.ViolationCode;
import java.net.URI;
import org.junit.jupiter.api.Test;

/**
 * What parliaments and EveryPolitician publish of their members, kept on the person: Sir Keir
 * Starmer, MP for Holborn and St Pancras since 2015, born Keir Rodney Starmer on 2 September 1962;
 * John Smith, Leader of the Labour Party, born 13 September 1938, died 12 May 1994; and John Smith,
 * MP for the Vale of Glamorgan, whose published birth date is the year 1951.
 */
final class PersonDetailsTest {
  private static final Person STARMER =
      Person.builder()
          .id("mp-keir-starmer")
          .name(MultilingualText.of("en", "Keir Starmer"))
          .givenName("Keir")
          .additionalName("Rodney")
          .familyName("Starmer")
          .honorificPrefix("Sir")
          .honorificSuffix("KCB KC")
          .sortName("Starmer, Keir")
          .birthDate(PartialDate.of(1962, 9, 2))
          .gender("male")
          .email("keir.starmer.mp@parliament.uk")
          .image(URI.create("https://commons.wikimedia.org/wiki/Special:FilePath/Official_portrait_of_Keir_Starmer_crop_2.jpg"))
          .addContactDetails(ContactDetail.of(ContactKind.of("twitter"), "Keir_Starmer"))
          .addLinks(WebLink.builder().url(URI.create("https://en.wikipedia.org/wiki/Keir_Starmer")).note("Wikipedia").build())
          .build();

  private static Person.Builder labourLeader() {
    return Person.builder().id("mp-john-smith-1938").name(MultilingualText.of("en", "John Smith"));
  }

  @Test
  void keepsWhatAParliamentPublishesOfAMember() {
    assertThat(STARMER.givenName()).contains("Keir");
    assertThat(STARMER.additionalName()).contains("Rodney");
    assertThat(STARMER.familyName()).contains("Starmer");
    assertThat(STARMER.honorificPrefix()).contains("Sir");
    assertThat(STARMER.honorificSuffix()).contains("KCB KC");
    assertThat(STARMER.sortName()).contains("Starmer, Keir");
    assertThat(STARMER.birthDate()).contains(PartialDate.of(1962, 9, 2));
    assertThat(STARMER.deathDate()).isEmpty();
    assertThat(STARMER.contactDetails()).extracting(ContactDetail::toString).containsExactly("twitter Keir_Starmer");
    assertThat(STARMER.contactDetails().get(0).kind().isKnown()).isFalse();
    assertThat(STARMER.links()).extracting(WebLink::toString).containsExactly("https://en.wikipedia.org/wiki/Keir_Starmer (Wikipedia)");
    assertThat(Person.shape().property("birth_date")).contains(Person.BIRTH_DATE);
  }

  @Test
  void keepsTheDatesOfBirthAndDeathAtThePrecisionPublished() {
    Person valeOfGlamorgan = Person.builder().id("mp-john-smith-1951").name(MultilingualText.of("en", "John Smith"))
        .birthDate(PartialDate.of(1951)).build();
    Person leader = labourLeader().birthDate(PartialDate.of(1938, 9, 13)).deathDate(PartialDate.of(1994, 5, 12)).build();

    assertThat(valeOfGlamorgan.birthDate()).contains(PartialDate.parse("1951"));
    assertThat(leader.mayBeAliveOn(PartialDate.of(1992, 4, 9))).isTrue();
    assertThat(leader.mayBeAliveOn(PartialDate.of(2008, 6, 11))).isFalse();
    assertThat(leader.mayBeAliveOn(PartialDate.of(1994, 5))).isTrue();
    assertThat(valeOfGlamorgan.mayBeAliveOn(PartialDate.of(1951, 3, 17))).isTrue();
    assertThat(valeOfGlamorgan.mayBeAliveOn(PartialDate.of(1950, 12, 31))).isFalse();
  }

  @Test
  void refusesADeathDefinitelyBeforeTheBirthAsAnEndBeforeAStartIsRefused() {
    once(
        () -> labourLeader().birthDate(PartialDate.of(1994, 5, 12)).deathDate(PartialDate.of(1938, 9, 13)).build(),
        "death_date",
        ViolationCode.DATE_ORDER);
  }

  @Test
  void acceptsADeathThatOnlyMayPrecedeTheBirthAtTheirPrecisions() {
    Person person = labourLeader().birthDate(PartialDate.of(1938, 9, 13)).deathDate(PartialDate.of(1938)).build();

    assertThat(person.deathDate()).contains(PartialDate.of(1938));
  }

  @Test
  void keepsTheGenderVerbatimAsAnOpenText() {
    assertThat(STARMER.withGender("Male").gender()).contains("Male");
    assertThat(STARMER.withGender("non-binary").gender()).contains("non-binary");
    once(() -> STARMER.withGender(" "), "gender", ViolationCode.BLANK);
  }

  @Test
  void refusesAnEmailThatIsNotOneAddress() {
    once(() -> STARMER.withEmail("keir.starmer.mp@parliament.uk; office@example.org"), "email", ViolationCode.INVALID_FORMAT);
    once(() -> STARMER.withEmail("Keir Starmer <keir.starmer.mp@parliament.uk>"), "email", ViolationCode.INVALID_FORMAT);
    once(() -> STARMER.withEmail("parliament.uk"), "email", ViolationCode.INVALID_FORMAT);
    assertThat(STARMER.withEmail("contact@keirstarmer.com").email()).contains("contact@keirstarmer.com");
  }

  @Test
  void refusesAPortraitOrLinkThatIsNotAnHttpAddress() {
    once(() -> STARMER.withImage(URI.create("portraits/starmer.jpg")), "image", ViolationCode.INVALID_URL);
    once(() -> WebLink.of("ftp://example.org/starmer"), "url", ViolationCode.INVALID_URL);
    assertThat(pathsAndCodes(() -> WebLink.builder().url(URI.create("https://example.org")).note("").build())).containsExactly("note blank");
  }

  @Test
  void refusesAContactDetailWithoutAValueOrEndingBeforeItStarts() {
    assertThat(pathsAndCodes(() -> ContactDetail.builder().kind(ContactKind.EMAIL).build())).containsExactly("value required");
    once(
        () -> ContactDetail.builder().kind(ContactKind.VOICE).value("020 7219 4000").start(PartialDate.of(2015, 5, 7)).build()
            .withEnd(PartialDate.of(2010)),
        "end",
        ViolationCode.DATE_ORDER);
    assertThat(ContactKind.of("cell")).isSameAs(ContactKind.CELL);
    assertThat(ContactKind.of("Cell").isKnown()).isFalse();
  }

  @Test
  void refusesTheSameContactDetailOrLinkTwice() {
    assertThat(pathsAndCodes(() -> STARMER.withLinks(STARMER.links().get(0), STARMER.links().get(0)))).containsExactly("links[1] duplicate");
    assertThat(pathsAndCodes(() -> STARMER.withContactDetails(STARMER.contactDetails().get(0), STARMER.contactDetails().get(0))))
        .containsExactly("contact_details[1] duplicate");
  }
}
