package io.github.chancery.imports;

import java.io.PrintStream;
import java.util.Objects;

/**
 * Told how far an import has got: every hundred thousand rows and once at the end. Implementations
 * are called on the importing thread; they need be thread-safe only if they share state with other
 * threads. The ones made here are stateless or write to the stream given.
 */
@FunctionalInterface
public interface ImportProgress {
  /** How many rows are read between two reports. */
  int EVERY_ROWS = 100_000;

  /**
   * Reports progress.
   *
   * @param file the file's name as given
   * @param rows the rows read so far, the header not counted
   * @param records the records imported so far
   * @param done true on the last report of the file
   */
  void progress(String file, long rows, long records, boolean done);

  /**
   * Returns a progress that says nothing.
   *
   * @return a progress that ignores every report; stateless
   */
  static ImportProgress none() {
    return (file, rows, records, done) -> {};
  }

  /**
   * Returns a progress printed one line a report, such as {@code 2025_7_23_ga_voting.csv: 100000
   * rows, 1234 records}, to a stream such as {@code System.err}.
   *
   * @param out the stream
   * @return the progress
   */
  static ImportProgress printingTo(PrintStream out) {
    Objects.requireNonNull(out, "out");
    return (file, rows, records, done) ->
        out.println(file + ": " + rows + " rows, " + records + " records" + (done ? ", done" : ""));
  }
}
