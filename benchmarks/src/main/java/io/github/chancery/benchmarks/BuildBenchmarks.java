package io.github.chancery.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.chancery.benchmarks.baseline.Fidelity;
import io.github.chancery.benchmarks.baseline.PojoJson;
import io.github.chancery.benchmarks.baseline.pojo.BallotPojo;
import io.github.chancery.benchmarks.baseline.pojo.CountPojo;
import io.github.chancery.benchmarks.baseline.pojo.VotePojo;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.vote.Ballot;
import io.github.chancery.core.vote.Count;
import io.github.chancery.core.vote.Vote;
import io.github.chancery.core.vote.VoteMethod;
import io.github.chancery.core.vote.VoteOption;
import io.github.chancery.core.vote.VoteResult;
import io.github.chancery.core.vote.VotingRule;
import io.github.chancery.json.ChanceryJson;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Building a General Assembly vote of 193 ballots in memory from the same plain data (voter ids,
 * options, counts): through Chancery's builder, which validates the vote (no negative count, no
 * option counted twice, no voter with two ballots, ...) at {@code build()} ({@code
 * vote193Chancery}), against filling the hand-written beans ({@code vote193Pojo}).
 *
 * <p>Setup checks that the built vote is the generated one, and that the beans hold the same
 * content (written by databind, they give Chancery's bytes of the vote).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class BuildBenchmarks {
  private String id;
  private String motionId;
  private String legislatureId;
  private String identifier;
  private String sourceId;
  private VoteResult result;
  private PartialDate date;
  private VoteMethod method;
  private VotingRule rule;
  private String[] voterIds;
  private VoteOption[] options;
  private VoteOption[] countOptions;
  private int[] countValues;

  // The same data as text, as a user filling beans has it.
  private String resultCode;
  private String dateText;
  private String methodCode;
  private String ruleCode;
  private String[] optionCodes;
  private String[] countOptionCodes;

  /** Takes the plain data of a generated vote, and checks what both builds give. */
  @Setup
  public void setUp() throws IOException {
    Vote vote = Payloads.generalAssemblyVote();
    id = vote.id();
    motionId = vote.motion().id();
    legislatureId = vote.legislature().orElseThrow().id();
    identifier = vote.identifier().orElseThrow();
    sourceId = vote.sources().get(0).id();
    result = vote.result().orElseThrow();
    date = vote.date().orElseThrow();
    method = vote.method().orElseThrow();
    rule = vote.rule().orElseThrow();
    voterIds = vote.ballots().stream().map(b -> b.voter().orElseThrow().id()).toArray(String[]::new);
    options = vote.ballots().stream().map(Ballot::option).toArray(VoteOption[]::new);
    countOptions = vote.counts().stream().map(Count::option).toArray(VoteOption[]::new);
    countValues = vote.counts().stream().mapToInt(Count::value).toArray();
    resultCode = result.code();
    dateText = date.toString();
    methodCode = method.code();
    ruleCode = rule.code();
    optionCodes = vote.ballots().stream().map(b -> b.option().code()).toArray(String[]::new);
    countOptionCodes = vote.counts().stream().map(c -> c.option().code()).toArray(String[]::new);

    if (!vote193Chancery().equals(vote)) {
      throw new IllegalStateException("the builder does not give back the generated vote");
    }
    ObjectMapper mapper = PojoJson.mapper();
    byte[] chancery = ChanceryJson.strict().writeBytes(vote);
    Fidelity.requireSameBytes("the 193-ballot vote", chancery, mapper.writeValueAsBytes(vote193Pojo()));
  }

  /** Builds and validates the vote with Chancery's builder. */
  @Benchmark
  public Vote vote193Chancery() {
    Vote.Builder vote =
        Vote.builder()
            .id(id)
            .motion(Reference.to(motionId))
            .result(result)
            .legislature(Reference.to(legislatureId))
            .identifier(identifier)
            .date(date)
            .method(method)
            .rule(rule)
            .addSource(Reference.to(sourceId));
    for (int i = 0; i < countOptions.length; i++) {
      vote.addCount(Count.of(countOptions[i], countValues[i]));
    }
    for (int i = 0; i < voterIds.length; i++) {
      vote.addBallot(Ballot.of(Reference.to(voterIds[i]), options[i]));
    }
    return vote.build();
  }

  /** Fills the beans of the vote. */
  @Benchmark
  public VotePojo vote193Pojo() {
    VotePojo vote = new VotePojo();
    vote.type = "vote";
    vote.id = id;
    vote.motionId = motionId;
    vote.result = resultCode;
    vote.legislatureId = legislatureId;
    vote.identifier = identifier;
    vote.date = dateText;
    vote.method = methodCode;
    vote.rule = ruleCode;
    vote.sourceIds = List.of(sourceId);
    vote.counts = new ArrayList<>(countOptions.length);
    for (int i = 0; i < countOptions.length; i++) {
      CountPojo count = new CountPojo();
      count.option = countOptionCodes[i];
      count.value = countValues[i];
      vote.counts.add(count);
    }
    vote.ballots = new ArrayList<>(voterIds.length);
    for (int i = 0; i < voterIds.length; i++) {
      BallotPojo ballot = new BallotPojo();
      ballot.voterId = voterIds[i];
      ballot.option = optionCodes[i];
      vote.ballots.add(ballot);
    }
    return vote;
  }
}
