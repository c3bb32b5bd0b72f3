package io.github.chancery.benchmarks;

import io.github.chancery.benchmarks.payload.Parliament;
import io.github.chancery.core.dossier.ConsistencyReport;
import io.github.chancery.core.dossier.Dossier;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The consistency check of a dossier ({@code Dossier.check()}) as it grows: a parliament's
 * dossier of 10,000 to 1,000,000 ballots, in votes of 100 ballots each with their motions, the
 * 600 members with their seats and the political groups. Every rule applies (references,
 * counts against ballots, result against counts, ballots of members, dates) and none finds an
 * error, so the time is that of a clean dossier checked in full. The heap is 4 GB for the
 * largest dossier.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
@State(Scope.Benchmark)
public class DossierCheckBenchmarks {
  /** How many ballots the dossier has in all. */
  @Param({"10000", "100000", "1000000"})
  public int ballots;

  private Dossier dossier;

  /** Builds the dossier and checks it is clean. */
  @Setup
  public void setUp() {
    dossier = Parliament.withBallots(ballots);
    long built = Parliament.ballotsOf(dossier);
    if (built != ballots) {
      throw new IllegalStateException("the dossier has " + built + " ballots, not " + ballots);
    }
    ConsistencyReport report = dossier.check();
    if (report.hasErrors()) {
      throw new IllegalStateException(
          "the dossier is not clean: " + report.errorCount() + " errors, such as " + report.errors().get(0));
    }
  }

  /** Checks the dossier. */
  @Benchmark
  public ConsistencyReport check() {
    return dossier.check();
  }
}
