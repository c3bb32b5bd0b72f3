package io.github.chancery.benchmarks;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import io.github.chancery.benchmarks.baseline.pojo.RecordPojo;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.json.ChanceryJson;
import io.github.chancery.json.format.RecordReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Reading every record of an NDJSON stream, one at a time, the two ways the benchmarks compare:
 * Chancery's validating {@link RecordReader}, and a Jackson {@link MappingIterator} of the
 * baseline's beans. Each record read goes to a {@link Blackhole}.
 */
final class NdjsonReads {
  private NdjsonReads() {}

  /** Reads and validates every record with Chancery; returns how many there were. */
  static long chancery(ChanceryJson json, InputStream in, Blackhole blackhole) throws IOException {
    long records = 0;
    try (RecordReader reader = json.readNdjson(in)) {
      for (ChanceryRecord record = reader.next(); record != null; record = reader.next()) {
        blackhole.consume(record);
        records++;
      }
    }
    return records;
  }

  /** Reads and validates every record with Chancery, keeping them: for the checks of a setup. */
  static List<ChanceryRecord> chanceryAll(ChanceryJson json, InputStream in) throws IOException {
    List<ChanceryRecord> records = new ArrayList<>();
    try (RecordReader reader = json.readNdjson(in)) {
      for (ChanceryRecord record = reader.next(); record != null; record = reader.next()) {
        records.add(record);
      }
    }
    return records;
  }

  /** Reads every record into the baseline's beans; returns how many there were. */
  static long baseline(ObjectReader beans, InputStream in, Blackhole blackhole) throws IOException {
    long records = 0;
    try (MappingIterator<RecordPojo> iterator = beans.readValues(in)) {
      while (iterator.hasNextValue()) {
        blackhole.consume(iterator.nextValue());
        records++;
      }
    }
    return records;
  }
}
