package io.github.chancery.json.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.chancery.json.JsonRule;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The codec of an object: its properties in a fixed order (so output is canonical), each
 * required, optional or a list, and how to build the object from the values read, through the
 * core's public factories and builders so that every core rule applies.
 *
 * <p>Absent optional properties and empty lists are omitted on writing; on reading, a null
 * optional property is taken as absent, and a null or missing required one is an error.
 *
 * @param <T> the type of object
 */
public class ObjectCodec<T> implements ValueCodec<T> {
  private final String name;
  private final List<Field<T, ?>> fields;
  private final Map<String, Field<T, ?>> byName;
  private final Function<Values, T> constructor;

  ObjectCodec(String name, List<Field<T, ?>> fields, Function<Values, T> constructor) {
    this.name = name;
    this.fields = List.copyOf(fields);
    Map<String, Field<T, ?>> index = new LinkedHashMap<>();
    fields.forEach(f -> index.put(f.name, f));
    this.byName = Collections.unmodifiableMap(index);
    this.constructor = constructor;
  }

  /** Starts the definition of an object codec. */
  public static <T> Definition<T> define(String name) {
    return new Definition<>(name);
  }

  /** Returns the name of the object's schema definition, such as {@code count}. */
  public String name() {
    return name;
  }

  @Override
  public void write(JsonGenerator out, T value) throws IOException {
    out.writeStartObject();
    writeProperties(out, value);
    out.writeEndObject();
  }

  void writeProperties(JsonGenerator out, T value) throws IOException {
    for (Field<T, ?> field : fields) {
      field.write(out, value);
    }
  }

  @Override
  public T read(JsonNode node, String path, ReadContext context) {
    if (!node.isObject()) {
      context.problem(path, JsonRule.WRONG_TYPE, "expected an object, found " + Codecs.describe(node));
      return null;
    }
    return readProperties((ObjectNode) node, path, context, Collections.emptySet());
  }

