package io.github.chancery.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A format of one file reads a list of that one file as the file, and says so of several. */
final class ImporterFilesTest {
  @TempDir Path work;

  private Path copy(String resource, String name) throws Exception {
    try (var in = ImporterFilesTest.class.getResourceAsStream("/undl/" + resource)) {
      Path file = work.resolve(name);
      Files.copy(in, file);
      return file;
    }
  }

  @Test
  void aListOfOneFileIsReadAsThatFile() throws Exception {
    Path ga = copy("2022_3_2_ga_voting.csv", "2022_3_2_ga_voting.csv");
    Importer undl = UnDigitalLibrary.importer();

    assertThat(undl.read(List.of(ga)).dossier()).isEqualTo(undl.read(ga).dossier());
  }

  @Test
  void aFormatOfOneFileRefusesSeveralNamingTheFormat() throws Exception {
    Path ga = copy("2022_3_2_ga_voting.csv", "ga.csv");
    Path sc = copy("2016_12_23_sc_voting.csv", "sc.csv");
    Importer undl = UnDigitalLibrary.importer();

    assertThatThrownBy(() -> undl.read(List.of(ga, sc)))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("the un-digital-library format reads one file at a time, not 2");
    assertThatThrownBy(() -> undl.read(List.of()))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("no file was given to the un-digital-library format");
  }
}
