package io.github.chancery.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.github.chancery.benchmarks.baseline.Fidelity;
import io.github.chancery.benchmarks.baseline.PojoJson;
import io.github.chancery.benchmarks.baseline.pojo.DossierPojo;
import io.github.chancery.benchmarks.baseline.pojo.VotePojo;
import io.github.chancery.benchmarks.payload.Wire;
import io.github.chancery.core.dossier.Dossier;
import io.github.chancery.core.vote.Vote;
import io.github.chancery.json.ChanceryJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Writing the same content two ways, to a reused in-memory stream: Chancery's canonical writer of
 * records ({@code ...Chancery}) and plain Jackson databind writing the hand-written beans
 * ({@code ...Pojo}). Payloads: the seed story's dossier document and a General Assembly vote of
 * 193 ballots.
 *
 * <p>Setup checks that both give the same bytes (the baseline writes the dossier without the
 * line break Chancery puts before each record), so both do the same work.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class WriteBenchmarks {
  private ChanceryJson json;
  private ObjectWriter beans;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);

  private Dossier seedDossier;
  private DossierPojo seedDossierBean;
  private Vote vote193;
  private VotePojo vote193Bean;

  /** Builds the records, reads them into beans, and checks both are written alike. */
  @Setup
  public void setUp() throws IOException {
    json = ChanceryJson.strict();
    ObjectMapper mapper = PojoJson.mapper();
    beans = mapper.writer();

    seedDossier = Payloads.seedDossier();
    byte[] dossierBytes = Wire.dossier(json, seedDossier);
    seedDossierBean = mapper.readValue(dossierBytes, DossierPojo.class);
    vote193 = Payloads.generalAssemblyVote();
    vote193Bean = mapper.readValue(json.writeBytes(vote193), VotePojo.class);

    seedDossierChancery();
    byte[] chancery = out.toByteArray();
    seedDossierPojo();
    Fidelity.requireSameBytes("the seed dossier", Fidelity.withoutLineBreaks(chancery), out.toByteArray());
    vote193Chancery();
    chancery = out.toByteArray();
    vote193Pojo();
    Fidelity.requireSameBytes("the 193-ballot vote", chancery, out.toByteArray());
  }

  /** Writes the seed dossier document with Chancery. */
  @Benchmark
  public int seedDossierChancery() throws IOException {
    out.reset();
    json.writeDossier(seedDossier, out);
    return out.size();
  }

  /** Writes the seed dossier's bean with databind. */
  @Benchmark
  public int seedDossierPojo() throws IOException {
    out.reset();
    beans.writeValue(out, seedDossierBean);
    return out.size();
  }

  /** Writes the 193-ballot vote with Chancery. */
  @Benchmark
  public int vote193Chancery() throws IOException {
    out.reset();
    json.write(vote193, out);
    return out.size();
  }

  /** Writes the 193-ballot vote's bean with databind. */
  @Benchmark
  public int vote193Pojo() throws IOException {
    out.reset();
    beans.writeValue(out, vote193Bean);
    return out.size();
  }
}
