package io.github.chancery.core.diplomacy;

import static io.github.chancery.core.testing.Violated.once;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.chancery.core.actor.Organization;
import io.github.chancery.core.legislature.Motion;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.validation.ViolationCode;
import org.junit.jupiter.api.Test;

final class StatementTest {
  private static final Reference<Organization> MINISTRY = Reference.to("org-az-mfa");

  @Test
  void recordsWhatAnActorSaidAboutOtherRecords() {
    Statement statement =
        Statement.builder()
            .id("statement-1")
            .author(MINISTRY)
            .addPosition(Position.of(Stance.CONDEMNS, Reference.<Motion>to("motion-1")))
            .addPosition(Position.of(Stance.REJECTS, Reference.<Motion>to("motion-1"), Reference.<Motion>to("motion-2")))
            .build();

    assertThat(statement.positions()).extracting(Position::stance).containsExactly(Stance.CONDEMNS, Stance.REJECTS);
  }

  @Test
  void requiresAtLeastOnePosition() {
    once(() -> Statement.builder().id("statement-1").author(MINISTRY).build(), "positions", ViolationCode.EMPTY);
  }

  @Test
  void rejectsAPositionAboutNothing() {
    once(
        () -> Statement.builder().id("statement-1").author(MINISTRY).addPosition(Position.of(Stance.WELCOMES)).build(),
        "positions[0].concerning_ids",
        ViolationCode.EMPTY);
  }
}
