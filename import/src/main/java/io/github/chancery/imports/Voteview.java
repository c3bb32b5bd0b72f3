package io.github.chancery.imports;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.source.Source;
import io.github.chancery.json.format.RecordWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Voteview's US Congress roll calls (Lewis, Poole, Rosenthal et al., voteview.com): the members
 * ({@code H117_members.csv}), roll-call ({@code H117_rollcalls.csv}) and votes ({@code
 * H117_votes.csv}) files of a congress and chamber ({@code H}, {@code S}, or {@code HS} for both;
 * {@code HSall} for every congress). Format name {@code voteview}.
 *
 * <p>Columns are found by name. The members and roll-call files are held, the votes file
 * streamed: each chamber is a {@code Legislature}, each congress a {@code Session} (a term, with
 * its numbered sessions under it), each roll call a {@code Motion} and a {@code Vote} with the
 * declared yea and nay counts, the declared result and the rule {@code majority_requirement} or
 * the question names, and one ballot per votes row. Cast codes 0 to 9 keep their meaning as the
 * ballot's option and role; ICPSR and Biographical Directory ids are the persons' identifiers;
 * {@code rollnumber} is the vote's identifier and, with {@code clerk_rollnumber}, one of its
 * identifiers. The President's pseudo-votes are not imported. A votes file read by its path brings
 * the members and roll-call files named as published beside it.
 *
 * <p>Stateless and thread-safe: each import reads with state of its own.
 */
public final class Voteview extends SinkImporter {
  private static final Voteview INSTANCE = new Voteview();

  /** The publisher's file names: {@code H117_votes.csv}, {@code HSall_members.csv}. */
  private static final Pattern FILE_NAME = Pattern.compile("^((?:HS|H|S)(?:[0-9]+|all))_(members|rollcalls|votes)\\.csv$");

  private Voteview() {}

  /**
   * Returns the importer.
   *
   * @return the importer, the same instance on every call
   */
  public static Voteview importer() {
    return INSTANCE;
  }

  @Override
  public String name() {
    return "voteview";
  }

  @Override
  public String description() {
    return "Voteview US Congress members, roll calls and votes, CSV";
  }

  /** Recognises the header of a members, roll-calls or votes file. */
  @Override
  public boolean recognizes(List<String> header) {
    Objects.requireNonNull(header, "header");
    return VoteviewLayout.of(header) != null;
  }

  /**
   * Imports a members or roll-calls file alone; a votes file needs the others, given by {@link
   * #read(List)} or found beside it by {@link #read(Path)}.
   */
  @Override
  ImportResult importOnto(InputStream in, String fileName, ImportSink sink, ImportProgress progress) throws IOException {
    return alone(in, fileName, sink, progress);
  }

  /** Imports a file; a votes file with the members and roll-call files of the same name beside it. */
  @Override
  public ImportResult read(Path file) throws IOException {
    return read(withSiblings(file));
  }

  /** Imports a file onto a record stream; a votes file with the files beside it, as {@link #read(Path)}. */
  @Override
  public ImportResult stream(Path file, RecordWriter out, ImportProgress progress) throws IOException {
    return stream(withSiblings(file), out, progress);
  }

  @Override
  public ImportResult read(List<Path> files) throws IOException {
    Objects.requireNonNull(files, "files");
    Map<VoteviewLayout.Kind, List<Path>> kinds = sort(files);
    return run(kinds, ImportSink.dossier(mainName(kinds)), ImportProgress.none());
  }

  @Override
  public ImportResult stream(List<Path> files, RecordWriter out, ImportProgress progress) throws IOException {
    Objects.requireNonNull(files, "files");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(progress, "progress");
    Map<VoteviewLayout.Kind, List<Path>> kinds = sort(files);
    return run(kinds, ImportSink.writer(mainName(kinds), out), progress);
  }

