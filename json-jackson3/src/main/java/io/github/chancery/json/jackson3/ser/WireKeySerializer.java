package io.github.chancery.json.jackson3.ser;

import io.github.chancery.core.record.ValueType;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes a value written as one string (a date, a language tag, a code, a reference) as a map
 * key, in the form it has as a value, so that {@link
 * io.github.chancery.json.jackson3.deser.WireKeyDeserializer} reads it back.
 *
 * <p>Immutable and thread-safe: one instance serves every mapper and thread.
 *
 * @param <V> the type written
 */
public final class WireKeySerializer<V> extends StdSerializer<V> {
  private final ValueType<V> valueType;

  /**
   * Creates the key serializer of a type.
   *
   * @param type the type written
   * @param valueType how it is written
   */
  public WireKeySerializer(Class<V> type, ValueType<V> valueType) {
    super(type);
    this.valueType = valueType;
  }

  @Override
  public void serialize(V value, JsonGenerator out, SerializationContext context) {
    out.writeName(valueType.print(value));
  }
}
