package io.github.chancery.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chancery.json.problem.JsonProblem;
import io.github.chancery.json.problem.JsonRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class PathsTest {
  @Test
  void namesPlainPropertiesAfterADotAndOthersInBracketsEscaped() {
    assertThat(Paths.property("$", "motion_id")).isEqualTo("$.motion_id");
    assertThat(Paths.property("$.name", "en_US")).isEqualTo("$.name.en_US");
    assertThat(Paths.property("$.name", "sr-Latn")).isEqualTo("$.name['sr-Latn']");
    assertThat(Paths.property("$", "12")).isEqualTo("$['12']");
    assertThat(Paths.property("$", "")).isEqualTo("$['']");
    assertThat(Paths.property("$", "it's a\\b")).isEqualTo("$['it\\'s a\\\\b']");
    assertThat(Paths.index("$.counts", 3)).isEqualTo("$.counts[3]");
  }

  @Test
  void joinsACoreViolationPathToTheObjectsPath() {
    assertThat(Paths.join("$[2]", "counts[1].value")).isEqualTo("$[2].counts[1].value");
    assertThat(Paths.join("$.name", "['fr']")).isEqualTo("$.name['fr']");
    assertThat(Paths.join("$.date", "")).isEqualTo("$.date");
  }

  @ParameterizedTest
  @CsvSource({
    "$, ''",
    "$.counts[1].value, /counts/1/value",
    "$['a b'][0], /a b/0",
    "$['a/b~c'], /a~1b~0c",
  })
  void givesEachPathAsAJsonPointerAndBack(String path, String pointer) {
    assertThat(Paths.toPointer(path)).isEqualTo(pointer);
    assertThat(Paths.fromPointer(pointer)).isEqualTo(path);
    assertThat(JsonProblem.of(JsonRule.REQUIRED, path, "is required", null).pointer()).isEqualTo(pointer);
  }

  @Test
  void unescapesQuotesInBracketsForThePointer() {
    assertThat(Paths.toPointer(Paths.property("$", "it's"))).isEqualTo("/it's");
  }
}
