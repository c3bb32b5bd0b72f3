package io.github.chancery.json.problem;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What the exception of either Jackson line's {@code ChanceryJsonException} tells when JSON cannot
 * be read as Chancery's: every {@link JsonProblem} found, and, when reading a stream, which record
 * failed. Code that works with both lines (a test suite, an importer) reads the problems here,
 * whichever line threw.
 *
 * <p>Implemented by immutable exceptions; nothing half-read is returned when one is thrown.
 */
public interface InvalidJson {
  /**
   * Returns what was found, as a value that can be kept without the exception.
   *
   * @return the problems and where the record stood; never null
   */
  ProblemsFound found();

  /**
   * Returns every problem found, in document order.
   *
   * @return the problems, unmodifiable; never null nor empty
   */
  default List<JsonProblem> problems() {
    return found().problems();
  }

  /**
   * Returns the id of the record that failed, when known.
   *
   * @return the first record id any problem names, or empty when none names one
   */
  default Optional<String> recordId() {
    return found().recordId();
  }

  /**
   * Returns the zero-based index of the failed record in its stream, when reading a stream.
   *
   * @return the index, or empty when the failure is not located in a stream
   */
  default OptionalLong recordIndex() {
    return found().recordIndex();
  }

  /**
   * Returns the one-based line of the failed record in an NDJSON file.
   *
   * @return the line, or empty when not reading NDJSON
   */
  default OptionalLong line() {
    return found().line();
  }
}
