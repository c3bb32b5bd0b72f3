package io.github.chancery.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles every Java snippet of the README against the published artifacts, so that none can
 * rot. A snippet that declares classes is compiled as it is, with its own imports; a snippet of
 * statements is compiled as the body of the method its {@code <!-- snippet: ... -->} comment
 * names (what it is given, and which checked exceptions the caller handles), with the library's
 * packages imported. Snippets must compile as a reader would paste them there.
 */
final class ReadmeSnippetsTest {
  private static final Path README = Path.of("..", "README.md");
  private static final Pattern SNIPPET =
      Pattern.compile("(?:<!-- snippet: ([^\\n]*?) -->\\n)?```java\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern CLASS_NAME = Pattern.compile("^(?:public |final |abstract )*(?:class|interface|record|enum) (\\w+)", Pattern.MULTILINE);
  private static final String IMPORTS =
      String.join(
          "\n",
          "import io.github.chancery.core.actor.*;",
          "import io.github.chancery.core.code.*;",
          "import io.github.chancery.core.diplomacy.*;",
          "import io.github.chancery.core.dossier.*;",
          "import io.github.chancery.core.legislature.*;",
          "import io.github.chancery.core.record.*;",
          "import io.github.chancery.core.source.*;",
          "import io.github.chancery.core.text.*;",
          "import io.github.chancery.core.time.*;",
          "import io.github.chancery.core.treaty.*;",
          "import io.github.chancery.core.validation.*;",
          "import io.github.chancery.core.vote.*;",
          "import io.github.chancery.json.*;",
          "import io.github.chancery.json.limits.*;",
          "import io.github.chancery.json.problem.*;",
          "import com.fasterxml.jackson.databind.ObjectMapper;",
          "import java.io.*;",
          "import java.util.*;",
          "import static io.github.chancery.core.vote.VoteOption.*;",
          "import static io.github.chancery.testing.ChanceryAssertions.assertThat;",
          "");

  @TempDir Path work;

  @Test
  void everyJavaSnippetOfTheReadmeCompiles() throws Exception {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    Matcher snippets = SNIPPET.matcher(readme);
    List<Path> sources = new ArrayList<>();
    int statements = 0;
    while (snippets.find()) {
      String method = snippets.group(1);
      String code = snippets.group(2);
      Matcher declared = CLASS_NAME.matcher(code);
      Path directory = Files.createDirectories(work.resolve("snippet" + sources.size()));
      if (declared.find()) {
        assertThat(method).as("a snippet of classes needs no method:\n" + code).isNull();
        Path source = directory.resolve(declared.group(1) + ".java");
        Files.writeString(source, code, StandardCharsets.UTF_8);
        sources.add(source);
      } else {
        assertThat(method).as("a snippet of statements names its method in <!-- snippet: ... -->:\n" + code).isNotNull();
        String name = "Snippet" + statements++;
        Path source = directory.resolve(name + ".java");
        Files.writeString(source, IMPORTS + "class " + name + " {\n  " + method + " {\n" + code + "  }\n}\n", StandardCharsets.UTF_8);
        sources.add(source);
      }
    }
    assertThat(sources).as("the README's Java snippets").hasSizeGreaterThanOrEqualTo(6);

    for (Path source : sources) {
      assertThat(compile(source)).as("compiling " + Files.readString(source)).isEmpty();
    }
  }

  /** Compiles one source against the test class path; returns the compiler's complaints. */
  private String compile(Path source) throws Exception {
    String classPath =
        Files.readString(Path.of("target", "test-classpath.txt"), StandardCharsets.UTF_8).strip()
            + File.pathSeparator + Path.of("target", "classes");
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    int status =
        javac.run(
            null, diagnostics, diagnostics,
            "-encoding", "UTF-8", "-proc:none", "-classpath", classPath, "-d", source.getParent().toString(), source.toString());
    String complaints = diagnostics.toString(StandardCharsets.UTF_8);
    return status == 0 ? "" : complaints.isEmpty() ? "javac failed" : complaints;
  }
}
