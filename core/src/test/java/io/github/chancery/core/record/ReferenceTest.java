package io.github.chancery.core.record;

import static io.github.chancery.core.testing.Violated.once;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.chancery.core.legislature.Motion;
import io.github.chancery.core.text.MultilingualText;
import io.github.chancery.core.validation.ViolationCode;
import io.github.chancery.core.validation.Violations;
import org.junit.jupiter.api.Test;

final class ReferenceTest {
  @Test
  void pointsToARecordByItsId() {
    Motion motion =
        Motion.builder().id("motion-1").legislature(Reference.to("leg-1")).title(MultilingualText.of("en", "T")).build();

    Reference<Motion> reference = Reference.of(motion);

    assertThat(reference.id()).isEqualTo("motion-1");
    assertThat(reference.pointsTo(motion)).isTrue();
    assertThat(reference).isEqualTo(Reference.to("motion-1")).hasToString("motion-1");
  }

  @Test
  void rejectsAMalformedId() {
    once(() -> Reference.to(""), "", ViolationCode.INVALID_ID);
    once(() -> Reference.to("a\tb"), "", ViolationCode.INVALID_ID);
    once(() -> Reference.to("x".repeat(Violations.MAX_ID_LENGTH + 1)), "", ViolationCode.INVALID_ID);
  }

  @Test
  void findsRecordTypesByTheirRegisteredNames() {
    assertThat(RecordType.fromWireName("protest_note")).hasValue(RecordType.PROTEST_NOTE);
    assertThat(RecordType.fromWireName("ProtestNote")).isEmpty();
    for (RecordType type : RecordType.values()) {
      assertThat(RecordType.fromWireName(type.wireName())).hasValue(type);
    }
  }
}
