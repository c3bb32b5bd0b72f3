package io.github.chancery.benchmarks.experiment;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.vote.Ballot;
import io.github.chancery.core.vote.Count;
import io.github.chancery.core.vote.Vote;
import io.github.chancery.core.vote.VoteMethod;
import io.github.chancery.core.vote.VoteOption;
import io.github.chancery.core.vote.VoteResult;
import io.github.chancery.core.vote.VotingRule;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An experiment, not a reader: what code generated for the vote's and the ballot's shapes could do
 * at best, written by hand, to measure the first direction before building a generator.
 * It reads a vote in its canonical form only (properties in wire order), straight from Jackson's
 * parser: names matched on the parser's bytes ({@code nextFieldName(SerializableString)}), strings
 * taken with {@code nextTextValue()}, no path kept, no engine, no dispatch on a value's type. The
 * model's rules are all checked, by the same core calls the engine makes: each id by {@code
 * Reference.to}, each code by its {@code of}, each ballot's and the vote's checks at build. Any
 * other form, and any JSON-level problem, is an {@link IllegalStateException}, with no path: the
 * experiment measures a floor for validated reading, it does not replace the engine.
 *
 * <p>Immutable and thread-safe.
 */
public final class HandWrittenVoteReader {
  private static final SerializableString VOTER_ID = new SerializedString("voter_id");
  private static final SerializableString OPTION = new SerializedString("option");
  private static final SerializableString GROUP_ID = new SerializedString("group_id");
  private static final SerializableString VALUE = new SerializedString("value");

  private final JsonFactory factory = new JsonFactory();
  private final boolean oneReferencePerId;

  private HandWrittenVoteReader(boolean oneReferencePerId) {
    this.oneReferencePerId = oneReferencePerId;
  }

  /**
   * Returns the experiment that makes a {@code Reference} for each id read, as databind makes a
   * string for each.
   *
   * @return the reader
   */
  public static HandWrittenVoteReader referencePerIdRead() {
    return new HandWrittenVoteReader(false);
  }

  /**
   * Returns the experiment that gives one {@code Reference} per distinct id within a read, as the
   * engine does, through a map of the ids read.
   *
   * @return the reader
   */
  public static HandWrittenVoteReader referencePerDistinctId() {
    return new HandWrittenVoteReader(true);
  }

  /**
   * Reads a vote in canonical form.
   *
   * @param in the JSON; closed
   * @return the vote, checked by the model
   * @throws IOException if the stream fails or is not JSON
   */
  public Vote read(InputStream in) throws IOException {
    try (JsonParser p = factory.createParser(in)) {
      require(p.nextToken() == JsonToken.START_OBJECT, "a vote object");
      Map<String, Reference<?>> references = oneReferencePerId ? new HashMap<>() : null;
      Vote.Builder vote = Vote.builder();
      for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
        switch (name) {
          case "type":
            require("vote".equals(p.nextTextValue()), "a vote");
            break;
          case "id":
            vote.id(p.nextTextValue());
            break;
          case "motion_id":
            vote.motion(Reference.to(p.nextTextValue()));
            break;
          case "result":
            vote.result(VoteResult.of(p.nextTextValue()));
            break;
          case "legislature_id":
            vote.legislature(Reference.to(p.nextTextValue()));
            break;
          case "identifier":
            vote.identifier(p.nextTextValue());
            break;
          case "date":
            vote.date(PartialDate.parse(p.nextTextValue()));
            break;
          case "method":
            vote.method(VoteMethod.of(p.nextTextValue()));
            break;
          case "rule":
            vote.rule(VotingRule.of(p.nextTextValue()));
            break;
          case "counts":
            vote.counts(counts(p, references));
            break;
          case "ballots":
            vote.ballots(ballots(p, references));
            break;
          case "source_ids":
            require(p.nextToken() == JsonToken.START_ARRAY, "an array");
            for (String id = p.nextTextValue(); id != null; id = p.nextTextValue()) {
              vote.addSource(Reference.to(id));
            }
            break;
          default:
            throw new IllegalStateException("not read by the experiment: " + name);
        }
      }
      return vote.build();
    }
  }

  private static List<Count> counts(JsonParser p, Map<String, Reference<?>> references) throws IOException {
    require(p.nextToken() == JsonToken.START_ARRAY, "an array");
    List<Count> counts = new ArrayList<>();
    Object[] values = new Object[Count.shape().properties().size()];
    int option = Count.OPTION.index();
    int value = Count.VALUE.index();
    int group = Count.GROUP.index();
    while (p.nextToken() == JsonToken.START_OBJECT) {
      require(p.nextFieldName(OPTION), "option");
      values[option] = VoteOption.of(p.nextTextValue());
      require(p.nextFieldName(VALUE), "value");
      values[value] = p.nextIntValue(-1);
      values[group] = p.nextFieldName(GROUP_ID) ? reference(p.nextTextValue(), references) : null;
      require(p.currentToken() == JsonToken.END_OBJECT || p.nextToken() == JsonToken.END_OBJECT, "the count's end");
      counts.add(Count.shape().create(values));
    }
    return counts;
  }

  private static List<Ballot> ballots(JsonParser p, Map<String, Reference<?>> references) throws IOException {
    require(p.nextToken() == JsonToken.START_ARRAY, "an array");
    List<Ballot> ballots = new ArrayList<>();
    Object[] values = new Object[Ballot.shape().properties().size()];
    int voter = Ballot.VOTER.index();
    int option = Ballot.OPTION.index();
    int group = Ballot.GROUP.index();
    while (p.nextToken() == JsonToken.START_OBJECT) {
      require(p.nextFieldName(VOTER_ID), "voter_id");
      values[voter] = reference(p.nextTextValue(), references);
      require(p.nextFieldName(OPTION), "option");
      values[option] = VoteOption.of(p.nextTextValue());
      values[group] = p.nextFieldName(GROUP_ID) ? reference(p.nextTextValue(), references) : null;
      require(p.currentToken() == JsonToken.END_OBJECT || p.nextToken() == JsonToken.END_OBJECT, "the ballot's end");
      ballots.add(Ballot.shape().create(values));
    }
    return ballots;
  }

  private static Reference<?> reference(String id, Map<String, Reference<?>> references) {
    if (references == null) {
      return Reference.to(id); // checks the id
    }
    Reference<?> known = references.get(id);
    if (known == null) {
      known = Reference.to(id); // checks the id
      references.put(id, known);
    }
    return known;
  }

  private static void require(boolean met, String expected) {
    if (!met) {
      throw new IllegalStateException("the experiment reads canonical votes only; expected " + expected);
    }
  }
}
