package io.github.chancery.core.actor;

import static io.github.chancery.core.testing.Violated.pathsAndCodes;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.chancery.core.code.CountryCode;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.text.MultilingualText;
import org.junit.jupiter.api.Test;

final class OfficeTest {
  private static final State AZERBAIJAN = State.builder().id("state-az")
      .name(MultilingualText.of("en", "Azerbaijan")).countryCode(CountryCode.of("AZ")).build();

  @Test
  void anOfficeIsHeldInTheStateGivenByItsRecord() {
    Office president = Office.of("President", AZERBAIJAN);

    assertThat(president.role()).isEqualTo("President");
    assertThat(president.organization()).contains(Reference.to("state-az"));
    assertThat(president).isEqualTo(Office.of("President", Reference.<State>to("state-az")));
  }

  @Test
  void anOfficeGivenANullOrganizationSaysWhichFieldIsMissing() {
    assertThat(pathsAndCodes(() -> Office.of("President", (State) null))).containsExactly("organization_id required");
  }

  @Test
  void anOfficeOfRoleAloneNamesNoOrganization() {
    assertThat(Office.of("Minister of Foreign Affairs").organization()).isEmpty();
  }
}
