package io.github.chancery.imports;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * The voting data of the United Nations Dag Hammarskjöld Library: the General Assembly's ({@code
 * YYYY_M_D_ga_voting.csv}, record 4060887) and the Security Council's ({@code
 * YYYY_M_D_sc_voting.csv}, record 4055387) recorded votes on adopted resolutions, one row per
 * member state and vote. Format name {@code un-digital-library}.
 *
 * <p>Columns are found by name (versions add and rename them; the names of the version 1
 * description are read too), UTF-8 with or without a byte order mark. Each voting record ({@code
 * undl_id}) becomes a {@code Vote} of the {@code un-general-assembly} or {@code
 * un-security-council} legislature on a {@code Motion} per resolution, with the declared totals as
 * counts and one ballot per member row: {@code Y} yes, {@code N} no, {@code A} abstain, and {@code
 * X}, {@code NV} or blank not voting (not an abstention). States are read by their alpha-3 code on
 * the vote's date. docs/import.md gives the mapping of every column, the warnings and what is
 * lossy.
 *
 * <p>Stateless and thread-safe: each import reads with state of its own.
 */
public final class UnDigitalLibrary extends SinkImporter {
  private static final UnDigitalLibrary INSTANCE = new UnDigitalLibrary();

  private UnDigitalLibrary() {}

  /**
   * Returns the importer.
   *
   * @return the importer, the same instance on every call
   */
  public static UnDigitalLibrary importer() {
    return INSTANCE;
  }

  @Override
  public String name() {
    return "un-digital-library";
  }

  @Override
  public String description() {
    return "UN Digital Library (Dag Hammarskjöld Library) General Assembly and Security Council voting data, CSV";
  }

  /** Recognises a header with the voting record's id, a member state's code and its vote. */
  @Override
  public boolean recognizes(List<String> header) {
    Objects.requireNonNull(header, "header");
    return UndlLayout.of(header) != null;
  }

  @Override
  ImportResult importOnto(InputStream in, String fileName, ImportSink sink, ImportProgress progress) throws IOException {
    return run(in, fileName, sink, progress);
  }

  private static ImportResult run(InputStream in, String fileName, ImportSink sink, ImportProgress progress) throws IOException {
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
        throw new ImportException(fileName, 0, "the file is empty: a UN Digital Library voting file starts with its header", null);
      }
      List<String> header = records.next().getFields();
      UndlLayout layout = UndlLayout.of(header);
      if (layout == null) {
        throw new ImportException(
            fileName, 1, "not a UN Digital Library voting file: the header lacks " + String.join(", ", UndlLayout.missing(header))
                + "; it is " + String.join(",", header), null);
      }
      for (String unknown : layout.unknown) {
        sink.warnings.add(1, unknown, ImportWarningCode.UNKNOWN_COLUMN,
            "the column is not one the UN Digital Library documents; its values are not imported");
      }
      UndlMapper mapper = new UndlMapper(fileName, layout, sink);
      mapper.start();
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
