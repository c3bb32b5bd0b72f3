package io.github.chancery.json.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * How one kind of value is written, read and described in JSON Schema. Reading reports problems
 * to the context, with the value's path, and returns null instead of throwing.
 *
 * @param <V> the value type
 */
public interface ValueCodec<V> {
  /** Writes a value. */
  void write(JsonGenerator out, V value) throws IOException;

  /** Reads a value that is present and not null; returns null after reporting a problem. */
  V read(JsonNode node, String path, ReadContext context);

  /** Returns the JSON Schema (draft 2020-12) of the value. */
  ObjectNode schema(SchemaContext schemas);
}
