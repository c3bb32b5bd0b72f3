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
import java.util.Set;

/**
 * Reads one CSV table of Voeten's roll calls or of {@code unvotes}, UTF-8 with or without a byte
 * order mark, row by row: the header checked against the documented columns (the unknown ones
 * warned about), rows of the wrong width warned about and left out, progress told. Stateless.
 */
final class VoetenCsv {
  /** What is done with each row of the right width. */
  @FunctionalInterface
  interface Rows {
    void row(long line, List<String> fields) throws IOException;
  }

  private VoetenCsv() {}

  /**
   * Reads a table: the layout first, given to {@code start}, then every row.
   *
   * @return the number of rows read, the header not counted
   */
  static long read(
      InputStream in, String fileName, String what, Set<String> documented, List<String> required, Warnings warnings,
      ImportProgress progress, java.util.function.Function<VoetenLayout, Rows> start, ImportSink sink) throws IOException {
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
        throw new ImportException(fileName, 0, "the file is empty: " + what + " starts with its header", null);
      }
      List<String> header = records.next().getFields();
      VoetenLayout layout = VoetenLayout.of(header, documented, required);
      if (layout == null) {
        throw new ImportException(
            fileName, 1, "not " + what + ": the header lacks " + String.join(", ", VoetenLayout.missing(header, required))
                + "; it is " + String.join(",", header), null);
      }
      for (String unknown : layout.unknown) {
        warnings.add(1, unknown, ImportWarningCode.UNKNOWN_COLUMN,
            "the column is not one the documentation of " + what + " lists; its values are not imported");
      }
      Rows handler = start.apply(layout);
      while (records.hasNext()) {
        CsvRecord record = records.next();
        line = record.getStartingLineNumber();
        rows++;
        if (record.getFieldCount() != header.size()) {
          warnings.add(line, null, ImportWarningCode.FIELD_COUNT,
              "the row has " + record.getFieldCount() + " fields, the header " + header.size() + "; the row is not mapped");
        } else {
          handler.row(line, record.getFields());
        }
        if (rows % ImportProgress.EVERY_ROWS == 0) {
          progress.progress(fileName, rows, sink == null ? 0 : sink.records, false);
        }
      }
    } catch (CsvParseException broken) {
      throw new ImportException(fileName, line + 1, "the CSV breaks off after this line: " + broken.getMessage(), broken);
    } catch (UncheckedIOException failed) {
      throw failed.getCause();
    }
    return rows;
  }
}
