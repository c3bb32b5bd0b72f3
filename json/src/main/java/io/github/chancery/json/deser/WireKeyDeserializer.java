package io.github.chancery.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.KeyDeserializer;
import io.github.chancery.core.record.ValueType;
import io.github.chancery.json.ChanceryJsonException;
import io.github.chancery.json.internal.DocumentEngine;
import io.github.chancery.json.internal.ReadContext;
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
  public V deserializeKey(String key, DeserializationContext context) throws ChanceryJsonException {
    JsonParser parser = context.getParser();
    ReadContext read = ReadContext.strict().at(ParseFailures.pathOf(parser));
    DocumentEngine.MapKeys keys = parser == null ? null : (DocumentEngine.MapKeys) context.getAttribute(SEEN);
    if (parser != null && keys == null) {
      keys = new DocumentEngine.MapKeys();
      context.setAttribute(SEEN, keys);
    }
    String map = parser == null ? null : ParseFailures.pathOf(parser.getParsingContext().getParent());
    V value = DocumentEngine.readKey(key, valueType, read, keys, map);
    if (value == null) {
      throw new ChanceryJsonException(read.problems());
    }
    return value;
  }
}
