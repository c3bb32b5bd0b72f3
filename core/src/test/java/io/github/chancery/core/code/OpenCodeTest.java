package io.github.chancery.core.code;

import static io.github.chancery.core.testing.Violated.once;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.chancery.core.actor.OrganizationKind;
import io.github.chancery.core.diplomacy.NoteForm;
import io.github.chancery.core.legislature.MotionKind;
import io.github.chancery.core.source.SourceKind;
import io.github.chancery.core.validation.ViolationCode;
import io.github.chancery.core.vote.VoteOption;
import io.github.chancery.core.vote.VoteResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class OpenCodeTest {
  @Test
  void theExactCodeGivesTheKnownValue() {
    assertThat(VoteOption.of("not voting")).isSameAs(VoteOption.NOT_VOTING);
    assertThat(VoteResult.of("adopted")).isSameAs(VoteResult.ADOPTED);
    assertThat(NoteForm.of("note-verbale")).isSameAs(NoteForm.NOTE_VERBALE);
    assertThat(VoteOption.YES.isKnown()).isTrue();
  }

  @Test
  void keepsAnUnknownCodeVerbatim() {
    VoteOption present = VoteOption.of("present");

    assertThat(present.isKnown()).isFalse();
    assertThat(present.code()).isEqualTo("present");
    assertThat(present).hasToString("present").isEqualTo(VoteOption.of("present")).hasSameHashCodeAs(VoteOption.of("present"));
  }

  @Test
  void neverMapsAnUnknownCodeToAKnownOneItResembles() {
    assertThat(VoteOption.of("YES")).isNotEqualTo(VoteOption.YES);
    assertThat(VoteOption.of("YES").isKnown()).isFalse();
    assertThat(VoteOption.of("not_voting")).isNotEqualTo(VoteOption.NOT_VOTING);
    assertThat(MotionKind.of("draft resolution")).isNotEqualTo(MotionKind.DRAFT_RESOLUTION);
  }

  @Test
  void codesOfDifferentListsAreNeverEqual() {
    assertThat(SourceKind.OTHER.code()).isEqualTo(OrganizationKind.OTHER.code());
    assertThat((Object) SourceKind.OTHER).isNotEqualTo(OrganizationKind.OTHER);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", " yes", "yes ", "\tabstain"})
  void rejectsBlankAndPaddedCodes(String code) {
    once(() -> VoteOption.of(code), "", ViolationCode.INVALID_CODE);
  }

  @Test
  void rejectsOverlongCodes() {
    assertThat(VoteOption.of("x".repeat(OpenCode.MAX_LENGTH)).code()).hasSize(OpenCode.MAX_LENGTH);
    once(() -> VoteOption.of("x".repeat(OpenCode.MAX_LENGTH + 1)), "", ViolationCode.INVALID_CODE);
  }

  @Test
  void listsItsKnownValuesInOrderAndEachReadsBack() {
    assertThat(VoteOption.knownValues())
        .extracting(OpenCode::code)
        .containsExactly("yes", "no", "abstain", "absent", "not voting", "paired", "excused", "other");
    VoteOption.knownValues().forEach(v -> assertThat(VoteOption.of(v.code())).isSameAs(v));
  }
}
