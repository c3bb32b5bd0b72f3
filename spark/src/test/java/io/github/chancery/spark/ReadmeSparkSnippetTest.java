package io.github.chancery.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles the README's Spark snippets ({@code ```java spark}) against this module's test class
 * path, as the examples module compiles the others, so that they cannot rot.
 */
final class ReadmeSparkSnippetTest {
  private static final Pattern SNIPPET = Pattern.compile("<!-- snippet: ([^\\n]*?) -->\\n```java spark\\n(.*?)```", Pattern.DOTALL);
  private static final String IMPORTS = String.join("\n",
      "import io.github.chancery.core.record.*;",
      "import io.github.chancery.core.vote.*;",
      "import io.github.chancery.spark.*;",
      "import org.apache.spark.sql.*;",
      "import java.util.*;",
      "");

  @TempDir Path work;

  @Test
  void everySparkSnippetOfTheReadmeCompiles() throws Exception {
    Matcher snippets = SNIPPET.matcher(Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8));
    int found = 0;
    while (snippets.find()) {
      String name = "SparkSnippet" + found++;
      Path source = work.resolve(name + ".java");
      Files.writeString(source, IMPORTS + "class " + name + " {\n  " + snippets.group(1) + " {\n" + snippets.group(2) + "  }\n}\n");
      assertThat(compile(source)).as("compiling " + Files.readString(source)).isEmpty();
    }
    assertThat(found).as("the README's Spark snippets").isPositive();
  }

  private String compile(Path source) throws Exception {
    String classPath = Files.readString(Path.of("target", "test-classpath.txt"), StandardCharsets.UTF_8).strip()
        + File.pathSeparator + Path.of("target", "classes");
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    int status = javac.run(null, diagnostics, diagnostics,
        "-encoding", "UTF-8", "-proc:none", "-classpath", classPath, "-d", work.toString(), source.toString());
    String complaints = diagnostics.toString(StandardCharsets.UTF_8);
    return status == 0 ? "" : complaints.isEmpty() ? "javac failed" : complaints;
  }
}
