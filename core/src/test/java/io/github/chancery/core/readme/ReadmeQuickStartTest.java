package io.github.chancery.core.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compiles the README's quick start against core's classes, runs it, and checks what it prints. */
final class ReadmeQuickStartTest {
  private static final Path README = Paths.get("..", "README.md");
  private static final Pattern QUICK_START =
      Pattern.compile("<!-- quick-start:begin -->\\s*```java\\n(.*?)```\\s*<!-- quick-start:end -->", Pattern.DOTALL);
  private static final Pattern PRINTED =
      Pattern.compile("<!-- quick-start:end -->\\s*It prints:\\s*```\\n(.*?)```", Pattern.DOTALL);

  @TempDir Path work;

  @Test
  void quickStartCompilesRunsAndPrintsWhatTheReadmeSays() throws Exception {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    String code = extract(QUICK_START, readme);
    String expected = extract(PRINTED, readme);

    Path source = work.resolve("QuickStart.java");
    Files.writeString(source, code, StandardCharsets.UTF_8);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    int status =
        javac.run(
            null,
            diagnostics,
            diagnostics,
            "-encoding", "UTF-8",
            "-classpath", Paths.get("target", "classes").toString(),
            "-d", work.toString(),
            source.toString());
    assertThat(status).as(diagnostics.toString(StandardCharsets.UTF_8)).isZero();

    assertThat(run(work)).isEqualToNormalizingNewlines(expected);
  }

  private static String extract(Pattern pattern, String readme) {
    Matcher matcher = pattern.matcher(readme);
    assertThat(matcher.find()).as("README section " + pattern).isTrue();
    return matcher.group(1);
  }

  private static String run(Path classes) throws Exception {
    URL[] path = {classes.toUri().toURL(), Paths.get("target", "classes").toUri().toURL()};
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    try (URLClassLoader loader = new URLClassLoader(path, ClassLoader.getPlatformClassLoader());
        PrintStream out = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
      Method main = loader.loadClass("QuickStart").getMethod("main", String[].class);
      System.setOut(out);
      main.invoke(null, (Object) new String[0]);
    } finally {
      System.setOut(original);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }
}
