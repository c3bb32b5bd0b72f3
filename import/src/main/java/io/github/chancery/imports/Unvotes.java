package io.github.chancery.imports;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.github.chancery.core.actor.State;
import io.github.chancery.core.source.Source;
import io.github.chancery.core.source.SourceKind;
import io.github.chancery.core.text.MultilingualText;
import io.github.chancery.core.vote.VoteOption;
import io.github.chancery.json.format.RecordWriter;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Voeten's General Assembly roll calls as the R package {@code unvotes} publishes them, written
 * as three CSV tables: the votes ({@code un_votes}: rcid, country, country_code, vote), the roll
 * calls ({@code un_roll_calls}: rcid, session, importantvote, date, unres, amend, para, short,
 * descr) and their issues ({@code un_roll_call_issues}: rcid, short_name, issue). Format name
 * {@code unvotes}.
 *
 * <p>The tables are told apart by their headers, whatever the files' names or order ({@link
 * #read(List)}); the votes and roll calls are required, the issues optional. The roll calls and
 * issues are held, the votes streamed, a roll call's rows together. Each roll call is mapped as
 * {@link VoetenUnga} maps it, without declared totals (the package removed them); votes are
 * {@code yes}, {@code no} and {@code abstain} only (the package dropped absent and non-member
 * rows). Countries are read by their two-letter code on the roll call's date, with the package's
 * overrides: {@code YU} is COW number 345 (Yugoslavia, Serbia and Montenegro or Serbia by date),
 * {@code CS} Czechoslovakia, {@code DD} the German Democratic Republic, {@code YD} Yemen's
 * People's Republic. docs/import.md gives the mapping, the warnings and what is lossy.
 *
 * <p>Stateless and thread-safe: each import reads with state of its own.
 */
public final class Unvotes implements Importer {
  private static final Unvotes INSTANCE = new Unvotes();

  static final List<String> VOTES = List.of("rcid", "country", "country_code", "vote");
  static final List<String> ROLL_CALLS = List.of("rcid", "session", "importantvote", "date", "unres", "amend", "para", "short", "descr");
  static final List<String> ISSUES = List.of("rcid", "short_name", "issue");
  /** The names the package's tables are written under: its objects' and TidyTuesday's. */
  private static final List<String> ROLL_CALL_NAMES = List.of("un_roll_calls.csv", "roll_calls.csv");
  private static final List<String> ISSUE_NAMES = List.of("un_roll_call_issues.csv", "issues.csv");

  private Unvotes() {}

  /**
   * Returns the importer.
   *
   * @return the importer, the same instance on every call
   */
  public static Unvotes importer() {
    return INSTANCE;
  }

  @Override
  public String name() {
    return "unvotes";
  }

  @Override
  public String description() {
    return "Voeten's United Nations General Assembly roll calls as the R package unvotes publishes them: "
        + "votes, roll calls and issues, three CSV tables";
  }

  /** Recognises the votes table's header, the file the import starts from. */
  @Override
  public boolean recognizes(List<String> header) {
    Objects.requireNonNull(header, "header");
    return kind(header) == VOTES;
  }

  private static List<String> kind(List<String> header) {
    List<String> names = new ArrayList<>();
    header.forEach(name -> names.add(VoetenLayout.clean(name)));
    for (List<String> kind : List.of(VOTES, ROLL_CALLS, ISSUES)) {
      if (names.containsAll(kind) && (kind != ISSUES || !names.contains("vote"))) {
        return names.contains("ccode") ? null : kind;
      }
    }
    return null;
  }

  /**
   * Refused: the votes table alone lacks the roll calls' dates, symbols and descriptions. Read the
   * tables with {@link #read(List)}, or the votes table by its path with the others beside it.
   */
  @Override
  public ImportResult read(InputStream in, String fileName) throws IOException {
    throw alone(fileName);
  }

  /** Refused as {@link #read(InputStream, String)} is. */
  @Override
  public ImportResult stream(InputStream in, String fileName, RecordWriter out, ImportProgress progress) throws IOException {
    throw alone(fileName);
  }

