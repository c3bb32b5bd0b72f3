package io.github.chancery.json.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.chancery.json.JsonRule;
import java.io.IOException;
import java.util.Map;
import java.util.Set;

/**
 * The codec of a record type: an object whose first property is its registered {@code type}
 * name, then its {@code id}, then its own properties.
 *
 * @param <R> the record type
 */
public final class RecordCodec<R> {
  /** The property that names a record's type. */
  public static final String TYPE = "type";

  private final Class<R> type;
  private final ObjectCodec<R> properties;

  RecordCodec(Class<R> type, ObjectCodec<R> properties) {
    this.type = type;
    this.properties = properties;
  }

  /** Returns the registered type name, such as {@code protest_note}. */
  public String typeName() {
    return properties.name();
  }

  /** Returns the record class. */
  public Class<R> type() {
    return type;
  }

  /** Writes a record. */
  public void write(JsonGenerator out, R record) throws IOException {
    out.writeStartObject();
    out.writeStringField(TYPE, typeName());
    properties.writeProperties(out, record);
    out.writeEndObject();
  }

  /**
   * Reads a record whose {@code type} was already checked to be this codec's, reporting
   * problems to the context.
   *
   * @return the record, or null when a problem was found
   */
  public R read(ObjectNode node, String path, ReadContext context) {
    JsonNode id = node.get("id");
    if (id != null && id.isTextual()) {
      context.recordId(id.textValue());
    }
    return properties.readProperties(node, path, context, Set.of(TYPE));
  }

  /**
   * Checks that a node is an object with a textual {@code type}, and returns that type name.
   *
   * @return the type name, or null after reporting a problem
   */
  public static String typeOf(JsonNode node, String path, ReadContext context) {
    if (!node.isObject()) {
      context.problem(path, JsonRule.WRONG_TYPE, "expected a record object, found " + Codecs.describe(node));
      return null;
    }
    JsonNode id = node.get("id");
    if (id != null && id.isTextual()) {
      context.recordId(id.textValue());
    }
    JsonNode type = node.get(TYPE);
    String typePath = Paths.property(path, TYPE);
    if (type == null || type.isNull()) {
      context.problem(typePath, JsonRule.REQUIRED, "every record must name its type");
      return null;
    }
    return Codecs.text(type, typePath, context, "a record type name");
  }

  /** Returns the JSON Schema of this record type. */
  public ObjectNode schema(SchemaContext schemas) {
    return schemas.reference(
        typeName(),
        () -> properties.objectSchema(schemas, Map.of(TYPE, SchemaContext.node().put("const", typeName()))));
  }
}
