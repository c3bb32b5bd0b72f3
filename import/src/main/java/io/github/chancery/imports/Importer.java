package io.github.chancery.imports;

import io.github.chancery.json.format.RecordWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The importer of one publisher's format: it reads the publisher's files as published (their
 * columns, codes and encoding), streaming, into a {@link io.github.chancery.core.dossier.Dossier}
 * ({@link #read(InputStream, String)}) or onto a {@link RecordWriter} ({@link #stream(InputStream,
 * String, RecordWriter, ImportProgress)}), so that a corpus larger than the heap is imported in
 * constant memory. Every row is mapped or reported by an {@link ImportWarning}; the result carries
 * the consistency report of what was imported. {@link Importers} lists them by name.
 *
 * <p>Implementations are stateless and thread-safe: each call reads with state of its own.
 */
public interface Importer {
  /**
   * Returns the format's name, as the validator's {@code --format} takes it.
   *
   * @return the name, such as {@code un-digital-library}; never null
   */
  String name();

  /**
   * Returns what the format is, for people: publisher and dataset.
   *
   * @return the description; never null
   */
  String description();

  /**
   * Returns whether a file's header is unambiguously this format's.
   *
   * @param header the names of the header's columns, as read
   * @return true when the header is this format's and no other's
   */
  boolean recognizes(List<String> header);

  /**
   * Imports a file into a dossier.
   *
   * @param in the file's bytes, in the publisher's encoding; not closed
   * @param fileName the file's name, as warnings name it and as the publisher names files (its
   *     documented name may tell the version)
   * @return the dossier, the warnings and the consistency report
   * @throws ImportException if the file is not this format at all, or its CSV breaks off
   * @throws IOException if the stream cannot be read
   */
  ImportResult read(InputStream in, String fileName) throws IOException;

  /**
   * Imports a file onto a record stream, in constant memory.
   *
   * @param in the file's bytes, in the publisher's encoding; not closed
   * @param fileName the file's name, as warnings name it
   * @param out where the records go, each once; not closed
   * @param progress told how far the import has got
   * @return the warnings kept and counted, and the report made vote by vote; no dossier
   * @throws ImportException if the file is not this format at all, or its CSV breaks off
   * @throws IOException if the stream cannot be read or the writer fails
   */
  ImportResult stream(InputStream in, String fileName, RecordWriter out, ImportProgress progress) throws IOException;

  /**
   * Imports a file into a dossier.
   *
   * @param file the file
   * @return the dossier, the warnings and the consistency report
   * @throws ImportException if the file is not this format at all, or its CSV breaks off
   * @throws IOException if the file cannot be read
   */
  default ImportResult read(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.getFileName().toString());
    }
  }

  /**
   * Imports a file onto a record stream, in constant memory.
   *
   * @param file the file
   * @param out where the records go; not closed
   * @param progress told how far the import has got
   * @return the warnings kept and counted, and the report made vote by vote; no dossier
   * @throws ImportException if the file is not this format at all, or its CSV breaks off
   * @throws IOException if the file cannot be read or the writer fails
   */
  default ImportResult stream(Path file, RecordWriter out, ImportProgress progress) throws IOException {
    Objects.requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return stream(in, file.getFileName().toString(), out, progress);
    }
  }

  /**
   * Imports the files of one publication into one dossier: for formats published as several
   * files (members, roll calls and votes, say), the files together, whatever their order; for a
   * format of one file, that file. Formats of several files override it.
   *
   * @param files the files, in any order
   * @return the dossier, the warnings and the consistency report
   * @throws ImportException if a file is not of this format, a file the format needs is missing,
   *     or a format of one file is given several
   * @throws IOException if a file cannot be read
   */
  default ImportResult read(List<Path> files) throws IOException {
    Objects.requireNonNull(files, "files");
    if (files.size() != 1) {
      throw oneFileAtATime(files);
    }
    return read(files.get(0));
  }

  /**
   * Imports the files of one publication onto a record stream, in constant memory: the small
   * files (members, roll calls) are held, the large one (votes) streamed. For a format of one
   * file, that file. Formats of several files override it.
   *
   * @param files the files, in any order
   * @param out where the records go; not closed
   * @param progress told how far the import has got
   * @return the warnings kept and counted, and the report; no dossier
   * @throws ImportException as {@link #read(List)}
   * @throws IOException if a file cannot be read or the writer fails
   */
  default ImportResult stream(List<Path> files, RecordWriter out, ImportProgress progress) throws IOException {
    Objects.requireNonNull(files, "files");
    if (files.size() != 1) {
      throw oneFileAtATime(files);
    }
    return stream(files.get(0), out, progress);
  }

  private ImportException oneFileAtATime(List<Path> files) {
    return files.isEmpty()
        ? new ImportException("", 0, "no file was given to the " + name() + " format", null)
        : new ImportException(files.get(1).getFileName().toString(), 0,
            "the " + name() + " format reads one file at a time, not " + files.size(), null);
  }
}
