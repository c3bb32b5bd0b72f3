package io.github.chancery.core.model;

import io.github.chancery.core.actor.DisputedEntity;
import io.github.chancery.core.actor.Membership;
import io.github.chancery.core.actor.Organization;
import io.github.chancery.core.actor.Person;
import io.github.chancery.core.actor.State;
import io.github.chancery.core.diplomacy.ProtestNote;
import io.github.chancery.core.diplomacy.Statement;
import io.github.chancery.core.legislature.Legislature;
import io.github.chancery.core.legislature.Motion;
import io.github.chancery.core.legislature.Session;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.record.Property;
import io.github.chancery.core.record.RecordType;
import io.github.chancery.core.record.Shape;
import io.github.chancery.core.record.ValueType;
import io.github.chancery.core.source.Source;
import io.github.chancery.core.treaty.Treaty;
import io.github.chancery.core.vote.Vote;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Every record type's {@link Shape}, by type, and every value and part type the shapes use, by
 * class. Adding a record type means declaring its shape beside it and listing it here once.
 *
 * <p>Stateless and thread-safe.
 */
public final class Shapes {
  private static final Map<RecordType, Shape<? extends ChanceryRecord>> RECORDS;
  private static final Map<Class<?>, ValueType<?>> VALUES;

  static {
    Map<RecordType, Shape<? extends ChanceryRecord>> records = new EnumMap<>(RecordType.class);
    for (Shape<? extends ChanceryRecord> shape :
        List.of(
            State.shape(),
            DisputedEntity.shape(),
            Organization.shape(),
            Person.shape(),
            Membership.shape(),
            Legislature.shape(),
            Session.shape(),
            Motion.shape(),
            Vote.shape(),
            ProtestNote.shape(),
            Statement.shape(),
            Treaty.shape(),
            Source.shape())) {
      records.put(shape.recordType().orElseThrow(), shape);
    }
    if (records.size() != RecordType.values().length) {
      throw new IllegalStateException("a record type has no shape");
    }
    RECORDS = Collections.unmodifiableMap(records);
    Map<Class<?>, ValueType<?>> values = new LinkedHashMap<>();
    RECORDS.values().forEach(shape -> collect(shape, values));
    VALUES = Collections.unmodifiableMap(values);
  }

  private Shapes() {}

  private static void collect(Shape<?> shape, Map<Class<?>, ValueType<?>> values) {
    for (Property<?, ?> property : shape.properties()) {
      ValueType<?> type = property.type();
      if (type.kind() == ValueType.Kind.PART) {
        if (values.putIfAbsent(type.javaType(), type) == null) {
          collect(type.part(), values);
        }
      } else if (type.kind() != ValueType.Kind.TEXT && type.kind() != ValueType.Kind.ID
          && type.javaType() != Integer.class && type.javaType() != java.math.BigDecimal.class
          && type.javaType() != java.net.URI.class) {
        // The library's own value types; texts, numbers and URLs are the JDK's.
        values.putIfAbsent(type.javaType(), type.kind() == ValueType.Kind.REFERENCE ? ValueType.anyReference() : type);
      }
    }
  }

  /**
   * Returns the shape of every record type, in the order of {@link RecordType}.
   *
   * @return a new list of the shapes, one per record type; never null
   */
  public static List<Shape<? extends ChanceryRecord>> records() {
    return new ArrayList<>(RECORDS.values());
  }

  /**
   * Returns the shape of a record type.
   *
   * @param type the type
   * @return its shape
   */
  public static Shape<? extends ChanceryRecord> of(RecordType type) {
    return RECORDS.get(Objects.requireNonNull(type, "type"));
  }

  /**
   * Returns the shape of a record's type.
   *
   * @param record the record
   * @param <R> its type
   * @return the shape
   */
  @SuppressWarnings("unchecked")
  public static <R extends ChanceryRecord> Shape<R> of(R record) {
    return (Shape<R>) RECORDS.get(Objects.requireNonNull(record, "record").recordType());
  }

  /**
   * Returns the shape of the record type a class is or implements ({@code Vote.class}, or the
   * generated class of a vote).
   *
   * @param type a class
   * @return the shape, or empty when the class is no record type ({@code ChanceryRecord} itself,
   *     {@code Actor})
   */
  public static Optional<Shape<? extends ChanceryRecord>> forClass(Class<?> type) {
    Objects.requireNonNull(type, "type");
    return RECORDS.values().stream().filter(s -> s.type().isAssignableFrom(type)).findFirst();
  }

  /**
   * Returns the types of the values and parts of records that are the library's own (dates,
   * texts in several languages, language tags, country codes, references, open codes, and parts
   * such as counts and ballots), by class.
   *
   * @return the value types by Java class, unmodifiable; never null
   */
  public static Map<Class<?>, ValueType<?>> valueTypes() {
    return VALUES;
  }
}
