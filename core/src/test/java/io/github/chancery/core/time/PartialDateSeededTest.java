package io.github.chancery.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Properties of partial dates over seeded random samples: reproducible, and wide. */
final class PartialDateSeededTest {
  private static final long SEED = 20201110L;
  private static final int SAMPLES = 20_000;
  private static final List<ZoneId> ZONES =
      List.of(ZoneId.of("UTC"), ZoneId.of("Europe/Moscow"), ZoneId.of("Asia/Baku"), ZoneId.of("America/Toronto"));

  static PartialDate random(Random random) {
    int year = 1 + random.nextInt(9999);
    int month = 1 + random.nextInt(12);
    switch (random.nextInt(4)) {
      case 0:
        return PartialDate.of(year);
      case 1:
        return PartialDate.of(year, month);
      case 2:
        return PartialDate.of(LocalDate.of(year, month, 1).plusDays(random.nextInt(28)));
      default:
        int instantYear = 1900 + random.nextInt(200);
        return PartialDate.of(
            ZonedDateTime.of(instantYear, month, 1 + random.nextInt(28), random.nextInt(24), random.nextInt(60), 0, 0,
                ZONES.get(random.nextInt(ZONES.size()))));
    }
  }

  @Test
  void everyDateRoundTripsThroughItsText() {
    Random random = new Random(SEED);
    for (int i = 0; i < SAMPLES; i++) {
      PartialDate date = random(random);
      assertThat(PartialDate.parse(date.toString())).as(date.toString()).isEqualTo(date);
    }
  }

  @Test
  void definitelyBeforeIsAStrictOrderThatRespectsTheIntervals() {
    Random random = new Random(SEED + 1);
    for (int i = 0; i < SAMPLES; i++) {
      PartialDate a = random(random);
      PartialDate b = random(random);
      assertThat(a.isDefinitelyBefore(a)).as(a.toString()).isFalse();
      if (a.isDefinitelyBefore(b)) {
        assertThat(b.isDefinitelyBefore(a)).as(a + " / " + b).isFalse();
        assertThat(b.isDefinitelyAfter(a)).isTrue();
        if (a.instant().isEmpty() || b.instant().isEmpty()) {
          assertThat(a.latestDay()).as(a + " / " + b).isBefore(b.earliestDay());
        }
      }
      assertThat(a.mayCoincideWith(b)).isEqualTo(!a.isDefinitelyBefore(b) && !b.isDefinitelyBefore(a));
      assertThat(a.earliestDay()).isBeforeOrEqualTo(a.latestDay());
    }
  }
}
