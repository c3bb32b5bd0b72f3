package io.github.chancery.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The warnings of one file's import, all kept or the first few kept and all counted. Not thread-safe. */
final class Warnings {
  final String file;
  private final boolean keepAll;
  private final List<ImportWarning> kept = new ArrayList<>();
  private long count;

  Warnings(String file, boolean keepAll) {
    this.file = file;
    this.keepAll = keepAll;
  }

  void add(long line, String column, ImportWarningCode code, String message) {
    add(file, line, column, code, message);
  }

  /** Adds a warning about another file of the same import (a format of several files). */
  void add(String inFile, long line, String column, ImportWarningCode code, String message) {
    count++;
    if (keepAll || kept.size() < ImportResult.MAX_WARNINGS_KEPT) {
      kept.add(ImportWarning.of(inFile, line, column, code, message));
    }
  }

  /**
   * The warnings kept, file by file in the order the files were read, each file's in the order of
   * its lines (a vote's are found when its last row is read).
   */
  List<ImportWarning> kept() {
    List<String> files = new ArrayList<>();
    for (ImportWarning warning : kept) {
      if (!files.contains(warning.file())) {
        files.add(warning.file());
      }
    }
    List<ImportWarning> sorted = new ArrayList<>(kept);
    sorted.sort(Comparator.<ImportWarning>comparingInt(w -> files.indexOf(w.file())).thenComparingLong(w -> w.line().orElse(0)));
    return sorted;
  }

  long count() {
    return count;
  }
}
