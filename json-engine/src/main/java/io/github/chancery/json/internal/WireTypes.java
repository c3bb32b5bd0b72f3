package io.github.chancery.json.internal;

import io.github.chancery.core.dossier.ConsistencyReport;
import io.github.chancery.core.dossier.Dossier;
import io.github.chancery.core.model.Shapes;
import io.github.chancery.core.record.Actor;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.record.Shape;
import io.github.chancery.core.record.ValueType;
import io.github.chancery.core.validation.Problem;

/**
 * Every type of Chancery's that a Jackson module reads or writes, and how: one list for both
 * Jackson lines' modules, so that both know the same types. Stateless.
 */
public final class WireTypes {
  private WireTypes() {}

  /** Where a module puts what it is told: its serializers and deserializers. */
  public interface Registry {
    /**
     * Takes how values of a type (and its subtypes) are written.
     *
     * @param type the type
     * @param writing how it is written
     * @param <T> the type
     */
    <T> void writer(Class<T> type, DocumentEngine.Writing<T> writing);

    /**
     * Takes how values of a type are read.
     *
     * @param type the type
     * @param reading how it is read
     * @param <T> the type
     */
    <T> void reader(Class<T> type, DocumentEngine.Reading<T> reading);

    /**
     * Takes a type written as one string, which is a map key too.
     *
     * @param type the type
     * @param valueType how it is read and written
     * @param <V> the type
     */
    <V> void key(Class<V> type, ValueType<V> valueType);
  }

  /**
   * Tells a module every type: records (read by their class, as {@code ChanceryRecord} or as
   * {@code Actor}), values and parts of records (those written as one string are map keys too),
   * dossiers and reports in full, and problems written in full.
   *
   * @param registry where the module puts them
   */
  public static void register(Registry registry) {
    registry.writer(ChanceryRecord.class, RecordEngine::writeRecord);
    for (Shape<? extends ChanceryRecord> shape : Shapes.records()) {
      record(registry, shape.type());
    }
    record(registry, ChanceryRecord.class);
    record(registry, Actor.class);
    Shapes.valueTypes().forEach((type, valueType) -> value(registry, type, valueType));
    registry.writer(Dossier.class, DossierDocument::writeDossier);
    registry.reader(Dossier.class, DossierDocument.DOSSIER);
    registry.writer(ConsistencyReport.class, ReportDocument::writeReport);
    registry.reader(ConsistencyReport.class, ReportDocument::readReport);
    registry.writer(Problem.class, ReportDocument::writeProblem);
  }

  private static <T> void record(Registry registry, Class<T> type) {
    registry.reader(type, (in, read) -> RecordEngine.readRecord(in, type, read));
  }

  @SuppressWarnings("unchecked")
  private static <V> void value(Registry registry, Class<V> type, ValueType<?> valueType) {
    ValueType<V> typed = (ValueType<V>) valueType;
    registry.writer(type, (out, value) -> RecordEngine.writeValue(out, typed, value));
    registry.reader(type, (in, read) -> RecordEngine.readValue(in, typed, read));
    if (typed.isParsed()) {
      registry.key(type, typed);
    }
  }
}
