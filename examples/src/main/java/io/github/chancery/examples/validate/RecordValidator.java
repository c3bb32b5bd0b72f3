package io.github.chancery.examples.validate;

import io.github.chancery.core.dossier.Dossier;
import io.github.chancery.core.dossier.Finding;
import io.github.chancery.core.dossier.FindingCode;
import io.github.chancery.core.dossier.Link;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.record.RecordType;
import io.github.chancery.json.ChanceryJson;
import io.github.chancery.json.popolo.Popolo;
import io.github.chancery.json.popolo.PopoloImport;
import io.github.chancery.json.ChanceryJsonException;
import io.github.chancery.json.RecordReader;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PushbackInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Checks one file: a dossier document, a JSON array of records, or NDJSON. Files up to the
 * streaming threshold are read whole into a dossier and get the full consistency report. Larger
 * record files are read twice, one record at a time: the first pass checks each record and its
 * own rules and notes every id in an {@link IdIndex}; the second checks every reference against
 * it. Memory then depends on the number of records (about 18 bytes each), not their size. Rules
 * that need another record's content (a vote before its motion, seats, memberships, conflicting
 * reports) are applied only to files read whole.
 */
final class RecordValidator {
  enum Format {
    DOSSIER("dossier document"),
    ARRAY("JSON array of records"),
    NDJSON("NDJSON records"),
    POPOLO("Popolo");

    final String description;

    Format(String description) {
      this.description = description;
    }
  }

  private final ChanceryJson json = ChanceryJson.strict();
  private final long streamAbove;
  private final long progressAbove;
  private final PrintStream progress;

  private boolean popolo;

  /** Reads every file as Popolo, whatever its start looks like. */
  RecordValidator popolo() {
    this.popolo = true;
    return this;
  }

  RecordValidator(long streamAbove, long progressAbove, PrintStream progress) {
    this.streamAbove = streamAbove;
    this.progressAbove = progressAbove;
    this.progress = progress;
  }

  FileCheck check(Path file) {
    FileCheck result = new FileCheck(file.toString());
    try {
      if (!Files.isRegularFile(file)) {
        result.unreadable = "no such file";
        return result;
      }
      long size = Files.size(file);
      Format format = popolo ? Format.POPOLO : detect(file);
      result.format = format.description;
      if (format == Format.POPOLO) {
        try (InputStream in = open(file, size, "reading Popolo")) {
          PopoloImport imported = Popolo.read(in);
          result.records = imported.dossier().size();
          imported.warnings().forEach(result::note);
          result.addAll(imported.dossier().check(), 0);
        }
      } else if (format == Format.DOSSIER) {
        try (InputStream in = open(file, size, "reading")) {
          java.util.Set<Long> skipped = new java.util.HashSet<>();
          Dossier dossier = json.readDossier(in, bad -> {
            bad.recordIndex().ifPresent(skipped::add);
            result.invalid(bad);
          });
          result.records = dossier.size() + skipped.size();
          List<Long> fileIndexes = new java.util.ArrayList<>(dossier.size());
          for (long index = 0; fileIndexes.size() < dossier.size(); index++) {
            if (!skipped.contains(index)) {
              fileIndexes.add(index);
            }
          }
          result.addAll(dossier.check(), fileIndexes);
        }
      } else if (size <= streamAbove) {
        Dossier.Builder dossier = Dossier.builder();
        List<Long> fileIndexes = new java.util.ArrayList<>();
        java.util.Set<String> ids = new java.util.HashSet<>(); // exact, since the records are kept anyway
        readRecords(file, size, format, "reading", result, (index, record) -> {
          if (ids.add(record.id())) {
            dossier.add(record);
            fileIndexes.add(index);
          } else {
            result.add(duplicate(index, record));
          }
        });
        result.addAll(dossier.build().check(), fileIndexes);
      } else {
        IdIndex ids = new IdIndex();
        readRecords(file, size, format, "pass 1 of 2, records", result, (index, record) -> {
          if (!ids.add(record.id(), record.recordType())) {
            result.add(duplicate(index, record));
            return;
          }
          result.addAll(Dossier.of(List.of(record)).checkWithoutReferences(), index);
        });
        FileCheck ignored = new FileCheck(file.toString());
        readRecords(file, size, format, "pass 2 of 2, references", ignored, (index, record) -> references(index, record, ids, result));
      }
    } catch (ChanceryJsonException e) {
      result.unreadable = e.getMessage();
    } catch (IOException e) {
      result.unreadable = "cannot be read: " + e.getMessage();
    }
    return result;
  }

  private interface RecordConsumer {
    void accept(long index, ChanceryRecord record);
  }

  private void readRecords(Path file, long size, Format format, String label, FileCheck result, RecordConsumer consumer)
      throws IOException {
    Consumer<ChanceryJsonException> bad = e -> {
      result.records++;
      result.invalid(e);
    };
    try (InputStream in = open(file, size, label);
        RecordReader reader = format == Format.NDJSON ? json.readNdjson(in, bad) : json.readArray(in, bad)) {
      for (ChanceryRecord record = reader.next(); record != null; record = reader.next()) {
        consumer.accept(reader.recordsSeen() - 1, record);
        result.records++;
      }
    }
  }

  private static void references(long index, ChanceryRecord record, IdIndex ids, FileCheck result) {
    for (Link link : Link.of(record)) {
      RecordType target = ids.typeOf(link.reference().id());
      String path = "records[" + index + "]." + link.path();
      if (target == null) {
        result.add(
            Finding.of(FindingCode.DANGLING_REFERENCE, path, "no record '" + link.reference().id() + "' in the file", record.id()));
      } else if (!link.allowed().contains(target)) {
        result.add(
            Finding.of(
                FindingCode.WRONG_REFERENCE_TYPE,
                path,
                "'" + link.reference().id() + "' is a " + target + ", which cannot be referred to here",
                record.id()));
      }
    }
  }

  private static Finding duplicate(long index, ChanceryRecord record) {
    return Finding.of(
        FindingCode.DUPLICATE_ID, "records[" + index + "].id", "id '" + record.id() + "' is used by an earlier record", record.id());
  }

  private InputStream open(Path file, long size, String label) throws IOException {
    InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    return size > progressAbove ? new CountingInputStream(in, size, progress, file + ", " + label) : in;
  }

  /**
   * A dossier document starts with an object whose first key is "format"; records (NDJSON, or an
   * array) start with an object whose first key is "type"; anything else that starts as a JSON
   * object or array is read as Popolo, which names no type.
   */
  static Format detect(Path file) throws IOException {
    String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    if (name.endsWith(".ndjson") || name.endsWith(".jsonl")) {
      return Format.NDJSON;
    }
    try (PushbackInputStream in = new PushbackInputStream(Files.newInputStream(file), 4096)) {
      byte[] head = in.readNBytes(4096);
      String start = new String(head, StandardCharsets.UTF_8).stripLeading();
      java.util.regex.Matcher key = FIRST_KEY.matcher(start);
      String first = key.lookingAt() ? key.group(2) : null;
      if (start.startsWith("[")) {
        return first == null || first.equals("type") ? Format.ARRAY : Format.POPOLO;
      }
      if (first == null || first.equals("type")) {
        return Format.NDJSON;
      }
      return first.equals("format") ? Format.DOSSIER : Format.POPOLO;
    }
  }

  private static final java.util.regex.Pattern FIRST_KEY = java.util.regex.Pattern.compile("(\\[\\s*)?\\{\\s*\"([^\"]*)\"\\s*:");
}
