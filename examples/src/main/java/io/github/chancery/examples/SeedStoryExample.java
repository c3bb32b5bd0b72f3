package io.github.chancery.examples;

import io.github.chancery.core.actor.Actor;
import io.github.chancery.core.diplomacy.ProtestNote;
import io.github.chancery.core.diplomacy.Statement;
import io.github.chancery.core.legislature.Motion;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.record.RecordType;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.treaty.Treaty;
import io.github.chancery.core.vote.Vote;
import io.github.chancery.core.vote.VoteOption;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Records the story of the seed article and prints what happened, in date order, with the
 * precision each date has and the sources each act rests on.
 *
 * <p>Run it with {@code mvn -B -q -DskipTests package exec:java -pl examples -am}.
 */
public final class SeedStoryExample {
  private SeedStoryExample() {}

  /**
   * Prints the story's timeline to standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    print(SeedStory.records(), System.out);
  }

  /**
   * Prints a summary of the records: how many of each type, then each act in date order.
   *
   * @param records the records of one story
   * @param out where to print
   */
  public static void print(List<ChanceryRecord> records, PrintStream out) {
    Map<String, ChanceryRecord> byId =
        records.stream().collect(Collectors.toMap(ChanceryRecord::id, Function.identity()));
    Map<RecordType, Long> counts = new EnumMap<>(RecordType.class);
    records.forEach(r -> counts.merge(r.recordType(), 1L, Long::sum));
    out.println("Chancery: " + records.size() + " records of the seed story");
    counts.forEach((type, n) -> out.println(String.format("  %-16s %d", type.wireName(), n)));
    out.println();
    out.println("What happened, in date order (dates at the precision the sources give):");

    List<Entry> timeline = new ArrayList<>();
    List<String> undated = new ArrayList<>();
    for (ChanceryRecord record : records) {
      Optional<String> text = describe(record, byId);
      if (text.isEmpty()) {
        continue;
      }
      Optional<PartialDate> date = dateOf(record);
      String line = text.get() + "  [" + sourcesOf(record) + "]";
      if (date.isPresent()) {
        timeline.add(new Entry(date.get(), line));
      } else {
        undated.add(line);
      }
    }
    timeline.sort(Comparator.comparing(e -> e.date, PartialDate.chronologicalOrder()));
    for (Entry entry : timeline) {
      out.println(String.format("  %-11s %s", entry.date, entry.line));
    }
    for (String line : undated) {
      out.println(String.format("  %-11s %s", "undated", line));
    }
  }

  private static Optional<PartialDate> dateOf(ChanceryRecord record) {
    if (record instanceof Vote) {
      return ((Vote) record).date();
    }
    if (record instanceof ProtestNote) {
      return ((ProtestNote) record).date();
    }
    if (record instanceof Statement) {
      return ((Statement) record).date();
    }
    if (record instanceof Treaty) {
      return ((Treaty) record).concludedOn();
    }
    return Optional.empty();
  }

  private static Optional<String> describe(ChanceryRecord record, Map<String, ChanceryRecord> byId) {
    if (record instanceof Vote) {
      Vote vote = (Vote) record;
      Motion motion = (Motion) byId.get(vote.motion().id());
      String counts =
          vote.counts().isEmpty()
              ? "no counts reported"
              : vote.count(VoteOption.YES).orElse(0) + " for, " + vote.count(VoteOption.NO).orElse(0) + " against";
      return Optional.of(
          name(motion.legislature(), byId)
              + " "
              + vote.result()
              + " \""
              + motion.title().preferring("en")
              + "\" ("
              + counts
              + ")");
    }
    if (record instanceof ProtestNote) {
      ProtestNote note = (ProtestNote) record;
      return Optional.of(
          name(note.sender(), byId)
              + " sent a protest note to "
              + name(note.recipient(), byId)
              + " over "
              + note.protestedActs().stream()
                  .map(r -> byId.get(r.id()))
                  .filter(Motion.class::isInstance)
                  .map(m -> "\"" + ((Motion) m).title().preferring("en") + "\"")
                  .collect(Collectors.joining(" and ")));
    }
    if (record instanceof Statement) {
      Statement statement = (Statement) record;
      return Optional.of(
          name(statement.author(), byId)
              + " stated: "
              + statement.positions().stream()
                  .map(p -> p.stance() + " " + p.concerning().size() + " record(s)")
                  .collect(Collectors.joining(", ")));
    }
    if (record instanceof Treaty) {
      Treaty treaty = (Treaty) record;
      return Optional.of(
          "Signed by "
              + treaty.signatures().stream()
                  .map(s -> name(s.signatory(), byId))
                  .collect(Collectors.joining(", "))
              + ", brokered by "
              + treaty.mediators().stream().map(m -> name(m, byId)).collect(Collectors.joining(", "))
              + ": \""
              + treaty.title().preferring("en")
              + "\"; in force from "
              + treaty.entryIntoForce().map(Object::toString).orElse("an unreported date"));
    }
    return Optional.empty();
  }

  private static String name(Reference<?> reference, Map<String, ChanceryRecord> byId) {
    ChanceryRecord record = byId.get(reference.id());
    return record instanceof Actor ? ((Actor) record).name().preferring("en") : reference.id();
  }

  private static String sourcesOf(ChanceryRecord record) {
    return record.sources().stream().map(Reference::id).collect(Collectors.joining(", "));
  }

  private static final class Entry {
    final PartialDate date;
    final String line;

    Entry(PartialDate date, String line) {
      this.date = date;
      this.line = line;
    }
  }
}
