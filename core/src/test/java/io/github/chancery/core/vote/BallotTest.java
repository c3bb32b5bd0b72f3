package io.github.chancery.core.vote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.chancery.core.record.Reference;
import io.github.chancery.core.validation.ValidationException;
import io.github.chancery.core.validation.Violation;
import io.github.chancery.core.validation.ViolationCode;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A ballot: who voted how, built whole or not at all, changed by copies. */
final class BallotTest {
  private static final Reference<io.github.chancery.core.record.Actor> UKRAINE = Reference.to("un-ukraine");

  @Test
  void rejectsABallotWithNeitherVoterNorVoterName() {
    assertThatThrownBy(() -> Ballot.of((Reference<io.github.chancery.core.record.Actor>) null, VoteOption.YES))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.violations()).extracting(Violation::path, Violation::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("voter_id", ViolationCode.REQUIRED)));
  }

  @Test
  void rejectsABallotWithoutAnOption() {
    assertThatThrownBy(() -> Ballot.byName("Smith, J.", null))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.violations()).extracting(Violation::path).containsExactly("option"));
  }

  @Test
  void changesOneValueByCopyAndKeepsTheRest() {
    Ballot plain = Ballot.of(UKRAINE, VoteOption.YES);

    Ballot teller = plain.withRole("teller").withWeight(new BigDecimal("2")).withGroup(Reference.to("org-group"));

    assertThat(teller.voter()).contains(UKRAINE);
    assertThat(teller.option()).isEqualTo(VoteOption.YES);
    assertThat(teller.role()).contains("teller");
    assertThat(teller.weight()).contains(new BigDecimal("2"));
    assertThat(teller.group()).contains(Reference.to("org-group"));
    assertThat(teller.pair()).isEmpty();
    assertThat(teller.isTeller()).isTrue();
    assertThat(plain.role()).isEmpty(); // the original is unchanged
    assertThat(teller.withRole(Optional.empty()).withWeight((BigDecimal) null).withGroup(Optional.empty()))
        .isEqualTo(plain)
        .hasSameHashCodeAs(plain);
  }

  @Test
  void returnsItselfWhenAValueIsUnchanged() {
    Ballot ballot = Ballot.of(UKRAINE, VoteOption.NO).withRole("teller");

    assertThat(ballot.withVoter(UKRAINE)).isSameAs(ballot);
    assertThat(ballot.withRole("teller")).isSameAs(ballot);
    assertThat(ballot.withOption(VoteOption.NO)).isSameAs(ballot);
    assertThat(ballot.withPair(Optional.empty())).isSameAs(ballot);
    Ballot weighted = ballot.withWeight(new BigDecimal("2"));
    assertThat(weighted.withWeight(new BigDecimal("2"))).isSameAs(weighted); // an equal weight
  }

  @Test
  void refusesToRemoveTheOnlyWayOfNamingTheVoter() {
    Ballot ballot = Ballot.of(UKRAINE, VoteOption.YES);

    assertThatThrownBy(() -> ballot.withVoter(Optional.empty())).isInstanceOf(ValidationException.class);
    assertThat(ballot.withVoterName("Ukraine").withVoter(Optional.empty()).voterName()).contains("Ukraine");
  }

  @Test
  void isEqualToABallotOfTheSameValuesHoweverMade() {
    Ballot made = Ballot.of(UKRAINE, VoteOption.ABSTAIN).withPair(Reference.to("un-russian-federation"));
    Ballot other = Ballot.of(Reference.to("un-ukraine"), VoteOption.ABSTAIN).withPair(Reference.to("un-russian-federation"));

    assertThat(made).isEqualTo(other).hasSameHashCodeAs(other);
    assertThat(made).isNotEqualTo(other.withPair((Reference<io.github.chancery.core.record.Actor>) null));
    assertThat(made).isNotEqualTo(other.withWeight(BigDecimal.ONE));
  }

  @Test
  void printsThePresentValuesInDeclarationOrder() {
    assertThat(Ballot.of(UKRAINE, VoteOption.YES)).hasToString("Ballot{voter=un-ukraine, option=yes}");
    assertThat(Ballot.byName("Smith, J.", VoteOption.NO).withRole("teller"))
        .hasToString("Ballot{voterName=Smith, J., option=no, role=teller}");
  }

  @Test
  void recognisesATellerInAnyCase() {
    assertThat(Ballot.of(UKRAINE, VoteOption.YES).withRole("Teller").isTeller()).isTrue();
    assertThat(Ballot.of(UKRAINE, VoteOption.YES).withRole("chair").isTeller()).isFalse();
    assertThat(Ballot.of(UKRAINE, VoteOption.YES).isTeller()).isFalse();
  }
}
