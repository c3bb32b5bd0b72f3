package io.github.chancery.imports;

import io.github.chancery.core.dossier.ConsistencyReport;
import io.github.chancery.core.dossier.Dossier;
import io.github.chancery.core.dossier.Finding;
import io.github.chancery.core.dossier.Severity;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.json.format.RecordWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Where an import's records go: into a dossier, checked as a whole at the end, or onto a record
 * writer, each vote checked as it is written with the records it refers to. Not thread-safe.
 */
abstract class ImportSink {
  final Warnings warnings;
  long records;

  private ImportSink(Warnings warnings) {
    this.warnings = warnings;
  }

  static ImportSink dossier(String file) {
    return new ToDossier(new Warnings(file, true));
  }

  static ImportSink writer(String file, RecordWriter out) {
    return new ToWriter(new Warnings(file, false), out);
  }

  /** Adds one record, each id once. */
  abstract void add(ChanceryRecord record) throws IOException;

  /**
   * Says that a vote and the records it refers to are complete: {@code around} holds them (the
   * vote last); the findings about {@code about} are the vote's.
   */
  abstract void voteDone(List<ChanceryRecord> around, Set<String> about);

  abstract ImportResult finish(long rows) throws IOException;

  private static final class ToDossier extends ImportSink {
    private final List<ChanceryRecord> all = new ArrayList<>();

    ToDossier(Warnings warnings) {
      super(warnings);
    }

    @Override
    void add(ChanceryRecord record) {
      all.add(record);
      records++;
    }

    @Override
    void voteDone(List<ChanceryRecord> around, Set<String> about) {
      // checked as a whole at the end
    }

    @Override
    ImportResult finish(long rows) {
      Dossier dossier = Dossier.of(all);
      return new ImportResult(dossier, warnings.kept(), warnings.count(), dossier.check(), rows, records);
    }
  }

  private static final class ToWriter extends ImportSink {
    private final RecordWriter out;
    private final List<Finding> listed = new ArrayList<>();
    private long errors;
    private long findingWarnings;

    ToWriter(Warnings warnings, RecordWriter out) {
      super(warnings);
      this.out = out;
    }

    @Override
    void add(ChanceryRecord record) throws IOException {
      out.write(record);
      records++;
    }

    @Override
    void voteDone(List<ChanceryRecord> around, Set<String> about) {
      // References to records of other votes (a source written once for the file) are not in
      // this small dossier: the checks that compare records of different votes are left out.
      for (Finding finding : Dossier.of(around).checkWithoutReferences().findings()) {
        if (!about.contains(finding.recordId())) {
          continue;
        }
        if (finding.severity() == Severity.ERROR) {
          errors++;
        } else {
          findingWarnings++;
        }
        if (listed.size() < ImportResult.MAX_WARNINGS_KEPT) {
          listed.add(finding);
        }
      }
    }

    @Override
    ImportResult finish(long rows) throws IOException {
      out.flush();
      return new ImportResult(
          null, warnings.kept(), warnings.count(), ConsistencyReport.of(listed, errors, findingWarnings), rows, records);
    }
  }
}
