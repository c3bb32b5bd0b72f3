package io.github.chancery.core.actor;

import static io.github.chancery.core.testing.Violated.once;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.chancery.core.record.Reference;
import io.github.chancery.core.text.MultilingualText;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.validation.ViolationCode;
import org.junit.jupiter.api.Test;

final class PersonTest {
  private static final Office SENATOR =
      Office.of("Senator")
          .withOrganization(Reference.<Organization>to("leg-ca-senate"))
          .withStart(PartialDate.of(2009, 1, 8));

  @Test
  void recordsThePersonsOfficesOverDates() {
    Person person =
        Person.builder().id("person-leo-housakos").name(MultilingualText.of("en", "Leo Housakos")).addOffice(SENATOR).build();

    assertThat(person.offices()).singleElement().satisfies(o -> assertThat(o.role()).isEqualTo("Senator"));
  }

  @Test
  void tellsWhetherAnOfficeMayHaveBeenHeldOnADate() {
    Office minister = Office.of("Minister").withStart(PartialDate.of(2018)).withEnd(PartialDate.of(2020, 7, 16));

    assertThat(minister.mayBeHeldOn(PartialDate.of(2019, 5, 1))).isTrue();
    assertThat(minister.mayBeHeldOn(PartialDate.of(2020, 7))).isTrue();
    assertThat(minister.mayBeHeldOn(PartialDate.of(2020, 11, 10))).isFalse();
    assertThat(minister.mayBeHeldOn(PartialDate.of(2017, 12, 31))).isFalse();
    assertThat(Office.of("President").mayBeHeldOn(PartialDate.of(1900))).isTrue();
  }

  @Test
  void rejectsAnOfficeThatEndsDefinitelyBeforeItStarts() {
    once(
        () ->
            Person.builder()
                .id("p")
                .name(MultilingualText.of("en", "Someone"))
                .addOffice(SENATOR)
                .addOffice(Office.of("Minister").withStart(PartialDate.of(2020)).withEnd(PartialDate.of(2019, 12)))
                .build(),
        "offices[1].end",
        ViolationCode.DATE_ORDER);
  }

  @Test
  void acceptsAnOfficeWhoseEndOnlyMayPrecedeItsStart() {
    Person person =
        Person.builder()
            .id("p")
            .name(MultilingualText.of("en", "Someone"))
            .addOffice(Office.of("Minister").withStart(PartialDate.of(2020, 5, 3)).withEnd(PartialDate.of(2020, 5)))
            .build();

    assertThat(person.offices()).hasSize(1);
  }

  @Test
  void rejectsABlankRole() {
    once(
        () -> Person.builder().id("p").name(MultilingualText.of("en", "Someone")).addOffice(Office.of(" ")).build(),
        "offices[0].role",
        ViolationCode.BLANK);
  }
}
