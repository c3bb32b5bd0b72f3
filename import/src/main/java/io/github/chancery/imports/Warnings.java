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
    count++;
    if (keepAll || kept.size() < ImportResult.MAX_WARNINGS_KEPT) {
      kept.add(ImportWarning.of(file, line, column, code, message));
    }
  }

  /** The warnings kept, in the order of their lines (a vote's are found when its last row is read). */
  List<ImportWarning> kept() {
    List<ImportWarning> sorted = new ArrayList<>(kept);
    sorted.sort(Comparator.comparingLong(w -> w.line().orElse(0)));
    return sorted;
  }

  long count() {
    return count;
  }
}
