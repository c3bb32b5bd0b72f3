package io.github.chancery.popolo;

import java.util.Objects;

/**
 * Something of a Popolo file that could not be mapped onto Chancery's records, or was repaired
 * on the way: a field the model has no place for, an id with spaces, a language tag written
 * {@code en_US}, a vote event without an id. Each names where it is in the file, as a JSON path
 * from {@code $}, and what was done.
 *
 * <p>Immutable and thread-safe.
 */
public final class PopoloWarning {
  private final String path;
  private final String message;

  private PopoloWarning(String path, String message) {
    this.path = path;
    this.message = message;
  }

  /**
   * Returns a warning.
   *
   * @param path the JSON path of what it is about, such as {@code $.vote_events[3].id}
   * @param message what could not be mapped or was repaired, and how
   * @return the warning
   */
  public static PopoloWarning of(String path, String message) {
    return new PopoloWarning(Objects.requireNonNull(path, "path"), Objects.requireNonNull(message, "message"));
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
        && path.equals(((PopoloWarning) other).path)
        && message.equals(((PopoloWarning) other).message);
  }

  @Override
  public int hashCode() {
    return path.hashCode() * 31 + message.hashCode();
  }

  /** Returns {@code $.path: message}. */
  @Override
  public String toString() {
    return path + ": " + message;
  }
}
