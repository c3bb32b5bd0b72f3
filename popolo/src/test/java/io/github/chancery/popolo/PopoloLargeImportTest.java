package io.github.chancery.popolo;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chancery.core.dossier.Finding;
import io.github.chancery.core.vote.Vote;
import io.github.chancery.json.internal.JsonLines;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Popolo export of 100,000 votes (500 vote events of 200 members each, 6 MB) is imported and
 * checked in a JVM whose heap is capped at 64 MB (the {@code constant-memory-jackson2} and {@code
 * constant-memory-jackson3} Surefire executions, each with one JSON line on its class path): the
 * import keeps no tree of the file, only the records it makes. Both shapes publishers use are
 * covered: votes inside their vote events, and (as Open Civic Data exports them) top-level {@code
 * votes} and {@code counts} arrays that name their vote event. The examples' validator test
 * imports the same files, with its progress.
 */
@Tag("constant-memory")
final class PopoloLargeImportTest {
  private static final int EVENTS = 500;
  private static final int MEMBERS = 200;

  /** Written as text, so that the test does not depend on the writer of the code it checks. */
  private static void write(Path file, boolean votesApart) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("{\"persons\":[");
      for (int p = 0; p < MEMBERS; p++) {
        w.write((p > 0 ? "," : "") + "{\"id\":\"person-" + p + "\",\"name\":\"Member " + p + "\"}");
      }
      w.write("],\"organizations\":[{\"id\":\"chamber\",\"name\":\"Chamber\",\"classification\":\"lower house\"},"
          + "{\"id\":\"party-a\",\"name\":\"Party A\",\"classification\":\"party\"}],\"motions\":[");
      for (int e = 0; e < EVENTS; e++) {
        w.write((e > 0 ? "," : "") + "{\"id\":\"motion-" + e + "\",\"organization_id\":\"chamber\",\"text\":\"Motion " + e
            + "\",\"date\":\"2021-01-01\",\"requirement\":\"simple-majority\"}");
      }
      w.write("],\"vote_events\":[");
      for (int e = 0; e < EVENTS; e++) {
        w.write((e > 0 ? "," : "") + "{\"id\":\"vote-" + e + "\",\"motion_id\":\"motion-" + e
            + "\",\"organization_id\":\"chamber\",\"start_date\":\"2021-01-02T10:00:00\",\"result\":\"pass\"");
        if (votesApart) {
          w.write("}");
          continue;
        }
        w.write(",\"counts\":[{\"option\":\"yes\",\"value\":" + (e == 7 ? MEMBERS - 1 : MEMBERS) + "}],\"votes\":[");
        for (int p = 0; p < MEMBERS; p++) {
          w.write((p > 0 ? "," : "") + "{\"voter_id\":\"person-" + p + "\",\"option\":\"yes\",\"group_id\":\"party-a\"}");
        }
        w.write("]}");
      }
      w.write("]");
      if (votesApart) {
        w.write(",\"votes\":[");
        for (int e = 0; e < EVENTS; e++) {
          for (int p = 0; p < MEMBERS; p++) {
            w.write((e + p > 0 ? "," : "") + "{\"vote_event_id\":\"vote-" + e + "\",\"voter_id\":\"person-" + p
                + "\",\"option\":\"yes\",\"group_id\":\"party-a\"}");
          }
        }
        w.write("],\"counts\":[");
        for (int e = 0; e < EVENTS; e++) {
          w.write((e > 0 ? "," : "") + "{\"vote_event_id\":\"vote-" + e + "\",\"option\":\"yes\",\"value\":" + (e == 7 ? MEMBERS - 1 : MEMBERS) + "}");
        }
        w.write("]");
      }
      w.write("}");
    }
  }

  @Test
  void importsAHundredThousandVotesInA64MegabyteHeap(@TempDir Path work) throws IOException {
    importsInA64MegabyteHeap(work, false);
  }

  @Test
  void importsAHundredThousandVotesGivenApartFromTheirVoteEventsInA64MegabyteHeap(@TempDir Path work) throws IOException {
    importsInA64MegabyteHeap(work, true);
  }

  private static void importsInA64MegabyteHeap(Path work, boolean votesApart) throws IOException {
    assertThat(Runtime.getRuntime().maxMemory()).as("this test must run with -Xmx64m").isLessThanOrEqualTo(64L << 20);
    assertThat(JsonLines.preferred().name()).as("the line the execution names").isEqualTo(System.getProperty("chancery.json.line"));
    Path file = work.resolve("large.popolo.json");
    write(file, votesApart);

    PopoloImport imported = Popolo.read(file);

    assertThat(imported.warnings()).isEmpty();
    assertThat(imported.dossier().size()).isEqualTo(MEMBERS + 2 + 2 * EVENTS);
    assertThat(imported.dossier().all(Vote.class).stream().mapToInt(v -> v.ballots().size()).sum()).isEqualTo(EVENTS * MEMBERS);
    assertThat(imported.dossier().all(Vote.class)).allSatisfy(v -> assertThat(v.rule().orElseThrow().code()).isEqualTo("simple-majority"));
    assertThat(imported.dossier().check().findings()).extracting(Finding::toString)
        .singleElement().satisfies(f -> assertThat(f).contains("counts-disagree-with-ballots").contains("vote-7"));
  }
}
