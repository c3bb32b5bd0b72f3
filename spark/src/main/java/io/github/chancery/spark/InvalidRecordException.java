package io.github.chancery.spark;

import io.github.chancery.json.problem.InvalidJson;
import io.github.chancery.json.problem.ProblemsFound;
import java.util.Objects;

/**
 * Thrown by a {@link ReadMode#FAIL_FAST} read at the first bad record of the corpus: it names the
 * file, and, as every {@link InvalidJson}, the record's index in its file, its line (in NDJSON),
 * its id when known and every problem with its JSON path and rule, with the same problems and
 * words as {@code ChanceryJson} reading the file alone.
 *
 * <pre>{@code
 * data/votes.ndjson: Invalid JSON in record 41 (line 42) of record 'vote-7':
 *     $.counts[0].value: must not be negative, was -3 [negative]
 * }</pre>
 *
 * <p>Immutable and serializable.
 */
public final class InvalidRecordException extends RuntimeException implements InvalidJson {
  private static final long serialVersionUID = 1L;

  /** The file, as {@link CorpusRead#problems()} names it; never null. */
  private final String file;
  /** The problems, the record's index in its file and its line; never null. */
  private final ProblemsFound found;

  /**
   * Creates the exception of a bad record.
   *
   * @param file the file the record is in, as the read names it
   * @param found its problems, with its index in the file and its line when known
   */
  public InvalidRecordException(String file, ProblemsFound found) {
    super(Objects.requireNonNull(file, "file") + ": " + Objects.requireNonNull(found, "found").message());
    this.file = file;
    this.found = found;
  }

  /**
   * Returns the file the bad record is in, as {@link CorpusRead#problems()} would name it.
   *
   * @return the file; never null
   */
  public String file() {
    return file;
  }

  @Override
  public ProblemsFound found() {
    return found;
  }
}
