package io.github.chancery.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.chancery.json.codec.ValueCodec;
import java.io.IOException;

/**
 * Writes a value or part of a record (a date, a text in several languages, a code, a count, a
 * ballot, ...) exactly as it is written inside a record, so that an application's own documents
 * hold them in the documented wire format.
 *
 * @param <V> the type written
 */
public final class ValueSerializer<V> extends StdSerializer<V> {
  private static final long serialVersionUID = 1L;

  private final transient ValueCodec<V> codec;

  /**
   * Creates the serializer of a type.
   *
   * @param type the type written
   * @param codec how it is written
   */
  public ValueSerializer(Class<V> type, ValueCodec<V> codec) {
    super(type);
    this.codec = codec;
  }

  @Override
  public void serialize(V value, JsonGenerator out, SerializerProvider provider) throws IOException {
    codec.write(out, value);
  }
}
