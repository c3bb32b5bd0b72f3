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
   * Returns every problem found, in document order.
   *
   * @return the problems, unmodifiable; never null nor empty
   */
  List<JsonProblem> problems();

  /**
   * Returns the id of the record that failed, when known.
   *
   * @return the first record id any problem names, or empty when none names one
   */
  default Optional<String> recordId() {
    return problems().stream().map(JsonProblem::recordId).flatMap(Optional::stream).findFirst();
  }

  /**
   * Returns the zero-based index of the failed record in its stream, when reading a stream.
   *
   * @return the index, or empty when the failure is not located in a stream
   */
  OptionalLong recordIndex();

  /**
   * Returns the one-based line of the failed record in an NDJSON file.
   *
   * @return the line, or empty when not reading NDJSON
   */
  OptionalLong line();
}
