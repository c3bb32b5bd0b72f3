package io.github.chancery.imports;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.github.chancery.json.format.RecordWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The participation (status) table of one treaty in the United Nations Treaty Collection, as the
 * Collection publishes it in XML ({@code XXVII-7-d.en.xml}, read by its {@code .xml} name) or saved
 * as CSV: columns {@code Participant}, {@code Signature} and the consent column whose header names
 * the acts and their markers, such as {@code Ratification, Acceptance(A), Approval(AA),
 * Accession(a), Succession(d)}. Format name {@code untc-status}.
 *
 * <p>One file is one treaty: its id and title come from the file name without its extension
 * ({@code XXVII-7-d.csv} gives the treaty {@code treaty-untc-xxvii-7-d}, titled {@code XXVII-7-d},
 * with the identifier {@code untc-mtdsg-no} {@code XXVII-7-d}). Each row gives a participant's
 * acts: the signature column's date a {@code signature}, the consent column's date and marker the
 * act the header names for that marker (no marker: the unmarked act, usually ratification). Dates
 * read {@code 22 Apr 2016}; tabs and repeated spaces are collapsed. Participants are read by
 * alpha-3 code or by UN short name from a small table (listed in docs/import.md); the European Union
 * is an organisation, never a state. UTF-8 with or without a byte order mark.
 *
 * <p>The table carries only the numbers of its footnotes. The page's text sections, saved beside
 * the table as {@code XXVII-7-d.notes.txt} ("Declarations and Reservations", "End Notes"), are read
 * with it when present ({@link #read(Path)} finds them; {@link #read(List)} takes the table and the
 * notes in any order): an end note reporting a withdrawal or denunciation ("On 4 November 2019, ...
 * notified the Secretary-General of its decision to withdraw ... which took effect on 4 November
 * 2020") becomes that participant's act, with its date of notification and its date of effect; each
 * declaration or reservation becomes a {@link io.github.chancery.core.diplomacy.Statement} of the
 * participant concerning the treaty. Without notes, footnote numbers and brackets (withdrawn
 * participants) are warnings. docs/import.md gives the mapping, the warnings and what is lossy.
 *
 * <p>Stateless and thread-safe: each import reads with state of its own.
 */
public final class UntcStatus extends SinkImporter {
  private static final UntcStatus INSTANCE = new UntcStatus();

  private UntcStatus() {}

  /**
   * Returns the importer.
   *
   * @return the importer, the same instance on every call
   */
  public static UntcStatus importer() {
    return INSTANCE;
  }

  @Override
  public String name() {
    return "untc-status";
  }

  @Override
  public String description() {
    return "UN Treaty Collection participation (status) table of one treaty, saved as CSV";
  }

  /** Recognises a header with a participant column and a consent column naming its markers. */
  @Override
  public boolean recognizes(List<String> header) {
    Objects.requireNonNull(header, "header");
    return UntcLayout.of(header) != null;
  }

  /** Reads the table, and the notes file beside it ({@code <stem>.notes.txt}) when there is one. */
  @Override
  public ImportResult read(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    return read(withNotesBeside(file));
  }

  /** Streams the table, with the notes file beside it ({@code <stem>.notes.txt}) when there is one. */
  @Override
  public ImportResult stream(Path file, RecordWriter out, ImportProgress progress) throws IOException {
    Objects.requireNonNull(file, "file");
    return stream(withNotesBeside(file), out, progress);
  }

  /**
   * Reads one treaty's table and, optionally, its notes file ({@code .txt}), given in any order.
   *
   * @param files the table and at most one notes file
   * @return the dossier, the warnings and the consistency report
   * @throws ImportException if there is no table, more than one, or more than one notes file
   */
  @Override
  public ImportResult read(List<Path> files) throws IOException {
    Objects.requireNonNull(files, "files");
    Path[] parts = tableAndNotes(files);
    return open(parts, ImportSink.dossier(parts[0].getFileName().toString()), ImportProgress.none());
  }

  /**
   * Streams one treaty's table and, optionally, its notes file ({@code .txt}), given in any order.
   *
   * @param files the table and at most one notes file
   * @param out where the records go; not closed
   * @param progress told of the rows read
   * @return the warnings and the consistency report
   * @throws ImportException if there is no table, more than one, or more than one notes file
   */
  @Override
  public ImportResult stream(List<Path> files, RecordWriter out, ImportProgress progress) throws IOException {
    Objects.requireNonNull(files, "files");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(progress, "progress");
    Path[] parts = tableAndNotes(files);
    return open(parts, ImportSink.writer(parts[0].getFileName().toString(), out), progress);
  }

  private static ImportResult open(Path[] parts, ImportSink sink, ImportProgress progress) throws IOException {
    UntcNotes notes = null;
    if (parts[1] != null) {
      try (InputStream in = Files.newInputStream(parts[1])) {
        notes = UntcNotes.read(in, parts[1].getFileName().toString(), sink.warnings);
      }
    }
    try (InputStream in = Files.newInputStream(parts[0])) {
      return run(in, parts[0].getFileName().toString(), sink, progress, notes);
    }
  }

  private static List<Path> withNotesBeside(Path table) {
    String name = table.getFileName().toString();
    Path notes = table.resolveSibling(UntcMapper.stemOf(name) + ".notes.txt");
    List<Path> files = new ArrayList<>();
    files.add(table);
    if (!notes.equals(table) && Files.isRegularFile(notes)) {
      files.add(notes);
    }
    return files;
  }

  /** The table (not a .txt file) and the notes (a .txt file, or null). */
  private static Path[] tableAndNotes(List<Path> files) throws ImportException {
    Path table = null;
    Path notes = null;
    for (Path file : files) {
      Objects.requireNonNull(file, "files[]");
      boolean text = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".txt");
      if (text ? notes != null : table != null) {
        throw new ImportException(file.getFileName().toString(), 0,
            "the untc-status format reads one treaty at a time: one table and at most one notes file (.txt), and this is a second "
                + (text ? "notes file" : "table"), null);
      }
      if (text) {
        notes = file;
      } else {
        table = file;
      }
    }
    if (table == null) {
      throw new ImportException(notes == null ? "" : notes.getFileName().toString(), 0,
          "no status table was given to the untc-status format, only " + (notes == null ? "nothing" : "a notes file"), null);
    }
    return new Path[] {table, notes};
  }

  @Override
  ImportResult importOnto(InputStream in, String fileName, ImportSink sink, ImportProgress progress) throws IOException {
    return run(in, fileName, sink, progress, null);
  }

  /** The participants table of the Collection's XML, row by row through the same mapper as the CSV's. */
  private static ImportResult runXml(InputStream in, String fileName, ImportSink sink, ImportProgress progress, UntcNotes notes)
      throws IOException {
    UntcXml table = UntcXml.read(in, fileName);
    UntcLayout layout = UntcLayout.of(table.header);
    if (layout == null) {
      throw new ImportException(
          fileName, 0, "not a UN Treaty Collection status table: the header needs a Participant column and a column of acts "
              + "with their markers, such as 'Ratification, Acceptance(A)'; it is " + String.join(",", table.header), null);
    }
    layout.warn(sink.warnings);
    UntcMapper mapper = new UntcMapper(fileName, layout, sink, notes == null ? UntcNotes.none() : notes);
    long rows = 0;
    for (UntcXml.TableRow row : table.rows) {
      rows++;
      if (row.cells.size() != table.header.size()) {
        sink.warnings.add(row.line, null, ImportWarningCode.FIELD_COUNT,
            "the row has " + row.cells.size() + " entries, the header " + table.header.size() + "; the row is not mapped");
      } else {
        mapper.row(row.line, row.cells);
      }
    }
    mapper.finish();
    ImportResult result = sink.finish(rows);
    progress.progress(fileName, rows, sink.records, true);
    return result;
  }

  private static ImportResult run(InputStream in, String fileName, ImportSink sink, ImportProgress progress, UntcNotes notes)
      throws IOException {
    if (fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".xml")) {
      return runXml(in, fileName, sink, progress, notes);
    }
    long line = 1;
    long rows = 0;
    try (CsvReader<CsvRecord> csv =
        CsvReader.builder()
            .detectBomHeader(true)
            .allowExtraFields(true)
            .allowMissingFields(true)
            .skipEmptyLines(true)
            .ofCsvRecord(in, StandardCharsets.UTF_8)) {
      CloseableIterator<CsvRecord> records = csv.iterator();
      if (!records.hasNext()) {
        throw new ImportException(fileName, 0, "the file is empty: a UN Treaty Collection status table starts with its header", null);
      }
      List<String> header = records.next().getFields();
      UntcLayout layout = UntcLayout.of(header);
      if (layout == null) {
        throw new ImportException(
            fileName, 1, "not a UN Treaty Collection status table: the header needs a Participant column and a column of acts "
                + "with their markers, such as 'Ratification, Acceptance(A)'; it is " + String.join(",", header), null);
      }
      layout.warn(sink.warnings);
      UntcMapper mapper = new UntcMapper(fileName, layout, sink, notes == null ? UntcNotes.none() : notes);
      while (records.hasNext()) {
        CsvRecord record = records.next();
        line = record.getStartingLineNumber();
        rows++;
        if (record.getFieldCount() != header.size()) {
          sink.warnings.add(line, null, ImportWarningCode.FIELD_COUNT,
              "the row has " + record.getFieldCount() + " fields, the header " + header.size() + "; the row is not mapped");
        } else {
          mapper.row(line, record.getFields());
        }
        if (rows % ImportProgress.EVERY_ROWS == 0) {
          progress.progress(fileName, rows, sink.records, false);
        }
      }
      mapper.finish();
    } catch (CsvParseException broken) {
      throw new ImportException(fileName, line + 1, "the CSV breaks off after this line: " + broken.getMessage(), broken);
    } catch (UncheckedIOException failed) {
      throw failed.getCause();
    }
    ImportResult result = sink.finish(rows);
    progress.progress(fileName, rows, sink.records, true);
    return result;
  }
}
