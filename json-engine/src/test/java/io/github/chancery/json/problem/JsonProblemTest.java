package io.github.chancery.json.problem;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chancery.core.validation.ViolationCode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;

final class JsonProblemTest {
  private static final JsonProblem PROBLEM = JsonProblem.of(ViolationCode.NEGATIVE, "$.counts[1].value", "must not be negative", "vote-1");

  @Test
  void showsItsPathMessageAndRule() {
    assertThat(PROBLEM).hasToString("$.counts[1].value: must not be negative [negative]");
    assertThat(PROBLEM.pointer()).isEqualTo("/counts/1/value");
    assertThat(PROBLEM.recordId()).hasValue("vote-1");
    assertThat(JsonProblem.of(JsonRule.MALFORMED_JSON, "$", "x", null).recordId()).isEmpty();
  }

  @Test
  void isEqualToAProblemOfTheSameRulePathMessageAndRecord() {
    assertThat(PROBLEM).isEqualTo(JsonProblem.of(ViolationCode.NEGATIVE, "$.counts[1].value", "must not be negative", "vote-1"))
        .hasSameHashCodeAs(JsonProblem.of(ViolationCode.NEGATIVE, "$.counts[1].value", "must not be negative", "vote-1"))
        .isNotEqualTo(JsonProblem.of(ViolationCode.NEGATIVE, "$.counts[1].value", "must not be negative", null))
        .isNotEqualTo(JsonProblem.of(JsonRule.WRONG_TYPE, "$.counts[1].value", "must not be negative", "vote-1"));
  }

  @Test
  void givesEachRuleItsStableCode() {
    assertThat(JsonRule.values()).extracting(JsonRule::code).containsExactly(
        "malformed-json", "duplicate-key", "unknown-property", "wrong-type", "required", "trailing-tokens", "limit-exceeded",
        "unknown-type", "unreadable", "unsupported-version");
  }

  @Test
  void survivesSerialization() throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(PROBLEM);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      assertThat(in.readObject()).isEqualTo(PROBLEM);
    }
  }
}
