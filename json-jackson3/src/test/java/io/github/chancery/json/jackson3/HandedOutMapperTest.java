package io.github.chancery.json.jackson3;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.vote.Vote;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Jackson 3 mapper {@link ChanceryJson} hands out, the readers it makes and the mappers rebuilt
 * from it refuse what is wrong with the text of a document (nothing at all, text that is not
 * JSON, content after the value) in Chancery's words, with path and rule, never as a null or
 * partial value; what an application's own classes refuse stays Jackson's.
 */
final class HandedOutMapperTest extends Jackson3TestSupport {
  private final JsonMapper mapper = JSON.mapper();

  @Test
  void anEmptyDocumentIsRefusedInChanceryWordsByTheMapperItsReadersAndRebuiltMappers() {
    for (String document : new String[] {"", "  \n"}) {
      assertThat(pathsAndRules(() -> mapper.readValue(document, Vote.class))).as("mapper %s", document).containsExactly("$ malformed-json");
      assertThat(pathsAndRules(() -> mapper.readerFor(ChanceryRecord.class).readValue(document))).as("reader").containsExactly("$ malformed-json");
      assertThat(pathsAndRules(() -> mapper.readValue(document.getBytes(UTF_8), PartialDate.class))).as("bytes").containsExactly("$ malformed-json");
      assertThat(pathsAndRules(() -> mapper.rebuild().build().readValue(new ByteArrayInputStream(document.getBytes(UTF_8)), Vote.class)))
          .as("rebuilt, stream")
          .containsExactly("$ malformed-json");
    }
    assertThat(failure(() -> mapper.readValue("", Vote.class))).hasMessageContaining("the document is empty");
  }

  @Test
  void contentAfterTheValueIsRefusedInChanceryWordsNotReadAsNothing() {
    String vote = fixture("records/vote.json");

    assertThat(pathsAndRules(() -> mapper.readValue(vote + " {}", Vote.class))).containsExactly("$ trailing-tokens");
    assertThat(pathsAndRules(() -> mapper.readValue("\"2020-11\" 1", PartialDate.class))).containsExactly("$ trailing-tokens");
    assertThat(pathsAndRules(() -> mapper.readerFor(ChanceryRecord.class).readValue(vote + " []"))).containsExactly("$ trailing-tokens");
    assertThat(mapper.readerFor(Vote.class).<Vote>readValue((vote + "\n").getBytes(UTF_8)).id()).isEqualTo("vote-un-ga-1");
    assertThat(failure(() -> mapper.readValue(vote + " {}", Vote.class))).hasMessageContaining("unexpected content after the end of the value");
  }

  @Test
  void textThatIsNotJsonAroundTheValueIsMalformedJsonWithItsLineAndColumn() {
    String vote = fixture("records/vote.json");

    assertThat(pathsAndRules(() -> mapper.readValue(vote + " x", Vote.class))).containsExactly("$ malformed-json");
    assertThat(pathsAndRules(() -> mapper.readerFor(ChanceryRecord.class).readValue("]" + vote))).containsExactly("$ malformed-json");
    assertThat(failure(() -> mapper.readValue(vote + "\n}", Vote.class))).hasMessageContaining("line 2, column");
  }

  @Test
  void anApplicationsOwnDocumentGetsChanceryWordsAroundItAndJacksonsInsideItsClasses() {
    String vote = fixture("records/vote.json");
    TypeReference<List<Vote>> votes = new TypeReference<List<Vote>>() {};

    assertThat(pathsAndRules(() -> mapper.readValue("", votes))).containsExactly("$ malformed-json");
    assertThat(pathsAndRules(() -> mapper.readValue("[" + vote + "] 1", votes))).containsExactly("$ trailing-tokens");
    // Inside the application's own list, Jackson reads, and what it finds wrong is its own.
    assertThat(catchThrowable(() -> mapper.readValue("[" + vote + ",", votes)))
        .isInstanceOf(JacksonException.class)
        .isNotInstanceOf(ChanceryJsonException.class);
    assertThat(mapper.readValue("[" + vote + "]", votes)).hasSize(1);
    // What the application's own class refuses is its business, in Jackson's exception.
    assertThat(catchThrowable(() -> mapper.readValue("{\"seats\":\"many\"}", Chamber.class)))
        .isInstanceOf(JacksonException.class)
        .isNotInstanceOf(ChanceryJsonException.class);
  }

  @Test
  void readsValuesOneAfterAnotherFromTheApplicationsOwnParserWhenTrailingContentIsAllowed() {
    String two = fixture("records/vote.json") + " " + fixture("records/state.json");

    try (JsonParser parser = mapper.createParser(two)) {
      assertThat(pathsAndRules(() -> mapper.readValue(parser, Vote.class))).containsExactly("$ trailing-tokens");
    }
    ObjectReader oneAtATime = mapper.readerFor(ChanceryRecord.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    try (JsonParser parser = mapper.createParser(two)) {
      assertThat(oneAtATime.<ChanceryRecord>readValue(parser).id()).isEqualTo("vote-un-ga-1");
      parser.nextToken();
      assertThat(oneAtATime.<ChanceryRecord>readValue(parser).id()).isEqualTo("state-xk");
      assertThat(parser.nextToken()).isNull();
    }
  }

  @Test
  void aReaderAtAPointerKeepsChanceryWords() {
    ObjectReader atVote = mapper.readerFor(Vote.class).at("/vote");

    assertThat(atVote.<Vote>readValue("{\"vote\":" + fixture("records/vote.json") + "}").id()).isEqualTo("vote-un-ga-1");
    assertThat(pathsAndRules(() -> atVote.readValue(""))).containsExactly("$ malformed-json");
  }

  /** An application's own class, holding no record. */
  static final class Chamber {
    public int seats;
  }
}
