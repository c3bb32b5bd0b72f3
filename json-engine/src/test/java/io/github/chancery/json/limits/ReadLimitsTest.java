package io.github.chancery.json.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

final class ReadLimitsTest {
  @Test
  void theDefaultsAreTheDocumentedOnes() {
    ReadLimits limits = ReadLimits.defaults();

    assertThat(limits.maxNestingDepth()).isEqualTo(32);
    assertThat(limits.maxStringLength()).isEqualTo(1_000_000);
    assertThat(limits.maxNameLength()).isEqualTo(256);
    assertThat(limits.maxNumberLength()).isEqualTo(64);
    assertThat(limits.maxDocumentLength()).isEqualTo(256L * 1024 * 1024);
    assertThat(limits.maxRecordLength()).isEqualTo(1024 * 1024);
    assertThat(ReadLimits.defaults()).isSameAs(limits);
  }

  @Test
  void eachWithChangesItsOwnLimitInACopy() {
    ReadLimits changed =
        ReadLimits.defaults().withMaxNestingDepth(1).withMaxStringLength(2).withMaxNameLength(3).withMaxNumberLength(4)
            .withMaxDocumentLength(5).withMaxRecordLength(6);

    assertThat(changed).hasToString(
        "ReadLimits[maxNestingDepth=1, maxStringLength=2, maxNameLength=3, maxNumberLength=4, maxDocumentLength=5, maxRecordLength=6]");
    assertThat(ReadLimits.defaults().maxNestingDepth()).isEqualTo(32);
  }

  @Test
  void refusesALimitOfZeroOrLessNamingIt() {
    assertThatThrownBy(() -> ReadLimits.defaults().withMaxRecordLength(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("maxRecordLength must be above zero, was 0");
    assertThatThrownBy(() -> ReadLimits.defaults().withMaxDocumentLength(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("maxDocumentLength must be above zero, was -1");
  }
}
