package io.github.chancery.json.jackson3.deser;

import io.github.chancery.core.record.ValueType;
import io.github.chancery.json.internal.DocumentEngine;
import io.github.chancery.json.internal.ReadContext;
import io.github.chancery.json.jackson3.ChanceryJsonException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.KeyDeserializer;

/**
 * Reads a map key as a value written as one string (a date, a language tag, a code, a
 * reference), under the same rules as the value; a bad key is a {@link ChanceryJsonException}
 * naming the key's path.
 *
 * <p>Immutable and thread-safe: one instance serves every mapper and thread.
 *
 * @param <V> the type read
 */
public final class WireKeyDeserializer<V> extends KeyDeserializer {
  private static final Object SEEN = WireKeyDeserializer.class.getName() + ".seen";

  private final ValueType<V> valueType;

  /**
   * Creates the key deserializer of a type.
   *
   * @param valueType how the key is read
   */
  public WireKeyDeserializer(ValueType<V> valueType) {
    this.valueType = valueType;
  }

  @Override
  public V deserializeKey(String key, DeserializationContext context) {
    ReadContext read = ReadContext.strict().at(WireDeserializer.path(context.getParser()));
    V value = DocumentEngine.readKey(key, valueType, read);
    // Two keys that are one value ("FR" and "fr") would make one entry of the map, silently: the
    // values of each map's keys are kept for the read, by the map's path.
    if (value != null && context.getParser() != null) {
      @SuppressWarnings("unchecked")
      java.util.Map<String, java.util.Set<Object>> seen = (java.util.Map<String, java.util.Set<Object>>) context.getAttribute(SEEN);
      if (seen == null) {
        seen = new java.util.HashMap<>();
        context.setAttribute(SEEN, seen);
      }
      String map = io.github.chancery.json.jackson3.internal.ParseFailures.pathOf(context.getParser().streamReadContext().getParent());
      if (!seen.computeIfAbsent(map, path -> new java.util.HashSet<>()).add(value)) {
        read.problem(io.github.chancery.json.problem.JsonRule.DUPLICATE_KEY, "the key '" + key + "' is a value another key of this map already is");
      }
    }
    if (read.hasProblems() || value == null) {
      throw new ChanceryJsonException(read.problems());
    }
    return value;
  }
}
