package io.github.chancery.examples;

import io.github.chancery.core.record.Actor;
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
import io.github.chancery.core.dossier.ConsistencyReport;
import io.github.chancery.core.dossier.Dossier;
import io.github.chancery.json.ChanceryJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The worked dossier: records the story of the seed article as a dossier, checks it, prints what
 * happened in date order (at the precision each date has, with the sources each act rests on)
 * and the consistency report, writes the JSON dossier to the file named on the command line (or
 * to standard output), and reads it back to check that nothing was lost.
 *
 * <p>Run it from the project's root with {@code mvn -B -q -DskipTests -Prun-example package};
 * name a file with {@code -Dexec.args=seed-story.json}.
 */
public final class SeedStoryExample {
  private SeedStoryExample() {}

  /**
   * Records the story as a dossier, checks it, prints a summary, writes the JSON dossier and
   * reads it back.
   *
   * @param args optionally, the file to write the JSON dossier to; standard output by default
   * @throws IOException if the file cannot be written or read
   */
  public static void main(String[] args) throws IOException {
    int status = run(args, System.out, System.err);
    if (status != 0) {
      System.exit(status);
    }
  }

  /**
   * Runs the example. When no file is named, the JSON goes to {@code out} and the summary to
   * {@code err}, so that the JSON can be piped; otherwise the summary goes to {@code out}.
   *
   * @param args optionally, the file to write the JSON dossier to
   * @param out standard output
   * @param err standard error
   * @return 0 when the dossier has no errors and reads back equal, 1 otherwise
   * @throws IOException if the file cannot be written or read
   */
  public static int run(String[] args, PrintStream out, PrintStream err) throws IOException {
    ChanceryJson json = ChanceryJson.strict();
    Dossier dossier = Dossier.of(SeedStory.records());
    ConsistencyReport report = dossier.check();
    PrintStream summary = args.length == 0 ? err : out;
    print(dossier.records(), summary);
    summary.println();
    summary.println(report);

    Dossier readBack;
    if (args.length == 0) {
      byte[] document = json.writeDossier(dossier).getBytes(StandardCharsets.UTF_8);
      out.write(document);
      out.flush();
      readBack = json.readDossier(new ByteArrayInputStream(document));
      summary.println();
      summary.println("Wrote the dossier to standard output");
    } else {
      Path file = Paths.get(args[0]);
      try (OutputStream target = Files.newOutputStream(file)) {
        json.writeDossier(dossier, target);
      }
      try (InputStream source = Files.newInputStream(file)) {
        readBack = json.readDossier(source);
      }
      summary.println();
      summary.println("Wrote the dossier to " + file + " (" + Files.size(file) + " bytes)");
    }
    boolean equal = readBack.records().equals(dossier.records());
    summary.println(
        "Read it back: " + readBack.size() + " records, "
            + (equal ? "equal to the records written" : "NOT equal to the records written"));
    return equal && !report.hasErrors() ? 0 : 1;
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
      Optional<PartialDate> date = record.actDate();
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
              + vote.result().map(Object::toString).orElse("voted on")
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
                  .map(s -> name(s.signatory().isPresent() ? s.signatory().get() : s.onBehalfOf(), byId))
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
