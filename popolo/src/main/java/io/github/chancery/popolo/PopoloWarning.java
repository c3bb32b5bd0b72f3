package io.github.chancery.popolo;

import java.util.Objects;
import java.util.Optional;

/**
 * Something of a Popolo file that could not be mapped onto Chancery's records, or was repaired
 * on the way: a field the model has no place for, an id with spaces, a language tag written
 * {@code en_US}, a vote event without an id. Each names where it is in the file, as a JSON path
 * from {@code $}, and what was done; a warning of an import of several files ({@link
 * Popolo#readAll(java.util.List)}) also names its file.
 *
 * <p>Immutable and thread-safe.
 */
public final class PopoloWarning {
  private final String file;
  private final String path;
  private final String message;

  private PopoloWarning(String file, String path, String message) {
    this.file = file;
    this.path = path;
    this.message = message;
  }

  /**
   * Returns a warning about a file read on its own.
   *
   * @param path the JSON path of what it is about, such as {@code $.vote_events[3].id}
   * @param message what could not be mapped or was repaired, and how
   * @return the warning
   */
  public static PopoloWarning of(String path, String message) {
    return of(null, path, message);
  }

  /**
   * Returns a warning about one of several files read as one.
   *
   * @param file the file's name as given, such as {@code people.json}; null for a file read on its own
   * @param path the JSON path in that file, such as {@code $.persons[3].birth_date}
   * @param message what could not be mapped or was repaired, and how
   * @return the warning
   */
  public static PopoloWarning of(String file, String path, String message) {
    return new PopoloWarning(file, Objects.requireNonNull(path, "path"), Objects.requireNonNull(message, "message"));
  }

  /**
   * Returns the file the warning is about, when several were read as one.
   *
   * @return the file's name as given, or empty for a file read on its own
   */
  public Optional<String> file() {
    return Optional.ofNullable(file);
  }

  /**
   * Returns the JSON path, from {@code $}.
   *
   * @return the path, such as {@code $.vote_events[3].id}; never null
   */
  public String path() {
    return path;
  }

  /**
   * Returns what could not be mapped or was repaired.
   *
   * @return the message, for people; never null
   */
  public String message() {
    return message;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PopoloWarning
        && Objects.equals(file, ((PopoloWarning) other).file)
        && path.equals(((PopoloWarning) other).path)
        && message.equals(((PopoloWarning) other).message);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(file) * 961 + path.hashCode() * 31 + message.hashCode();
  }

  /** Returns {@code $.path: message}, after the file's name when it has one: {@code people.json $.path: message}. */
  @Override
  public String toString() {
    return (file == null ? "" : file + " ") + path + ": " + message;
  }
}
