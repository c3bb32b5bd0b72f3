package io.github.chancery.json.schema;

import java.util.Map;
import java.util.TreeMap;

/** Collects the named definitions ({@code $defs}) of a schema while it is generated. */
final class SchemaContext {
  private final Map<String, SchemaNode> definitions = new TreeMap<>();

  /** Returns a new, empty schema object. */
  static SchemaNode node() {
    return SchemaNode.object();
  }

  /** Returns a reference to a definition, adding the definition when first seen. */
  SchemaNode reference(String name, java.util.function.Supplier<SchemaNode> definition) {
    if (!definitions.containsKey(name)) {
      definitions.put(name, node()); // placeholder, so that recursive types terminate
      definitions.put(name, definition.get());
    }
    return node().put("$ref", "#/$defs/" + name);
  }

  /** Returns the definitions collected, by name. */
  Map<String, SchemaNode> definitions() {
    return definitions;
  }
}
