package io.github.chancery.json.jackson3.deser;

import io.github.chancery.core.record.ValueType;
import io.github.chancery.json.internal.DocumentEngine;
import io.github.chancery.json.jackson3.internal.ParseFailures;
import io.github.chancery.json.internal.ReadContext;
import io.github.chancery.json.jackson3.ChanceryJsonException;
import tools.jackson.core.JsonParser;
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
    JsonParser parser = context.getParser();
    ReadContext read = ReadContext.strict().at(ParseFailures.pathOf(parser));
    DocumentEngine.MapKeys keys = parser == null ? null : (DocumentEngine.MapKeys) context.getAttribute(SEEN);
    if (parser != null && keys == null) {
      keys = new DocumentEngine.MapKeys();
      context.setAttribute(SEEN, keys);
    }
    String map = parser == null ? null : ParseFailures.pathOf(parser.streamReadContext().getParent());
    V value = DocumentEngine.readKey(key, valueType, read, keys, map);
    if (value == null) {
      throw new ChanceryJsonException(read.problems());
    }
    return value;
  }
}
