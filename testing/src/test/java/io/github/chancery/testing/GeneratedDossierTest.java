package io.github.chancery.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chancery.core.dossier.Dossier;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.record.RecordType;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A generated dossier makes a record of every type, whatever types there are. */
final class GeneratedDossierTest {
  @Test
  void theSmallestGeneratedDossierHoldsOneRecordOfEveryType() {
    for (long seed = 0; seed < 3; seed++) {
      Dossier dossier = RecordGenerator.seeded(seed).dossier(RecordType.values().length);

      assertThat(dossier.records().stream().map(ChanceryRecord::recordType).collect(Collectors.toList()))
          .containsExactlyInAnyOrder(RecordType.values());
      assertThat(dossier.check().errors()).isEmpty();
    }
  }
}
