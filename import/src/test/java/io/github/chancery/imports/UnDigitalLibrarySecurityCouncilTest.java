package io.github.chancery.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chancery.core.dossier.Dossier;
import io.github.chancery.core.dossier.FindingCode;
import io.github.chancery.core.legislature.Legislature;
import io.github.chancery.core.legislature.LegislatureKind;
import io.github.chancery.core.legislature.Motion;
import io.github.chancery.core.record.Identifier;
import io.github.chancery.core.record.IdentifierScheme;
import io.github.chancery.core.vote.Ballot;
import io.github.chancery.core.vote.Vote;
import io.github.chancery.core.vote.VoteMethod;
import io.github.chancery.core.vote.VoteOption;
import org.junit.jupiter.api.Test;

/**
 * The Security Council's voting file, on a fixture written from the publisher's description: S/RES/2334
 * (2016) with all fifteen members, and an illustrative resolution adopted without a vote.
 */
final class UnDigitalLibrarySecurityCouncilTest {
  private final ImportResult imported = Fixtures.read("2016_12_23_sc_voting.csv");
  private final Dossier dossier = imported.dossier().orElseThrow();

  @Test
  void theCouncilIsAnInternationalOrganAndTheDescriptionIsTheTitle() {
    assertThat(dossier.get("un-security-council", Legislature.class).orElseThrow().kind())
        .contains(LegislatureKind.INTERNATIONAL_ORGAN);
    // Rule: description is "Resolution number and short description of the topic added by the Library".
    Motion motion = dossier.get("motion-s-res-2334-2016", Motion.class).orElseThrow();
    assertThat(motion.title().in("en").orElseThrow()).startsWith("Security Council resolution 2334 (2016)");
  }

  @Test
  void theSymbolWrittenWithoutASpaceBeforeTheYearIsNormalised() {
    // Rule: resolution is observed as S/RES/2720(2023), without a space before "(".
    Motion motion = dossier.get("motion-s-res-2334-2016", Motion.class).orElseThrow();
    assertThat(motion.identifier()).contains("S/RES/2334 (2016)");
    assertThat(motion.identifiers()).contains(Identifier.of(IdentifierScheme.UN_DOCUMENT_SYMBOL, "S/RES/2334 (2016)"));
  }

  @Test
  void aWholeRollCallThatMatchesTheTotalsGivesNoCountFinding() {
    Vote vote = dossier.get("vote-undl-1000001", Vote.class).orElseThrow();
    assertThat(vote.ballots()).hasSize(15);
    assertThat(vote.ballots()).filteredOn(b -> b.option().equals(VoteOption.ABSTAIN)).extracting(Ballot::voterName)
        .containsExactly(java.util.Optional.of("UNITED STATES"));
    // The publisher's own identifier schemes (undl, undl-ms-code) are registers' names: no finding.
    assertThat(imported.report().findings()).isEmpty();
  }

  @Test
  void aPermanentMembersBallotCarriesItsRole() {
    // Rule: permanent_member is True or False.
    Vote vote = dossier.get("vote-undl-1000001", Vote.class).orElseThrow();
    assertThat(vote.ballots()).filteredOn(b -> b.role().isPresent()).hasSize(5)
        .allSatisfy(b -> assertThat(b.role()).contains("permanent member"));
  }

  @Test
  void aResolutionAdoptedWithoutAVoteHasNoBallotsAndSaysWhy() {
    // Rule: when modality is "Without Vote", ms_vote and the totals do not record a vote.
    Vote vote = dossier.get("vote-undl-1000002", Vote.class).orElseThrow();
    assertThat(vote.method()).contains(VoteMethod.WITHOUT_VOTE);
    assertThat(vote.ballots()).isEmpty();
    assertThat(vote.counts()).isEmpty();
    assertThat(imported.warnings()).singleElement().satisfies(w -> {
      assertThat(w.code()).isEqualTo(ImportWarningCode.NOT_MAPPED);
      assertThat(w.line()).hasValue(17);
      assertThat(w.column()).contains("modality");
    });
  }

  @Test
  void theVoteNoteIsKeptAsTheWordsOfTheLibrarysRecord() {
    // Rule: vote_note records peculiarities such as adoption without a vote.
    assertThat(dossier.get("source-undl-1000002", io.github.chancery.core.source.Source.class).orElseThrow().quotes())
        .containsExactly("adopted without vote");
  }
}
