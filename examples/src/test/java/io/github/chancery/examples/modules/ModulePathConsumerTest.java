package io.github.chancery.examples.modules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.chancery.json.ChanceryJson;
import io.github.chancery.json.ChanceryModule;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.lang.module.FindException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Chancery's modules as an application on the module path uses them: the consumer module under
 * {@code src/test/module-path/consumer} is compiled with javac against the published modules and
 * run with {@code java --module-path}; the intruder module under {@code
 * src/test/module-path/intruder}, which imports internal packages, must not compile. The
 * modules are taken from the test class path that Maven writes to {@code
 * target/test-classpath.txt}, by their module names.
 */
final class ModulePathConsumerTest {
  private static final Path SOURCES = Path.of("src", "test", "module-path");

  /** What the consumer needs on the module path: Chancery's modules and what they require. */
  private static final Set<String> MODULES =
      Set.of(
          "io.github.chancery.core",
          "io.github.chancery.json.engine",
          "io.github.chancery.json",
          "io.github.chancery.json.jackson3",
          "io.github.chancery.testing",
          "com.fasterxml.jackson.annotation",
          "com.fasterxml.jackson.core",
          "com.fasterxml.jackson.databind",
          "tools.jackson.core",
          "tools.jackson.databind",
          "org.assertj.core",
          "org.junit.jupiter.api",
          "org.junit.platform.commons",
          "org.opentest4j",
          "org.apiguardian.api");

  private static String modulePath;

  @TempDir static Path work;

  @BeforeAll
  static void findTheModules() throws Exception {
    String classPath = Files.readString(Path.of("target", "test-classpath.txt"), StandardCharsets.UTF_8).strip();
    List<String> entries = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (String entry : classPath.split(File.pathSeparator)) {
      module(Path.of(entry)).filter(module -> MODULES.contains(module.name())).ifPresent(module -> {
        entries.add(entry);
        names.add(module.name());
        if (module.name().startsWith("io.github.chancery.")) {
          assertThat(module.isAutomatic())
              .as(entry + " has a module-info (a jar of an older build? build from the root: mvn verify)")
              .isFalse();
        }
      });
    }
    assertThat(names).as("the modules found on the test class path").containsExactlyInAnyOrderElementsOf(MODULES);
    modulePath = String.join(File.pathSeparator, entries);
  }

  @Test
  void aConsumerModuleCompilesAndRunsOnTheModulePath() throws Exception {
    Path classes = work.resolve("consumer-classes");
    assertThat(compile("consumer", classes)).as("compiling the consumer module").isEmpty();

    Path printed = work.resolve("consumer-output.txt");
    Process java =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--module-path", classes + File.pathSeparator + modulePath,
                "--module", "consumer/org.example.consumer.Consumer")
            .redirectErrorStream(true)
            .redirectOutput(printed.toFile())
            .start();
    java.getOutputStream().close();
    boolean finished = java.waitFor(2, TimeUnit.MINUTES);
    if (!finished) {
      java.destroyForcibly().waitFor();
    }
    String output = Files.readString(printed, StandardCharsets.UTF_8);
    assertThat(finished).as("the consumer finished in time; it printed:\n" + output).isTrue();

    assertThat(java.exitValue()).as("the consumer's exit status; it printed:\n" + output).isZero();
    assertThat(output.lines())
        .contains(
            "named modules: io.github.chancery.core, io.github.chancery.json.engine, io.github.chancery.json, "
                + "io.github.chancery.json.jackson3, io.github.chancery.testing",
            "internal: IllegalAccessException",
            "exports: API only",
            "schemas: readable",
            "OK")
        .anySatisfy(line -> assertThat(line).startsWith("ChanceryJson: {").contains("\"id\":\"vote-1\""))
        .anySatisfy(line -> assertThat(line).startsWith("findAndRegisterModules: ").contains(ChanceryModule.class.getName()))
        .anySatisfy(line -> assertThat(line).startsWith("findAndAddModules (Jackson 3): ").contains("chancery"));
  }

  @Test
  void aModuleThatImportsAnInternalPackageDoesNotCompile() throws Exception {
    String complaints = compile("intruder", work.resolve("intruder-classes"));

    assertThat(complaints)
        .as("javac's complaints")
        .contains("package io.github.chancery.json.internal is not visible")
        .contains("does not export it to module intruder")
        .contains("package io.github.chancery.json.internal.jackson is not visible")
        .contains("does not export it to module intruder")
        .contains("2 errors")
        .doesNotContain("io.github.chancery.json.problem")
        .doesNotContain("ChanceryJson");
  }

  @Test
  void onTheClassPathFindAndRegisterModulesStillFindsTheChanceryModule() {
    // These tests run on the class path: the jars' module-info is ignored, META-INF/services is read.
    assertThat(ChanceryJson.class.getModule().isNamed()).as("chancery-json is on the class path here").isFalse();

    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();

    assertThat(mapper.getRegisteredModuleIds()).contains(ChanceryModule.class.getName());
  }

  /** Compiles one module of {@code src/test/module-path}; returns javac's complaints, empty if none. */
  private static String compile(String module, Path output) throws Exception {
    // An empty class path: javac in this JVM would otherwise search the tests' class path too.
    Path emptyClassPath = Files.createDirectories(work.resolve("empty-class-path"));
    List<String> arguments =
        new ArrayList<>(
            List.of(
                "-encoding", "UTF-8", "-proc:none", "-Xlint:all",
                "--class-path", emptyClassPath.toString(),
                "--module-path", modulePath,
                "-d", output.toString()));
    try (Stream<Path> files = Files.walk(SOURCES.resolve(module))) {
      arguments.addAll(files.filter(file -> file.toString().endsWith(".java")).map(Path::toString).sorted().collect(Collectors.toList()));
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    int status = javac.run(null, diagnostics, diagnostics, arguments.toArray(String[]::new));
    String complaints = diagnostics.toString(StandardCharsets.UTF_8);
    return status == 0 ? complaints : complaints.isEmpty() ? "javac failed" : complaints;
  }

  /** The module of a jar or class folder as the module path would see it, if it is one. */
  private static Optional<ModuleDescriptor> module(Path entry) {
    try {
      return ModuleFinder.of(entry).findAll().stream().findFirst().map(ModuleReference::descriptor);
    } catch (FindException e) {
      return Optional.empty();
    }
  }
}
