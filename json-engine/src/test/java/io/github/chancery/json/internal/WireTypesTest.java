package io.github.chancery.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chancery.core.code.CountryCode;
import io.github.chancery.core.dossier.ConsistencyReport;
import io.github.chancery.core.dossier.Dossier;
import io.github.chancery.core.model.Shapes;
import io.github.chancery.core.record.Actor;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.record.ValueType;
import io.github.chancery.core.text.MultilingualText;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.validation.Problem;
import io.github.chancery.core.vote.Count;
import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

final class WireTypesTest {
  private final Set<Class<?>> writers = new LinkedHashSet<>();
  private final Set<Class<?>> readers = new LinkedHashSet<>();
  private final Set<Class<?>> keys = new LinkedHashSet<>();

  WireTypesTest() {
    WireTypes.register(new WireTypes.Registry() {
      @Override
      public <T> void writer(Class<T> type, DocumentEngine.Writing<T> writing) {
        writers.add(type);
      }

      @Override
      public <T> void reader(Class<T> type, DocumentEngine.Reading<T> reading) {
        readers.add(type);
      }

      @Override
      public <V> void key(Class<V> type, ValueType<V> valueType) {
        keys.add(type);
      }
    });
  }

  @Test
  void tellsAModuleHowToReadEveryRecordTypeAnyRecordAndAnyActor() {
    Shapes.records().forEach(shape -> assertThat(readers).contains(shape.type()));
    assertThat(readers).contains(ChanceryRecord.class, Actor.class, Dossier.class, ConsistencyReport.class);
    assertThat(writers).contains(ChanceryRecord.class, Dossier.class, ConsistencyReport.class, Problem.class);
  }

  @Test
  void tellsAModuleEveryValueAndPartAndWhichAreMapKeys() {
    assertThat(readers).containsAll(Shapes.valueTypes().keySet());
    assertThat(writers).containsAll(Shapes.valueTypes().keySet());
    assertThat(keys).contains(PartialDate.class, CountryCode.class).doesNotContain(Count.class, MultilingualText.class);
  }
}
