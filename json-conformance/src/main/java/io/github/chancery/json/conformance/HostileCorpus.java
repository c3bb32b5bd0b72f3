package io.github.chancery.json.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.chancery.core.dossier.Dossier;
import io.github.chancery.core.dossier.Finding;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.json.format.AbstractChanceryJson;
import io.github.chancery.json.format.RecordReader;
import io.github.chancery.json.problem.InvalidJson;
import io.github.chancery.json.problem.JsonProblem;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The hostile-input corpus: {@code hostile/manifest.tsv} lists each bad document, the reader it
 * is given to and what that reader must answer, the problems' paths and rules, or {@code ok}.
 * Documents too big to commit ({@code @depth-arrays-100000}, {@code @string-50mb}) are made by
 * the test, streamed, never held whole.
 */
final class HostileCorpus {
  private static final AbstractChanceryJson<?> JSON = SuiteSupport.JSON;
  /** The longest any one document may take, machine noise included. */
  static final Duration BOUND = Duration.ofSeconds(20);

  private HostileCorpus() {}

  /** One row of the manifest. */
  static final class Entry {
    final String file;
    final String reader;
    final String expected;

    Entry(String file, String reader, String expected) {
      this.file = file;
      this.reader = reader;
      this.expected = expected;
    }

    boolean isGenerated() {
      return file.startsWith("@");
    }

    @Override
    public String toString() {
      return file + " (" + reader + ")";
    }
  }

  static List<Entry> entries() {
    List<Entry> entries = new ArrayList<>();
    for (String line : new String(Fixtures.resource("hostile/manifest.tsv"), StandardCharsets.UTF_8).split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] columns = line.split("\t", -1);
      entries.add(new Entry(columns[0], columns[1], columns[2]));
    }
    return entries;
  }

  /** Reads the entry's document with its reader, within the time bound, and says what came out. */
  static String answer(Entry entry) {
    return assertTimeoutPreemptively(BOUND, () -> {
      try (InputStream in = open(entry.file, entry.reader)) {
        return read(entry.reader, in);
      } catch (Exception thrown) {
        // Nothing but the line's own exception, whichever line: anything else fails the test.
        if (!SuiteSupport.LINE_EXCEPTION.isInstance(thrown) || !(thrown instanceof InvalidJson)) {
          throw thrown;
        }
        InvalidJson e = (InvalidJson) thrown;
        // The message may quote the document's own text; outside the quotes it is Chancery's.
        String words = thrown.getMessage().replaceAll("'[^']*'", "''");
        assertThat(words).doesNotContain("com.fasterxml").doesNotContain("tools.jackson").doesNotContain("jackson")
            .doesNotContain("Jackson").doesNotContain("Immutable").doesNotContain("Cannot build").doesNotContain("java.")
            .doesNotContain("Exception");
        String where = e.recordIndex().isPresent() ? "[" + e.recordIndex().getAsLong() + "] " : "";
        String line = e.line().isPresent() ? "line " + e.line().getAsLong() + " " : "";
        return line + where + describe(e.problems());
      }
    }, () -> entry + " took longer than " + BOUND);
  }

  private static String read(String reader, InputStream in) throws Exception {
    switch (reader) {
      case "record":
        JSON.read(in, ChanceryRecord.class);
        return "ok";
      case "ndjson":
        try (RecordReader records = JSON.readNdjson(in)) {
          while (records.next() != null) {
            // every record read
          }
        }
        return "ok";
      case "array":
        try (RecordReader records = JSON.readArray(in)) {
          while (records.next() != null) {
            // every record read
          }
        }
        return "ok";
      case "dossier":
        JSON.readDossier(in);
        return "ok";
      case "dossier-check":
        Dossier dossier = JSON.readDossier(in);
        List<Finding> findings = dossier.check().findings();
        return findings.isEmpty()
            ? "ok"
            : "findings " + findings.stream().map(f -> f.path() + " " + f.code().code()).collect(Collectors.joining("; "));
      default:
        throw new IllegalArgumentException("no reader " + reader);
    }
  }

  static String describe(List<JsonProblem> problems) {
    return problems.stream().map(p -> p.path() + " " + p.code().code()).collect(Collectors.joining("; "));
  }

  private static InputStream open(String file, String reader) {
    switch (file) {
      case "@depth-arrays-100000":
        return wrapped(reader, record("[".repeat(100_000) + "]".repeat(100_000)));
      case "@depth-objects-100000":
        return wrapped(reader, record("{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000)));
      case "@string-50mb":
        return wrapped(reader, bigString());
      default:
        InputStream in = HostileCorpus.class.getResourceAsStream("/hostile/" + file);
        assertThat(in).as(file).isNotNull();
        return in;
    }
  }

  /** The record as the reader expects it: alone, in an array, or in a dossier document. */
  private static InputStream wrapped(String reader, InputStream record) {
    String before = reader.equals("array") ? "[" : reader.startsWith("dossier") ? "{\"format\":\"chancery-dossier\",\"version\":1,\"records\":[" : "";
    String after = reader.equals("array") ? "]" : reader.startsWith("dossier") ? "]}" : "";
    return new SequenceInputStream(
        Collections.enumeration(
            List.of(
                new ByteArrayInputStream(before.getBytes(StandardCharsets.US_ASCII)), record,
                new ByteArrayInputStream(after.getBytes(StandardCharsets.US_ASCII)))));
  }

  /** A vote whose motion_id is the given JSON value. */
  private static InputStream record(String value) {
    String text = "{\"type\":\"vote\",\"id\":\"v\",\"motion_id\":" + value + "}";
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  /** A vote whose id is a 50 MB string, streamed in 1 MB pieces. */
  private static InputStream bigString() {
    byte[] piece = "x".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
    List<InputStream> parts = new ArrayList<>();
    parts.add(new ByteArrayInputStream("{\"type\":\"vote\",\"id\":\"".getBytes(StandardCharsets.US_ASCII)));
    for (int i = 0; i < 50; i++) {
      parts.add(new ByteArrayInputStream(piece));
    }
    parts.add(new ByteArrayInputStream("\",\"motion_id\":\"m\"}".getBytes(StandardCharsets.US_ASCII)));
    return new SequenceInputStream(Collections.enumeration(parts));
  }
}
