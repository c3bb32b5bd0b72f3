package io.github.chancery.json.internal;

import io.github.chancery.core.dossier.ConsistencyReport;
import io.github.chancery.core.dossier.Dossier;
import io.github.chancery.core.model.Shapes;
import io.github.chancery.core.record.Actor;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.record.Shape;
import io.github.chancery.core.record.ValueType;
import io.github.chancery.core.validation.Problem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every type of Chancery's that a Jackson module reads or writes, and how: one list for both
 * Jackson lines' modules, so that both know the same types. A module takes them through a {@link
 * Registry}, or as its own serializers and deserializers, made by their constructors ({@link
 * #writers} and the like). Stateless.
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

  // --- the types as a line's serializers and deserializers ---

  /**
   * Makes a line's serializer of a type: its {@code WireSerializer}'s constructor.
   *
   * @param <S> the line's serializers
   */
  @FunctionalInterface
  public interface Writers<S> {
    /**
     * Makes the serializer.
     *
     * @param type the type, which the serializer handles
     * @param writing how it is written
     * @param <T> the type
     * @return the serializer
     */
    <T> S of(Class<T> type, DocumentEngine.Writing<T> writing);
  }

  /**
   * Makes a line's deserializer of a type: its {@code WireDeserializer}'s constructor.
   *
   * @param <D> the line's deserializers
   */
  @FunctionalInterface
  public interface Readers<D> {
    /**
     * Makes the deserializer.
     *
     * @param type the type
     * @param reading how it is read
     * @param <T> the type
     * @return the deserializer
     */
    <T> D of(Class<T> type, DocumentEngine.Reading<T> reading);
  }

  /**
   * Makes a line's serializer of a type as a map key: its {@code WireKeySerializer}'s constructor.
   *
   * @param <S> the line's serializers
   */
  @FunctionalInterface
  public interface KeyWriters<S> {
    /**
     * Makes the key serializer.
     *
     * @param type the type, which the serializer handles
     * @param valueType how it is written
     * @param <V> the type
     * @return the key serializer
     */
    <V> S of(Class<V> type, ValueType<V> valueType);
  }

  /**
   * Makes a line's deserializer of a map key: its {@code WireKeyDeserializer}'s constructor.
   *
   * @param <K> the line's key deserializers
   */
  @FunctionalInterface
  public interface KeyReaders<K> {
    /**
     * Makes the key deserializer.
     *
     * @param valueType how the key is read
     * @param <V> the type
     * @return the key deserializer
     */
    <V> K of(ValueType<V> valueType);
  }

  /**
   * Returns a serializer of each type written, each handling its type (and, for an interface,
   * the classes that implement it).
   *
   * @param make the line's serializer's constructor; not null
   * @param <S> the line's serializers
   * @return the serializers, in the order of {@link #register}
   */
  public static <S> List<S> writers(Writers<S> make) {
    List<S> made = new ArrayList<>();
    register(new Taking() {
      @Override
      public <T> void writer(Class<T> type, DocumentEngine.Writing<T> writing) {
        made.add(make.of(type, writing));
      }
    });
    return made;
  }

  /**
   * Returns a deserializer of each type read, by the type.
   *
   * @param make the line's deserializer's constructor; not null
   * @param <D> the line's deserializers
   * @return the deserializers, by type, in the order of {@link #register}
   */
  public static <D> Map<Class<?>, D> readers(Readers<D> make) {
    Map<Class<?>, D> made = new LinkedHashMap<>();
    register(new Taking() {
      @Override
      public <T> void reader(Class<T> type, DocumentEngine.Reading<T> reading) {
        made.put(type, make.of(type, reading));
      }
    });
    return made;
  }

  /**
   * Returns a key serializer of each type written as one string, each handling its type.
   *
   * @param make the line's key serializer's constructor; not null
   * @param <S> the line's serializers
   * @return the key serializers, in the order of {@link #register}
   */
  public static <S> List<S> keyWriters(KeyWriters<S> make) {
    List<S> made = new ArrayList<>();
    register(new Taking() {
      @Override
      public <V> void key(Class<V> type, ValueType<V> valueType) {
        made.add(make.of(type, valueType));
      }
    });
    return made;
  }

  /**
   * Returns a key deserializer of each type written as one string, by the type.
   *
   * @param make the line's key deserializer's constructor; not null
   * @param <K> the line's key deserializers
   * @return the key deserializers, by type, in the order of {@link #register}
   */
  public static <K> Map<Class<?>, K> keyReaders(KeyReaders<K> make) {
    Map<Class<?>, K> made = new LinkedHashMap<>();
    register(new Taking() {
      @Override
      public <V> void key(Class<V> type, ValueType<V> valueType) {
        made.put(type, make.of(valueType));
      }
    });
    return made;
  }

  /** A registry that takes one kind of thing and leaves the others. */
  private abstract static class Taking implements Registry {
    @Override
    public <T> void writer(Class<T> type, DocumentEngine.Writing<T> writing) {}

    @Override
    public <T> void reader(Class<T> type, DocumentEngine.Reading<T> reading) {}

    @Override
    public <V> void key(Class<V> type, ValueType<V> valueType) {}
  }
}
