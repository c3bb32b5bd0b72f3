package io.github.chancery.core.actor;

import static io.github.chancery.core.testing.Violated.once;
import static io.github.chancery.core.testing.Violated.pathsAndCodes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.chancery.core.code.CountryCode;
import io.github.chancery.core.record.RecordType;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.text.MultilingualText;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.validation.ViolationCode;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class ActorTest {
  @Test
  void identifiesAStateByItsCountryCode() {
    State kosovo =
        State.builder().id("state-xk").countryCode(CountryCode.parse("XK")).name(MultilingualText.of("en", "Kosovo")).build();

    assertThat(kosovo.countryCode().orElseThrow().isUserAssigned()).isTrue();
    assertThat(kosovo.recordType()).isEqualTo(RecordType.STATE);
  }

  @Test
  void takesAStatesCountryCodeAsText() {
    State ukraine = State.builder().id("state-ua").countryCode("ua").name(MultilingualText.of("en", "Ukraine")).build();

    assertThat(ukraine.countryCode()).contains(CountryCode.of("UA"));
    assertThat(ukraine.countryCode().orElseThrow().alpha3()).contains("UKR");
  }

  @Test
  void refusesTheEuropeanUnionsCodeAsAStatesCountryCodeAtTheField() {
    assertThat(pathsAndCodes(() -> State.builder().countryCode("EU")))
        .containsExactly("country_code invalid-country-code");
    assertThatThrownBy(() -> State.builder().countryCode("EU")).hasMessageContaining("organisation");
  }

  @Test
  void requiresAStatesNameButNotACountryCodeWhichSomePolitiesNeverHad() {
    assertThat(pathsAndCodes(() -> State.builder().id("state-1").build())).containsExactly("name required");
  }

  @Test
  void recordsWhatADisputedEntityClaimsAndWhoRecognisesItWithoutACountryCode() {
    DisputedEntity entity =
        DisputedEntity.builder()
            .id("entity-nk")
            .name(MultilingualText.of(Map.of("en", "Nagorno-Karabakh", "fr", "Haut-Karabagh", "az", "Dağlıq Qarabağ")))
            .addClaim(
                Claim.of(ClaimKind.INDEPENDENCE)
                    .withProclaimedOn(PartialDate.of(1991, 9, 2))
                    .withClaimedName(MultilingualText.of("en", "Nagorno-Karabakh Republic")))
            .addRecognition(Recognition.by(Reference.<DisputedEntity>to("entity-other")).withGrantedOn(PartialDate.of(2007)))
            .internationallyRecognisedAsPartOf(Reference.<State>to("state-az"))
            .build();

    assertThat(entity.claims()).extracting(Claim::kind).containsExactly(ClaimKind.INDEPENDENCE);
    assertThat(entity.internationallyRecognisedAsPartOf()).hasValue(Reference.to("state-az"));
    assertThat(entity.name().in("fr")).hasValue("Haut-Karabagh");
  }

  @Test
  void rejectsARecognitionWithdrawnDefinitelyBeforeItWasGranted() {
    once(
        () ->
            DisputedEntity.builder()
                .id("entity-1")
                .name(MultilingualText.of("en", "Entity"))
                .addRecognition(
                    Recognition.by(Reference.<State>to("state-1"))
                        .withGrantedOn(PartialDate.of(2010, 5))
                        .withWithdrawnOn(PartialDate.of(2009)))
                .build(),
        "recognitions[0].withdrawn_on",
        ViolationCode.DATE_ORDER);
  }

  @Test
  void recordsAForeignMinistryAsPartOfItsState() {
    Organization ministry =
        Organization.builder()
            .id("org-az-mfa")
            .name(MultilingualText.of("en", "Ministry of Foreign Affairs of the Republic of Azerbaijan"))
            .kind(OrganizationKind.GOVERNMENT_BODY)
            .parent(Reference.<State>to("state-az"))
            .build();

    assertThat(ministry.parent()).hasValue(Reference.to("state-az"));
  }

  @Test
  void rejectsAnOrganizationThatIsItsOwnParent() {
    once(
        () ->
            Organization.builder()
                .id("org-1")
                .name(MultilingualText.of("en", "Body"))
                .parent(Reference.<Organization>to("org-1"))
                .build(),
        "parent_id",
        ViolationCode.SELF_REFERENCE);
  }
}
