package io.github.chancery.imports;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.github.chancery.core.dossier.Dossier;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * What the importers of exports published as several CSV tables (HowTheyVote.eu, Open States)
 * share: opening a table (gzipped or not), reading it as CSV, reading its header to tell the
 * tables apart, and putting the tables' warnings together into one result.
 */
final class ExportTables {
  private ExportTables() {}

  /** Opens a table, through gzip when its name ends in {@code .gz}. */
  static InputStream open(Path file) throws IOException {
    InputStream in = Files.newInputStream(file);
    if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")) {
      try {
        return new GZIPInputStream(in, 1 << 16);
      } catch (IOException notGzip) {
        in.close();
        throw new ImportException(file.getFileName().toString(), 0, "the file is named .gz but is not gzipped", notGzip);
      }
    }
    return in;
  }

  /** A CSV reader of UTF-8 text with or without a byte order mark, short and long rows kept. */
  static CsvReader<CsvRecord> csv(InputStream in) {
    return CsvReader.builder()
        .detectBomHeader(true)
        .allowExtraFields(true)
        .allowMissingFields(true)
        .skipEmptyLines(true)
        .ofCsvRecord(in, StandardCharsets.UTF_8);
  }

  /** The header of a table of an export, which says which table it is. */
  static List<String> header(Path file, String export) throws IOException {
    String name = file.getFileName().toString();
    try (InputStream in = open(file);
        CsvReader<CsvRecord> csv = csv(in)) {
      CloseableIterator<CsvRecord> records = csv.iterator();
      if (!records.hasNext()) {
        throw new ImportException(name, 0, "the file is empty: a table of a " + export + " starts with its header", null);
      }
      return records.next().getFields();
    } catch (CsvParseException broken) {
      throw new ImportException(name, 1, "the header is not CSV: " + broken.getMessage(), broken);
    } catch (UncheckedIOException failed) {
      throw failed.getCause();
    }
  }

  /**
   * The result of an import of several tables: the sink's, with the warnings of every table in
   * the order read, counted in full and, when streaming, kept up to the limit.
   */
  static ImportResult result(List<Warnings> all, boolean streaming, ImportResult made) {
    List<ImportWarning> kept = new ArrayList<>();
    long count = 0;
    for (Warnings warnings : all) {
      count += warnings.count();
      for (ImportWarning warning : warnings.kept()) {
        if (!streaming || kept.size() < ImportResult.MAX_WARNINGS_KEPT) {
          kept.add(warning);
        }
      }
    }
    Dossier dossier = made.dossier().orElse(null);
    return new ImportResult(dossier, kept, count, made.report(), made.rowsRead(), made.recordsImported());
  }
}
