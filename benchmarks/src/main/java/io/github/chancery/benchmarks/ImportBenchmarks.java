package io.github.chancery.benchmarks;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.github.chancery.benchmarks.baseline.Fidelity;
import io.github.chancery.benchmarks.payload.VoteviewCorpus;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.vote.Vote;
import io.github.chancery.imports.ImportProgress;
import io.github.chancery.imports.ImportResult;
import io.github.chancery.imports.Voteview;
import io.github.chancery.json.ChanceryJson;
import io.github.chancery.json.format.RecordWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Importing Voteview's files of a House congress ({@link VoteviewCorpus}: 435 members, 230 roll
 * calls, 100,050 ballots), in ballots per second: the importer's {@code stream} onto an NDJSON
 * record writer whose bytes are discarded ({@code voteviewStreamChancery}), its {@code read} into a
 * dossier with the consistency report ({@code voteviewDossierChancery}), and the floor, FastCSV
 * alone reading every record of the same three files and touching every field ({@code
 * voteviewCsvScan}). Each operation is one ballot ({@link OperationsPerInvocation}), so the score is
 * ballots per second and {@code gc.alloc.rate.norm} is bytes per ballot; the members and roll-call
 * rows (665 of 100,715) are read in each invocation too.
 *
 * <p>The files are written once into a temporary folder, so every point reads them from the page
 * cache alike. Setup checks that the importer maps every ballot without a warning or finding, and
 * that the floor reads every row.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class ImportBenchmarks {
  /** The rows of the three files, headers left out. */
  private static final long ROWS = VoteviewCorpus.MEMBERS + VoteviewCorpus.ROLL_CALLS + (long) VoteviewCorpus.BALLOTS;

  private Path folder;
  private List<Path> files;
  private ChanceryJson json;

  /** Writes the corpus, and checks that each point reads all of it. */
  @Setup
  public void setUp() throws IOException {
    folder = Files.createTempDirectory("chancery-import-benchmarks");
    files = VoteviewCorpus.write(folder);
    json = ChanceryJson.strict();

    ImportResult streamed = stream();
    requireClean("stream", streamed);
    ImportResult read = Voteview.importer().read(files);
    requireClean("read", read);
    long ballots = 0;
    for (ChanceryRecord record : read.dossier().orElseThrow().records()) {
      if (record instanceof Vote) {
        ballots += ((Vote) record).ballots().size();
      }
    }
    Fidelity.requireSame("ballots in the dossier", VoteviewCorpus.BALLOTS, ballots);
    Fidelity.requireSame("records, streamed and read", streamed.recordsImported(), read.recordsImported());
    Fidelity.requireSame("rows read by FastCSV alone", ROWS, scan()[0]);
  }

  /** Deletes the corpus. */
  @TearDown
  public void tearDown() throws IOException {
    for (Path file : files) {
      Files.deleteIfExists(file);
    }
    Files.deleteIfExists(folder);
  }

  /** Streams the three files onto a record writer that discards its bytes. */
  @Benchmark
  @OperationsPerInvocation(VoteviewCorpus.BALLOTS)
  public long voteviewStreamChancery() throws IOException {
    return stream().recordsImported();
  }

  /** Reads the three files into a dossier and checks it. */
  @Benchmark
  @OperationsPerInvocation(VoteviewCorpus.BALLOTS)
  public ImportResult voteviewDossierChancery() throws IOException {
    return Voteview.importer().read(files);
  }

  /** The floor: FastCSV alone, every record of the three files, every field's length summed. */
  @Benchmark
  @OperationsPerInvocation(VoteviewCorpus.BALLOTS)
  public long voteviewCsvScan() throws IOException {
    return scan()[1];
  }

  private ImportResult stream() throws IOException {
    try (RecordWriter out = json.writeNdjson(OutputStream.nullOutputStream())) {
      return Voteview.importer().stream(files, out, ImportProgress.none());
    }
  }

  /** The rows read (headers left out) and the sum of their fields' lengths. */
  private long[] scan() throws IOException {
    long rows = 0;
    long characters = 0;
    for (Path file : files) {
      // The importer's reader settings, so the floor parses exactly as it does.
      try (InputStream in = Files.newInputStream(file);
          CsvReader<CsvRecord> csv =
              CsvReader.builder()
                  .detectBomHeader(true)
                  .allowExtraFields(true)
                  .allowMissingFields(true)
                  .skipEmptyLines(true)
                  .ofCsvRecord(in, StandardCharsets.UTF_8)) {
        for (CsvRecord record : csv) {
          rows++;
          for (int i = 0; i < record.getFieldCount(); i++) {
            characters += record.getField(i).length();
          }
        }
      }
      rows--; // the header
    }
    return new long[] {rows, characters};
  }

  private static void requireClean(String what, ImportResult imported) {
    Fidelity.requireSame(what + ": rows", ROWS, imported.rowsRead());
    if (imported.warningCount() != 0 || !imported.report().findings().isEmpty()) {
      throw new IllegalStateException(what + ": the corpus is not imported cleanly: " + imported.warnings()
          + " " + imported.report().findings());
    }
  }
}
