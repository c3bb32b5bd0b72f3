package io.github.chancery.json.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.record.RecordType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

final class RoundTripTest extends SuiteSupport {
  static Stream<String> recordTypes() {
    return RECORD_FIXTURES.stream();
  }

  @Test
  void everyRecordFixtureIsNamedForTheRecordTypeItHolds() throws Exception {
    // A record type needs no fixture of its own (EveryRecordTypeTest covers each through a sample
    // built from its shape); each fixture there is, is of the type it is named for, and none is lost.
    List<String> files = Fixtures.list("fixtures/records");

    assertThat(files).hasSizeGreaterThanOrEqualTo(13).hasSameSizeAs(RECORD_FIXTURES);
    for (String file : files) {
      String type = file.replaceFirst("\\.json$", "");
      assertThat(RecordType.fromWireName(type)).as(file).isPresent();
      assertThat(JSON.read(recordFixture(type)).recordType().wireName()).as(file).isEqualTo(type);
    }
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
