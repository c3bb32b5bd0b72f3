package io.github.chancery.imports;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.github.chancery.json.format.RecordWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The bulk session CSV export of Open States, one US state legislature's session: the tables
 * {@code {STATE}_{session}_bills.csv}, {@code _votes.csv}, {@code _vote_counts.csv}, {@code
 * _vote_sources.csv}, {@code _vote_people.csv} and, when given, {@code _organizations.csv} (CSV
 * format version 2.1), each as published or gzipped. Format name {@code openstates}.
 *
 * <p>The tables are read together ({@link #read(List)}, {@link #stream(List, RecordWriter,
 * ImportProgress)}), whatever their order, each recognised by its header; the export leaves out a
 * table without rows, so only the votes are required. Given one file ({@link #read(Path)}), the
 * importer reads the export's tables beside it with the same {@code {STATE}_{session}_} prefix.
 * Each chamber ({@code organization_id}) is a {@code Legislature}, the session of each chamber a
 * {@code Session}, each bill a {@code Motion}, each vote event a {@code Vote} with its declared
 * counts, result ({@code pass} adopted, {@code fail} rejected), sources and ballots: a voter with
 * an {@code ocd-person} id is a {@code Person}, a voter without one a ballot by name. No voting
 * rule is set, since the export does not say which majority each vote needed; a vote declared
 * passed with fewer for than against, which no rule adopts, is kept and reported. The other tables
 * are named in a warning and not imported. The scrapers' JSON is the other shape ({@link
 * OpenStatesJson}), mapped alike.
 *
 * <p>Stateless and thread-safe: each import reads with state of its own.
 */
public final class OpenStates implements Importer {
  private static final OpenStates INSTANCE = new OpenStates();
  private static final String EXPORT = "Open States bulk CSV export";

  private OpenStates() {}

  /**
   * Returns the importer.
   *
   * @return the importer, the same instance on every call
   */
  public static OpenStates importer() {
    return INSTANCE;
  }

  @Override
  public String name() {
    return "openstates";
  }

  @Override
  public String description() {
    return "Open States US state legislature session, bulk CSV export (bills, votes, vote counts, vote sources, vote people)";
  }

  /** Recognises the header of one of the imported tables: {@code *_votes.csv}, {@code *_vote_people.csv}, …. */
  @Override
  public boolean recognizes(List<String> header) {
    Objects.requireNonNull(header, "header");
    return OsTable.of(header) != null;
  }

