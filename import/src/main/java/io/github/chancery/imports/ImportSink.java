package io.github.chancery.imports;

import io.github.chancery.core.dossier.ConsistencyReport;
import io.github.chancery.core.dossier.Dossier;
import io.github.chancery.core.dossier.Finding;
import io.github.chancery.core.dossier.Severity;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.json.format.RecordWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
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

  /**
   * Adds a finding the importer makes itself, about a record it wrote, to those of the
   * consistency check: a declared result that the publisher's own rules contradict, say.
   */
  abstract void finding(Finding finding);

  abstract ImportResult finish(long rows) throws IOException;

  /** The index of the record a finding is at ({@code records[12].result}), or -1. */
  static long recordIndex(Finding finding) {
    String path = finding.path();
    if (!path.startsWith("records[")) {
      return -1;
    }
    int end = path.indexOf(']');
    try {
      return Long.parseLong(path.substring("records[".length(), end));
    } catch (RuntimeException notAnIndex) {
      return -1;
    }
  }

  private static final class ToDossier extends ImportSink {
    private final List<ChanceryRecord> all = new ArrayList<>();
    private final List<Finding> own = new ArrayList<>();

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
    void finding(Finding finding) {
      own.add(finding);
    }

    @Override
    ImportResult finish(long rows) {
      Dossier dossier = Dossier.of(all);
      ConsistencyReport report = dossier.check();
      if (!own.isEmpty()) {
        List<Finding> findings = new ArrayList<>(report.findings());
        findings.addAll(own);
        // in the order of the records, as the report's own
        findings.sort(Comparator.comparingLong(ImportSink::recordIndex));
        report = ConsistencyReport.of(findings);
      }
      return new ImportResult(dossier, warnings.kept(), warnings.count(), report, rows, records);
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
        if (about.contains(finding.recordId())) {
          count(finding);
        }
      }
    }

    private void count(Finding finding) {
      if (finding.severity() == Severity.ERROR) {
        errors++;
      } else {
        findingWarnings++;
      }
      if (listed.size() < ImportResult.MAX_WARNINGS_KEPT) {
        listed.add(finding);
      }
    }

    @Override
    void finding(Finding finding) {
      count(finding);
    }

    @Override
    ImportResult finish(long rows) throws IOException {
      out.flush();
      return new ImportResult(
          null, warnings.kept(), warnings.count(), ConsistencyReport.of(listed, errors, findingWarnings), rows, records);
    }
  }
}
