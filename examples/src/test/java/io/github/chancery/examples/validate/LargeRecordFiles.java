package io.github.chancery.examples.validate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes large, consistent NDJSON record files for the validator's tests: one legislature, then
 * motions and the votes on them, with one planted invalid record. Written as text, so that the
 * tests of the validator do not depend on the writer they check against.
 */
final class LargeRecordFiles {
  private LargeRecordFiles() {}

  /**
   * Writes {@code records} records; the record at {@code badIndex} (a vote) has a negative count.
   */
  static void write(Path file, int records, int badIndex) throws IOException {
    Random random = new Random(2020L);
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("{\"type\":\"legislature\",\"id\":\"leg-0\",\"name\":{\"en\":\"Chamber\"},\"seat_count\":600}\n");
      for (int i = 1; i < records; i++) {
        int pair = (i - 1) / 2;
        if (i % 2 == 1) {
          out.write("{\"type\":\"motion\",\"id\":\"motion-" + pair + "\",\"legislature_id\":\"leg-0\",\"title\":{\"en\":\"Motion "
              + pair + "\",\"fr\":\"Motion n° " + pair + "\"},\"tabled_on\":\"2020-0" + (1 + pair % 9) + "\"}\n");
        } else {
          int yes = random.nextInt(300);
          int no = random.nextInt(300);
          out.write("{\"type\":\"vote\",\"id\":\"vote-" + pair + "\",\"motion_id\":\"motion-" + pair + "\",\"result\":\""
              + (yes > no ? "adopted" : "rejected") + "\",\"date\":\"2020-10-" + (10 + pair % 18)
              + "\",\"rule\":\"simple-majority\",\"counts\":[{\"option\":\"yes\",\"value\":" + yes
              + "},{\"option\":\"no\",\"value\":" + (i == badIndex ? -1 : no) + "}]}\n");
        }
      }
    }
  }
}