  /** Refuses a single stream: the export is several files, read together by {@link #read(List)}. */
  @Override
  public ImportResult read(InputStream in, String fileName) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(fileName, "fileName");
    throw severalFiles(fileName);
  }

  /** Refuses a single stream, as {@link #read(InputStream, String)}. */
  @Override
  public ImportResult stream(InputStream in, String fileName, RecordWriter out, ImportProgress progress) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(fileName, "fileName");
    throw severalFiles(fileName);
  }

  private static ImportException severalFiles(String fileName) {
    return new ImportException(fileName, 0, "an " + EXPORT + " is several files (*_votes.csv, *_vote_people.csv and "
        + "others), read together: give their paths, or the path of one in the export's folder", null);
  }

  /** Imports the export whose folder holds the file: the file and the export's tables beside it. */
  @Override
  public ImportResult read(Path file) throws IOException {
    return read(beside(file));
  }

  /** Streams the export whose folder holds the file: the file and the export's tables beside it. */
  @Override
  public ImportResult stream(Path file, RecordWriter out, ImportProgress progress) throws IOException {
    return stream(beside(file), out, progress);
  }

  @Override
  public ImportResult read(List<Path> files) throws IOException {
    Objects.requireNonNull(files, "files");
    return run(files, ImportSink.dossier(EXPORT), false, ImportProgress.none());
  }

  @Override
  public ImportResult stream(List<Path> files, RecordWriter out, ImportProgress progress) throws IOException {
    Objects.requireNonNull(files, "files");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(progress, "progress");
    return run(files, ImportSink.writer(EXPORT, out), true, progress);
  }

  /** The file, and the imported tables with the same prefix in its folder. */
  private static List<Path> beside(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    List<Path> files = new ArrayList<>();
    files.add(file);
    Path folder = file.toAbsolutePath().getParent();
    String given = HtvTable.base(file.getFileName().toString());
    String table = OsTable.tableOfName(given);
    if (folder == null || table == null) {
      return files;
    }
    String prefix = given.substring(0, given.length() - table.length() - ".csv".length());
    List<Path> found = new ArrayList<>();
    try (DirectoryStream<Path> listed = Files.newDirectoryStream(folder)) {
      for (Path other : listed) {
        String name = HtvTable.base(other.getFileName().toString());
        String otherTable = OsTable.tableOfName(name);
        if (otherTable != null && name.equals(prefix + otherTable + ".csv") && !other.getFileName().equals(file.getFileName())
            && Files.isRegularFile(other)) {
          found.add(other);
        }
      }
    }
    found.sort(null);
    files.addAll(found);
    return files;
  }

  private static ImportResult run(List<Path> files, ImportSink sink, boolean streaming, ImportProgress progress)
      throws IOException {
    if (files.isEmpty()) {
      throw new ImportException("", 0, "no file was given to the openstates format", null);
    }
    Map<OsTable, Path> tables = new EnumMap<>(OsTable.class);
    List<Warnings> all = new ArrayList<>();
    for (Path file : files) {
      Objects.requireNonNull(file, "file");
      String name = file.getFileName().toString();
      String byName = OsTable.tableOfName(HtvTable.base(name));
      if (byName != null && OsTable.NOT_IMPORTED.contains(byName)) {
        Warnings skipped = new Warnings(name, true);
        skipped.add(0, null, ImportWarningCode.NOT_MAPPED, "the " + EXPORT + "'s table " + byName + " is not imported");
        all.add(skipped);
        continue;
      }
      OsTable table = OsTable.of(ExportTables.header(file, EXPORT));
      if (table == null) {
        throw new ImportException(name, 1, "not a table of an " + EXPORT + ": the header is that of none of bills, votes, "
            + "vote_counts, vote_sources, vote_people and organizations", null);
      }
      Path before = tables.put(table, file);
      if (before != null) {
        throw new ImportException(name, 1, "the " + EXPORT + "'s " + table.table + " table is given twice, as "
            + before.getFileName() + " and " + name, null);
      }
    }
    if (!tables.containsKey(OsTable.VOTES)) {
      throw new ImportException(files.get(0).getFileName().toString(), 0, "the " + EXPORT + " is read with its votes table "
          + "({STATE}_{session}_votes.csv); it is missing", null);
    }
    OsMapper mapper = new OsMapper(sink, streaming);
    mapper.start();
    long rows = 0;
    for (OsTable table : OsTable.values()) {
      Path file = tables.get(table);
      if (file == null) {
        continue;
      }
      Warnings warnings = new Warnings(file.getFileName().toString(), !streaming);
      all.add(warnings);
      rows += read(file, table, warnings, mapper, sink, progress);
    }
    mapper.finish();
    return ExportTables.result(all, streaming, sink.finish(rows));
  }

  /** Reads one table's rows into the mapper, and returns how many. */
  private static long read(Path file, OsTable table, Warnings warnings, OsMapper mapper, ImportSink sink,
      ImportProgress progress) throws IOException {
    String name = file.getFileName().toString();
    long line = 1;
    long rows = 0;
    try (InputStream in = ExportTables.open(file);
        CsvReader<CsvRecord> csv = ExportTables.csv(in)) {
      CloseableIterator<CsvRecord> records = csv.iterator();
      List<String> header = records.next().getFields();
      HtvTable.Columns columns = new HtvTable.Columns(header);
      for (String column : columns.names) {
        String trimmed = column.replace("\uFEFF", "").strip();
        if (!table.documented.contains(trimmed)) {
          warnings.add(1, column, ImportWarningCode.UNKNOWN_COLUMN,
              "the column is not one the " + EXPORT + "'s " + table.table + " has; its values are not imported");
        }
      }
      while (records.hasNext()) {
        CsvRecord record = records.next();
        line = record.getStartingLineNumber();
        rows++;
        if (record.getFieldCount() != header.size()) {
          warnings.add(line, null, ImportWarningCode.FIELD_COUNT,
              "the row has " + record.getFieldCount() + " fields, the header " + header.size() + "; the row is not mapped");
        } else {
          mapper.row(table, warnings, line, columns, record.getFields());
        }
        if (rows % ImportProgress.EVERY_ROWS == 0) {
          progress.progress(name, rows, sink.records, false);
        }
      }
    } catch (CsvParseException broken) {
      throw new ImportException(name, line + 1, "the CSV breaks off after this line: " + broken.getMessage(), broken);
    } catch (UncheckedIOException failed) {
      throw failed.getCause();
    }
    progress.progress(name, rows, sink.records, true);
    return rows;
  }
}
