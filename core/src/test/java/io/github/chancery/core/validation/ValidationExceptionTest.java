package io.github.chancery.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chancery.core.record.Reference;
import io.github.chancery.core.testing.Violated;
import io.github.chancery.core.vote.Count;
import io.github.chancery.core.vote.Vote;
import io.github.chancery.core.vote.VoteOption;
import io.github.chancery.core.vote.VoteResult;
import org.junit.jupiter.api.Test;

final class ValidationExceptionTest {
  @Test
  void namesTheRecordTypeIdPathsCodesAndMessages() {
    ValidationException failure =
        Violated.exception(
            () ->
                Vote.builder()
                    .id("vote-9")
                    .motion(Reference.to("motion-9"))
                    .result(VoteResult.ADOPTED)
                    .addCounts(Count.of(VoteOption.YES, -5))
                    .build());

    assertThat(failure.recordType()).hasValue("vote");
    assertThat(failure.recordId()).hasValue("vote-9");
    assertThat(failure.getMessage())
        .isEqualTo("Invalid vote 'vote-9': counts[0].value: must not be negative, was -5 [negative]");
  }

  @Test
  void reRootsPathsUnderTheFieldThatHeldTheFailingValue() {
    ValidationException failure =
        ValidationException.of("", ViolationCode.INVALID_DATE, "bad").under("date");

    assertThat(failure.violations()).singleElement().satisfies(v -> assertThat(v.path()).isEqualTo("date"));
    assertThat(
            ValidationException.of("value", ViolationCode.NEGATIVE, "m").under("counts[1]").violations().get(0).path())
        .isEqualTo("counts[1].value");
  }

  @Test
  void isAnUncheckedIllegalArgumentException() {
    assertThat(ValidationException.of("", ViolationCode.BLANK, "m")).isInstanceOf(IllegalArgumentException.class);
  }
}
