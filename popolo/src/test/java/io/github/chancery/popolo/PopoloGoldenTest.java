package io.github.chancery.popolo;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chancery.core.dossier.Dossier;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.json.internal.JsonLines;
import io.github.chancery.json.internal.JsonSyntax;
import io.github.chancery.json.internal.RecordEngine;
import io.github.chancery.json.internal.TokenWriter;
import io.github.chancery.json.limits.ReadLimits;
import io.github.chancery.json.problem.InvalidJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Popolo read and written exactly as before it moved onto the engine, through either JSON line.
 * {@code popolo/golden/imports.txt} was written by the Popolo reader and writer of chancery-json
 * (Jackson 2 trees and generator), for Popolo's examples, the division fixture, the messy export,
 * 45 mutated exports from the reader's differential test (each taking other repairs, embedded
 * copies and losses; 5 refused), generated dossiers and a dossier that takes every branch of the
 * writer: for each, the warnings in order, every record as canonical JSON, and the export's bytes
 * (or the problems of a refusal). Each Surefire execution (Jackson 2 only, Jackson 3 only) must
 * give them all, so the two lines read the same records with the same warnings and write the same
 * bytes.
 */
final class PopoloGoldenTest {
  private static final Map<String, List<String>> GOLDEN = golden();
  /** The line of this execution, whose writer writes the records as the engine does for both. */
  private static final JsonSyntax LINE = JsonLines.preferred().syntax(ReadLimits.defaults());

  private static String resource(String name) {
    try (InputStream in = PopoloGoldenTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("missing test resource " + name, e);
    }
  }

  private static Map<String, List<String>> golden() {
    Map<String, List<String>> entries = new LinkedHashMap<>();
    List<String> current = null;
    for (String line : resource("/popolo/golden/imports.txt").split("\n", -1)) {
      if (line.startsWith("# ")) {
        current = new ArrayList<>();
        entries.put(line.substring(2), current);
      } else if (!line.isEmpty()) {
        current.add(line);
      }
    }
    return entries;
  }

  static Stream<Arguments> entries() {
    return GOLDEN.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  /** The input of an entry: an example, the division, the messy export or a mutated one. */
  private static String input(String name) {
    if (name.startsWith("example ")) {
      return resource("/popolo/examples/" + name.substring("example ".length()));
    }
    if (name.startsWith("fixture ")) {
      return resource("/popolo/fixtures/" + name.substring("fixture ".length()));
    }
    if (name.equals("messy")) {
      return PopoloTest.MESSY;
    }
    int line = Integer.parseInt(name.substring("input ".length()));
    return resource("/popolo/golden/inputs.ndjson").split("\n")[line - 1];
  }

  private static String export(Dossier dossier) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Popolo.write(dossier, out);
    return "E " + out.toString(StandardCharsets.UTF_8);
  }

  /** A record in Chancery's canonical JSON, through the engine and the line in use. */
  private static String json(ChanceryRecord record) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (TokenWriter writer = LINE.writer(out)) {
      RecordEngine.writeRecord(writer, record);
    }
    return "R " + out.toString(StandardCharsets.UTF_8);
  }

  private static List<String> importedAndExported(String input) throws IOException {
    List<String> lines = new ArrayList<>();
    PopoloImport imported;
    try {
      imported = Popolo.read(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
    } catch (RuntimeException | IOException e) {
      if (!(e instanceof InvalidJson)) {
        throw e;
      }
      ((InvalidJson) e).problems().forEach(p -> lines.add("REFUSED " + p));
      return lines;
    }
    imported.warnings().forEach(w -> lines.add("W " + w));
    for (ChanceryRecord record : imported.dossier().records()) {
      lines.add(json(record));
    }
    lines.add(export(imported.dossier()));
    return lines;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("entries")
  void readsAndWritesEveryEntryAsChanceryJsonsPopoloDid(String name, List<String> expected) throws IOException {
    List<String> actual;
    if (name.startsWith("generated ")) {
      actual = List.of(export(PopoloRoundTripTest.dossier(Long.parseLong(name.substring("generated ".length())))));
    } else if (name.equals("export fixture")) {
      actual = List.of(export(ExportFixture.dossier()));
    } else {
      actual = importedAndExported(input(name));
    }

    assertThat(actual).containsExactlyElementsOf(expected);
  }

  @Test
  void theGoldenFileCoversTheExamplesTheFixturesAndTheWriter() {
    assertThat(GOLDEN).hasSize(18 + 1 + 1 + 45 + 12 + 1);
    assertThat(GOLDEN.values().stream().flatMap(List::stream)).filteredOn(l -> l.startsWith("REFUSED")).hasSize(5);
  }
}
