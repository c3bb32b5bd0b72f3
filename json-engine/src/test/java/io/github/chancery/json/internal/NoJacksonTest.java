package io.github.chancery.json.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The engine's tests drive it through the test syntax alone: neither Jackson line is on their class path. */
final class NoJacksonTest {
  @Test
  void theEnginesTestsRunWithNoJacksonOnTheClassPath() {
    assertThatThrownBy(() -> Class.forName("com.fasterxml.jackson.core.JsonParser")).isInstanceOf(ClassNotFoundException.class);
    assertThatThrownBy(() -> Class.forName("tools.jackson.core.JsonParser")).isInstanceOf(ClassNotFoundException.class);
  }
}
