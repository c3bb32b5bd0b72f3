package io.github.chancery.imports;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The importers of published formats, by name, and the detection of a file's format by its
 * header, where the header is unambiguous.
 *
 * <pre>{@code
 * Importer un = Importers.named("un-digital-library").orElseThrow();
 * ImportResult imported = un.read(Path.of("2025_7_23_ga_voting.csv"));
 * imported.warnings().forEach(System.err::println);   // file:line: column: message [code]
 * ConsistencyReport report = imported.report();
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class Importers {
  private static final List<Importer> ALL = List.of(
      UnDigitalLibrary.importer(),
      VoetenUnga.importer(),
      Unvotes.importer(),
      Voteview.importer(),
      HowTheyVote.importer(),
      OpenStates.importer(),
      OpenStatesJson.importer(),
      UntcStatus.importer());

  private Importers() {}

  /**
   * Returns every importer, in the order of docs/import.md.
   *
   * @return the importers, unmodifiable; never null
   */
  public static List<Importer> all() {
    return ALL;
  }

  /**
   * Returns the names of the formats, as the validator's {@code --format} takes them.
   *
   * @return the names, such as {@code un-digital-library}
   */
  public static List<String> names() {
    return ALL.stream().map(Importer::name).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns the importer of a format.
   *
   * @param name the format's name, such as {@code un-digital-library}
   * @return the importer, or empty when no format has that name
   */
  public static Optional<Importer> named(String name) {
    Objects.requireNonNull(name, "name");
    return ALL.stream().filter(i -> i.name().equals(name)).findFirst();
  }

  /**
   * Returns the importer whose format a file unambiguously is: for a file that starts as JSON
   * (<code>{</code> or {@code [}), by its object's keys (a vote event or bill of the Open States
   * scrapers, when a JSON line is on the class path), never as CSV; for any other, by its header,
   * read from the file's first CSV record, UTF-8, a byte order mark ignored.
   *
   * @param file the file
   * @return the importer, or empty when no format recognises the file, or several do
   * @throws IOException if the file cannot be read
   */
  public static Optional<Importer> detect(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    if (startsAsJson(file)) {
      return OpenStatesJson.recognizesFile(file) ? Optional.of(OpenStatesJson.importer()) : Optional.empty();
    }
    List<String> header;
    try (InputStream in = Files.newInputStream(file);
        CsvReader<CsvRecord> csv =
            CsvReader.builder().detectBomHeader(true).allowExtraFields(true).allowMissingFields(true)
                .ofCsvRecord(in, StandardCharsets.UTF_8)) {
      var records = csv.iterator();
      if (!records.hasNext()) {
        return Optional.empty();
      }
      header = records.next().getFields();
    } catch (CsvParseException notCsv) {
      return Optional.empty();
    }
    return detect(header);
  }

  private static boolean startsAsJson(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      String start = new String(in.readNBytes(64), StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
      return start.startsWith("{") || start.startsWith("[");
    }
  }

  /**
   * Returns the importer whose format a header unambiguously is.
   *
   * @param header the names of the header's columns
   * @return the importer, or empty when no format recognises the header, or several do
   */
  public static Optional<Importer> detect(List<String> header) {
    Objects.requireNonNull(header, "header");
    List<Importer> found = ALL.stream().filter(i -> i.recognizes(header)).collect(Collectors.toList());
    return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
  }
}
