package io.github.chancery.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.record.RecordType;
import io.github.chancery.json.ChanceryJson;
import io.github.chancery.json.ChanceryJsonException;
import io.github.chancery.json.format.RecordReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One shared reader and writer, used by 8 threads over 100,000 mixed generated records, valid and
 * invalid, give exactly what one thread gets, and 8 NDJSON streams are read at once. Users'
 * shared Jackson mappers with the module are checked the same way in the adapters' own tests
 * ({@code MapperConcurrencyTest} in chancery-json and in chancery-json-jackson3); this test
 * imports no Jackson.
 */
final class ConcurrencyTest {
  private static final int RECORDS = 100_000;
  private static final int THREADS = 8;
  private static final ChanceryJson JSON = ChanceryJson.strict();

  private static List<ChanceryRecord> records;
  private static List<String> documents;
  private static ExecutorService pool;

  @BeforeAll
  static void generate() {
    RecordGenerator generate = RecordGenerator.seeded(8);
    records = new ArrayList<>(RECORDS);
    documents = new ArrayList<>(RECORDS);
    for (int n = 0; n < RECORDS; n++) {
      ChanceryRecord record = generate.record(RecordType.values()[n % RecordType.values().length]);
      records.add(record);
      String json = JSON.write(record);
      // Every seventh document is broken, so that failures are shared too.
      documents.add(n % 7 == 3 ? json.replaceFirst("\"id\":\"", "\"id\":1,\"x\":\"") : json);
    }
    pool = Executors.newFixedThreadPool(THREADS);
  }

  @AfterAll
  static void stop() {
    pool.shutdownNow();
  }

  /** What reading document {@code n} gives: the record written back, or the problems. */
  private interface Reading {
    String of(int n) throws Exception;
  }

  private static List<String> inOneThread(Reading reading) throws Exception {
    List<String> results = new ArrayList<>(RECORDS);
    for (int n = 0; n < RECORDS; n++) {
      results.add(reading.of(n));
    }
    return results;
  }

  /** The same readings shared by the threads, each taking every eighth document, then put back in order. */
  private static List<String> inEightThreads(Reading reading) throws Exception {
    List<Future<List<String>>> parts = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int first = t;
      Callable<List<String>> part = () -> {
        List<String> results = new ArrayList<>();
        for (int n = first; n < RECORDS; n += THREADS) {
          results.add(reading.of(n));
        }
        return results;
      };
      parts.add(pool.submit(part));
    }
    List<List<String>> done = new ArrayList<>();
    for (Future<List<String>> part : parts) {
      done.add(part.get());
    }
    List<String> results = new ArrayList<>(RECORDS);
    for (int n = 0; n < RECORDS; n++) {
      results.add(done.get(n % THREADS).get(n / THREADS));
    }
    return results;
  }

  private static String problems(ChanceryJsonException e) {
    return "refused " + e.getMessage();
  }

  @Test
  void aSharedChanceryJsonReadsAndWritesAsOneThreadDoes() throws Exception {
    Reading reading = n -> {
      try {
        return JSON.write(JSON.read(documents.get(n)));
      } catch (ChanceryJsonException e) {
        return problems(e);
      }
    };

    List<String> expected = inOneThread(reading);

    assertThat(inEightThreads(reading)).isEqualTo(expected);
    assertThat(expected.stream().filter(r -> r.startsWith("refused")).count()).isEqualTo((RECORDS + 3) / 7);
  }

  @Test
  void eightStreamsReadAtOnceThroughTheSharedReaderGiveTheRecordsWritten() throws Exception {
    ByteArrayOutputStream ndjson = new ByteArrayOutputStream();
    try (io.github.chancery.json.format.RecordWriter writer = JSON.writeNdjson(ndjson)) {
      for (ChanceryRecord record : records.subList(0, RECORDS / 10)) {
        writer.write(record);
      }
    }
    byte[] bytes = ndjson.toByteArray();
    List<Future<List<ChanceryRecord>>> reads = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      reads.add(pool.submit(() -> {
        List<ChanceryRecord> read = new ArrayList<>();
        try (RecordReader reader = JSON.readNdjson(new ByteArrayInputStream(bytes))) {
          reader.iterator().forEachRemaining(read::add);
        }
        return read;
      }));
    }

    for (Future<List<ChanceryRecord>> read : reads) {
      assertThat(read.get()).isEqualTo(records.subList(0, RECORDS / 10));
    }
    assertThat(new String(bytes, StandardCharsets.UTF_8).lines().count()).isEqualTo(RECORDS / 10);
  }
}
