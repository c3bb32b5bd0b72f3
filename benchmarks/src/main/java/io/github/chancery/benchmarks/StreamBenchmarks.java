package io.github.chancery.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.github.chancery.benchmarks.baseline.Fidelity;
import io.github.chancery.benchmarks.baseline.PojoJson;
import io.github.chancery.benchmarks.baseline.TokenScan;
import io.github.chancery.benchmarks.baseline.pojo.RecordPojo;
import io.github.chancery.benchmarks.payload.GeneratedNdjson;
import io.github.chancery.benchmarks.payload.LineTemplates;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.json.ChanceryJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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
 * Reading an NDJSON stream of a million mixed records (persons with offices, states, committee
 * votes; about 270 MB) made on the fly, in a JVM whose heap is capped at 64 MB, so that a reader
 * that held the stream or its records would fail: Chancery's {@code readNdjson}, which validates
 * every record ({@code millionChancery}), against a databind mapping iterator of the beans
 * ({@code millionPojo}) and a token scan ({@code millionTokenScan}). One operation reads the
 * whole stream.
 *
 * <p>Setup checks, on one line of every template, that the baseline reads what Chancery reads.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Xmx64m")
@State(Scope.Benchmark)
public class StreamBenchmarks {
  /** How many records a stream has. */
  public static final long RECORDS = 1_000_000;

  private ChanceryJson json;
  private ObjectReader recordBeans;
  private TokenScan tokens;
  private LineTemplates templates;

  /** Writes the templates of the lines, and checks the baseline reads each as Chancery does. */
  @Setup
  public void setUp() throws IOException {
    json = ChanceryJson.strict();
    ObjectMapper mapper = PojoJson.mapper();
    recordBeans = mapper.readerFor(RecordPojo.class);
    tokens = TokenScan.create();
    templates = LineTemplates.mixed(json);

    byte[] sample = new GeneratedNdjson(templates, templates.size()).readAllBytes();
    List<ChanceryRecord> records = NdjsonReads.chanceryAll(json, new ByteArrayInputStream(sample));
    Fidelity.requireSame("records of the sample", templates.size(), records.size());
    int from = 0;
    for (ChanceryRecord record : records) {
      int end = from;
      while (sample[end] != '\n') {
        end++;
      }
      byte[] line = Arrays.copyOfRange(sample, from, end);
      RecordPojo bean = Fidelity.readsAndWritesBack("line " + record.id(), mapper, line, RecordPojo.class);
      if (!record.id().equals(bean.id)) {
        throw new IllegalStateException(
            "the baseline read id " + bean.id + " from " + new String(line, StandardCharsets.UTF_8));
      }
      from = end + 1;
    }
  }

  /** Reads and validates the million records with Chancery. */
  @Benchmark
  public long millionChancery(Blackhole blackhole) throws IOException {
    return requireAll(NdjsonReads.chancery(json, new GeneratedNdjson(templates, RECORDS), blackhole));
  }

  /** Reads the million records into beans. */
  @Benchmark
  public long millionPojo(Blackhole blackhole) throws IOException {
    return requireAll(NdjsonReads.baseline(recordBeans, new GeneratedNdjson(templates, RECORDS), blackhole));
  }

  /** Scans the tokens of the million records. */
  @Benchmark
  public long millionTokenScan() throws IOException {
    return tokens.scan(new GeneratedNdjson(templates, RECORDS));
  }

  private static long requireAll(long read) {
    if (read != RECORDS) {
      throw new IllegalStateException(read + " records read of " + RECORDS);
    }
    return read;
  }
}
