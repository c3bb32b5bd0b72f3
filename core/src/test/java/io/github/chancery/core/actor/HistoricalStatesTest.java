package io.github.chancery.core.actor;

import static io.github.chancery.core.testing.Violated.once;
import static io.github.chancery.core.testing.Violated.pathsAndCodes;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.chancery.core.code.CodeAssignment;
import io.github.chancery.core.code.CountryCode;
import io.github.chancery.core.dossier.Dossier;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.text.MultilingualText;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.validation.ViolationCode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * States that no longer exist, as ISO 3166-3 and UN membership data record them: {@code CS} was
 * Czechoslovakia's code until 1993 and Serbia and Montenegro's from 2003 to 2006; the UN General
 * Assembly roll-call dataset (Voeten's) codes Serbia's votes of 2007-08 as {@code YU}; Zanzibar,
 * independent from 10 December 1963 and the People's Republic of Zanzibar from 12 January 1964,
 * never had an ISO code, and with Tanganyika was succeeded by the United Republic of Tanzania on
 * 26 April 1964.
 */
final class HistoricalStatesTest {
  private static final State CZECHOSLOVAKIA =
      State.builder()
          .id("state-czechoslovakia")
          .countryCode(CountryCode.parse("CSHH"))
          .name(MultilingualText.of("en", "Czechoslovakia"))
          .addFormerCode(FormerCode.of(CountryCode.parse("CS"), PartialDate.of(1974), PartialDate.of(1992, 12, 31)))
          .start(PartialDate.of(1918, 10, 28))
          .end(PartialDate.of(1992, 12, 31))
          .addSuccessors(Reference.to("state-cz"), Reference.to("state-sk"))
          .build();
  private static final State SERBIA_AND_MONTENEGRO =
      State.builder()
          .id("state-serbia-and-montenegro")
          .countryCode(CountryCode.parse("CSXX"))
          .name(MultilingualText.of("en", "Serbia and Montenegro"))
          .addFormerCode(FormerCode.of(CountryCode.parse("CS"), PartialDate.of(2003, 7, 23), PartialDate.of(2006, 6, 3)))
          .start(PartialDate.of(2003, 2, 4))
          .end(PartialDate.of(2006, 6, 3))
          .build();
  private static final State ZANZIBAR =
      State.builder()
          .id("state-zanzibar")
          .name(MultilingualText.of("en", "Zanzibar"))
          .addOtherName(
              io.github.chancery.core.record.OtherName.builder()
                  .name("People's Republic of Zanzibar")
                  .language(io.github.chancery.core.text.LanguageTag.parse("en"))
                  .start(PartialDate.of(1964, 1, 12))
                  .end(PartialDate.of(1964, 4, 26))
                  .build())
          .start(PartialDate.of(1963, 12, 10))
          .end(PartialDate.of(1964, 4, 26))
          .addSuccessor(Reference.to("state-tz"))
          .build();
  private static final State TANZANIA =
      State.builder()
          .id("state-tz")
          .countryCode(CountryCode.parse("TZ"))
          .name(MultilingualText.of("en", "United Republic of Tanzania"))
          .start(PartialDate.of(1964, 4, 26))
          .addPredecessors(Reference.to("state-tanganyika"), Reference.to("state-zanzibar"))
          .build();

  @Test
  void acceptsAWithdrawnCodeAsGivenWithoutMappingItToACurrentOne() {
    CountryCode yugoslavia = CountryCode.of("YU");

    assertThat(yugoslavia.toString()).isEqualTo("YU");
    assertThat(yugoslavia.isWithdrawn()).isTrue();
    assertThat(yugoslavia.isCurrent()).isFalse();
    assertThat(yugoslavia.assignments()).extracting(a -> a.formerCountryCode().code()).containsExactly("YUCS");
    assertThat(CountryCode.parse("su").isWithdrawn()).isTrue();
    // AI was the French Afars and Issas; it is Anguilla now, and the current meaning wins.
    assertThat(CountryCode.parse("AI").isCurrent()).isTrue();
    assertThat(CountryCode.parse("SUHH").isFormer()).isTrue();
  }

  @Test
  void tellsTheTwoAssignmentsOfCsApartByDate() {
    CountryCode cs = CountryCode.parse("CS");

    assertThat(cs.assignments()).extracting(CodeAssignment::name).containsExactly("Czechoslovakia", "Serbia and Montenegro");
    assertThat(cs.assignmentOn(PartialDate.of(1980, 1, 1))).map(CodeAssignment::name).contains("Czechoslovakia");
    assertThat(cs.assignmentOn(PartialDate.of(2004, 1, 1))).map(a -> a.formerCountryCode().code()).contains("CSXX");
    assertThat(cs.assignmentOn(PartialDate.of(1998))).isEmpty();
    assertThat(CountryCode.parse("FR").assignments()).isEmpty();
  }

  @Test
  void findsTheStateACodeDesignatedOnADate() {
    Dossier dossier = Dossier.of(List.of(CZECHOSLOVAKIA, SERBIA_AND_MONTENEGRO, ZANZIBAR, TANZANIA));
    CountryCode cs = CountryCode.parse("CS");

    assertThat(dossier.stateCodedAs(cs, PartialDate.of(1980, 1, 1))).contains(CZECHOSLOVAKIA);
    assertThat(dossier.stateCodedAs(cs, PartialDate.of(2004, 1, 1))).contains(SERBIA_AND_MONTENEGRO);
    assertThat(dossier.stateCodedAs(cs, PartialDate.of(1998))).isEmpty();
    assertThat(dossier.stateCodedAs(CountryCode.parse("TZ"), PartialDate.of(1964, 1, 1))).isEmpty();
    assertThat(dossier.stateCodedAs(CountryCode.parse("TZ"), PartialDate.of(1965))).contains(TANZANIA);
  }

  @Test
  void recordsAPolityWithoutACodeWithItsDatesAndSuccessor() {
    assertThat(ZANZIBAR.countryCode()).isEmpty();
    assertThat(ZANZIBAR.successors()).containsExactly(Reference.to("state-tz"));
    assertThat(TANZANIA.predecessors()).extracting(Reference::id).containsExactly("state-tanganyika", "state-zanzibar");
  }

  @Test
  void keepsAWithdrawnCodeAsADatasetUsesItAndTheReportSaysItWasNotAssignedThen() {
    State serbia =
        State.builder()
            .id("state-rs")
            .countryCode(CountryCode.parse("RS"))
            .name(MultilingualText.of("en", "Serbia"))
            .addFormerCode(FormerCode.of(CountryCode.parse("YU"), PartialDate.of(2007), PartialDate.of(2008)))
            .build();
    State yugoslavia =
        State.builder().id("state-yu").countryCode(CountryCode.parse("YUCS")).name(MultilingualText.of("en", "Yugoslavia"))
            .addFormerCode(FormerCode.of(CountryCode.parse("YU"), PartialDate.of(1974), PartialDate.of(2003, 7, 23))).build();
    Dossier dossier = Dossier.of(List.of(serbia, yugoslavia));

    assertThat(dossier.stateCodedAs(CountryCode.parse("YU"), PartialDate.of(2007, 9, 18))).contains(serbia);
    assertThat(dossier.stateCodedAs(CountryCode.parse("YU"), PartialDate.of(1980))).contains(yugoslavia);
    assertThat(dossier.check().findings()).extracting(f -> f.code().code() + " " + f.path())
        .containsExactly("code-not-assigned-then records[0].former_codes[0]");
    // One period across the gap between the two assignments of CS is no assignment either.
    assertThat(FormerCode.of(CountryCode.parse("CS"), PartialDate.of(1980), PartialDate.of(2005)).isWithinAnAssignment()).isFalse();
    assertThat(FormerCode.of(CountryCode.parse("CS"), PartialDate.of(2004), PartialDate.of(2005)).isWithinAnAssignment()).isTrue();
  }

  @Test
  void warnsOfAStateVotingOutsideItsDatesAndOfASuccessionStatedOnOneSide() {
    io.github.chancery.core.legislature.Legislature assembly =
        io.github.chancery.core.legislature.Legislature.builder().id("un-ga").name(MultilingualText.of("en", "General Assembly")).build();
    io.github.chancery.core.legislature.Motion motion =
        io.github.chancery.core.legislature.Motion.builder().id("m").legislature(Reference.to("un-ga")).title(MultilingualText.of("en", "A")).build();
    io.github.chancery.core.vote.Vote vote =
        io.github.chancery.core.vote.Vote.builder().id("v").motion(Reference.to("m")).date(PartialDate.of(1965, 12, 1))
            .addBallot(io.github.chancery.core.vote.Ballot.of(Reference.to(ZANZIBAR.id()), io.github.chancery.core.vote.VoteOption.YES))
            .build();
    State tanzaniaSilent = TANZANIA.withPredecessors(Reference.to("state-tanganyika"));

    assertThat(Dossier.of(List.of(ZANZIBAR, tanzaniaSilent, assembly, motion, vote)).checkWithoutReferences().findings())
        .extracting(f -> f.code().code() + " " + f.path())
        .containsExactly(
            "succession-one-sided records[0].successor_ids[0]",
            "ballot-from-state-not-existing records[4].ballots[0].voter_id");
    assertThat(Dossier.of(List.of(ZANZIBAR, TANZANIA)).checkWithoutReferences().findings()).isEmpty();
  }

  @Test
  void refusesAnEndBeforeTheStartAndAStateSucceedingItself() {
    assertThat(
            pathsAndCodes(
                () ->
                    State.builder()
                        .from(ZANZIBAR)
                        .end(PartialDate.of(1962))
                        .addSuccessor(Reference.to(ZANZIBAR.id()))
                        .build()))
        .containsExactly("end date-order", "successor_ids[1] self-reference");
  }
}