  private static List<Path> withSiblings(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    VoteviewLayout layout = VoteviewLayout.of(header(file));
    if (layout == null || layout.kind != VoteviewLayout.Kind.VOTES) {
      return List.of(file);
    }
    String name = file.getFileName().toString();
    Matcher named = FILE_NAME.matcher(name);
    if (!named.matches()) {
      throw new ImportException(name, 0, "a Voteview votes file is imported with its members and roll-calls files: "
          + "give them together, or name the votes file as the publisher does (H117_votes.csv beside H117_members.csv "
          + "and H117_rollcalls.csv)", null);
    }
    List<Path> files = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (String kind : List.of("members", "rollcalls")) {
      String sibling = named.group(1) + "_" + kind + ".csv";
      Path path = file.resolveSibling(sibling);
      if (Files.isRegularFile(path)) {
        files.add(path);
      } else {
        missing.add(sibling);
      }
    }
    if (!missing.isEmpty()) {
      throw new ImportException(name, 0, "a Voteview votes file is imported with its members and roll-calls files, and "
          + String.join(" and ", missing) + " is not beside it", null);
    }
    files.add(file);
    return files;
  }

  /** The files by kind, by their headers; refused when one is none of the three, or votes lack the others. */
  private static Map<VoteviewLayout.Kind, List<Path>> sort(List<Path> files) throws IOException {
    if (files.isEmpty()) {
      throw new ImportException("", 0, "no file was given to the voteview format", null);
    }
    Map<VoteviewLayout.Kind, List<Path>> kinds = new EnumMap<>(VoteviewLayout.Kind.class);
    for (VoteviewLayout.Kind kind : VoteviewLayout.Kind.values()) {
      kinds.put(kind, new ArrayList<>());
    }
    for (Path file : files) {
      VoteviewLayout layout = VoteviewLayout.of(header(file));
      if (layout == null) {
        throw new ImportException(file.getFileName().toString(), 1,
            "not a Voteview members, roll-calls or votes file: the header lacks the columns of each", null);
      }
      kinds.get(layout.kind).add(file);
    }
    if (!kinds.get(VoteviewLayout.Kind.VOTES).isEmpty()) {
      for (VoteviewLayout.Kind needed : List.of(VoteviewLayout.Kind.MEMBERS, VoteviewLayout.Kind.ROLLCALLS)) {
        if (kinds.get(needed).isEmpty()) {
          throw new ImportException(kinds.get(VoteviewLayout.Kind.VOTES).get(0).getFileName().toString(), 0,
              "a Voteview votes file is imported with its " + needed.word + " file, which was not given", null);
        }
      }
    }
    return kinds;
  }

  private static String mainName(Map<VoteviewLayout.Kind, List<Path>> kinds) {
    for (VoteviewLayout.Kind kind : List.of(VoteviewLayout.Kind.VOTES, VoteviewLayout.Kind.ROLLCALLS, VoteviewLayout.Kind.MEMBERS)) {
      if (!kinds.get(kind).isEmpty()) {
        return kinds.get(kind).get(0).getFileName().toString();
      }
    }
    return "";
  }

