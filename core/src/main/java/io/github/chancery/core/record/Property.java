package io.github.chancery.core.record;

import io.github.chancery.core.wire.WireName;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * One property of a {@link Shape}: its wire name ({@code motion_id}), its position in the shape,
 * how many values it holds, their {@link ValueType}, how to get them from an object and how to
 * give them to the object's builder.
 *
 * <p>Each property is also its type's handle: a public constant beside the shape, such as {@code
 * Vote.MOTION} or {@code Count.VALUE}, made by the shape's declaration. Validation paths,
 * dossier queries and the consistency report name properties by their handles, so a misspelt
 * name does not compile; as a {@link WireName} a handle also builds paths ({@code
 * Vote.COUNTS.at(3, Count.VALUE)} is {@code counts[3].value}).
 *
 * <p>Instances are immutable and thread-safe; two properties are equal only when they are the
 * same property of the same shape.
 *
 * @param <T> the type of the object that has the property
 * @param <V> the type of one value of the property
 */
public final class Property<T, V> implements WireName {
  private final String name;
  private final int index;
  private final Cardinality cardinality;
  private final ValueType<? super V> type;
  private final Function<T, ?> getter;
  private final Function<T, ?> nullableGetter; // for an optional property, its value or null; else null
  private final BiConsumer<Object, Object> setter;

  @SuppressWarnings("unchecked")
  Property(
      String name,
      int index,
      Cardinality cardinality,
      ValueType<? super V> type,
      Function<T, ?> getter,
      Function<T, ?> nullableGetter,
      BiConsumer<?, ?> setter) {
    this.name = name;
    this.nullableGetter = nullableGetter;
    this.index = index;
    this.cardinality = cardinality;
    this.type = type;
    this.getter = getter;
    this.setter = (BiConsumer<Object, Object>) setter;
  }

  /**
   * Returns the wire name, such as {@code motion_id}; also the head of violation paths.
   *
   * @return the wire name; never null
   */
  @Override
  public String name() {
    return name;
  }

  /**
   * Returns the position of the property in its shape, from 0, in wire order.
   *
   * @return the index, from 0 to the shape's property count less one
   */
  public int index() {
    return index;
  }

  /**
   * Returns how many values the property holds.
   *
   * @return the cardinality; never null
   */
  public Cardinality cardinality() {
    return cardinality;
  }

  /**
   * Returns the type of the property's values.
   *
   * @return the value type; never null
   */
  public ValueType<? super V> type() {
    return type;
  }

  /**
   * Returns the property's value in an object as the object holds it: the value itself, an
   * {@code Optional} or a {@code List}, by cardinality.
   *
   * @param owner the object
   * @return the value held
   */
  public Object get(T owner) {
    return getter.apply(owner);
  }

  /**
   * Returns the value held, with an optional property's absence as null rather than an empty
   * {@code Optional}: for writers that visit every property of every ballot of a roll call.
   *
   * @param owner the instance; not null
   * @return an optional property's value or null; a required property's value; a list property's
   *     list
   */
  public Object getOrNull(T owner) {
    if (nullableGetter != null) {
      return nullableGetter.apply(owner);
    }
    Object held = getter.apply(owner);
    return cardinality == Cardinality.OPTIONAL ? ((Optional<?>) held).orElse(null) : held;
  }

  /**
   * Returns the property's values in an object, whatever its cardinality: none, one or more.
   *
   * @param owner the object
   * @return the values, unmodifiable
   */
  @SuppressWarnings("unchecked")
  public List<V> values(T owner) {
    Object held = getter.apply(owner);
    switch (cardinality) {
      case REQUIRED:
        return held == null ? List.of() : List.of((V) held);
      case OPTIONAL:
        return ((Optional<V>) held).map(List::of).orElse(List.of());
      default:
        return (List<V>) held;
    }
  }

  /** Gives a value (for a list, the list) to a builder of the shape. */
  void set(Object builder, Object value) {
    setter.accept(builder, value);
  }

  /** Returns {@code name: type}. */
  @Override
  public String toString() {
    return name + ": " + type;
  }
}
