package io.github.chancery.examples.javadoc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chancery.core.vote.Vote;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every builder a user reaches through a public {@code builder()} of core documents each of its
 * methods in the javadoc jar core publishes: what it sets (with a link to the accessor) and what
 * {@code build()} checks, without naming a generated class. Read from the published jar itself,
 * so a change to the Immutables style that hides the methods again fails here.
 */
final class BuilderJavadocTest {
  private static final String MODULE = "io.github.chancery.core/";

  private static List<Class<?>> buildersOfCore() throws IOException, URISyntaxException, ClassNotFoundException {
    Path coreJar = Path.of(Vote.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Class<?>> builders = new ArrayList<>();
    try (JarFile jar = new JarFile(coreJar.toFile())) {
      for (String entry : jar.stream().map(e -> e.getName()).sorted().collect(Collectors.toList())) {
        if (!entry.endsWith(".class") || entry.contains("$") || entry.endsWith("-info.class")) {
          continue;
        }
        Class<?> type = Class.forName(entry.replace('/', '.').replace(".class", ""), false,
            BuilderJavadocTest.class.getClassLoader());
        if (!Modifier.isPublic(type.getModifiers())) {
          continue;
        }
        for (Method method : type.getDeclaredMethods()) {
          if (method.getName().equals("builder") && method.getParameterCount() == 0
              && Modifier.isStatic(method.getModifiers()) && Modifier.isPublic(method.getModifiers())) {
            builders.add(method.getReturnType());
          }
        }
      }
    }
    return builders;
  }

  private static String pageOf(Class<?> builder) throws IOException {
    String path = MODULE + builder.getPackageName().replace('.', '/') + "/"
        + builder.getName().substring(builder.getPackageName().length() + 1).replace('$', '.') + ".html";
    try (InputStream page = BuilderJavadocTest.class.getClassLoader().getResourceAsStream(path)) {
      assertThat(page).as("the javadoc page " + path + " in core's javadoc jar").isNotNull();
      return new String(page.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** The anchor javadoc gives a method: its name and its parameters' erased, qualified types. */
  private static String anchorOf(Method method) {
    List<String> parameters = new ArrayList<>();
    Class<?>[] types = method.getParameterTypes();
    for (int i = 0; i < types.length; i++) {
      String name = types[i].getTypeName().replace('$', '.');
      if (method.isVarArgs() && i == types.length - 1) {
        name = name.substring(0, name.length() - 2) + "...";
      }
      parameters.add(name);
    }
    return "id=\"" + method.getName() + "(" + String.join(",", parameters) + ")\"";
  }

  private static String detailOf(String page, Method method) {
    String anchor = anchorOf(method);
    int start = page.indexOf("<section class=\"detail\" " + anchor);
    assertThat(start).as("the method detail of " + method.getDeclaringClass().getSimpleName() + "."
        + method.getName() + Arrays.toString(method.getParameterTypes())).isNotNegative();
    return page.substring(start, page.indexOf("</section>", start));
  }

  @Test
  void findsTheBuildersOfTheRecordsAndTheirParts() throws Exception {
    assertThat(buildersOfCore()).extracting(Class::getSimpleName).containsOnly("Builder")
        .hasSizeGreaterThanOrEqualTo(15);
    assertThat(buildersOfCore()).contains(Vote.Builder.class);
  }

  @Test
  void documentsEveryPublicMethodOfEveryBuilderWithWhatItSets() throws Exception {
    for (Class<?> builder : buildersOfCore()) {
      String page = pageOf(builder);
      for (Method method : builder.getMethods()) {
        if (method.getDeclaringClass() == Object.class) {
          continue;
        }
        String detail = detailOf(page, method);
        assertThat(detail).as(builder.getName() + "." + method.getName() + " has a description")
            .containsPattern("<div class=\"block\">[^<\\s]");
        if (method.getParameterCount() == 1 && !method.getName().equals("from")) {
          assertThat(detail).as(builder.getName() + "." + method.getName() + " documents its parameter")
              .contains("<dt>Parameters:</dt>");
        }
      }
    }
  }

  @Test
  void documentsWhatBuildChecksAndWhatItThrows() throws Exception {
    for (Class<?> builder : buildersOfCore()) {
      if (Arrays.stream(builder.getMethods()).noneMatch(m -> m.getName().equals("build") && m.getParameterCount() == 0)) {
        continue; // a builder that finishes otherwise, as MergedDossier's merge()
      }
      String detail = detailOf(pageOf(builder), builder.getMethod("build"));
      assertThat(detail).as(builder.getName() + ".build()").contains("ValidationException")
          .doesNotContain("IllegalStateException");
    }
  }

  @Test
  void setterOfAVoteLinksToTheAccessorThatDocumentsTheField() throws Exception {
    String detail = detailOf(pageOf(Vote.Builder.class), Vote.Builder.class.getMethod("motion",
        io.github.chancery.core.record.Reference.class));
    assertThat(detail).contains("href=\"Vote.html#motion()\"");
  }

  @Test
  void namesNoGeneratedClass() throws Exception {
    for (Class<?> builder : buildersOfCore()) {
      assertThat(pageOf(builder)).as(builder.getName()).doesNotContain("Immutable");
    }
  }
}
