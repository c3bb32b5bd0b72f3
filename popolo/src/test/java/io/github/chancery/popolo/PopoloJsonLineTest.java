package io.github.chancery.popolo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.chancery.core.actor.Person;
import io.github.chancery.core.dossier.Dossier;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.text.MultilingualText;
import io.github.chancery.json.internal.JsonLines;
import io.github.chancery.json.problem.InvalidJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Popolo reads and writes through the JSON line the application has, whichever it is: each
 * Surefire execution names the line it keeps on the class path, and the tests run through that
 * one; with none, a read or write says which artifacts to add.
 */
final class PopoloJsonLineTest {
  @Test
  void readsAndWritesThroughTheLineTheTestExecutionKeeps() {
    String expected = System.getProperty("chancery.json.line");

    assertThat(expected).as("the Surefire execution names its line").isIn("Jackson 2", "Jackson 3");
    assertThat(JsonLines.preferred().name()).isEqualTo(expected);
  }

  @Test
  void withoutAJsonLineAReadOrAWriteSaysWhichArtifactsToAdd() throws Exception {
    // Core, the engine and Popolo alone, as an application that has neither JSON line.
    URL[] alone = {location(ChanceryRecord.class), location(JsonLines.class), location(Popolo.class)};
    try (URLClassLoader loader = new URLClassLoader(alone, ClassLoader.getPlatformClassLoader())) {
      Class<?> popolo = loader.loadClass(Popolo.class.getName());
      Class<?> dossier = loader.loadClass(Dossier.class.getName());
      Object empty = dossier.getMethod("of", Iterable.class).invoke(null, List.of());

      Throwable read = catchThrowable(() -> popolo.getMethod("read", InputStream.class).invoke(null, new ByteArrayInputStream(new byte[0])));
      Throwable write = catchThrowable(() -> popolo.getMethod("write", dossier, OutputStream.class).invoke(null, empty, new ByteArrayOutputStream()));

      for (Throwable thrown : List.of(read, write)) {
        assertThat(thrown).isInstanceOf(InvocationTargetException.class);
        assertThat(thrown.getCause()).isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("chancery-json (Jackson 2)").hasMessageContaining("chancery-json-jackson3 (Jackson 3)");
      }
    }
  }

  private static URL location(Class<?> type) {
    return type.getProtectionDomain().getCodeSource().getLocation();
  }

  @Test
  void aStreamThatFailsIsTheStreamsOwnIOExceptionWhenWritingAndWhenReadingWhicheverTheLine() {
    OutputStream failingOut =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw new IOException("disk full");
          }
        };
    InputStream failingIn =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("connection reset");
          }
        };

    Throwable written = catchThrowable(() -> Popolo.write(ExportFixture.dossier(), failingOut));
    Throwable read = catchThrowable(() -> Popolo.read(failingIn));

    assertThat(written).isInstanceOf(IOException.class).hasMessage("disk full");
    // Jackson 3 wraps the stream's failure in an unchecked exception of its own; the line gives
    // the stream's IOException back, as Jackson 2's does.
    assertThat(read).isInstanceOf(IOException.class).isNotInstanceOf(InvalidJson.class).hasMessage("connection reset");
  }

  @Test
  void writesTextOutsideTheBasicMultilingualPlaneAsUtf8AndReadsItBack() throws IOException {
    // The one change in the bytes written since Popolo moved onto the engine: a flag or a historic
    // script is written as its four UTF-8 bytes, as Chancery's JSON writes it, where Jackson 2's
    // generator wrote two escaped surrogates (\uD83C\uDDEB\uD83C\uDDF7).
    Person person = Person.builder().id("marianne").name(MultilingualText.of("und", "Marianne \uD83C\uDDEB\uD83C\uDDF7")).build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    Popolo.write(Dossier.of(List.<ChanceryRecord>of(person)), out);

    assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"name\":\"Marianne \uD83C\uDDEB\uD83C\uDDF7\"").doesNotContain("\\uD83C");
    assertThat(Popolo.read(new ByteArrayInputStream(out.toByteArray())).dossier().get("marianne", Person.class)).contains(person);
  }
}
