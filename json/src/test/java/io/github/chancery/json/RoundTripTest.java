package io.github.chancery.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.record.RecordType;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

final class RoundTripTest extends JsonTestSupport {
  static Stream<String> recordTypes() {
    return RECORD_FIXTURES.stream();
  }

  @Test
  void thereIsAFixtureForEveryRecordType() {
    assertThat(RECORD_FIXTURES)
        .containsExactlyInAnyOrderElementsOf(
            Stream.of(RecordType.values()).map(RecordType::wireName).collect(Collectors.toList()));
  }

  @ParameterizedTest
  @MethodSource("recordTypes")
  void readingThenWritingGivesTheSameBytes(String type) throws Exception {
    String document = recordFixture(type);

    ChanceryRecord record = JSON.read(document);

    assertThat(record.recordType().wireName()).isEqualTo(type);
    assertThat(JSON.write(record)).isEqualTo(document);
    assertThat(JSON.writeBytes(record)).isEqualTo(document.getBytes(StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @MethodSource("recordTypes")
  void writingThenReadingGivesAnEqualRecord(String type) throws Exception {
    ChanceryRecord record = JSON.read(recordFixture(type));

    ChanceryRecord again = JSON.read(JSON.write(record));

    assertThat(again).isEqualTo(record);
    assertThat(again.hashCode()).isEqualTo(record.hashCode());
  }

  @ParameterizedTest
  @MethodSource("recordTypes")
  void theHardenedMapperWritesAndReadsTheSameForm(String type) throws Exception {
    String document = recordFixture(type);
    ChanceryRecord record = JSON.read(document);

    assertThat(JSON.writer().writeValueAsString(record)).isEqualTo(document);
    assertThat((ChanceryRecord) JSON.reader().readValue(document)).isEqualTo(record);
  }

  @Test
  void keepsUnknownCodesVerbatim() throws Exception {
    String vote = recordFixture("vote");
    String statement = recordFixture("statement");

    assertThat(vote).contains("\"option\":\"present\"");
    assertThat(JSON.write(JSON.read(vote))).contains("\"option\":\"present\"");
    assertThat(statement).contains("\"stance\":\"invokes\"");
    assertThat(JSON.write(JSON.read(statement))).contains("\"stance\":\"invokes\"");
  }

  @Test
  void keepsAnInstantWithItsNamedZone() throws Exception {
    String treaty = recordFixture("treaty");

    assertThat(JSON.write(JSON.read(treaty))).contains("\"entry_into_force\":\"2020-11-10T00:00+03:00[Europe/Moscow]\"");
  }
}
