package io.github.chancery.popolo;

import io.github.chancery.core.dossier.Dossier;
import io.github.chancery.json.internal.JsonLines;
import io.github.chancery.json.internal.JsonSyntax;
import io.github.chancery.json.internal.TokenWriter;
import io.github.chancery.json.limits.ReadLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads and writes Popolo (popoloproject.com), the JSON form most published legislative data
 * takes: parliament monitors, Open Civic Data, EveryPolitician.
 *
 * <pre>{@code
 * PopoloImport imported = Popolo.read(Path.of("ep-popolo-v1.0.json"));
 * imported.warnings().forEach(System.err::println);   // what could not be mapped, with its path
 * ConsistencyReport report = imported.dossier().check();
 * PopoloExport export = Popolo.write(imported.dossier(), out);   // one Popolo export document
 * export.notWritten().forEach(System.err::println);   // what Popolo has no object for, and why
 * PopoloImport monitor = Popolo.readAll(Path.of("monitor-export"));  // a publisher's files as one
 * }</pre>
 *
 * <p>A file may hold one Popolo object, an array of them, or an export document with any of
 * {@code persons}, {@code organizations}, {@code memberships}, {@code posts}, {@code areas},
 * {@code events}, {@code motions}, {@code vote_events}, {@code votes} and {@code counts}. Real
 * exports are messy: what cannot be mapped is listed as a {@link PopoloWarning} with its path,
 * what can be repaired (an id with spaces, a tag written {@code en_US}, a vote event without an
 * id) is repaired and said so, and nothing is dropped silently. docs/popolo.md gives the mapping
 * of every field both ways.
 *
 * <p>Popolo reads and writes through Chancery's JSON engine, with the parser and generator of the
 * JSON line the application has: {@code chancery-json} (Jackson 2) or {@code
 * chancery-json-jackson3} (Jackson 3); Jackson 2's when both are present. Both read the same
 * records with the same warnings, and write the same bytes. A file that is not JSON, or not Popolo
 * at all, is refused with that line's {@code ChanceryJsonException}, an {@link
 * io.github.chancery.json.problem.InvalidJson} naming the problem's path and rule: a checked
 * {@code IOException} with Jackson 2, unchecked with Jackson 3. Read limits are {@link
 * ReadLimits#defaults()}.
 *
 * <p>Stateless and thread-safe.
 */
public final class Popolo {
  /** The syntax of the application's JSON line, found on first use; the same for every call. */
  private static volatile JsonSyntax syntax;

  private Popolo() {}

  /** The JSON line's syntax; an {@code IllegalStateException} naming the artifacts to add when there is none. */
  private static JsonSyntax syntax() {
    JsonSyntax found = syntax;
    if (found == null) {
      found = JsonLines.preferred().syntax(ReadLimits.defaults());
      syntax = found; // a race makes two equal syntaxes, one kept: no harm
    }
    return found;
  }

  /**
   * Reads a Popolo file.
   *
   * @param in the file's bytes, UTF-8; not closed
   * @return the dossier of what was mapped, and the warnings
   * @throws IOException the JSON line's {@code ChanceryJsonException} (an {@link
   *     io.github.chancery.json.problem.InvalidJson}; unchecked with Jackson 3) if the input is
   *     not JSON, or not Popolo at all, with its path; or if the stream cannot be read
   * @throws IllegalStateException if the application has no JSON line: neither {@code
   *     chancery-json} nor {@code chancery-json-jackson3}
   */
  public static PopoloImport read(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in");
    return PopoloReader.read(syntax(), in);
  }

  /**
   * Reads a Popolo file.
   *
   * @param file the file
   * @return the dossier of what was mapped, and the warnings
   * @throws IOException the JSON line's {@code ChanceryJsonException} (an {@link
   *     io.github.chancery.json.problem.InvalidJson}; unchecked with Jackson 3) if the file is not
   *     JSON, or not Popolo at all, with its path; or if the file cannot be read
   * @throws IllegalStateException if the application has no JSON line: neither {@code
   *     chancery-json} nor {@code chancery-json-jackson3}
   */
  public static PopoloImport read(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    }
  }

  /**
   * Reads several Popolo files of one publisher as one import, as a monitor publishes {@code
   * people.json}, {@code parties.json} and one file per division embedding the voters it names:
   * their objects are mapped together, exactly as if one file held them all, so that an object
   * given in several files is one record: the same object given twice is kept once, the object
   * given in full wins over copies embedded in references wherever each stands, and an object or
   * copy that says otherwise is not kept in the dossier but kept apart ({@link
   * PopoloImport#keptApart()}), with a warning that names both files and paths. Each warning
   * names its file ({@link PopoloWarning#file()}), in the order of the files. To merge dossiers
   * of different publishers, which may give one id to different records, see {@link
   * io.github.chancery.core.dossier.MergedDossier}.
   *
   * @param files the files, in the order to read them; at least one
   * @return the dossier of what was mapped from all of them, and the warnings
   * @throws IOException the JSON line's {@code ChanceryJsonException} (an {@link
   *     io.github.chancery.json.problem.InvalidJson}; unchecked with Jackson 3), its message
   *     naming the file, if a file is not JSON, or not Popolo at all; or if a file cannot be read
   * @throws IllegalArgumentException if no file is given
   * @throws IllegalStateException if the application has no JSON line: neither {@code
   *     chancery-json} nor {@code chancery-json-jackson3}
   */
  public static PopoloImport readAll(List<Path> files) throws IOException {
    Objects.requireNonNull(files, "files");
    if (files.isEmpty()) {
      throw new IllegalArgumentException("no Popolo file given");
    }
    files.forEach(file -> Objects.requireNonNull(file, "file"));
    return PopoloReader.readAll(syntax(), List.copyOf(files));
  }

  /**
   * Reads every Popolo file of a folder as one import: the files directly in it whose names end in
   * {@code .json}, in the order of their names, as {@link #readAll(List)} reads them.
   *
   * @param folder the folder
   * @return the dossier of what was mapped from all of them, and the warnings naming their files
   * @throws IOException if the folder is not a folder ({@link java.nio.file.NotDirectoryException})
   *     or holds no {@code .json} file ({@link java.nio.file.NoSuchFileException}), or as {@link
   *     #readAll(List)} says
   * @throws IllegalStateException if the application has no JSON line
   */
  public static PopoloImport readAll(Path folder) throws IOException {
    Objects.requireNonNull(folder, "folder");
    if (!Files.isDirectory(folder)) {
      throw new NotDirectoryException(folder.toString());
    }
    List<Path> files;
    try (Stream<Path> listed = Files.list(folder)) {
      files =
          listed
              .filter(f -> f.getFileName().toString().endsWith(".json") && Files.isRegularFile(f))
              .sorted(Comparator.comparing(f -> f.getFileName().toString()))
              .collect(Collectors.toList());
    }
    if (files.isEmpty()) {
      throw new NoSuchFileException(folder.toString(), null, "no .json file in the folder");
    }
    return readAll(files);
  }

  /**
   * Writes a dossier's persons, organisations, legislatures, states, memberships, sessions,
   * motions and votes as one Popolo export document, and says what it did with each record.
   * Popolo has no object for a treaty, a statement, a protest note, a disputed entity or a source
   * (a source's URL and title are written in the {@code sources} of the records that cite it):
   * those records are not written, and the export lists each with its reason. It also lists the
   * fields of written records that the document leaves out or gives in part, by record type and
   * field, as docs/popolo.md says.
   *
   * <pre>{@code
   * PopoloExport export = Popolo.write(dossier, out);
   * export.notWritten().forEach(System.err::println);   // treaty treaty-1: Popolo has no object for a treaty
   * }</pre>
   *
   * @param dossier the dossier
   * @param out where the document goes, UTF-8; flushed, not closed
   * @return the records written, those not written with their reasons, and the fields lost
   * @throws IOException if the stream cannot be written
   * @throws IllegalStateException if the application has no JSON line: neither {@code
   *     chancery-json} nor {@code chancery-json-jackson3}
   */
  public static PopoloExport write(Dossier dossier, OutputStream out) throws IOException {
    Objects.requireNonNull(dossier, "dossier");
    Objects.requireNonNull(out, "out");
    List<String> written;
    try (TokenWriter writer = syntax().writer(out)) {
      written = new PopoloWriter(dossier, writer).write();
    }
    return ExportLedger.of(dossier, written);
  }
}
