package io.github.chancery.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.github.chancery.benchmarks.baseline.Fidelity;
import io.github.chancery.benchmarks.baseline.PojoJson;
import io.github.chancery.benchmarks.baseline.TokenScan;
import io.github.chancery.benchmarks.baseline.pojo.DossierPojo;
import io.github.chancery.benchmarks.baseline.pojo.RecordPojo;
import io.github.chancery.benchmarks.baseline.pojo.VotePojo;
import io.github.chancery.benchmarks.experiment.HandWrittenVoteReader;
import io.github.chancery.benchmarks.payload.Wire;
import io.github.chancery.core.dossier.Dossier;
import io.github.chancery.core.vote.Vote;
import io.github.chancery.json.ChanceryJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Reading the same JSON bytes, the bytes Chancery writes, three ways: Chancery's strict reader,
 * which builds validated records ({@code ...Chancery}); plain Jackson databind into hand-written
 * beans without validation ({@code ...Pojo}, what a user would write instead); and a bare token
 * scan that builds nothing ({@code ...TokenScan}, the floor). Payloads: a General Assembly vote
 * of 193 ballots, a chamber vote of 1,000 ballots, the seed story's dossier document, and 298
 * actors (states, and senators with offices) as NDJSON lines.
 *
 * <p>Setup proves the baseline reads the same information: its beans fail on unknown
 * properties, and each payload read into beans and written back gives Chancery's bytes again.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class ReadBenchmarks {
  private ChanceryJson json;
  private ObjectReader voteBeans;
  private ObjectReader dossierBeans;
  private ObjectReader recordBeans;
  private ObjectMapper chanceryMapper;
  private TokenScan tokens;
  private HandWrittenVoteReader handWritten;
  private HandWrittenVoteReader handWrittenDistinct;

  private byte[] vote193;
  private byte[] vote1000;
  private byte[] seedDossier;
  private byte[] actors;

  /** Writes the payloads with Chancery and checks that the baseline reads all of them. */
  @Setup
  public void setUp() throws IOException {
    json = ChanceryJson.strict();
    chanceryMapper = json.mapper();
    ObjectMapper mapper = PojoJson.mapper();
    voteBeans = mapper.readerFor(VotePojo.class);
    dossierBeans = mapper.readerFor(DossierPojo.class);
    recordBeans = mapper.readerFor(RecordPojo.class);
    tokens = TokenScan.create();
    handWritten = HandWrittenVoteReader.referencePerIdRead();
    handWrittenDistinct = HandWrittenVoteReader.referencePerDistinctId();

    vote193 = json.writeBytes(Payloads.generalAssemblyVote());
    vote1000 = json.writeBytes(Payloads.thousandMemberVote());
    seedDossier = Wire.dossier(json, Payloads.seedDossier());
    actors = Wire.ndjson(json, Payloads.actors());

    requireSameVote("the 193-ballot vote", mapper, vote193, vote193Chancery());
    if (!vote193ChanceryMapper().equals(vote193Chancery())) {
      throw new IllegalStateException("the mapper read the 193-ballot vote otherwise than ChanceryJson.read");
    }
    requireSameVote("the 1,000-ballot vote", mapper, vote1000, vote1000Chancery());
    if (!vote193HandWritten().equals(vote193Chancery()) || !vote1000HandWritten().equals(vote1000Chancery())
        || !vote193HandWrittenDistinct().equals(vote193Chancery()) || !vote1000HandWrittenDistinct().equals(vote1000Chancery())) {
      throw new IllegalStateException("the hand-written experiment read a vote otherwise than ChanceryJson.read");
    }

    DossierPojo dossier = seedDossierPojo();
    Fidelity.requireSame("records of the seed dossier", seedDossierChancery().size(), dossier.records.size());
    Fidelity.requireSameBytes(
        "the seed dossier", Fidelity.withoutLineBreaks(seedDossier), mapper.writeValueAsBytes(dossier));

    List<RecordPojo> actorBeans = recordBeans.<RecordPojo>readValues(actors).readAll();
    Fidelity.requireSame(
        "actors", NdjsonReads.chanceryAll(json, new ByteArrayInputStream(actors)).size(), actorBeans.size());
    ByteArrayOutputStream written = new ByteArrayOutputStream();
    for (RecordPojo actor : actorBeans) {
      written.write(mapper.writeValueAsBytes(actor));
      written.write('\n');
    }
    Fidelity.requireSameBytes("the actors", actors, written.toByteArray());
  }

  private void requireSameVote(String what, ObjectMapper mapper, byte[] bytes, Vote vote) {
    VotePojo bean = Fidelity.readsAndWritesBack(what, mapper, bytes, VotePojo.class);
    Fidelity.requireSame("ballots of " + what, vote.ballots().size(), bean.ballots.size());
    Fidelity.requireSame("counts of " + what, vote.counts().size(), bean.counts.size());
  }

  /** Reads and validates the 193-ballot vote with Chancery. */
  @Benchmark
  public Vote vote193Chancery() throws IOException {
    return json.read(new ByteArrayInputStream(vote193), Vote.class);
  }

  /** Reads and validates the 193-ballot vote through the mapper {@code ChanceryJson} hands out. */
  @Benchmark
  public Vote vote193ChanceryMapper() throws IOException {
    return chanceryMapper.readValue(new ByteArrayInputStream(vote193), Vote.class);
  }

  /** Reads the 193-ballot vote into beans. */
  @Benchmark
  public VotePojo vote193Pojo() throws IOException {
    return voteBeans.readValue(new ByteArrayInputStream(vote193));
  }

  /** Scans the tokens of the 193-ballot vote. */
  @Benchmark
  public long vote193TokenScan() throws IOException {
    return tokens.scan(new ByteArrayInputStream(vote193));
  }

  /**
   * Reads and validates the 193-ballot vote with the hand-written experiment: what code generated
   * from the shapes could do at best ({@link HandWrittenVoteReader}).
   */
  @Benchmark
  public Vote vote193HandWritten() throws IOException {
    return handWritten.read(new ByteArrayInputStream(vote193));
  }

  /** Reads and validates the 1,000-ballot vote with the hand-written experiment. */
  @Benchmark
  public Vote vote1000HandWritten() throws IOException {
    return handWritten.read(new ByteArrayInputStream(vote1000));
  }

  /** As {@link #vote193HandWritten()}, with one reference per distinct id, as the engine gives. */
  @Benchmark
  public Vote vote193HandWrittenDistinct() throws IOException {
    return handWrittenDistinct.read(new ByteArrayInputStream(vote193));
  }

  /** As {@link #vote1000HandWritten()}, with one reference per distinct id, as the engine gives. */
  @Benchmark
  public Vote vote1000HandWrittenDistinct() throws IOException {
    return handWrittenDistinct.read(new ByteArrayInputStream(vote1000));
  }

  /** Reads and validates the 1,000-ballot vote with Chancery. */
  @Benchmark
  public Vote vote1000Chancery() throws IOException {
    return json.read(new ByteArrayInputStream(vote1000), Vote.class);
  }

  /** Reads the 1,000-ballot vote into beans. */
  @Benchmark
  public VotePojo vote1000Pojo() throws IOException {
    return voteBeans.readValue(new ByteArrayInputStream(vote1000));
  }

  /** Scans the tokens of the 1,000-ballot vote. */
  @Benchmark
  public long vote1000TokenScan() throws IOException {
    return tokens.scan(new ByteArrayInputStream(vote1000));
  }

  /** Reads the seed dossier document with Chancery: every record validated, ids indexed. */
  @Benchmark
  public Dossier seedDossierChancery() throws IOException {
    return json.readDossier(new ByteArrayInputStream(seedDossier));
  }

  /** Reads the seed dossier document into a bean of beans chosen by their {@code type}. */
  @Benchmark
  public DossierPojo seedDossierPojo() throws IOException {
    return dossierBeans.readValue(new ByteArrayInputStream(seedDossier));
  }

  /** Scans the tokens of the seed dossier document. */
  @Benchmark
  public long seedDossierTokenScan() throws IOException {
    return tokens.scan(new ByteArrayInputStream(seedDossier));
  }

  /** Reads and validates the actors' NDJSON lines with Chancery, one record at a time. */
  @Benchmark
  public long actorsChancery(Blackhole blackhole) throws IOException {
    return NdjsonReads.chancery(json, new ByteArrayInputStream(actors), blackhole);
  }

  /** Reads the actors' NDJSON lines into beans with a mapping iterator. */
  @Benchmark
  public long actorsPojo(Blackhole blackhole) throws IOException {
    return NdjsonReads.baseline(recordBeans, new ByteArrayInputStream(actors), blackhole);
  }

  /** Scans the tokens of the actors' NDJSON lines. */
  @Benchmark
  public long actorsTokenScan() throws IOException {
    return tokens.scan(new ByteArrayInputStream(actors));
  }
}
