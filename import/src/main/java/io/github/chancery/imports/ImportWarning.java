package io.github.chancery.imports;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Something of a published file an importer could not map onto Chancery's records, or mapped
 * otherwise than as given: a vote code outside the documented list, a total that is not a number,
 * a row of a record whose rows ended earlier. Each names its file, its line (the line the CSV
 * record starts on, 1 for the header; in a JSON file, the line the value starts on), its column
 * when it is about one (in a JSON file, the value's JSON path, such as {@code $.votes[3].option}),
 * its {@linkplain ImportWarningCode code} and what was done. Nothing is dropped without one.
 *
 * <p>Invariants: the file, code and message are never null; a line is at least 1. Immutable and
 * thread-safe.
 */
public final class ImportWarning {
  private final String file;
  private final long line;
  private final String column;
  private final ImportWarningCode code;
  private final String message;

  private ImportWarning(String file, long line, String column, ImportWarningCode code, String message) {
    this.file = file;
    this.line = line;
    this.column = column;
    this.code = code;
    this.message = message;
  }

  /**
   * Returns a warning.
   *
   * @param file the file's name as given, such as {@code 2025_7_23_ga_voting.csv}
   * @param line the line the record starts on, from 1; 0 for a warning about the whole file
   * @param column the column's name in the header, or null for a warning about a whole row or file
   * @param code the rule
   * @param message what could not be mapped, and what was done
   * @return the warning
   * @throws IllegalArgumentException if the line is negative
   */
  public static ImportWarning of(String file, long line, String column, ImportWarningCode code, String message) {
    if (line < 0) {
      throw new IllegalArgumentException("line must not be negative, was " + line);
    }
    return new ImportWarning(
        Objects.requireNonNull(file, "file"),
        line,
        column,
        Objects.requireNonNull(code, "code"),
        Objects.requireNonNull(message, "message"));
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
   * Returns the line the CSV record starts on.
   *
   * @return the line, from 1 (the header), or empty for a warning about the whole file
   */
  public OptionalLong line() {
    return line == 0 ? OptionalLong.empty() : OptionalLong.of(line);
  }

  /**
   * Returns the column the warning is about.
   *
   * @return the column's name as in the header, or empty for a warning about a whole row or file
   */
  public Optional<String> column() {
    return Optional.ofNullable(column);
  }

  /**
   * Returns the rule.
   *
   * @return the code; never null
   */
  public ImportWarningCode code() {
    return code;
  }

  /**
   * Returns what could not be mapped, and what was done.
   *
   * @return the message, for people; never null
   */
  public String message() {
    return message;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof ImportWarning)) {
      return false;
    }
    ImportWarning that = (ImportWarning) other;
    return file.equals(that.file)
        && line == that.line
        && Objects.equals(column, that.column)
        && code == that.code
        && message.equals(that.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(file, line, column, code, message);
  }

  /** Returns {@code file:line: column: message [code]}, as compilers print their warnings. */
  @Override
  public String toString() {
    return file + (line == 0 ? "" : ":" + line) + ": " + (column == null ? "" : column + ": ") + message + " [" + code + "]";
  }
}
