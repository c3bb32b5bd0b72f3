package io.github.chancery.core.record;

import io.github.chancery.core.wire.WireName;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The structure of a record type or of a part of a record, declared once beside the type: its
 * properties in wire order, each with its name, cardinality, value type, getter and builder
 * setter, and how an instance is built through the type's builder so that every rule applies.
 *
 * <p>Everything that needs a record's fields reads them here: validation paths use the property
 * names, the dossier follows references by walking the properties, and the JSON module derives
 * its reader, writer and schemas from the shapes. Declaring a property once keeps all of them in
 * step.
 *
 * <pre>{@code
 * Shape<Vote> shape = Vote.shape();
 * Object[] values = shape.newValues();
 * values[Vote.ID.index()] = "vote-1";
 * values[Vote.MOTION.index()] = Reference.to("motion-1");
 * Vote vote = shape.create(values);                 // validated like any built vote
 * }</pre>
 *
 * <p>Each property is also a public constant of the type, its handle ({@code Vote.MOTION}),
 * declared once with the shape; {@link #property(String)} finds one by the name read from a
 * document.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param <T> the type described
 */
public final class Shape<T> {
  private final String name;
  private final RecordType recordType;
  private final Class<T> type;
  private final List<Property<T, ?>> properties;
  private final Map<String, Property<T, ?>> byName;
  private final Supplier<?> newBuilder;
  private final Function<Object, T> build;
  private final Function<Object[], T> fromValues;
  private final List<List<String>> atLeastOneOf;

  @SuppressWarnings("unchecked")
  private Shape(Declaration<T, ?> declaration) {
    this.name = declaration.name;
    this.recordType = declaration.recordType;
    this.type = declaration.type;
    this.properties = List.copyOf(declaration.properties);
    Map<String, Property<T, ?>> index = new HashMap<>();
    properties.forEach(p -> index.put(p.name(), p));
    this.byName = Map.copyOf(index);
    this.newBuilder = declaration.newBuilder;
    this.build = (Function<Object, T>) declaration.build;
    this.fromValues = declaration.fromValues;
    this.atLeastOneOf = List.copyOf(declaration.oneOf);
  }

  /**
   * Starts the declaration of a record type's shape.
   *
   * @param recordType the record type
   * @param type its class
   * @param newBuilder makes a builder
   * @param build builds and validates the record
   * @param <T> the record type
   * @param <B> its builder
   * @return the declaration, to add properties to in wire order
   */
  public static <T extends ChanceryRecord, B> Declaration<T, B> ofRecord(
      RecordType recordType, Class<T> type, Supplier<B> newBuilder, Function<B, T> build) {
    Objects.requireNonNull(recordType, "recordType");
    return new Declaration<>(recordType.wireName(), recordType, type, newBuilder, build);
  }

  /**
   * Starts the declaration of a part's shape, such as a ballot of a vote.
   *
   * @param name the part's name, such as {@code ballot}
   * @param type its class
   * @param newBuilder makes a builder
   * @param build builds the part
   * @param <T> the part
   * @param <B> its builder
   * @return the declaration, to add properties to in wire order
   */
  public static <T, B> Declaration<T, B> ofPart(String name, Class<T> type, Supplier<B> newBuilder, Function<B, T> build) {
    return new Declaration<>(Objects.requireNonNull(name, "name"), null, type, newBuilder, build);
  }

  /**
   * Starts the declaration of a part built straight from its values, without a builder: a part
   * read by the hundred, such as a ballot, whose class takes its values in one array, validates
   * them and keeps what it needs. Its properties are declared without setters ({@link
   * Declaration#required(String, ValueType, Function)}, {@link Declaration#optionalOrNull(String,
   * ValueType, Function)}): each value goes into the slot of its property's index.
   *
   * @param name the part's name, such as {@code ballot}
   * @param type its class
   * @param fromValues builds and validates the part from one slot per property, in wire order; it
   *     must keep neither the array nor a list in it, which readers reuse, but copy what it keeps
   * @param <T> the part
   * @return the declaration, to add properties to in wire order
   */
  public static <T> Declaration<T, Object[]> ofPartValues(String name, Class<T> type, Function<Object[], T> fromValues) {
    Objects.requireNonNull(fromValues, "fromValues");
    Declaration<T, Object[]> declaration =
        new Declaration<>(Objects.requireNonNull(name, "name"), null, type, () -> null, values -> fromValues.apply(values));
    declaration.fromValues = fromValues;
    return declaration;
  }

  /**
   * Returns the wire name: the record type's, such as {@code protest_note}, or the part's.
   *
   * @return the wire name; never null
   */
  public String name() {
    return name;
  }

  /**
   * Returns the record type, or empty for a part.
   *
   * @return the record type, or empty when the shape is a part's
   */
  public Optional<RecordType> recordType() {
    return Optional.ofNullable(recordType);
  }

  /**
   * Returns the class described.
   *
   * @return the class; never null
   */
  public Class<T> type() {
    return type;
  }

  /**
   * Returns the properties, in wire order; a property's {@link Property#index()} is its place here.
   *
   * @return the properties in wire order, unmodifiable; never null
   */
  public List<Property<T, ?>> properties() {
    return properties;
  }

  /**
   * Returns the groups of optional properties of which at least one must be present, such as a
   * ballot's {@code [voter_id, voter_name]}; the type's own check enforces them, and schemas state
   * them.
   *
   * @return the groups of wire names, each of two or more, unmodifiable; never null, empty for most
   *     types
   */
  public List<List<String>> atLeastOneOf() {
    return atLeastOneOf;
  }

  /**
   * Returns the property with this wire name.
   *
   * @param wireName the wire name, such as {@code motion_id}; not null
   * @return the property, or empty when the shape has none of that name
   */
  public Optional<Property<T, ?>> property(String wireName) {
    return Optional.ofNullable(byName.get(Objects.requireNonNull(wireName, "wireName")));
  }

  /**
   * Returns the property of this shape with a wire name: for a name several record types share
   * ({@link SharedNames}), the property of this shape that has it.
   *
   * @param wireName the wire name, such as {@link SharedNames#OTHER_REPORT_OF}; not null
   * @return the property, or empty when the shape has none of that name
   */
  public Optional<Property<T, ?>> property(WireName wireName) {
    return property(Objects.requireNonNull(wireName, "wireName").name());
  }

  /**
   * Returns the property with this wire name, or null when there is none: for readers that look
   * up every key they meet, without an {@code Optional} each time.
   *
   * @param wireName the name
   * @return the property, or null
   */
  public Property<T, ?> lookup(String wireName) {
    return byName.get(wireName);
  }

  /**
   * Returns an empty array of values, one slot per property, for {@link #create(Object[])}.
   *
   * @return a new array of nulls, as long as the shape has properties
   */
  public Object[] newValues() {
    return new Object[properties.size()];
  }

  /**
   * Builds an instance from values by property index, through the type's builder (or, for a part
   * declared with {@link #ofPartValues}, its constructor), so that every rule of the type applies.
   * A null slot leaves its property unset; an optional property's slot holds the value itself, a
   * list property's the list. Neither the array nor its lists are kept (a builder copies the
   * lists): a reader may fill them again for the next instance.
   *
   * @param values one slot per property
   * @return the instance
   * @throws io.github.chancery.core.validation.ValidationException if the values break a rule
   */
  public T create(Object[] values) {
    if (values.length != properties.size()) {
      throw new IllegalArgumentException(
          "expected " + properties.size() + " values for " + name + ", got " + values.length);
    }
    // A part built from values takes them at once; it keeps none of the array, which readers reuse.
    return fromValues != null ? fromValues.apply(values) : build(values);
  }

  private T build(Object[] values) {
    Object builder = newBuilder.get();
    for (int i = 0; i < values.length; i++) {
      if (values[i] != null) {
        properties.get(i).set(builder, values[i]);
      }
    }
    return build.apply(builder);
  }

  /**
   * Starts an instance whose values are given one property at a time, as a reader meets them,
   * and built through the type's builder with {@link Assembly#get()}.
   *
   * @return the assembly
   */
  public Assembly<T> assemble() {
    return new Assembly<>(this, fromValues != null ? newValues() : newBuilder.get());
  }

  /**
   * An instance being put together one property at a time: a reader gives each value as it meets
   * it, and {@link #get()} builds the instance through the type's builder, so every rule applies.
   * Not thread-safe; used once.
   *
   * @param <T> the type built
   */
  public static final class Assembly<T> implements Supplier<T> {
    private final Shape<T> shape;
    private final Object builder;

    private Assembly(Shape<T> shape, Object builder) {
      this.shape = shape;
      this.builder = builder;
    }

    /**
     * Gives a property its value: the value itself for a required or optional property, the list
     * for a list property.
     *
     * @param property a property of this shape
     * @param value its value, not null
     */
    public void set(Property<T, ?> property, Object value) {
      if (shape.fromValues != null) {
        ((Object[]) builder)[property.index()] = value;
      } else {
        property.set(builder, value);
      }
    }

    /**
     * Builds the instance.
     *
     * @return the instance
     * @throws io.github.chancery.core.validation.ValidationException if its values break a rule
     */
    @Override
    public T get() {
      return shape.fromValues != null ? shape.fromValues.apply((Object[]) builder) : shape.build.apply(builder);
    }
  }

  /** Returns the wire name. */
  @Override
  public String toString() {
    return name;
  }

  /**
   * The declaration of a shape: properties are added in wire order, each call returning the
   * property it adds, which the type keeps as its public handle; then {@link #build()}.
   *
   * <pre>{@code
   * private static final Shape.Declaration<Vote, Builder> DECLARATION =
   *     Shape.ofRecord(RecordType.VOTE, Vote.class, Vote::builder, Builder::build);
   * public static final Property<Vote, String> ID = DECLARATION.id(Vote::id, Builder::id);
   * public static final Property<Vote, Reference<Motion>> MOTION =
   *     DECLARATION.required("motion_id", ValueType.reference(RecordType.MOTION), Vote::motion, Builder::motion);
   * private static final Shape<Vote> SHAPE = DECLARATION.build();
   * }</pre>
   *
   * <p>Not thread-safe; used once, in a static initialiser.
   *
   * @param <T> the type described
   * @param <B> its builder
   */
  public static final class Declaration<T, B> {
    private final String name;
    private final RecordType recordType;
    private final Class<T> type;
    private final Supplier<B> newBuilder;
    private final Function<B, T> build;
    private final List<Property<T, ?>> properties = new ArrayList<>();
    private final List<List<String>> oneOf = new ArrayList<>();
    private Function<Object[], T> fromValues;
    private boolean built;

    private Declaration(String name, RecordType recordType, Class<T> type, Supplier<B> newBuilder, Function<B, T> build) {
      this.name = name;
      this.recordType = recordType;
      this.type = Objects.requireNonNull(type, "type");
      this.newBuilder = Objects.requireNonNull(newBuilder, "newBuilder");
      this.build = Objects.requireNonNull(build, "build");
    }

    /**
     * Adds a required property.
     *
     * @param name the wire name, not yet declared; not null
     * @param type the type of the value; not null
     * @param getter gets the value from an instance; not null
     * @param setter gives the value to a builder; not null
     * @param <V> the type of the value
     * @return the property added, to keep as the type's handle
     * @throws IllegalArgumentException if a property of that name is already declared
     */
    public <V> Property<T, V> required(
        String name, ValueType<? super V> type, Function<T, V> getter, BiConsumer<B, V> setter) {
      return add(name, Cardinality.REQUIRED, type, getter, setter);
    }

    /**
     * Adds an optional property; its getter returns an {@code Optional}.
     *
     * @param name the wire name, not yet declared; not null
     * @param type the type of the value; not null
     * @param getter gets the value from an instance, as an {@code Optional}; not null
     * @param setter gives a present value to a builder; not null
     * @param <V> the type of the value
     * @return the property added, to keep as the type's handle
     * @throws IllegalArgumentException if a property of that name is already declared
     */
    public <V> Property<T, V> optional(
        String name, ValueType<? super V> type, Function<T, Optional<V>> getter, BiConsumer<B, V> setter) {
      return add(name, Cardinality.OPTIONAL, type, getter, setter);
    }

    /**
     * Adds a list property; its setter adds all the values given.
     *
     * @param name the wire name, not yet declared; not null
     * @param type the type of one value; not null
     * @param getter gets the list from an instance; not null
     * @param setter gives all the values to a builder; not null
     * @param <V> the type of one value
     * @return the property added, to keep as the type's handle
     * @throws IllegalArgumentException if a property of that name is already declared
     */
    public <V> Property<T, V> list(
        String name, ValueType<? super V> type, Function<T, List<V>> getter, BiConsumer<B, List<V>> setter) {
      return add(name, Cardinality.LIST, type, getter, setter);
    }

    /**
     * Adds a list property that must hold at least one value.
     *
     * @param name the wire name, not yet declared; not null
     * @param type the type of one value; not null
     * @param getter gets the list from an instance; not null
     * @param setter gives all the values to a builder; not null
     * @param <V> the type of one value
     * @return the property added, to keep as the type's handle
     * @throws IllegalArgumentException if a property of that name is already declared
     */
    public <V> Property<T, V> nonEmptyList(
        String name, ValueType<? super V> type, Function<T, List<V>> getter, BiConsumer<B, List<V>> setter) {
      return add(name, Cardinality.NON_EMPTY_LIST, type, getter, setter);
    }

    /**
     * Adds a required property of a part built from its values ({@link Shape#ofPartValues}).
     *
     * @param name the wire name, not yet declared; not null
     * @param type the type of the value; not null
     * @param getter gets the value from an instance; not null
     * @param <V> the type of the value
     * @return the property added, to keep as the type's handle
     * @throws IllegalStateException if the declaration's parts are built by a builder
     */
    public <V> Property<T, V> required(String name, ValueType<? super V> type, Function<T, V> getter) {
      return add(name, Cardinality.REQUIRED, type, getter, null, slot());
    }

    /**
     * Adds an optional property of a part built from its values ({@link Shape#ofPartValues}) whose
     * class holds an absent value as null: the property's {@code Optional} is made from the value
     * only when asked for, and writers read the value itself ({@link Property#getOrNull}).
     *
     * @param name the wire name, not yet declared; not null
     * @param type the type of the value; not null
     * @param nullableGetter gets the value from an instance, or null when absent; not null
     * @param <V> the type of the value
     * @return the property added, to keep as the type's handle
     * @throws IllegalStateException if the declaration's parts are built by a builder
     */
    public <V> Property<T, V> optionalOrNull(String name, ValueType<? super V> type, Function<T, V> nullableGetter) {
      Objects.requireNonNull(nullableGetter, "nullableGetter");
      Function<T, Optional<V>> getter = owner -> Optional.ofNullable(nullableGetter.apply(owner));
      return add(name, Cardinality.OPTIONAL, type, getter, nullableGetter, slot());
    }

    /** The setter of the next property of a part built from values: its slot in the array. */
    @SuppressWarnings("unchecked")
    private BiConsumer<B, Object> slot() {
      if (fromValues == null) {
        throw new IllegalStateException(this.name + " is built by a builder: give each property its setter");
      }
      int index = properties.size();
      BiConsumer<Object[], Object> slot = (values, value) -> values[index] = value;
      return (BiConsumer<B, Object>) (BiConsumer<?, ?>) slot;
    }

    /**
     * Adds a record's id, named {@link SharedNames#ID}: required, a record id.
     *
     * @param getter gets the id from a record; not null
     * @param setter gives the id to a builder; not null
     * @return the property added, to keep as the type's handle
     * @throws IllegalStateException if this is the declaration of a part
     */
    public Property<T, String> id(Function<T, String> getter, BiConsumer<B, String> setter) {
      return required(recordOnly(SharedNames.ID), ValueType.ID, getter, setter);
    }

    /**
     * Adds a record's identifiers in other registers, named {@link SharedNames#IDENTIFIERS}: a
     * list of {@link Identifier}s.
     *
     * @param getter gets the identifiers from a record; not null
     * @param setter gives all the identifiers to a builder; not null
     * @return the property added, to keep as the type's handle
     * @throws IllegalStateException if this is the declaration of a part
     */
    public Property<T, Identifier> identifiers(
        Function<T, List<Identifier>> getter, BiConsumer<B, List<Identifier>> setter) {
      return list(recordOnly(SharedNames.IDENTIFIERS), ValueType.part(Identifier.shape()), getter, setter);
    }

    /**
     * Adds a record's sources, named {@link SharedNames#SOURCES}: a list of references to
     * sources.
     *
     * @param getter gets the references from a record; not null
     * @param setter gives all the references to a builder; not null
     * @return the property added, to keep as the type's handle
     * @throws IllegalStateException if this is the declaration of a part
     */
    public Property<T, Reference<? extends Provenance>> sources(
        Function<T, List<Reference<? extends Provenance>>> getter,
        BiConsumer<B, List<Reference<? extends Provenance>>> setter) {
      return list(recordOnly(SharedNames.SOURCES), ValueType.reference(RecordType.SOURCE), getter, setter);
    }

    /**
     * Adds the record of the same act as another source reports it, named {@link
     * SharedNames#OTHER_REPORT_OF}: optional, a reference to a record of the declared type.
     *
     * @param getter gets the reference from a record, as an {@code Optional}; not null
     * @param setter gives a present reference to a builder; not null
     * @param <V> the type of the reference
     * @return the property added, to keep as the type's handle
     * @throws IllegalStateException if this is the declaration of a part
     */
    public <V extends Reference<?>> Property<T, V> otherReportOf(Function<T, Optional<V>> getter, BiConsumer<B, V> setter) {
      return optional(recordOnly(SharedNames.OTHER_REPORT_OF), ValueType.reference(recordType), getter, setter);
    }

    private String recordOnly(WireName shared) {
      if (recordType == null) {
        throw new IllegalStateException("a part such as " + this.name + " has no " + shared.name() + " of its own");
      }
      return shared.name();
    }

    private <V> Property<T, V> add(String name, Cardinality cardinality, ValueType<? super V> type, Function<T, ?> getter, BiConsumer<B, ?> setter) {
      return add(name, cardinality, type, getter, null, setter);
    }

    private <V> Property<T, V> add(
        String name,
        Cardinality cardinality,
        ValueType<? super V> type,
        Function<T, ?> getter,
        Function<T, ?> nullableGetter,
        BiConsumer<B, ?> setter) {
      Objects.requireNonNull(name, "name");
      if (built) {
        throw new IllegalStateException("the shape of " + this.name + " is already built");
      }
      if (properties.stream().anyMatch(p -> p.name().equals(name))) {
        throw new IllegalArgumentException("property " + name + " is declared twice in " + this.name);
      }
      Property<T, V> property =
          new Property<T, V>(
              name,
              properties.size(),
              cardinality,
              Objects.requireNonNull(type, "type"),
              Objects.requireNonNull(getter, "getter"),
              nullableGetter,
              Objects.requireNonNull(setter, "setter"));
      properties.add(property);
      return property;
    }

    /**
     * Declares that at least one of the given optional properties, declared before, must be
     * present: a ballot's {@code voter_id} or {@code voter_name}.
     *
     * @param alternatives two or more optional properties of this declaration
     * @return this declaration
     * @throws IllegalArgumentException if fewer than two are given, or one is not an optional
     *     property declared here
     */
    public Declaration<T, B> atLeastOneOf(WireName... alternatives) {
      if (alternatives.length < 2) {
        throw new IllegalArgumentException("at least one of what? name two properties or more");
      }
      List<String> group = new ArrayList<>(alternatives.length);
      for (WireName wanted : alternatives) {
        if (properties.stream().noneMatch(p -> p == wanted && p.cardinality() == Cardinality.OPTIONAL)) {
          throw new IllegalArgumentException(wanted.name() + " is not an optional property of " + this.name);
        }
        group.add(wanted.name());
      }
      oneOf.add(List.copyOf(group));
      return this;
    }

    /**
     * Finishes the shape; no property may be added after.
     *
     * @return the shape, with the properties in the order they were added
     */
    public Shape<T> build() {
      built = true;
      return new Shape<>(this);
    }
  }
}
