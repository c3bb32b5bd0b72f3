package io.github.chancery.examples.validate;

import io.github.chancery.core.dossier.Dossier;
import io.github.chancery.core.dossier.Finding;
import io.github.chancery.core.dossier.FindingCode;
import io.github.chancery.core.dossier.Link;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.record.RecordType;
import io.github.chancery.json.ChanceryJson;
import io.github.chancery.json.ChanceryJsonException;
import io.github.chancery.json.problem.JsonRule;
import io.github.chancery.json.format.RecordReader;
import io.github.chancery.imports.ImportException;
import io.github.chancery.imports.ImportProgress;
import io.github.chancery.imports.ImportResult;
import io.github.chancery.imports.Importer;
import io.github.chancery.imports.Importers;
import io.github.chancery.json.format.RecordWriter;
import io.github.chancery.popolo.Popolo;
import io.github.chancery.popolo.PopoloImport;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
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
  private Importer importer;

  /** Reads every file with the importer of a published format, whatever its header looks like. */
  RecordValidator format(Importer format) {
    this.importer = format;
    return this;
  }

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
      if (importer != null && Files.isDirectory(file)) {
        // a publication of many files (the Open States scrape's folder), imported whole
        imported(file, folderSize(file), importer, result);
        return result;
      }
      if (!Files.isRegularFile(file)) {
        result.unreadable = "no such file";
        return result;
      }
      long size = Files.size(file);
      // a file starting as JSON is taken for a published format only by its keys, never as CSV
      Importer published = importer != null ? importer : popolo ? null : Importers.detect(file).orElse(null);
      if (published != null) {
        imported(file, size, published, result);
        return result;
      }
      Detection detected = popolo ? new Detection(Format.POPOLO, null) : detect(file);
      Format format = detected.format();
      result.format = format.description;
      if (format == Format.POPOLO) {
        PopoloImport imported = readPopolo(file, size, detected.unlessPopolo() != null);
        if (imported != null) {
          result.records = imported.dossier().size();
          imported.warnings().forEach(result::note);
          result.addAll(imported.dossier().check(), 0);
          return result;
        }
        format = detected.unlessPopolo(); // guessed Popolo, but nothing in it is: see readPopolo
        result.format = format.description;
      }
      if (format == Format.DOSSIER) {
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
    } catch (ImportException e) {
      result.unreadable = e.getMessage();
    } catch (IOException e) {
      result.unreadable = "cannot be read: " + e.getMessage();
    }
    return result;
  }

  /**
   * Imports a file of a published format: into a dossier, checked whole, or, above the size to
   * stream, onto a record stream that keeps nothing, checked vote by vote.
   */
  private void imported(Path file, long size, Importer format, FileCheck result) throws IOException {
    result.format = format.name() + " (" + format.description() + ")";
    ImportProgress progress = size > progressAbove ? ImportProgress.printingTo(this.progress) : ImportProgress.none();
    ImportResult imported;
    if (size <= streamAbove) {
      imported = format.read(file);
    } else {
      try (RecordWriter discarded = json.writeNdjson(OutputStream.nullOutputStream())) {
        imported = format.stream(file, discarded, progress);
      }
    }
    result.records = imported.recordsImported();
    result.imported(imported.warnings(), imported.warningCount());
    result.addAll(imported.report(), 0);
  }

  /** The bytes of a folder's files, which decide whether its import is streamed. */
  private static long folderSize(Path folder) throws IOException {
    long size = 0;
    try (java.nio.file.DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
      for (Path file : files) {
        if (Files.isRegularFile(file)) {
          size += Files.size(file);
        }
      }
    }
    return size;
  }

  /**
   * Reads a file as Popolo. With {@code mayBeRecords}, Popolo was only guessed, because the first
   * object's "type" is none of Chancery's; then an import that recognised nothing as Popolo
   * returns null, and the file is read as records instead. A misspelled record type ("motoin")
   * would otherwise turn a broken record file into a Popolo file with nothing in it, and pass;
   * read as records, it gets the unknown-type finding with its path and the valid types. A file
   * of which the import recognised anything (a contact detail, though not imported) stays Popolo.
   *
   * @return the import, or null when {@code mayBeRecords} and nothing was recognised as Popolo
   */
  private PopoloImport readPopolo(Path file, long size, boolean mayBeRecords) throws IOException {
    PopoloImport imported;
    try (InputStream in = open(file, size, "reading Popolo")) {
      imported = Popolo.read(in);
    } catch (ChanceryJsonException e) {
      if (mayBeRecords && isNotPopolo(e)) {
        return null;
      }
      throw e;
    }
    boolean recognisedNothing =
        imported.dossier().size() == 0
            && imported.warnings().stream()
                .allMatch(w -> w.message().startsWith(NOT_RECOGNISABLE) || w.message().startsWith(NOT_AN_OBJECT));
    return mayBeRecords && recognisedNothing ? null : imported;
  }

  /** The Popolo reader's failure for a single object that is no Popolo object (path $, unknown-type). */
  private static boolean isNotPopolo(ChanceryJsonException e) {
    return e.problems().size() == 1
        && e.problems().get(0).code() == JsonRule.UNKNOWN_TYPE
        && e.problems().get(0).path().equals("$");
  }

  /** How the Popolo import's warnings begin for an element it could not take for anything Popolo. */
  private static final String NOT_RECOGNISABLE = "is not recognisable as a Popolo ";

  private static final String NOT_AN_OBJECT = "is not a Popolo object ";

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
   * A detected format and, when Popolo was detected only because the first object's "type" is
   * none of Chancery's, the records format the file would otherwise have been read as (else null).
   */
  record Detection(Format format, Format unlessPopolo) {}

  /**
   * A dossier document starts with an object whose first key is "format"; records (NDJSON, or an
   * array) start with an object whose first key is "type" and whose type is one of Chancery's
   * record types (or not a plain string, which the record reader then reports); anything else
   * that starts as a JSON object or array is read as Popolo, whose objects may also start with a
   * "type" (a contact detail's "email", a speech's "speech") but never name a Chancery type. Such
   * a guess may be a record with a misspelled type, so it comes with the records format to fall
   * back to (see {@link #readPopolo}). A UTF-8 byte order mark before the JSON is skipped, as the
   * readers skip it.
   */
  static Detection detect(Path file) throws IOException {
    String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    if (name.endsWith(".ndjson") || name.endsWith(".jsonl")) {
      return new Detection(Format.NDJSON, null);
    }
    try (PushbackInputStream in = new PushbackInputStream(Files.newInputStream(file), 4096)) {
      byte[] head = in.readNBytes(4096);
      int bom = head.length >= 3 && head[0] == (byte) 0xEF && head[1] == (byte) 0xBB && head[2] == (byte) 0xBF ? 3 : 0;
      String start = new String(head, bom, head.length - bom, StandardCharsets.UTF_8).stripLeading();
      java.util.regex.Matcher key = FIRST_KEY.matcher(start);
      String first = key.lookingAt() ? key.group(2) : null;
      boolean array = start.startsWith("[");
      Format records = array ? Format.ARRAY : Format.NDJSON;
      if (first == null || first.equals("type") && isChanceryType(key.group(3))) {
        return new Detection(records, null);
      }
      if (first.equals("type")) {
        return new Detection(Format.POPOLO, records);
      }
      return new Detection(!array && first.equals("format") ? Format.DOSSIER : Format.POPOLO, null);
    }
  }

  /** Whether a first "type" value is Chancery's: a record type's wire name, or not a plain string. */
  private static boolean isChanceryType(String value) {
    return value == null || RecordType.fromWireName(value).isPresent();
  }

  private static final java.util.regex.Pattern FIRST_KEY = java.util.regex.Pattern.compile("(\\[\\s*)?\\{\\s*\"([^\"]*)\"\\s*:(?:\\s*\"([^\"\\\\]*)\")?");
}
