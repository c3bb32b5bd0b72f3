package io.github.chancery.json.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chancery.core.vote.Vote;
import io.github.chancery.json.format.AbstractChanceryJson;
import io.github.chancery.json.problem.JsonProblem;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class LenientReadingTest extends SuiteSupport {
  private static final String FROM_A_LATER_VERSION =
      "{\"type\":\"vote\",\"id\":\"vote-1\",\"motion_id\":\"m\",\"result\":\"adopted\",\"quorum\":200,"
          + "\"counts\":[{\"option\":\"yes\",\"value\":3,\"verified\":true}]}";

  @Test
  void ignoresUnknownPropertiesAndSaysWhichItIgnored() throws Exception {
    List<JsonProblem> ignored = new ArrayList<>();

    Vote vote = LINE.lenient(ignored::add).read(FROM_A_LATER_VERSION, Vote.class);

    assertThat(vote.count(io.github.chancery.core.vote.VoteOption.YES)).hasValue(3);
    assertThat(ignored).extracting(JsonProblem::path).containsExactly("$.quorum", "$.counts[0].verified");
    assertThat(ignored).allSatisfy(p -> assertThat(p.recordId()).hasValue("vote-1"));
  }

  @Test
  void staysStrictAboutEverythingElse() {
    AbstractChanceryJson<?> lenient = LINE.lenient(problem -> {});

    assertThat(pathsAndRules(() -> lenient.read(fixture("invalid/quoted-integer.json"))))
        .containsExactly("$.counts[0].value wrong-type");
    assertThat(pathsAndRules(() -> lenient.read(fixture("invalid/duplicate-key.json"))))
        .containsExactly("$.id duplicate-key");
  }

  @Test
  void theStrictReaderRefusesWhatTheLenientOneIgnores() {
    assertThat(pathsAndRules(() -> JSON.read(FROM_A_LATER_VERSION)))
        .containsExactly("$.quorum unknown-property", "$.counts[0].verified unknown-property");
  }

  /** Holds a lenient mapper whose listener refers back to its owner, as an importer's does. */
  private static final class Importer {
    final byte[] ballast = new byte[1 << 20];
    final List<JsonProblem> ignored = new ArrayList<>();
    final AbstractChanceryJson<?> json = LINE.lenient(this::ignore);

    void ignore(JsonProblem problem) {
      ignored.add(problem);
    }
  }

  @Test
  void keepsNoMapperAliveOnTheThreadAfterItsReads() throws Exception {
    // A thread keeps its reading context between reads; it must not keep the listener, and so
    // the application's objects behind it, once the read is over.
    Importer importer = new Importer();
    importer.json.read(FROM_A_LATER_VERSION, Vote.class);
    assertThat(importer.ignored).isNotEmpty();
    java.lang.ref.WeakReference<Importer> gone = new java.lang.ref.WeakReference<>(importer);
    importer = null;

    for (int i = 0; i < 50 && gone.get() != null; i++) {
      System.gc();
      Thread.sleep(10);
    }

    assertThat(gone.get()).as("the importer, after its read").isNull();
  }
}
