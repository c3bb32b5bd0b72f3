package io.github.chancery.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.json.conformance.SampleRecords;
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
 * A user's shared Jackson 2 mapper with the module, used by 8 threads over 100,000 records, valid
 * and broken, gives exactly what one thread gets. The records are the suite's record fixtures and
 * a sample of every record type built from its shape, each written again and again under an id of
 * its own; every seventh document is broken. A shared {@code ChanceryJson} is checked the same way
 * over generated records in chancery-testing's {@code ConcurrencyTest}; the Jackson 3 mapper, in
 * json-jackson3's {@code MapperConcurrencyTest}.
 */
final class MapperConcurrencyTest extends JsonTestSupport {
  private static final int RECORDS = 100_000;
  private static final int THREADS = 8;
  private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();

  private static List<String> documents;
  private static ExecutorService pool;

  @BeforeAll
  static void write() throws Exception {
    List<ChanceryRecord> kinds = new ArrayList<>();
    for (String type : RECORD_FIXTURES) {
      kinds.add(JSON.read(recordFixture(type)));
    }
    kinds.addAll(SampleRecords.ofEveryType());
    documents = new ArrayList<>(RECORDS);
    for (int n = 0; n < RECORDS; n++) {
      ChanceryRecord record = kinds.get(n % kinds.size());
      String json = withId(JSON.write(record), record.id(), record.id() + "-" + n);
      // Every seventh document is broken, so that failures are shared too.
      documents.add(n % 7 == 3 ? json.replaceFirst("\"id\":\"", "\"id\":1,\"x\":\"") : json);
    }
    pool = Executors.newFixedThreadPool(THREADS);
  }

  @AfterAll
  static void stop() {
    pool.shutdownNow();
  }

  /** A record's document with its own id (its first {@code "id"}) changed. */
  private static String withId(String document, String id, String newId) {
    String old = "\"id\":\"" + id + "\"";
    int at = document.indexOf(old);
    if (at < 0) {
      throw new IllegalStateException("no " + old + " in " + document);
    }
    return document.substring(0, at) + "\"id\":\"" + newId + "\"" + document.substring(at + old.length());
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

  @Test
  void aUsersSharedJackson2MapperWithTheModuleReadsAndWritesAsOneThreadDoes() throws Exception {
    Reading reading = n -> {
      try {
        return MAPPER.writeValueAsString(MAPPER.readValue(documents.get(n), ChanceryRecord.class));
      } catch (ChanceryJsonException e) {
        return "refused " + e.getMessage();
      }
    };

    List<String> expected = inOneThread(reading);

    assertThat(inEightThreads(reading)).isEqualTo(expected);
    assertThat(expected.stream().filter(r -> r.startsWith("refused")).count()).isEqualTo((RECORDS + 3) / 7);
    assertThat(expected.stream().filter(r -> !r.startsWith("refused")).distinct().count())
        .as("every record read is one of its own").isEqualTo(RECORDS - (RECORDS + 3) / 7);
  }
}
