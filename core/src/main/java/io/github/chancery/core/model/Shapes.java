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
import io.github.chancery.core.record.Cardinality;
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
import java.util.Set;

/**
 * Every record type's {@link Shape}, by type, and every value and part type the shapes use, by
 * class. Adding a record type means declaring its shape beside it and listing it here once.
 *
 * <p>Stateless and thread-safe.
 */
public final class Shapes {
  private static final Map<RecordType, Shape<? extends ChanceryRecord>> RECORDS;
  private static final Map<Class<?>, ValueType<?>> VALUES;
  private static final List<RecordType> REFERENCE_ORDER;

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
    REFERENCE_ORDER = referenceOrder();
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
   * Returns every record type in an order in which each comes after the types its references
   * need, as read from the shapes: after the one type each reference to a single type names (a
   * vote after its motion, legislature and session, every record after sources), and after at
   * least one of the types a required reference to several types may name (a protest note after
   * some actor). References inside parts count; a type's references to its own type do not.
   * Among the types that may come next, the first in the order of {@link RecordType} comes
   * first; should the references ever make a cycle, the first type waiting breaks it.
   *
   * <p>This is the order in which records can be made so that each finds what it refers to, as
   * a generator of linked records needs: sources, states, disputed entities, organisations,
   * persons, legislatures, sessions, memberships, motions, votes, notes, statements, treaties.
   *
   * @return every record type once, in that order, unmodifiable; never null
   */
  public static List<RecordType> inReferenceOrder() {
    return REFERENCE_ORDER;
  }

  private static List<RecordType> referenceOrder() {
    List<RecordType> placed = new ArrayList<>();
    List<RecordType> waiting = new ArrayList<>(List.of(RecordType.values()));
    while (!waiting.isEmpty()) {
      RecordType next = waiting.stream().filter(type -> canFollow(type, placed)).findFirst().orElse(waiting.get(0));
      waiting.remove(next);
      placed.add(next);
    }
    return List.copyOf(placed);
  }

  /** Whether every reference of a type, its own and its parts', finds what it needs among the types placed. */
  private static boolean canFollow(RecordType type, List<RecordType> placed) {
    for (Property<?, ?> property : RECORDS.get(type).properties()) {
      ValueType<?> value = property.type();
      boolean required = isRequired(property);
      if (value.kind() == ValueType.Kind.REFERENCE && !found(type, value.targets(), required, placed)) {
        return false;
      }
      if (value.kind() == ValueType.Kind.PART) {
        for (Property<?, ?> inner : value.part().properties()) {
          ValueType<?> innerValue = inner.type();
          if (innerValue.kind() == ValueType.Kind.REFERENCE
              && !found(type, innerValue.targets(), required && isRequired(inner), placed)) {
            return false;
          }
        }
      }
    }
    return true;
  }

  private static boolean isRequired(Property<?, ?> property) {
    return property.cardinality() == Cardinality.REQUIRED || property.cardinality() == Cardinality.NON_EMPTY_LIST;
  }

  private static boolean found(RecordType type, Set<RecordType> targets, boolean required, List<RecordType> placed) {
    if (targets.size() == 1) {
      RecordType target = targets.iterator().next();
      return target == type || placed.contains(target);
    }
    // A reference to several types is made to whichever exists: only a required one needs one first.
    return !required || targets.stream().anyMatch(target -> target != type && placed.contains(target));
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
