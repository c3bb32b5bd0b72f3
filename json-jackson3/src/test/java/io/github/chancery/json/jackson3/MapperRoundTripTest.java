package io.github.chancery.json.jackson3;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chancery.core.model.Shapes;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.record.RecordType;
import io.github.chancery.json.conformance.Fixtures;
import io.github.chancery.json.conformance.SampleRecords;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hardened Jackson 3 writer and reader ChanceryJson hands out write and read records in the
 * same form as ChanceryJson itself: every record fixture, and a sample of every record type built
 * from its shape.
 */
final class MapperRoundTripTest extends Jackson3TestSupport {
  static Stream<String> recordTypes() {
    return Fixtures.recordTypesWithAFixture().stream();
  }

  @ParameterizedTest
  @MethodSource("recordTypes")
  void theHardenedMapperWritesAndReadsTheSameForm(String type) {
    String document = fixture("records/" + type + ".json");
    ChanceryRecord record = JSON.read(document);

    assertThat(JSON.writer().writeValueAsString(record)).isEqualTo(document);
    assertThat((ChanceryRecord) JSON.reader().readValue(document)).isEqualTo(record);
  }

  @ParameterizedTest
  @EnumSource(RecordType.class)
  void theHardenedMapperWritesAndReadsASampleOfEveryRecordTypeInTheSameForm(RecordType type) {
    ChanceryRecord sample = SampleRecords.of(type);
    String document = JSON.write(sample);

    assertThat(JSON.writer().writeValueAsString(sample)).isEqualTo(document);
    assertThat((ChanceryRecord) JSON.reader().readValue(document)).isEqualTo(sample);
    assertThat(JSON.mapper().readValue(document, Shapes.of(type).type())).isEqualTo(sample);
  }
}
