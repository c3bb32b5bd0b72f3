package io.github.chancery.core.legislature;

import static io.github.chancery.core.testing.Violated.once;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.chancery.core.actor.Organization;
import io.github.chancery.core.actor.State;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.text.MultilingualText;
import io.github.chancery.core.validation.ViolationCode;
import org.junit.jupiter.api.Test;

final class LegislatureTest {
  private static Legislature.Builder senate() {
    return Legislature.builder()
        .id("leg-fr-senat")
        .name(MultilingualText.of("fr", "Sénat"))
        .kind(LegislatureKind.UPPER_CHAMBER)
        .jurisdiction(Reference.<State>to("state-fr"));
  }

  @Test
  void recordsAChamberWithItsParentParliamentAndSeats() {
    Legislature senate = senate().parent(Reference.<Legislature>to("leg-fr-parlement")).seatCount(348).build();

    assertThat(senate.seatCount()).hasValue(348);
    assertThat(senate.parent()).hasValue(Reference.to("leg-fr-parlement"));
  }

  @Test
  void recordsAnOrganOfAnInternationalOrganisation() {
    Legislature council =
        Legislature.builder()
            .id("leg-un-sc")
            .name(MultilingualText.of("en", "Security Council"))
            .kind(LegislatureKind.INTERNATIONAL_ORGAN)
            .parent(Reference.<Organization>to("org-un"))
            .seatCount(15)
            .build();

    assertThat(council.kind()).hasValue(LegislatureKind.INTERNATIONAL_ORGAN);
  }

  @Test
  void rejectsASeatCountOfZero() {
    once(() -> senate().seatCount(0).build(), "seat_count", ViolationCode.NOT_POSITIVE);
  }

  @Test
  void rejectsALegislatureThatIsItsOwnParent() {
    once(
        () -> senate().parent(Reference.<Legislature>to("leg-fr-senat")).build(),
        "parent_id",
        ViolationCode.SELF_REFERENCE);
  }

  @Test
  void rejectsAMissingName() {
    once(() -> Legislature.builder().id("leg-1").build(), "name", ViolationCode.REQUIRED);
  }
}
