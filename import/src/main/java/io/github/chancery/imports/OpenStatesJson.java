package io.github.chancery.imports;

import io.github.chancery.json.format.RecordWriter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The Open States scrapers' JSON output of one US state legislature's session, as openstates-core
 * writes it: one object a file, named {@code {type}_{_id}.json}: {@code vote_event_*.json} and
 * {@code bill_*.json}, with the jurisdiction ({@code jurisdiction_*.json}, the sessions' dates),
 * the organizations (the chambers' names and kinds) and, where a scrape gives them, people and
 * memberships ({@code person_*.json}, {@code membership_*.json}). Format name {@code
 * openstates-json}.
 *
 * <p>The records are those of the bulk CSV export's importer ({@link OpenStates}), made by the same
 * mapping: each chamber a {@code Legislature}, its session a {@code Session}, each bill a {@code
 * Motion}, each vote event a {@code Vote} with its counts, result, sources and ballots. A voter
 * with an OCD person id, or one that is a person of the files, is a {@code Person}; a voter named
 * only by name (the scrapers' pseudo id {@code ~{"name": …}}) is a ballot by name, resolved to the
 * one member of the chamber with that name when the files give the roster. A declared result that
 * contradicts the counts is kept and reported.
 *
 * <p>Files are read one at a time ({@link #read(List)}: files or folders, in any order): the
 * jurisdiction, organizations, people, memberships and bills first, held (they are small), then
 * each vote event, written as it is read. Given one file ({@link #read(Path)}), the importer also
 * reads the files beside it that it may refer to; given a folder, every file of the scrape in it.
 * Reading JSON needs a JSON line on the class path ({@code chancery-json} or {@code
 * chancery-json-jackson3}); the importer names no Jackson.
 *
 * <p>Stateless and thread-safe: each import reads with state of its own.
 */
public final class OpenStatesJson implements Importer {
  private static final OpenStatesJson INSTANCE = new OpenStatesJson();
  private static final String SCRAPE = "Open States scrape";

  /** The kinds read before the vote events, beside a vote event file given alone. */
  private static final Set<OsJsonObject> CONTEXT =
      EnumSet.of(OsJsonObject.JURISDICTION, OsJsonObject.ORGANIZATION, OsJsonObject.PERSON, OsJsonObject.MEMBERSHIP,
          OsJsonObject.BILL);

  private OpenStatesJson() {}

  /**
   * Returns the importer.
   *
   * @return the importer, the same instance on every call
   */
  public static OpenStatesJson importer() {
    return INSTANCE;
  }

  @Override
  public String name() {
    return "openstates-json";
  }

  @Override
  public String description() {
    return "Open States US state legislature session, the scrapers' JSON output (vote events, bills, jurisdiction, organizations, people)";
  }

  /** Recognises no CSV header: the format is JSON, recognised by its keys ({@link Importers#detect(Path)}). */
  @Override
  public boolean recognizes(List<String> header) {
    Objects.requireNonNull(header, "header");
    return false;
  }

  /**
   * Returns whether a file is a vote event or a bill the scrapers write, by its keys: only those
   * of the object's schema, with a vote event's motion text, or a bill's identifier, title and
   * session. A file that is not JSON, or has a key of none of them, is not.
   *
   * @param file the file
   * @return true when the file is a scrape's vote event or bill
   * @throws IOException if the file cannot be read
   */
  static boolean recognizesFile(Path file) throws IOException {
    try (InputStream in = ExportTables.open(file)) {
      return byKeys(in) != null;
    } catch (ImportException noJsonLine) {
      return false;
    }
  }

  /** The kind of a file by its keys: a vote event, a bill, or null when it is none of the scrape's. */
  private static OsJsonObject byKeys(InputStream in) throws IOException {
    Set<String> allowed = new HashSet<>(OsJsonObject.VOTE_EVENT.fields);
    allowed.addAll(OsJsonObject.BILL.fields);
    Set<String> keys = JsonValue.keys(in, allowed);
    return keys == null ? null : OsJsonObject.ofKeys(keys);
  }

  /** Imports one object, a vote event (its bill and chamber not among the files), into a dossier. */
  @Override
  public ImportResult read(InputStream in, String fileName) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(fileName, "fileName");
    return run(List.of(new Input(fileName, null, in.readAllBytes())), ImportSink.dossier(SCRAPE), false, ImportProgress.none());
  }

  /** Imports one object, as {@link #read(InputStream, String)}, onto a record stream. */
  @Override
  public ImportResult stream(InputStream in, String fileName, RecordWriter out, ImportProgress progress) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(progress, "progress");
    return run(List.of(new Input(fileName, null, in.readAllBytes())), ImportSink.writer(SCRAPE, out), true, progress);
  }

  /** Imports a folder of the scrape, or a file with the files beside it that it may refer to. */
  @Override
  public ImportResult read(Path file) throws IOException {
    return run(beside(file), ImportSink.dossier(SCRAPE), false, ImportProgress.none());
  }

  /** Streams a folder of the scrape, or a file with the files beside it that it may refer to. */
  @Override
  public ImportResult stream(Path file, RecordWriter out, ImportProgress progress) throws IOException {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(progress, "progress");
    return run(beside(file), ImportSink.writer(SCRAPE, out), true, progress);
  }

  /** Imports the files, and the scrape's files of each folder given, into one dossier. */
  @Override
  public ImportResult read(List<Path> files) throws IOException {
    return run(inputs(files), ImportSink.dossier(SCRAPE), false, ImportProgress.none());
  }

  /** Streams the files, and the scrape's files of each folder given, onto a record stream. */
  @Override
  public ImportResult stream(List<Path> files, RecordWriter out, ImportProgress progress) throws IOException {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(progress, "progress");
    return run(inputs(files), ImportSink.writer(SCRAPE, out), true, progress);
  }

  /** A file to read: by its path, or its bytes when given as a stream. */
  private static final class Input {
    final String name;
    final Path path;
    final byte[] bytes;
    OsJsonObject kind;

    Input(String name, Path path, byte[] bytes) {
      this.name = name;
      this.path = path;
      this.bytes = bytes;
      this.kind = OsJsonObject.ofName(HtvTable.base(name));
    }

    byte[] load() throws IOException {
      if (bytes != null) {
        return bytes;
      }
      try (InputStream in = ExportTables.open(path)) {
        return in.readAllBytes();
      }
    }
  }

  private static List<Input> inputs(List<Path> files) throws IOException {
    Objects.requireNonNull(files, "files");
    List<Input> inputs = new ArrayList<>();
    for (Path file : files) {
      Objects.requireNonNull(file, "file");
      if (Files.isDirectory(file)) {
        inputs.addAll(folder(file, null));
      } else {
        inputs.add(new Input(file.getFileName().toString(), file, null));
      }
    }
    return inputs;
  }

  /** A folder's JSON files; with {@code only}, those of these kinds alone. */
  private static List<Input> folder(Path folder, Set<OsJsonObject> only) throws IOException {
    List<Path> found = new ArrayList<>();
    try (DirectoryStream<Path> listed = Files.newDirectoryStream(folder)) {
      for (Path file : listed) {
        String name = HtvTable.base(file.getFileName().toString()).toLowerCase(Locale.ROOT);
        OsJsonObject kind = OsJsonObject.ofName(name);
        if (name.endsWith(".json") && Files.isRegularFile(file) && (only == null || (kind != null && only.contains(kind)))) {
          found.add(file);
        }
      }
    }
    found.sort(null);
    List<Input> inputs = new ArrayList<>();
    for (Path file : found) {
      inputs.add(new Input(file.getFileName().toString(), file, null));
    }
    return inputs;
  }

  /** A folder's files, or a file and the files beside it that it may refer to. */
  private static List<Input> beside(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    if (Files.isDirectory(file)) {
      return folder(file, null);
    }
    List<Input> inputs = new ArrayList<>();
    inputs.add(new Input(file.getFileName().toString(), file, null));
    Path folder = file.toAbsolutePath().getParent();
    if (folder != null) {
      for (Input other : folder(folder, CONTEXT)) {
        if (!other.name.equals(file.getFileName().toString())) {
          inputs.add(other);
        }
      }
    }
    return inputs;
  }

  private static ImportResult run(List<Input> inputs, ImportSink sink, boolean streaming, ImportProgress progress)
      throws IOException {
    if (inputs.isEmpty()) {
      throw new ImportException("", 0, "no file was given to the openstates-json format", null);
    }
    List<Warnings> all = new ArrayList<>();
    List<Input> read = new ArrayList<>();
    for (Input input : inputs) {
      String skipped = input.kind == null ? OsJsonObject.notImported(HtvTable.base(input.name)) : null;
      if (input.kind == null && skipped == null) {
        input.kind = byKeys(input);
      }
      if (input.kind == null) {
        Warnings warnings = new Warnings(input.name, true);
        warnings.add(0, null, ImportWarningCode.NOT_MAPPED, skipped != null ? "the scrape's " + skipped + " objects are not imported"
            : "the file is not an object the Open States scrapers write (vote_event, bill, jurisdiction, organization, "
                + "person, membership); it is not imported");
        all.add(warnings);
      } else {
        read.add(input);
      }
    }
    if (read.stream().noneMatch(i -> i.kind == OsJsonObject.VOTE_EVENT)) {
      throw new ImportException(inputs.get(0).name, 0, "the " + SCRAPE + "'s vote events are what is imported, and none "
          + "is among the files: give vote_event_*.json files, or the scrape's folder", null);
    }
    // the objects vote events refer to first, then the vote events, each kind in the order of the names
    read.sort(Comparator.<Input, OsJsonObject>comparing(i -> i.kind).thenComparing(i -> i.name));
    OsJsonMapper mapper = new OsJsonMapper(sink, streaming);
    mapper.start();
    long rows = 0;
    String last = read.get(0).name;
    for (Input input : read) {
      Warnings warnings = new Warnings(input.name, !streaming);
      long before = rows;
      rows += read(input, warnings, mapper);
      if (warnings.count() > 0) {
        all.add(warnings);
      }
      last = input.name;
      if (rows / ImportProgress.EVERY_ROWS > before / ImportProgress.EVERY_ROWS) {
        progress.progress(input.name, rows, sink.records, false);
      }
    }
    all.addAll(mapper.finish(!streaming));
    progress.progress(last, rows, sink.records, true);
    return ExportTables.result(all, streaming, sink.finish(rows));
  }

  /** Reads one file into the mapper, and returns the rows it counts; a file that is not one JSON object is a warning. */
  private static long read(Input input, Warnings warnings, OsJsonMapper mapper) throws IOException {
    JsonValue root;
    try {
      root = JsonValue.read(input.load(), input.name);
    } catch (JsonValue.Unreadable unreadable) {
      warnings.add(unreadable.line, unreadable.path, ImportWarningCode.NOT_JSON,
          unreadable.getMessage() + "; the file is not imported");
      return 0;
    }
    if (!root.isObject()) {
      warnings.add(root.line, root.path, ImportWarningCode.NOT_JSON,
          "the file holds " + root.describe() + ", not the object of a " + input.kind.type + "; it is not imported");
      return 0;
    }
    return mapper.map(input.kind, input.name, warnings, root);
  }

  /** The kind of a file whose name does not say, by its keys; null when it is none of the scrape's. */
  private static OsJsonObject byKeys(Input input) throws IOException {
    try (InputStream in = input.bytes != null ? new ByteArrayInputStream(input.bytes) : ExportTables.open(input.path)) {
      return byKeys(in);
    }
  }
}
