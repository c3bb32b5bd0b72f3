package io.github.chancery.imports;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.github.chancery.json.format.RecordWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The CSV export of HowTheyVote.eu, the European Parliament's roll-call votes since 2019: the
 * tables {@code members.csv}, {@code groups.csv}, {@code group_memberships.csv}, {@code votes.csv}
 * and {@code member_votes.csv} of one release, each as published or gzipped ({@code .csv.gz}).
 * Format name {@code howtheyvote}.
 *
 * <p>The tables are read together ({@link #read(List)}, {@link #stream(List, RecordWriter,
 * ImportProgress)}), whatever their order, each recognised by its header: the members, groups,
 * group memberships and votes are held, the member votes streamed. Given one file ({@link
 * #read(Path)}), the importer reads the export's tables in that file's folder. The Parliament is
 * the {@code european-parliament} legislature; each group an {@code Organization} of kind {@code
 * political-group}; each group membership a {@code Membership} with its dates; each member a
 * {@code Person} with the Parliament's member id; each vote a {@code Motion} and a {@code Vote}
 * with the declared counts and result; each member vote a ballot ({@code FOR} yes, {@code AGAINST}
 * no, {@code ABSTENTION} abstain, {@code DID_NOT_VOTE} not voting) with the group the member sat in
 * that day. The export's other tables are named in a warning and not imported. docs/import.md
 * gives the mapping of every column, the warnings and what is lossy.
 *
 * <p>Stateless and thread-safe: each import reads with state of its own.
 */
public final class HowTheyVote implements Importer {
  private static final HowTheyVote INSTANCE = new HowTheyVote();
  private static final String EXPORT = "HowTheyVote.eu export";

  private HowTheyVote() {}

  /**
   * Returns the importer.
   *
   * @return the importer, the same instance on every call
   */
  public static HowTheyVote importer() {
    return INSTANCE;
  }

  @Override
  public String name() {
    return "howtheyvote";
  }

  @Override
  public String description() {
    return "HowTheyVote.eu European Parliament roll-call votes, CSV export (members, groups, group memberships, votes, member votes)";
  }

  /** Recognises the header of one of the imported tables: {@code member_votes.csv}, {@code votes.csv}, …. */
  @Override
  public boolean recognizes(List<String> header) {
    Objects.requireNonNull(header, "header");
    return HtvTable.of(header) != null;
  }

  /**
   * Refuses a single stream: the export is several files, read together by {@link #read(List)},
   * or by {@link #read(Path)} from one of them in the export's folder.
   */
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
    return new ImportException(fileName, 0, "a " + EXPORT + " is several files (members.csv, votes.csv, member_votes.csv and "
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

  /** The file, and the imported tables of the export in its folder, as published or gzipped. */
  private static List<Path> beside(Path file) {
    Objects.requireNonNull(file, "file");
    List<Path> files = new ArrayList<>();
    files.add(file);
    Path folder = file.toAbsolutePath().getParent();
    if (folder == null) {
      return files;
    }
    String given = HtvTable.base(file.getFileName().toString());
    for (HtvTable table : HtvTable.values()) {
      if (table.fileName.equals(given)) {
        continue;
      }
      Path plain = folder.resolve(table.fileName);
      Path gzipped = folder.resolve(table.fileName + ".gz");
      if (Files.isRegularFile(plain)) {
        files.add(plain);
      } else if (Files.isRegularFile(gzipped)) {
        files.add(gzipped);
      }
    }
    return files;
  }

  private static ImportResult run(List<Path> files, ImportSink sink, boolean streaming, ImportProgress progress)
      throws IOException {
    if (files.isEmpty()) {
      throw new ImportException("", 0, "no file was given to the howtheyvote format", null);
    }
    Map<HtvTable, Path> tables = new EnumMap<>(HtvTable.class);
    List<Warnings> all = new ArrayList<>();
    for (Path file : files) {
      Objects.requireNonNull(file, "file");
      String name = file.getFileName().toString();
      if (HtvTable.notImported(name)) {
        Warnings skipped = new Warnings(name, true);
        skipped.add(0, null, ImportWarningCode.NOT_MAPPED, "the " + EXPORT + "'s table " + HtvTable.base(name)
            + " is not imported (docs/import.md)");
        all.add(skipped);
        continue;
      }
      HtvTable table = HtvTable.of(ExportTables.header(file, EXPORT));
      if (table == null) {
        throw new ImportException(name, 1, "not a table of a " + EXPORT + ": the header is that of none of members.csv, "
            + "groups.csv, group_memberships.csv, votes.csv and member_votes.csv", null);
      }
      Path before = tables.put(table, file);
      if (before != null) {
        throw new ImportException(name, 1, "the " + EXPORT + "'s " + table.fileName + " is given twice, as "
            + before.getFileName() + " and " + name, null);
      }
    }
    List<String> missing = new ArrayList<>();
    for (HtvTable needed : List.of(HtvTable.MEMBERS, HtvTable.VOTES, HtvTable.MEMBER_VOTES)) {
      if (!tables.containsKey(needed)) {
        missing.add(needed.fileName);
      }
    }
    if (!missing.isEmpty()) {
      throw new ImportException(files.get(0).getFileName().toString(), 0, "the " + EXPORT + " is read from members.csv, "
          + "votes.csv and member_votes.csv together; missing: " + String.join(", ", missing), null);
    }
    HtvMapper mapper = new HtvMapper(sink, streaming);
    mapper.start();
    long rows = 0;
    for (HtvTable table : HtvTable.values()) {
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
  private static long read(Path file, HtvTable table, Warnings warnings, HtvMapper mapper, ImportSink sink,
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
              "the column is not one the " + EXPORT + "'s " + table.fileName + " has; its values are not imported");
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
