package io.github.chancery.imports;

import java.io.IOException;
import java.util.Objects;

/**
 * A file an importer cannot read at all: a header that is not the format's (it prints the
 * header), or CSV that breaks off (a quote never closed). Its message names the file and line.
 * Rows that can be read but not mapped are not refused: they are {@link ImportWarning}s.
 *
 * <p>Immutable and thread-safe once thrown.
 */
public final class ImportException extends IOException {
  private static final long serialVersionUID = 1L;

  /** The file's name as given. */
  private final String file;

  /** The line, from 1, or 0 for the whole file. */
  private final long line;

  /**
   * Returns an exception about a file.
   *
   * @param file the file's name as given
   * @param line the line, from 1, or 0 for the whole file
   * @param message what is wrong, for people
   * @param cause the parser's exception, or null
   */
  public ImportException(String file, long line, String message, Throwable cause) {
    super(Objects.requireNonNull(file, "file") + (line > 0 ? ":" + line : "") + ": " + message, cause);
    this.file = file;
    this.line = line;
  }

  /**
   * Returns the file's name as given.
   *
   * @return the file's name; never null
   */
  public String file() {
    return file;
  }

  /**
   * Returns the line the problem is on.
   *
   * @return the line, from 1, or 0 when it is about the whole file
   */
  public long line() {
    return line;
  }
}
