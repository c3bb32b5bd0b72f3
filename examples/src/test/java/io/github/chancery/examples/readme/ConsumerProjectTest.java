package io.github.chancery.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The consumer project the README shows is the one in {@code consumer/}, file for file, so that
 * what a new user copies is what CI builds and runs against the freshly installed artifacts
 * ({@code .ci/run} checks that its three tests run).
 */
final class ConsumerProjectTest {
  private static final Path ROOT = Path.of("..");

  private static String section() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    int start = readme.indexOf("## Fixtures for your tests");
    assertThat(start).as("the README's section on fixtures").isNotNegative();
    return readme.substring(start, readme.indexOf("\n## ", start + 1));
  }

  private static String block(String section, String language) {
    Matcher block = Pattern.compile("```" + language + "\n(.*?)```", Pattern.DOTALL).matcher(section);
    assertThat(block.find()).as("a " + language + " block in the README's section on fixtures").isTrue();
    return block.group(1);
  }

  private static String file(String path) throws IOException {
    return Files.readString(ROOT.resolve("consumer").resolve(path), StandardCharsets.UTF_8);
  }

  @Test
  void theReadmeShowsTheConsumerProjectsPomGradleBuildAndTestAsTheyAre() throws IOException {
    String section = section();

    assertThat(block(section, "xml")).isEqualTo(file("pom.xml"));
    assertThat(block(section, "kotlin")).isEqualTo(file("build.gradle.kts"));
    assertThat(block(section, "java")).isEqualTo(file("src/test/java/SenateVoteTest.java"));
  }

  @Test
  void theConsumerProjectsFixtureIsTheExamplesOwn() throws IOException {
    assertThat(file("src/test/resources/fixtures/senate-vote.json"))
        .isEqualTo(Files.readString(Path.of("src/test/resources/fixtures/senate-vote.json"), StandardCharsets.UTF_8));
  }

  @Test
  void theConsumerPomNamesTheCompilerReleaseAndASurefireThatRunsJunit5() throws IOException {
    // Without them, Maven 3.8's defaults compile for Java 5 and Surefire 2.12 runs no JUnit 5 test.
    assertThat(file("pom.xml"))
        .contains("<maven.compiler.release>17</maven.compiler.release>")
        .containsPattern("<artifactId>maven-surefire-plugin</artifactId>\\s*<version>3\\.");
  }
}
