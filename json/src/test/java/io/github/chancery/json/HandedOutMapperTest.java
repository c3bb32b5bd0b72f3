package io.github.chancery.json;

import io.github.chancery.json.limits.ReadLimits;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.vote.Vote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The mapper and reader {@link ChanceryJson} hands out are plain Jackson, configured strictly and
 * with the {@link ChanceryModule}: whatever is wrong inside a record is a {@link
 * ChanceryJsonException} with path and rule, in them and in their copies; what is wrong with the
 * application's document around the records (nothing at all, content after the value) is refused
 * by Jackson in its own exception, never read as a partial or null value.
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
  void anEmptyDocumentOrContentAfterTheValueIsRefusedNotReadAsNothing() {
    for (String document : new String[] {"", "  \n", recordFixture("vote") + " {}", "\"2020-11\" 1"}) {
      Class<?> type = document.startsWith("\"") ? PartialDate.class : Vote.class;

      assertThat(catchThrowable(() -> mapper.readValue(document, type)))
          .as(document)
          .isInstanceOf(JsonProcessingException.class);
    }
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
