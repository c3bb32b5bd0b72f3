package io.github.chancery.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.chancery.core.record.ValueType;
import java.io.IOException;

/**
 * Writes a value written as one string (a date, a language tag, a code, a reference) as a map
 * key, as the value is written.
 *
 * <p>Immutable and thread-safe: one instance serves every mapper and thread.
 *
 * @param <V> the type written
 */
public final class WireKeySerializer<V> extends StdSerializer<V> {
  private static final long serialVersionUID = 1L;

  private final transient ValueType<V> valueType;

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
  public void serialize(V value, JsonGenerator out, SerializerProvider provider) throws IOException {
    out.writeFieldName(valueType.print(value));
  }
}
