package io.github.chancery.json;

import io.github.chancery.json.limits.ReadLimits;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.vote.Vote;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The mapper and reader {@link ChanceryJson} hands out are plain Jackson, configured strictly and
 * with the {@link ChanceryModule}: whatever is wrong inside a record is a {@link
 * ChanceryJsonException} with path and rule, in them and in their copies; so is what is wrong with
 * the text of the document around the records (nothing at all, text that is not JSON, content
 * after the value), never read as a partial or null value. What an application's own classes
 * refuse stays Jackson's.
 */
final class HandedOutMapperTest extends JsonTestSupport {
  private final ObjectMapper mapper = JSON.mapper();
  private final ObjectReader reader = JSON.reader();

  @Test
  void malformedJsonInsideARecordIsRefusedWithItsPath() {
    assertThat(pathsAndRules(() -> mapper.readValue("{\"type\":\"vote\",\"id\":\"v\",\"counts\":[{\"value\":}]}", Vote.class)))
        .singleElement()
        .satisfies(p -> assertThat(p).startsWith("$.counts[0].value").endsWith("malformed-json"));
    assertThat(pathsAndRules(() -> reader.readValue("{\"type\":\"vote\",\"id\":")))
        .containsExactly("$.id malformed-json");
  }

  @Test
  void aRecordInsideAnApplicationsDocumentIsReadWithItsPathInThatDocument() {
    String vote = recordFixture("vote").replace("\"type\":\"vote\"", "\"type\":\"vote\",\"tally\":1");

    assertThat(pathsAndRules(() -> mapper.readValue("[" + recordFixture("vote") + "," + vote + "]", new TypeReference<List<Vote>>() {})))
        .containsExactly("$[1].tally unknown-property");
  }

  @Test
  void anEmptyDocumentIsRefusedInChanceryWordsByTheMapperItsReadersAndCopies() {
    for (String document : new String[] {"", "  \n", "\uFEFF"}) {
      assertThat(pathsAndRules(() -> mapper.readValue(document, Vote.class))).as("mapper %s", document).containsExactly("$ malformed-json");
      assertThat(pathsAndRules(() -> reader.readValue(document))).as("reader").containsExactly("$ malformed-json");
      assertThat(pathsAndRules(() -> mapper.readValue(document.getBytes(UTF_8), PartialDate.class))).as("bytes").containsExactly("$ malformed-json");
      assertThat(pathsAndRules(() -> mapper.copy().readValue(new ByteArrayInputStream(document.getBytes(UTF_8)), Vote.class)))
          .as("copy, stream")
          .containsExactly("$ malformed-json");
      assertThat(pathsAndRules(() -> ((JsonMapper) mapper).rebuild().build().readValue(document, Vote.class))).as("rebuilt").containsExactly("$ malformed-json");
    }
    assertThat(failure(() -> mapper.readValue("", Vote.class))).hasMessageContaining("the document is empty");
  }

  @Test
  void contentAfterTheValueIsRefusedInChanceryWordsNotReadAsNothing() throws Exception {
    String vote = recordFixture("vote");

    assertThat(pathsAndRules(() -> mapper.readValue(vote + " {}", Vote.class))).containsExactly("$ trailing-tokens");
    assertThat(pathsAndRules(() -> mapper.readValue("\"2020-11\" 1", PartialDate.class))).containsExactly("$ trailing-tokens");
    assertThat(pathsAndRules(() -> reader.readValue(vote + " []"))).containsExactly("$ trailing-tokens");
    assertThat(reader.forType(Vote.class).<Vote>readValue((vote + "\n").getBytes(UTF_8)).id()).isEqualTo("vote-un-ga-1");
    assertThat(failure(() -> mapper.readValue(vote + " {}", Vote.class))).hasMessageContaining("unexpected content after the end of the value");
  }

  @Test
  void textThatIsNotJsonAroundTheValueIsMalformedJsonWithItsLineAndColumn() {
    String vote = recordFixture("vote");

    assertThat(pathsAndRules(() -> mapper.readValue(vote + " x", Vote.class))).containsExactly("$ malformed-json");
    assertThat(pathsAndRules(() -> reader.readValue("]" + vote))).containsExactly("$ malformed-json");
    assertThat(failure(() -> mapper.readValue(vote + "\n}", Vote.class))).hasMessageContaining("line 2, column");
  }

