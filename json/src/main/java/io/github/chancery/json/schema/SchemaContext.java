package io.github.chancery.json.schema;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.TreeMap;

/** Collects the named definitions ({@code $defs}) of a schema while it is generated. */
final class SchemaContext {
  private final Map<String, ObjectNode> definitions = new TreeMap<>();

  /** Returns a new, empty schema object. */
  static ObjectNode node() {
    return JsonNodeFactory.instance.objectNode();
  }

  /** Returns a reference to a definition, adding the definition when first seen. */
  ObjectNode reference(String name, java.util.function.Supplier<ObjectNode> definition) {
    if (!definitions.containsKey(name)) {
      definitions.put(name, node()); // placeholder, so that recursive types terminate
      definitions.put(name, definition.get());
    }
    return node().put("$ref", "#/$defs/" + name);
  }

  /** Returns the definitions collected, by name. */
  Map<String, ObjectNode> definitions() {
    return definitions;
  }
}
