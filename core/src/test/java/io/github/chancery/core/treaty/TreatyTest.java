package io.github.chancery.core.treaty;

import static io.github.chancery.core.testing.Violated.once;
import static io.github.chancery.core.testing.Violated.pathsAndCodes;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.chancery.core.actor.Person;
import io.github.chancery.core.actor.State;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.text.LanguageTag;
import io.github.chancery.core.text.MultilingualText;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.validation.ViolationCode;
import org.junit.jupiter.api.Test;

final class TreatyTest {
  private static final Reference<State> AZ = Reference.to("state-az");
  private static final Reference<State> AM = Reference.to("state-am");
  private static final Reference<State> RU = Reference.to("state-ru");
  private static final PartialDate SIGNED = PartialDate.of(2020, 11, 10);

  private static Treaty.Builder trilateral() {
    return Treaty.builder()
        .id("treaty-1")
        .title(MultilingualText.of("en", "Trilateral statement"))
        .kind(TreatyKind.TRILATERAL_STATEMENT)
        .addParty(AZ)
        .addParty(AM)
        .addParty(RU);
  }

  private static Signature signature(String person, Reference<State> party) {
    return Signature.of(Reference.<Person>to(person), party).withCapacity("President").withDate(SIGNED);
  }

  @Test
  void recordsAMediatorThatIsAlsoAPartyAndAnEntryIntoForceInANamedZone() {
    Treaty treaty =
        trilateral()
            .addMediator(RU)
            .addSignature(signature("person-putin", RU))
            .concludedOn(SIGNED)
            .entryIntoForce(PartialDate.parse("2020-11-10T00:00+03:00[Europe/Moscow]"))
            .addAuthenticLanguage(LanguageTag.parse("ru"))
            .build();

    assertThat(treaty.mediators()).containsExactly(RU);
    assertThat(treaty.parties()).contains(RU);
    assertThat(treaty.entryIntoForce().map(Object::toString)).hasValue("2020-11-10T00:00+03:00[Europe/Moscow]");
  }

  @Test
  void rejectsASignatureOnBehalfOfANonParty() {
    Reference<State> france = Reference.to("state-fr");

    once(
        () -> trilateral().addSignature(signature("person-x", france)).build(),
        "signatures[0].on_behalf_of_id",
        ViolationCode.NON_PARTY_SIGNATORY);
  }

  @Test
  void reportsEntryIntoForceDefinitelyBeforeTheSignatureRatherThanRefusingIt() {
    // Refused at construction until dates that contradict each other were kept and reported.
    Treaty treaty =
        trilateral()
            .addSignature(signature("person-aliyev", AZ))
            .entryIntoForce(PartialDate.of(2020, 11, 9))
            .build();

    assertThat(report(treaty))
        .containsExactly("records[0].entry_into_force dates-out-of-order the entry into force, 2020-11-09, is definitely"
            + " before every signature, the first on 2020-11-10 for 'state-az'");
  }

  @Test
  void acceptsEntryIntoForceThatOnlyMayPrecedeTheSignature() {
    // "2020-11" may mean any day of November, so it is not certainly before the 10th.
    Treaty treaty =
        trilateral().addSignature(signature("person-aliyev", AZ)).entryIntoForce(PartialDate.of(2020, 11)).build();

    assertThat(treaty.entryIntoForce()).hasValue(PartialDate.of(2020, 11));
  }

  @Test
  void acceptsEntryIntoForceAtMidnightOfTheDayOfSignature() {
    Treaty treaty =
        trilateral()
            .addSignature(signature("person-aliyev", AZ))
            .entryIntoForce(PartialDate.parse("2020-11-10T00:00+03:00[Europe/Moscow]"))
            .build();

    assertThat(treaty.signatures()).hasSize(1);
  }

  @Test
  void acceptsEntryIntoForceAtMoscowMidnightWrittenInUtcOnTheEveOfSignature() {
    Treaty treaty =
        trilateral()
            .addSignature(signature("person-aliyev", AZ))
            .concludedOn(SIGNED)
            .entryIntoForce(PartialDate.parse("2020-11-09T21:00Z"))
            .build();

    assertThat(treaty.entryIntoForce()).hasValue(PartialDate.parse("2020-11-09T21:00Z"));
  }

  @Test
  void reportsEntryIntoForceDefinitelyBeforeConclusionRatherThanRefusingIt() {
    Treaty treaty = trilateral().concludedOn(PartialDate.of(2020, 11)).entryIntoForce(PartialDate.of(2020, 10)).build();

    assertThat(report(treaty))
        .containsExactly("records[0].entry_into_force dates-out-of-order the entry into force, 2020-10, is definitely before"
            + " the conclusion, 2020-11");
  }

  @Test
  void recordsEachParticipantActionWithItsOwnDate() {
    Treaty treaty =
        trilateral()
            .addParticipantAction(ParticipantAction.of(AZ, ParticipantActionKind.SIGNATURE, SIGNED))
            .addParticipantAction(
                ParticipantAction.of(AM, ParticipantActionKind.RATIFICATION, PartialDate.of(2021, 3)))
            .build();

    assertThat(treaty.participantActions()).extracting(ParticipantAction::kind)
        .containsExactly(ParticipantActionKind.SIGNATURE, ParticipantActionKind.RATIFICATION);
  }

  @Test
  void acceptsUnRegistrationNumbersOfBothSeries() {
    assertThat(trilateral().unRegistrationNumber("I:33521").build().unRegistrationNumber()).hasValue("I:33521");
    assertThat(trilateral().unRegistrationNumber("II:965").build().unRegistrationNumber()).hasValue("II:965");
  }

  @Test
  void rejectsAMalformedUnRegistrationNumber() {
    once(() -> trilateral().unRegistrationNumber("33521").build(), "un_registration_number", ViolationCode.INVALID_FORMAT);
  }

  @Test
  void rejectsARepeatedParty() {
    once(() -> trilateral().addParty(AZ).build(), "party_ids[3]", ViolationCode.DUPLICATE);
  }

  @Test
  void refusesANonPartySignatureAndReportsAnEarlyEntryIntoForce() {
    assertThat(
            pathsAndCodes(
                () ->
                    trilateral()
                        .addSignature(signature("person-x", Reference.to("state-fr")))
                        .entryIntoForce(PartialDate.of(2019))
                        .build()))
        .containsExactly("signatures[0].on_behalf_of_id non-party-signatory");
    Treaty early = trilateral().addSignature(signature("person-x", AZ)).entryIntoForce(PartialDate.of(2019)).build();
    assertThat(report(early)).singleElement().asString().startsWith("records[0].entry_into_force dates-out-of-order");
  }

  private static java.util.List<String> report(Treaty treaty) {
    return io.github.chancery.core.dossier.Dossier.of(java.util.List.of(treaty)).checkWithoutReferences().findings().stream()
        .map(f -> f.path() + " " + f.code().code() + " " + f.message())
        .collect(java.util.stream.Collectors.toList());
  }
}