  @Test
  void anApplicationsOwnDocumentGetsChanceryWordsAroundItAndJacksonsInsideItsClasses() throws Exception {
    String vote = recordFixture("vote");
    TypeReference<List<Vote>> votes = new TypeReference<List<Vote>>() {};

    assertThat(pathsAndRules(() -> mapper.readValue("", votes))).containsExactly("$ malformed-json");
    assertThat(pathsAndRules(() -> mapper.readValue("[" + vote + "] 1", votes))).containsExactly("$ trailing-tokens");
    // Inside the application's own list, Jackson reads, and what it finds wrong is its own.
    assertThat(catchThrowable(() -> mapper.readValue("[" + vote + ",", votes)))
        .isInstanceOf(JsonProcessingException.class)
        .isNotInstanceOf(ChanceryJsonException.class);
    assertThat(mapper.readValue("[" + vote + "]", votes)).hasSize(1);
    // What the application's own class refuses is its business, in Jackson's exception.
    assertThat(catchThrowable(() -> mapper.readValue("{\"seats\":\"many\"}", Chamber.class)))
        .isInstanceOf(JsonProcessingException.class)
        .isNotInstanceOf(ChanceryJsonException.class);
  }

  @Test
  void readsValuesOneAfterAnotherFromTheApplicationsOwnParserWhenTrailingContentIsAllowed() throws Exception {
    String two = recordFixture("vote") + " " + recordFixture("state");

    try (JsonParser parser = mapper.createParser(two)) {
      assertThat(pathsAndRules(() -> mapper.readValue(parser, Vote.class))).containsExactly("$ trailing-tokens");
    }
    ObjectReader oneAtATime = reader.without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    try (JsonParser parser = mapper.createParser(two)) {
      assertThat(oneAtATime.forType(Vote.class).<Vote>readValue(parser).id()).isEqualTo("vote-un-ga-1");
      parser.nextToken();
      assertThat(oneAtATime.<ChanceryRecord>readValue(parser).id()).isEqualTo("state-xk");
      assertThat(parser.nextToken()).isNull();
    }
  }

  @Test
  void aReaderAtAPointerKeepsChanceryWords() throws Exception {
    ObjectReader atVote = reader.forType(Vote.class).at("/vote");

    assertThat(atVote.<Vote>readValue("{\"vote\":" + recordFixture("vote") + "}").id()).isEqualTo("vote-un-ga-1");
    assertThat(pathsAndRules(() -> atVote.readValue(""))).containsExactly("$ malformed-json");
  }

  /** An application's own class, holding no record. */
  static final class Chamber {
    public int seats;
  }

  @Test
  void readsASequenceOfRecordsWithReadValues() throws Exception {
    String two = recordFixture("vote") + "\n" + recordFixture("state");

    try (MappingIterator<ChanceryRecord> records = reader.readValues(two)) {
      assertThat(records.readAll()).extracting(ChanceryRecord::id).containsExactly("vote-un-ga-1", "state-xk");
    }
  }

  @Test
  void copiesOfTheMapperAndReaderStayStrict() {
    String unknown = recordFixture("vote").replace("\"type\":\"vote\"", "\"type\":\"vote\",\"tally\":1");
    ObjectMapper copy = mapper.copy();
    ObjectMapper rebuilt = ((JsonMapper) mapper).rebuild().build();
    ObjectReader changed = reader.forType(Vote.class).withAttribute("purpose", "test");

    assertThat(pathsAndRules(() -> copy.readValue(unknown, Vote.class))).containsExactly("$.tally unknown-property");
    assertThat(pathsAndRules(() -> rebuilt.readValue(unknown, Vote.class))).containsExactly("$.tally unknown-property");
    assertThat(pathsAndRules(() -> changed.readValue(unknown))).containsExactly("$.tally unknown-property");
  }

  @Test
  void aDocumentOverTheSizeLimitIsRefusedNamingTheLimit() {
    ObjectMapper small = ChanceryJson.strict(ReadLimits.defaults().withMaxDocumentLength(40)).mapper();

    assertThat(catchThrowable(() -> small.readValue(recordFixture("vote"), Vote.class)))
        .isInstanceOf(JsonProcessingException.class)
        .hasMessageContaining("maxDocumentLength");
  }
}
