package io.github.chancery.json.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

final class JsonLinesTest {
  @Test
  void withNoLinePresentNamesTheArtifactsThatProvideOne() {
    assertThatThrownBy(JsonLines::preferred)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContainingAll("chancery-json (Jackson 2)", "chancery-json-jackson3 (Jackson 3)");
  }
}