  private static ImportException alone(String fileName) {
    return new ImportException(fileName, 0, "the unvotes format is three tables: give the votes table with the roll calls "
        + "(un_roll_calls.csv) and, if there are any, the issues (un_roll_call_issues.csv)", null);
  }

  /** Reads the votes table with the roll calls and issues found beside it under the package's names. */
  @Override
  public ImportResult read(Path file) throws IOException {
    return read(withSiblings(file));
  }

  /** Streams the votes table with the roll calls and issues found beside it under the package's names. */
  @Override
  public ImportResult stream(Path file, RecordWriter out, ImportProgress progress) throws IOException {
    return stream(withSiblings(file), out, progress);
  }

  private static List<Path> withSiblings(Path file) {
    Objects.requireNonNull(file, "file");
    List<Path> files = new ArrayList<>(List.of(file));
    Path folder = file.toAbsolutePath().getParent();
    for (List<String> names : List.of(ROLL_CALL_NAMES, ISSUE_NAMES)) {
      for (String name : names) {
        Path sibling = folder == null ? Path.of(name) : folder.resolve(name);
        if (Files.isRegularFile(sibling) && !sibling.equals(file.toAbsolutePath())) {
          files.add(sibling);
          break;
        }
      }
    }
    return files;
  }

  @Override
  public ImportResult read(List<Path> files) throws IOException {
    Objects.requireNonNull(files, "files");
    return run(files, true, null, ImportProgress.none());
  }

  @Override
  public ImportResult stream(List<Path> files, RecordWriter out, ImportProgress progress) throws IOException {
    Objects.requireNonNull(files, "files");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(progress, "progress");
    return run(files, false, out, progress);
  }

  private static ImportResult run(List<Path> files, boolean keepAll, RecordWriter out, ImportProgress progress) throws IOException {
    Map<List<String>, Path> tables = new HashMap<>();
    for (Path file : files) {
      List<String> kind = kind(header(file));
      String name = file.getFileName().toString();
      if (kind == null) {
        throw new ImportException(name, 1, "not a table of unvotes: its header is none of the votes' (" + String.join(",", VOTES)
            + "), the roll calls' (" + String.join(",", ROLL_CALLS) + ") or the issues' (" + String.join(",", ISSUES) + ")", null);
      }
      if (tables.containsKey(kind)) {
        throw new ImportException(name, 1, "the table of " + describe(kind) + " is given twice: "
            + tables.get(kind).getFileName() + " and " + name, null);
      }
      tables.put(kind, file);
    }
    for (List<String> needed : List.of(VOTES, ROLL_CALLS)) {
      if (!tables.containsKey(needed)) {
        String first = files.isEmpty() ? "" : files.get(0).getFileName().toString();
        throw new ImportException(first, 0, "the unvotes format needs the table of " + describe(needed)
            + ", with the header " + String.join(",", needed) + "; it was not given", null);
      }
    }
    Path votes = tables.get(VOTES);
    String votesName = votes.getFileName().toString();
    ImportSink sink = out == null ? ImportSink.dossier(votesName) : ImportSink.writer(votesName, out);
    UnvotesTables held = new UnvotesTables(tables.get(ROLL_CALLS), tables.get(ISSUES), keepAll);
    long rows = held.rows;
    Source source =
        Source.builder()
            .id("source-unvotes-" + UndlMapper.slug(votesName))
            .kind(SourceKind.DATASET)
            .title(MultilingualText.of("en", "unvotes: United Nations General Assembly Voting Data (" + votesName + ")"))
            .publisher("David Robinson, R package unvotes, from Erik Voeten's data")
            .url(URI.create("https://github.com/dgrtwo/unvotes"))
            .build();
    VoetenMapper mapper = new VoetenMapper(source, sink);
    mapper.start();
    VotesReader reader = new VotesReader(mapper, sink.warnings, held);
    try (InputStream in = Files.newInputStream(votes)) {
      rows += VoetenCsv.read(in, votesName, "the votes table of unvotes", Set.copyOf(VOTES), VOTES, sink.warnings, progress,
          layout -> {
            reader.layout = layout;
            return reader::row;
          }, sink);
    }
    reader.finish();
    held.notVoted(reader.done);
    ImportResult streamed = sink.finish(rows);
    progress.progress(votesName, rows, sink.records, true);
    List<ImportWarning> warnings = new ArrayList<>(held.warnings());
    warnings.addAll(streamed.warnings());
    if (!keepAll && warnings.size() > ImportResult.MAX_WARNINGS_KEPT) {
      warnings = warnings.subList(0, ImportResult.MAX_WARNINGS_KEPT);
    }
    return new ImportResult(streamed.dossier().orElse(null), warnings, streamed.warningCount() + held.warningCount(),
        streamed.report(), rows, streamed.recordsImported());
  }

