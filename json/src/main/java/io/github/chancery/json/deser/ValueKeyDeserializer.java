package io.github.chancery.json.deser;

import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.KeyDeserializer;
import io.github.chancery.core.record.ValueType;
import io.github.chancery.json.ChanceryJsonException;
import io.github.chancery.json.internal.DocumentEngine;
import io.github.chancery.json.internal.ReadContext;
import io.github.chancery.json.internal.jackson.ParseFailures;

/**
 * Reads a map key as a value written as one string (a date, a language tag, a code, a
 * reference), under the same rules as the value; a bad key is a {@link ChanceryJsonException}
 * naming the key's path.
 *
 * <p>Immutable and thread-safe: one instance serves every mapper and thread.
 *
 * @param <V> the type read
 */
public final class ValueKeyDeserializer<V> extends KeyDeserializer {
  private static final Object SEEN = ValueKeyDeserializer.class.getName() + ".seen";

  private final ValueType<V> valueType;

  /**
   * Creates the key deserializer of a type.
   *
   * @param valueType how the key is read
   */
  public ValueKeyDeserializer(ValueType<V> valueType) {
    this.valueType = valueType;
  }

  @Override
  public V deserializeKey(String key, DeserializationContext context) throws ChanceryJsonException {
    ReadContext read = ReadContext.strict().at(ParseFailures.pathOf(context.getParser()));
    V value = DocumentEngine.readKey(key, valueType, read);
    // Two keys that are one value ("FR" and "fr") would make one entry of the map, silently.
    if (value != null && context.getParser() != null) {
      DocumentEngine.MapKeys keys = (DocumentEngine.MapKeys) context.getAttribute(SEEN);
      if (keys == null) {
        keys = new DocumentEngine.MapKeys();
        context.setAttribute(SEEN, keys);
      }
      keys.add(ParseFailures.pathOf(context.getParser().getParsingContext().getParent()), key, value, read);
    }
    if (read.hasProblems() || value == null) {
      throw new ChanceryJsonException(read.problems());
    }
    return value;
  }
}
