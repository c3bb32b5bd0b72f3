package io.github.chancery.json.conformance;

import io.github.chancery.core.actor.State;
import io.github.chancery.core.code.CountryCode;
import io.github.chancery.core.legislature.Motion;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.text.MultilingualText;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.vote.Count;
import io.github.chancery.core.vote.Vote;
import io.github.chancery.core.vote.VoteOption;
import io.github.chancery.core.vote.VoteResult;
import java.util.List;
import java.util.Random;

/**
 * The records of the million-record streams the suite and an application's tests write and read
 * in a 64 MB heap: states, motions and votes in turn, regenerated from the same seed to check
 * what was read. Stateless and thread-safe.
 */
public final class MillionRecords {
  private static final List<CountryCode> CODES = List.copyOf(CountryCode.currentCodes());

  private MillionRecords() {}

  /**
   * Returns the record at an index of the stream: a state, a motion or a vote in turn, drawn from
   * the generator, which the caller passes on from one record to the next.
   *
   * @param i the record's index in the stream, from 0
   * @param random the stream's generator, seeded by the caller
   * @return the record; the same for the same index and state of the generator
   */
  public static ChanceryRecord record(int i, Random random) {
    switch (i % 3) {
      case 0:
        return State.builder()
            .id("state-" + i)
            .countryCode(CODES.get(random.nextInt(CODES.size())))
            .name(MultilingualText.of("en", "State " + i))
            .build();
      case 1:
        return Motion.builder()
            .id("motion-" + i)
            .legislature(Reference.to("leg-" + random.nextInt(50)))
            .title(MultilingualText.of("en", "Motion " + i).with("fr", "Motion n° " + i))
            .tabledOn(PartialDate.of(1990 + random.nextInt(30), 1 + random.nextInt(12)))
            .build();
      default:
        int yes = random.nextInt(400);
        int no = random.nextInt(400);
        return Vote.builder()
            .id("vote-" + i)
            .motion(Reference.to("motion-" + (i - 1)))
            .result(yes > no ? VoteResult.ADOPTED : VoteResult.REJECTED)
            .date(PartialDate.of(1990 + random.nextInt(30), 1 + random.nextInt(12), 1 + random.nextInt(28)))
            .addCounts(Count.of(VoteOption.YES, yes), Count.of(VoteOption.NO, no))
            .build();
    }
  }
}