  private static String describe(List<String> kind) {
    return kind == VOTES ? "votes (un_votes)" : kind == ROLL_CALLS ? "roll calls (un_roll_calls)" : "issues (un_roll_call_issues)";
  }

  private static List<String> header(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file);
        CsvReader<CsvRecord> csv =
            CsvReader.builder().detectBomHeader(true).allowExtraFields(true).allowMissingFields(true)
                .ofCsvRecord(in, StandardCharsets.UTF_8)) {
      var records = csv.iterator();
      return records.hasNext() ? records.next().getFields() : List.of();
    } catch (CsvParseException notCsv) {
      return List.of();
    }
  }

  /** An rcid as matched across the tables: {@code 3.0} (a double in version 0.3.0) is {@code 3}. */
  static String rcid(String text) {
    return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
  }

  /** The votes table's rows, grouped into roll calls. */
  private static final class VotesReader {
    private final VoetenMapper mapper;
    private final Warnings warnings;
    private final UnvotesTables held;
    final Set<String> done = new HashSet<>();
    VoetenLayout layout;
    private VoetenRollCall current;

    VotesReader(VoetenMapper mapper, Warnings warnings, UnvotesTables held) {
      this.mapper = mapper;
      this.warnings = warnings;
      this.held = held;
    }

    void row(long line, List<String> row) throws IOException {
      String rcid = rcid(layout.get(row, "rcid"));
      if (rcid.isEmpty()) {
        warnings.add(line, "rcid", ImportWarningCode.MISSING_VALUE,
            "the row has no roll-call id, which groups a roll call's rows; the row is not mapped");
        return;
      }
      if (current != null && !current.rcid.equals(rcid)) {
        mapper.end();
        current = null;
      }
      if (current == null) {
        if (!done.add(rcid)) {
          warnings.add(line, "rcid", ImportWarningCode.RECORD_NOT_TOGETHER,
              "the rows of roll call " + rcid + " ended earlier in the file, and its vote is imported; the row is not mapped");
          return;
        }
        current = held.rollCall(rcid);
        if (current == null) {
          current = new VoetenRollCall(rcid, line);
          current.listed = false;
          warnings.add(line, "rcid", ImportWarningCode.MISSING_VALUE,
              "roll call " + rcid + " is not in the roll-call table; its votes are kept, without a date, session or "
                  + "description, and its country codes read as of today");
          mapper.begin(current, warnings);
        } else {
          mapper.begin(current, held.rollCallWarnings);
        }
      }
      String text = layout.get(row, "vote");
      VoteOption option;
      switch (text.toLowerCase(Locale.ROOT)) {
        case "yes":
          option = VoteOption.YES;
          break;
        case "no":
          option = VoteOption.NO;
          break;
        case "abstain":
          option = VoteOption.ABSTAIN;
          break;
        default:
          warnings.add(line, "vote", ImportWarningCode.UNKNOWN_CODE,
              "'" + text + "' is not one of the package's votes (yes, no, abstain); the row is not mapped");
          return;
      }
      State state = mapper.stateOfAlpha2(line, "country_code", layout.get(row, "country_code"), layout.get(row, "country"));
      if (state != null) {
        mapper.ballot(line, "country_code", state, option, layout.get(row, "country"));
      }
    }

    void finish() throws IOException {
      if (current != null) {
        mapper.end();
      }
    }
  }
}