  T readProperties(ObjectNode node, String path, ReadContext context, java.util.Set<String> handled) {
    int before = context.problemCount();
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String property = names.next();
      if (!byName.containsKey(property) && !handled.contains(property)) {
        context.unknownProperty(Paths.property(path, property));
      }
    }
    Values values = new Values();
    for (Field<T, ?> field : fields) {
      field.read(node, path, context, values);
    }
    return context.build(path, before, () -> constructor.apply(values));
  }

  @Override
  public ObjectNode schema(SchemaContext schemas) {
    return schemas.reference(name, () -> objectSchema(schemas, Map.of()));
  }

  ObjectNode objectSchema(SchemaContext schemas, Map<String, ObjectNode> extraProperties) {
    ObjectNode schema = SchemaContext.node().put("type", "object");
    ObjectNode properties = schema.putObject("properties");
    extraProperties.forEach(properties::set);
    ArrayNode required = SchemaContext.node().arrayNode();
    extraProperties.keySet().forEach(required::add);
    for (Field<T, ?> field : fields) {
      properties.set(field.name, field.schema(schemas));
      if (field.kind == Kind.REQUIRED || field.minItems > 0) {
        required.add(field.name);
      }
    }
    schema.set("required", required);
    schema.put("additionalProperties", false);
    return schema;
  }

  enum Kind {
    REQUIRED,
    OPTIONAL,
    LIST
  }

  /**
   * One property: its wire name, kind, codec, and how to get its value from an object.
   *
   * @param <T> the object type
   * @param <V> the type of the property's single value
   */
  public static final class Field<T, V> {
    final String name;
    final Kind kind;
    final ValueCodec<V> codec;
    final Function<T, ?> getter;
    final int minItems;

    Field(String name, Kind kind, ValueCodec<V> codec, Function<T, ?> getter, int minItems) {
      this.name = name;
      this.kind = kind;
      this.codec = codec;
      this.getter = getter;
      this.minItems = minItems;
    }

    @SuppressWarnings("unchecked")
    void write(JsonGenerator out, T object) throws IOException {
      Object value = getter.apply(object);
      switch (kind) {
        case REQUIRED:
          out.writeFieldName(name);
          codec.write(out, (V) value);
          break;
        case OPTIONAL:
          Optional<V> optional = (Optional<V>) value;
          if (optional.isPresent()) {
            out.writeFieldName(name);
            codec.write(out, optional.get());
          }
          break;
        default:
          List<V> list = (List<V>) value;
          if (!list.isEmpty()) {
            out.writeArrayFieldStart(name);
            for (V element : list) {
              codec.write(out, element);
            }
            out.writeEndArray();
          }
      }
    }

    void read(ObjectNode node, String base, ReadContext context, Values values) {
      String path = Paths.property(base, name);
      JsonNode child = node.get(name);
      boolean absent = child == null || child.isNull();
      switch (kind) {
        case REQUIRED:
          if (absent) {
            context.problem(path, JsonRule.REQUIRED, child == null ? "is required" : "must not be null");
          } else {
            values.put(this, codec.read(child, path, context));
          }
          break;
        case OPTIONAL:
          values.put(this, absent ? Optional.empty() : Optional.ofNullable(codec.read(child, path, context)));
          break;
        default:
          List<V> list = new ArrayList<>();
          if (!absent) {
            if (!child.isArray()) {
              context.problem(path, JsonRule.WRONG_TYPE, "expected an array, found " + Codecs.describe(child));
            } else {
              for (int i = 0; i < child.size(); i++) {
                JsonNode element = child.get(i);
                String elementPath = Paths.index(path, i);
                if (element.isNull()) {
                  context.problem(elementPath, JsonRule.REQUIRED, "must not be null");
                } else {
                  list.add(codec.read(element, elementPath, context));
                }
              }
            }
          }
          values.put(this, list);
      }
    }

    ObjectNode schema(SchemaContext schemas) {
      ObjectNode single = codec.schema(schemas);
      if (kind == Kind.REQUIRED) {
        return single;
      }
      if (kind == Kind.OPTIONAL) {
        return orNull(single);
      }
      ObjectNode array = SchemaContext.node().put("type", "array");
      array.set("items", single);
      if (minItems > 0) {
        array.put("minItems", minItems);
        return array;
      }
      return orNull(array);
    }

    /** The reader takes null for an optional property or list as absent; the schema says so. */
    private static ObjectNode orNull(ObjectNode schema) {
      ObjectNode either = SchemaContext.node();
      either.putArray("anyOf").add(schema).add(SchemaContext.node().put("type", "null"));
      return either;
    }
  }

  /** The values read for one object, by field; what a constructor reads from. */
  public static final class Values {
    private final Map<Field<?, ?>, Object> values = new IdentityHashMap<>();

    void put(Field<?, ?> field, Object value) {
      values.put(field, value);
    }

    /** Returns the value of a required property. */
    @SuppressWarnings("unchecked")
    public <V> V get(Field<?, V> field) {
      return (V) values.get(field);
    }

    /** Returns the value of an optional property. */
    @SuppressWarnings("unchecked")
    public <V> Optional<V> optional(Field<?, V> field) {
      return (Optional<V>) values.get(field);
    }

    /** Returns the values of a list property. */
    @SuppressWarnings("unchecked")
    public <V> List<V> list(Field<?, V> field) {
      return (List<V>) values.get(field);
    }
  }

  /**
   * Declares the properties of an object codec, in wire order.
   *
   * @param <T> the object type
   */
  public static final class Definition<T> {
    private final String name;
    private final List<Field<T, ?>> fields = new ArrayList<>();

    Definition(String name) {
      this.name = name;
    }

    /** Declares a required property. */
    public <V> Field<T, V> required(String wireName, ValueCodec<V> codec, Function<T, V> getter) {
      return add(new Field<>(wireName, Kind.REQUIRED, codec, getter, 0));
    }

    /** Declares an optional property. */
    public <V> Field<T, V> optional(String wireName, ValueCodec<V> codec, Function<T, Optional<V>> getter) {
      return add(new Field<>(wireName, Kind.OPTIONAL, codec, getter, 0));
    }

    /** Declares a list property, omitted when empty. */
    public <V> Field<T, V> list(String wireName, ValueCodec<V> codec, Function<T, List<V>> getter) {
      return add(new Field<>(wireName, Kind.LIST, codec, getter, 0));
    }

    /** Declares a list property that must hold at least one element. */
    public <V> Field<T, V> nonEmptyList(String wireName, ValueCodec<V> codec, Function<T, List<V>> getter) {
      return add(new Field<>(wireName, Kind.LIST, codec, getter, 1));
    }

    private <V> Field<T, V> add(Field<T, V> field) {
      fields.add(field);
      return field;
    }

    /** Finishes the definition of a part of a record. */
    public ObjectCodec<T> build(Function<Values, T> constructor) {
      return new ObjectCodec<>(name, fields, constructor);
    }

    /** Finishes the definition of a record type, whose wire name is the definition's name. */
    public RecordCodec<T> buildRecord(Class<T> type, Function<Values, T> constructor) {
      return new RecordCodec<>(type, new ObjectCodec<>(name, fields, constructor));
    }
  }
}
