package io.github.chancery.benchmarks.payload;

import io.github.chancery.core.actor.Person;
import io.github.chancery.core.actor.State;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.json.ChanceryJson;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The lines a {@link GeneratedNdjson} stream repeats: canonical records written once by Chancery,
 * each with its id turned into a numbered slot ({@code person-0000000042}) that the stream fills
 * with the line's number, so that every record of the stream has its own id.
 *
 * <p>Immutable; each line is given as a copy.
 */
public final class LineTemplates {
  /** How many digits the number in an id has. */
  public static final int DIGITS = 10;

  private static final String ID_KEY = ",\"id\":\"";

  private final byte[][] lines;
  private final int[] slots;

  private LineTemplates(byte[][] lines, int[] slots) {
    this.lines = lines;
    this.slots = slots;
  }

  /**
   * Returns the templates of a mixed stream, in the order it repeats them: persons with offices
   * (45 of a hundred lines), states (40) and committee votes of seven members (15).
   *
   * @param json the writer of the lines
   * @return the templates
   */
  public static LineTemplates mixed(ChanceryJson json) {
    List<Person> senators = Legislators.of("person-ca-senator", "leg-ca-senate", "Senator", 45, 1867L);
    List<State> states = UnMemberStates.all();
    List<ChanceryRecord> records = new ArrayList<>(100);
    int person = 0;
    int state = 0;
    int vote = 0;
    for (int i = 0; i < 100; i++) {
      if (i % 20 == 19 || i % 20 == 6 || i % 20 == 13) {
        int from = (vote * 7) % (senators.size() - 7);
        records.add(
            RollCall.chamber(
                "vote-ca-senate-aefa-" + vote,
                "motion-ca-senate-aefa-" + vote,
                "leg-ca-senate-aefa",
                PartialDate.of(2020, 1 + vote % 12, 1 + vote % 28),
                senators.subList(from, from + 7),
                List.of(),
                vote));
        vote++;
      } else if (i % 2 == 0) {
        records.add(senators.get(person++ % senators.size()));
      } else {
        records.add(states.get((state++ * 29) % states.size()));
      }
    }
    return of(json, records);
  }

  /**
   * Returns the templates of records: each written canonically, with its id replaced by its
   * type's name and a numbered slot.
   *
   * @param json the writer of the lines
   * @param records the records, in the order the stream repeats them
   * @return the templates
   */
  public static LineTemplates of(ChanceryJson json, List<? extends ChanceryRecord> records) {
    byte[][] lines = new byte[records.size()][];
    int[] slots = new int[records.size()];
    for (int i = 0; i < lines.length; i++) {
      ChanceryRecord record = records.get(i);
      byte[] written = json.writeBytes(record);
      // Canonical records start with their type, then their id: {"type":"vote","id":"...",...
      byte[] id = utf8(ID_KEY + record.id() + "\"");
      int at = indexOf(written, id);
      if (at < 0) {
        throw new IllegalStateException("no id after the type in " + new String(written, StandardCharsets.UTF_8));
      }
      byte[] numbered = utf8(ID_KEY + record.recordType().wireName() + "-" + "0".repeat(DIGITS) + "\"");
      int rest = written.length - at - id.length;
      byte[] line = new byte[at + numbered.length + rest + 1];
      System.arraycopy(written, 0, line, 0, at);
      System.arraycopy(numbered, 0, line, at, numbered.length);
      System.arraycopy(written, at + id.length, line, at + numbered.length, rest);
      line[line.length - 1] = '\n';
      lines[i] = line;
      slots[i] = at + numbered.length - 1 - DIGITS;
    }
    return new LineTemplates(lines, slots);
  }

  /** Returns how many templates there are. */
  public int size() {
    return lines.length;
  }

  /** Returns the length of the longest line, its line break included. */
  public int maxLength() {
    return Arrays.stream(lines).mapToInt(l -> l.length).max().orElse(0);
  }

  /**
   * Writes a line into a buffer: the template's bytes, with the number in the id.
   *
   * @param template which template
   * @param number the number of the line, put in the id
   * @param buffer where to write, at least {@link #maxLength()} long
   * @return how many bytes were written, the line break included
   */
  public int write(int template, long number, byte[] buffer) {
    byte[] line = lines[template];
    System.arraycopy(line, 0, buffer, 0, line.length);
    long rest = number;
    for (int i = slots[template] + DIGITS - 1; i >= slots[template]; i--) {
      buffer[i] = (byte) ('0' + rest % 10);
      rest /= 10;
    }
    return line.length;
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static int indexOf(byte[] bytes, byte[] part) {
    outer:
    for (int i = 0; i + part.length <= bytes.length; i++) {
      for (int j = 0; j < part.length; j++) {
        if (bytes[i + j] != part[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
