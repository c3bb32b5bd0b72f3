package io.github.chancery.json.schema;

import io.github.chancery.json.internal.JsonText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON object or array of a schema while it is generated, and its text as the shipped files
 * have it: two spaces a level, {@code "name" : value}, arrays on one line. Only what schemas hold
 * (objects, arrays, strings, integers, booleans). Not thread-safe: one per generation.
 */
final class SchemaNode {
  private final Map<String, Object> properties; // an object's, in insertion order; null for an array
  private final List<Object> elements; // an array's; null for an object

  private SchemaNode(boolean array) {
    this.properties = array ? null : new LinkedHashMap<>();
    this.elements = array ? new ArrayList<>() : null;
  }

  /** Returns a new, empty object. */
  static SchemaNode object() {
    return new SchemaNode(false);
  }

  /** Returns a new, empty array. */
  static SchemaNode array() {
    return new SchemaNode(true);
  }

  /** Sets a property of this object to a string, a number, a boolean or a node; returns this object. */
  SchemaNode put(String name, Object value) {
    properties.put(name, value);
    return this;
  }

  /** Sets a property of this object to a new object, and returns the new object. */
  SchemaNode putObject(String name) {
    SchemaNode object = object();
    properties.put(name, object);
    return object;
  }

  /** Sets a property of this object to a new array, and returns the new array. */
  SchemaNode putArray(String name) {
    SchemaNode array = array();
    properties.put(name, array);
    return array;
  }

  /** Sets every property of another object, or of a map of them, on this one; returns this object. */
  SchemaNode putAll(Map<String, ?> more) {
    properties.putAll(more);
    return this;
  }

  /** Returns this object's properties. */
  Map<String, Object> properties() {
    return properties;
  }

  /** Adds a string, a number or a node to this array; returns this array. */
  SchemaNode add(Object value) {
    elements.add(value);
    return this;
  }

  /** Adds a new object to this array, and returns the new object. */
  SchemaNode addObject() {
    SchemaNode object = object();
    elements.add(object);
    return object;
  }

  /** Returns the text of this node at the root, without a final line break. */
  String text() {
    StringBuilder out = new StringBuilder(4096);
    write(out, this, 0);
    return out.toString();
  }

  private static void write(StringBuilder out, Object value, int level) {
    if (value instanceof String) {
      quote(out, (String) value);
    } else if (!(value instanceof SchemaNode)) {
      out.append(value); // a number or a boolean
    } else if (((SchemaNode) value).elements != null) {
      List<Object> elements = ((SchemaNode) value).elements;
      if (elements.isEmpty()) {
        out.append("[ ]");
        return;
      }
      out.append("[ ");
      for (int i = 0; i < elements.size(); i++) {
        out.append(i == 0 ? "" : ", ");
        write(out, elements.get(i), level); // arrays are not indented: only objects are
      }
      out.append(" ]");
    } else {
      Map<String, Object> properties = ((SchemaNode) value).properties;
      if (properties.isEmpty()) {
        out.append("{ }");
        return;
      }
      out.append('{');
      String separator = "";
      for (Map.Entry<String, Object> property : properties.entrySet()) {
        out.append(separator).append('\n').append("  ".repeat(level + 1));
        quote(out, property.getKey());
        out.append(" : ");
        write(out, property.getValue(), level + 1);
        separator = ",";
      }
      out.append('\n').append("  ".repeat(level)).append('}');
    }
  }

  /** Writes a JSON string, escaped as Jackson escapes it. */
  private static void quote(StringBuilder out, String text) {
    JsonText.quote(out, text);
  }
}
