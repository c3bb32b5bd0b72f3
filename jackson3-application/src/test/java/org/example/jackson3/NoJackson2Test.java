package org.example.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * This application has Jackson 3 and no Jackson 2, as a Spring Boot 4 application has them: the
 * dependency tree Maven resolved for its tests (written by the build, and checked by its enforcer
 * rule too) holds Chancery's Jackson 3 artifact and Popolo, and nothing of Jackson 2 but the
 * annotations Jackson 3 itself uses; no class of Jackson 2 or of Chancery's Jackson 2 artifact
 * can be loaded.
 */
final class NoJackson2Test {
  @Test
  void theDependencyTreeHoldsJackson3AndNoJackson2() throws IOException {
    String tree = Files.readString(Path.of(System.getProperty("dependency.tree")), StandardCharsets.UTF_8);

    assertThat(tree)
        .contains("io.github.chancery:chancery-json-jackson3:jar")
        .contains("io.github.chancery:chancery-popolo:jar")
        .contains("io.github.chancery:chancery-json-engine:jar")
        .contains("tools.jackson.core:jackson-databind:jar")
        .doesNotContain("com.fasterxml.jackson.core:jackson-databind")
        .doesNotContain("com.fasterxml.jackson.core:jackson-core")
        .doesNotContain("io.github.chancery:chancery-json:jar");
  }

  @Test
  void noClassOfJackson2OrOfChancerysJackson2ArtifactCanBeLoaded() {
    for (String name :
        new String[] {
          "com.fasterxml.jackson.databind.ObjectMapper",
          "com.fasterxml.jackson.core.JsonParser",
          "io.github.chancery.json.ChanceryJson"
        }) {
      assertThatThrownBy(() -> Class.forName(name)).as(name).isInstanceOf(ClassNotFoundException.class);
    }
  }
}