  /** A file's header, the first CSV record; empty when the file is empty or not CSV. */
  private static List<String> header(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file);
        CsvReader<CsvRecord> csv =
            CsvReader.builder().detectBomHeader(true).allowExtraFields(true).allowMissingFields(true)
                .ofCsvRecord(in, StandardCharsets.UTF_8)) {
      CloseableIterator<CsvRecord> records = csv.iterator();
      return records.hasNext() ? records.next().getFields() : List.of();
    } catch (CsvParseException notCsv) {
      return List.of();
    } catch (UncheckedIOException failed) {
      throw failed.getCause();
    }
  }

  /** The state of one import: the files read in order, members first, votes last. */
  private static final class Run {
    final ImportSink sink;
    final VoteviewSink out;
    final VoteviewMembers members;
    final VoteviewRollCalls rollCalls;
    final VoteviewVotes votes;
    final ImportProgress progress;
    long rows;

    Run(ImportSink sink, ImportProgress progress) {
      this.sink = sink;
      this.out = new VoteviewSink(sink);
      this.members = new VoteviewMembers(sink.warnings);
      this.rollCalls = new VoteviewRollCalls(sink.warnings, out);
      this.votes = new VoteviewVotes(sink.warnings, out, members, rollCalls);
      this.progress = progress;
    }

    /** Reads a file of the kind expected, or of any kind when null; returns its kind. */
    VoteviewLayout.Kind file(InputStream in, String fileName, VoteviewLayout.Kind expected) throws IOException {
      long line = 1;
      long fileRows = 0;
      VoteviewLayout.Kind kind;
      try (CsvReader<CsvRecord> csv =
          CsvReader.builder()
              .detectBomHeader(true)
              .allowExtraFields(true)
              .allowMissingFields(true)
              .skipEmptyLines(true)
              .ofCsvRecord(in, StandardCharsets.UTF_8)) {
        CloseableIterator<CsvRecord> records = csv.iterator();
        if (!records.hasNext()) {
          throw new ImportException(fileName, 0, "the file is empty: a Voteview file starts with its header", null);
        }
        List<String> header = records.next().getFields();
        VoteviewLayout layout = VoteviewLayout.of(header);
        if (layout == null || (expected != null && layout.kind != expected)) {
          throw new ImportException(fileName, 1, "not a Voteview " + (expected == null ? "members, roll-calls or votes" : expected.word)
              + " file: the header is " + String.join(",", header), null);
        }
        kind = layout.kind;
        if (kind == VoteviewLayout.Kind.VOTES && expected == null) {
          throw new ImportException(fileName, 0, "a Voteview votes file is imported with its members and roll-calls files: "
              + "give the three files together", null);
        }
        Reference<Source> source = out.file(fileName);
        for (String unknown : layout.unknown) {
          sink.warnings.add(fileName, 1, unknown, ImportWarningCode.UNKNOWN_COLUMN,
              "the column is not one Voteview documents for its " + kind.word + " files; its values are not imported");
        }
        while (records.hasNext()) {
          CsvRecord record = records.next();
          line = record.getStartingLineNumber();
          rows++;
          fileRows++;
          if (record.getFieldCount() != header.size()) {
            sink.warnings.add(fileName, line, null, ImportWarningCode.FIELD_COUNT,
                "the row has " + record.getFieldCount() + " fields, the header " + header.size() + "; the row is not mapped");
          } else if (kind == VoteviewLayout.Kind.MEMBERS) {
            members.row(fileName, source, line, layout, record.getFields());
          } else if (kind == VoteviewLayout.Kind.ROLLCALLS) {
            rollCalls.row(fileName, source, line, layout, record.getFields());
          } else {
            votes.row(fileName, source, line, layout, record.getFields());
          }
          if (fileRows % ImportProgress.EVERY_ROWS == 0) {
            progress.progress(fileName, fileRows, sink.records, false);
          }
        }
      } catch (CsvParseException broken) {
        throw new ImportException(fileName, line + 1, "the CSV breaks off after this line: " + broken.getMessage(), broken);
      } catch (UncheckedIOException failed) {
        throw failed.getCause();
      }
      progress.progress(fileName, fileRows, sink.records, true);
      return kind;
    }

    ImportResult finish() throws IOException {
      members.write(out);
      votes.finish();
      return sink.finish(rows);
    }
  }

  private static ImportResult alone(InputStream in, String fileName, ImportSink sink, ImportProgress progress) throws IOException {
    Run run = new Run(sink, progress);
    run.file(in, fileName, null);
    return run.finish();
  }

  private static ImportResult run(Map<VoteviewLayout.Kind, List<Path>> kinds, ImportSink sink, ImportProgress progress)
      throws IOException {
    Run run = new Run(sink, progress);
    for (VoteviewLayout.Kind kind : List.of(VoteviewLayout.Kind.MEMBERS, VoteviewLayout.Kind.ROLLCALLS)) {
      for (Path file : kinds.get(kind)) {
        try (InputStream in = Files.newInputStream(file)) {
          run.file(in, file.getFileName().toString(), kind);
        }
      }
    }
    run.members.write(run.out); // the persons before the ballots that name them
    for (Path file : kinds.get(VoteviewLayout.Kind.VOTES)) {
      try (InputStream in = Files.newInputStream(file)) {
        run.file(in, file.getFileName().toString(), VoteviewLayout.Kind.VOTES);
      }
    }
    return run.finish();
  }
}
