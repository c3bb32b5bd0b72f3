package io.github.chancery.testing;

import static io.github.chancery.testing.ChanceryAssertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.github.chancery.core.dossier.Dossier;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.vote.Vote;
import io.github.chancery.core.vote.VoteOption;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/** JSON fixtures are injected, read strictly; a broken one fails its test naming file, path and rule. */
final class FixtureExtensionTest {
  @Test
  void injectsARecordADossierAndTheText(
      @Fixture("fixtures/vote.json") Vote vote,
      @Fixture("fixtures/vote.json") ChanceryRecord any,
      @Fixture("fixtures/records.dossier.json") Dossier dossier,
      @Fixture("fixtures/vote.json") String text) {
    assertThat(vote).isAdopted().hasCount(VoteOption.YES, 2);
    assertThat(any).isEqualTo(vote);
    assertThat(dossier.records()).hasSizeGreaterThan(5);
    ChanceryAssertions.assertThatJson(text).isCanonicalFormOf(vote);
  }

  /** Run only through the test kit below: its fixture is broken on purpose. */
  static final class UsesABrokenFixture {
    @Test
    void readsTheBrokenVote(@Fixture("fixtures/broken-vote.json") Vote vote) {
      assertThat(vote).isNotNull();
    }

    @Test
    void readsAMissingVote(@Fixture("fixtures/no-such-vote.json") Vote vote) {
      assertThat(vote).isNotNull();
    }
  }

  @Test
  void aBrokenFixtureFailsItsTestNamingTheFileThePathAndTheRule() {
    Events events =
        EngineTestKit.engine("junit-jupiter")
            .configurationParameter("junit.jupiter.conditions.deactivate", "*")
            .selectors(selectClass(UsesABrokenFixture.class))
            .execute()
            .testEvents();

    events.assertStatistics(stats -> stats.started(2).failed(2));
    assertThat(events.failed().stream().map(e -> e.getPayload(org.junit.platform.engine.TestExecutionResult.class).orElseThrow()
            .getThrowable().orElseThrow().getMessage()))
        .anySatisfy(message -> assertThat(message)
            .startsWith("The fixture fixtures/broken-vote.json is not a valid Vote: $.counts[1].value: must not be negative")
            .endsWith("[negative]"))
        .anySatisfy(message -> assertThat(message).isEqualTo("No fixture fixtures/no-such-vote.json in the test resources"));
  }
}
