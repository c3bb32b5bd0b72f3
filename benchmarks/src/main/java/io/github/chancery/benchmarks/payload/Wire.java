package io.github.chancery.benchmarks.payload;

import io.github.chancery.core.dossier.Dossier;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.json.ChanceryJson;
import io.github.chancery.json.format.RecordWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The bytes Chancery writes of the payloads: what every reader in the benchmarks, Chancery's,
 * the baseline's and the token scan, reads.
 */
public final class Wire {
  private Wire() {}

  /**
   * Writes records as NDJSON, one canonical record a line.
   *
   * @param json the writer
   * @param records the records
   * @return the UTF-8 bytes
   */
  public static byte[] ndjson(ChanceryJson json, Iterable<? extends ChanceryRecord> records) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RecordWriter writer = json.writeNdjson(out)) {
      for (ChanceryRecord record : records) {
        writer.write(record);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * Writes a dossier document.
   *
   * @param json the writer
   * @param dossier the dossier
   * @return the UTF-8 bytes
   */
  public static byte[] dossier(ChanceryJson json, Dossier dossier) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      json.writeDossier(dossier, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
