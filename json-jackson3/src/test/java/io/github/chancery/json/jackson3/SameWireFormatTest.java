package io.github.chancery.json.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.chancery.core.dossier.Dossier;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.record.RecordType;
import io.github.chancery.json.ChanceryJsonException;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Jackson 3 reads and writes as the Jackson 2 artifact does, through the one engine: the same
 * bytes for every record, the same problems with the same paths for every invalid document.
 */
final class SameWireFormatTest extends Jackson3TestSupport {
  private static final io.github.chancery.json.ChanceryJson JACKSON2 = io.github.chancery.json.ChanceryJson.strict();

  @ParameterizedTest
  @EnumSource(RecordType.class)
  void readsEveryRecordFixtureAndWritesTheSameBytesAsJackson2(RecordType type) throws Exception {
    String document = fixture("records/" + type.wireName() + ".json");

    ChanceryRecord record = JSON.read(document, ChanceryRecord.class);

    assertThat(record).isEqualTo(JACKSON2.read(document));
    assertThat(JSON.write(record)).isEqualTo(JACKSON2.write(record)).isEqualTo(document);
  }

  static Stream<String> invalidFixtures() throws Exception {
    Path directory = Path.of(SameWireFormatTest.class.getResource("/fixtures/invalid").toURI());
    try (Stream<Path> files = Files.list(directory)) {
      return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".json")).sorted()
          .collect(Collectors.toList()).stream();
    }
  }

  @ParameterizedTest
  @MethodSource("invalidFixtures")
  void refusesEveryInvalidFixtureWithTheProblemsJackson2Finds(String file) {
    String document = fixture("invalid/" + file);
    ChanceryJsonException expected =
        catchThrowableOfType(ChanceryJsonException.class, () -> JACKSON2.read(document));

    List<String> found = pathsAndRules(() -> JSON.read(document, ChanceryRecord.class));

    assertThat(found)
        .isEqualTo(expected.problems().stream().map(p -> p.path() + " " + p.code().code()).collect(Collectors.toList()));
  }

  @Test
  void findsThirtyOneInvalidFixtures() throws Exception {
    // Guards the listing above: a build that lost the fixtures would pass the test vacuously.
    assertThat(invalidFixtures()).hasSizeGreaterThanOrEqualTo(31);
  }

  @Test
  void readsADossierDocumentAsJackson2DoesAndWritesItsRecords() throws Exception {
    String document = fixture("dossiers/records.dossier.json");
    Dossier expected = JACKSON2.readDossier(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)));

    Dossier dossier = JSON.read(document, Dossier.class);

    assertThat(dossier.records()).isEqualTo(expected.records());
    assertThat(JSON.read(JSON.write(dossier), Dossier.class).records()).isEqualTo(expected.records());
  }

  @Test
  void refusesADossierWithBadRecordsWithEveryProblemAndItsPath() {
    String document = fixture("dossiers/bad-records.dossier.json");
    ChanceryJsonException expected =
        catchThrowableOfType(
            ChanceryJsonException.class,
            () -> JACKSON2.readDossier(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8))));

    List<String> found = pathsAndRules(() -> JSON.read(document, Dossier.class));

    assertThat(found)
        .isNotEmpty()
        .isEqualTo(expected.problems().stream().map(p -> p.path() + " " + p.code().code()).collect(Collectors.toList()));
  }

  @Test
  void refusesEdgeDocumentsWithTheSameProblemsAndMessagesAsJackson2() {
    String vote = fixture("records/vote.json");
    List<String> documents =
        List.of("null", vote + " {}", vote + " // c", "[" + vote + "]", vote.substring(0, 40), "", "  ", "\"vote\"", vote + "\u0000");
    for (String document : documents) {
      ChanceryJsonException expected = catchThrowableOfType(ChanceryJsonException.class, () -> JACKSON2.read(document, io.github.chancery.core.record.Actor.class));

      io.github.chancery.json.jackson3.ChanceryJsonException found =
          failure(() -> JSON.read(document, io.github.chancery.core.record.Actor.class));

      assertThat(found.problems().stream().map(p -> p.path() + " " + p.code().code() + " " + p.message().replaceAll("column \\d+", "column"))
              .collect(Collectors.toList()))
          .as(document)
          .isEqualTo(expected.problems().stream().map(p -> p.path() + " " + p.code().code() + " " + p.message().replaceAll("column \\d+", "column"))
              .collect(Collectors.toList()));
    }
  }

  @Test
  void theHandedOutMappersRefuseTheTextAroundARecordWithTheSameProblemsAsJackson2() {
    String vote = fixture("records/vote.json");
    com.fasterxml.jackson.databind.ObjectMapper jackson2 = JACKSON2.mapper();
    List<String> documents = List.of("", "  ", vote + " {}", vote + " x", "]" + vote, vote.substring(0, 40), "\"2020\" 1");
    for (String document : documents) {
      Class<?> type = document.startsWith("\"") ? io.github.chancery.core.time.PartialDate.class : io.github.chancery.core.vote.Vote.class;
      ChanceryJsonException expected = catchThrowableOfType(ChanceryJsonException.class, () -> jackson2.readValue(document, type));

      io.github.chancery.json.jackson3.ChanceryJsonException found = failure(() -> JSON.mapper().readValue(document, type));

      assertThat(expected).as(document).isNotNull();
      assertThat(found.problems().stream().map(p -> p.path() + " " + p.code().code() + " " + p.message().replaceAll("column \\d+", "column"))
              .collect(Collectors.toList()))
          .as(document)
          .isEqualTo(expected.problems().stream().map(p -> p.path() + " " + p.code().code() + " " + p.message().replaceAll("column \\d+", "column"))
              .collect(Collectors.toList()));
    }
  }
}
