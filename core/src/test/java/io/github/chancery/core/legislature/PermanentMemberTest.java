package io.github.chancery.core.legislature;

import static io.github.chancery.core.testing.Violated.once;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.chancery.core.actor.State;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.text.MultilingualText;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.validation.ViolationCode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Permanent members with the periods they held their seats: the seat of the Union of Soviet
 * Socialist Republics, which passed to the Russian Federation in December 1991.
 */
final class PermanentMemberTest {
  private static final Reference<State> USSR = Reference.to("state-su");
  private static final Reference<State> RUSSIAN_FEDERATION = Reference.to("state-ru");

  private static Legislature.Builder council() {
    return Legislature.builder()
        .id("un-security-council")
        .name(MultilingualText.of("en", "United Nations Security Council"))
        .kind(LegislatureKind.INTERNATIONAL_ORGAN)
        .seatCount(15);
  }

  @Test
  void aSeatHeldUntilADateMayBeHeldOnlyUntilThen() {
    PermanentMember ussr = PermanentMember.of(USSR, PartialDate.of(1945, 10, 24), PartialDate.of(1991, 12, 24));

    assertThat(ussr.mayHoldOn(PartialDate.of(1983, 9, 12))).isTrue();
    assertThat(ussr.certainlyHoldsOn(PartialDate.of(1983, 9, 12))).isTrue();
    assertThat(ussr.mayHoldOn(PartialDate.of(1993, 5, 11))).isFalse();
    assertThat(ussr.mayHoldOn(PartialDate.of(1991, 12))).isTrue();
    assertThat(ussr.certainlyHoldsOn(PartialDate.of(1991, 12))).isFalse();
    assertThat(ussr.certainlyHoldsOn(PartialDate.of(1991, 12, 24))).isTrue();
    assertThat(ussr.mayHoldOn(PartialDate.of(1945, 10, 23))).isFalse();
  }

  @Test
  void aSeatWithoutDatesIsHeldForAllTime() {
    PermanentMember france = PermanentMember.of(Reference.to("state-fr"), null, null);

    assertThat(france.certainlyHoldsOn(PartialDate.of(1946))).isTrue();
    assertThat(france.certainlyHoldsOn(PartialDate.of(2022, 2, 25))).isTrue();
  }

  @Test
  void rejectsASeatThatEndsBeforeItStarts() {
    once(
        () ->
            council()
                .addDatedPermanentMembers(
                    PermanentMember.of(RUSSIAN_FEDERATION, PartialDate.of(1991, 12, 25), PartialDate.of(1991, 12, 24)))
                .build(),
        "dated_permanent_members[0].end",
        ViolationCode.DATE_ORDER);
  }

  @Test
  void rejectsAMemberListedBothForAllTimeAndOverAPeriod() {
    once(
        () ->
            council()
                .addPermanentMembers(RUSSIAN_FEDERATION)
                .addDatedPermanentMembers(PermanentMember.of(RUSSIAN_FEDERATION, PartialDate.of(1991, 12, 25), null))
                .build(),
        "dated_permanent_members[0].member_id",
        ViolationCode.DUPLICATE);
  }

  @Test
  void rejectsTheSamePeriodTwice() {
    PermanentMember ussr = PermanentMember.of(USSR, PartialDate.of(1945, 10, 24), PartialDate.of(1991, 12, 24));

    once(() -> council().addDatedPermanentMembers(ussr, ussr).build(), "dated_permanent_members[1]", ViolationCode.DUPLICATE);
  }

  @Test
  void aMemberMayHoldASeatOverSeveralPeriods() {
    Legislature council =
        council()
            .addDatedPermanentMembers(
                PermanentMember.of(USSR, PartialDate.of(1945, 10, 24), PartialDate.of(1991, 12, 24)),
                PermanentMember.of(RUSSIAN_FEDERATION, PartialDate.of(1991, 12, 25), null))
            .build();

    assertThat(council.datedPermanentMembers()).hasSize(2);
    assertThat(council.permanentMembers()).isEmpty();
    assertThat(council.permanentMembersOn(PartialDate.of(2022, 2, 25))).containsExactly(RUSSIAN_FEDERATION);
    assertThat(council.withDatedPermanentMembers(List.of()).hasPermanentMembers()).isFalse();
  }
}
