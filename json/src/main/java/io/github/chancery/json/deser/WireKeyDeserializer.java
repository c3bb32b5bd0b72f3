package io.github.chancery.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.KeyDeserializer;
import io.github.chancery.core.record.ValueType;
import io.github.chancery.json.ChanceryJsonException;
import io.github.chancery.json.internal.DocumentEngine;
import io.github.chancery.json.internal.DocumentEngine.MapKeys;
import io.github.chancery.json.internal.jackson.ParseFailures;

/**
 * Reads a map key as a value written as one string (a date, a language tag, a code, a
 * reference), under the same rules as the value; a bad key, or two keys of one map that are one
 * value, is a {@link ChanceryJsonException} naming the key's path.
 *
 * <p>Immutable and thread-safe: one instance serves every mapper and thread.
 *
 * @param <V> the type read
 */
public final class WireKeyDeserializer<V> extends KeyDeserializer {
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
  public V deserializeKey(String key, DeserializationContext context) throws ChanceryJsonException {
    JsonParser parser = context.getParser();
    // Outside a document (a conversion) a key is read alone; inside one, against the keys before it.
    MapKeys keys = parser == null ? null : MapKeys.kept(context.getAttribute(MapKeys.ATTRIBUTE));
    if (keys != null) {
      context.setAttribute(MapKeys.ATTRIBUTE, keys);
    }
    return DocumentEngine.readKey(key, valueType, ParseFailures.pathOf(parser), keys, ChanceryJsonException::new);
  }
}
