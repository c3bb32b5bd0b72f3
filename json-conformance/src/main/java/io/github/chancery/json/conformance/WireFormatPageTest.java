package io.github.chancery.json.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The examples of docs/json.md are the fixtures, so the page cannot drift from the format. The
 * page is read from the project's {@code docs} folder, beside the adapter's folder the suite runs
 * in.
 */
final class WireFormatPageTest extends SuiteSupport {
  static java.util.stream.Stream<String> recordTypes() {
    return RECORD_FIXTURES.stream();
  }

  @ParameterizedTest
  @MethodSource("recordTypes")
  void thePageShowsTheFixtureOfEveryRecordType(String type) throws Exception {
    String page = Files.readString(Paths.get("..", "docs", "json.md"), StandardCharsets.UTF_8);
    Matcher example =
        Pattern.compile("### `" + type + "`\\s*```json\\n(.*?)```", Pattern.DOTALL).matcher(page);

    assertThat(example.find()).as("an example of " + type).isTrue();
    assertThat(JsonTree.parse(example.group(1))).isEqualTo(JsonTree.parse(recordFixture(type)));
    assertThat(JSON.write(JSON.read(example.group(1)))).isEqualTo(recordFixture(type));
  }
}
