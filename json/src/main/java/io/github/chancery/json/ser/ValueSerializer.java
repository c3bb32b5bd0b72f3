package io.github.chancery.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.WritableTypeId;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import io.github.chancery.json.internal.WireNames;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.chancery.core.record.ValueType;
import io.github.chancery.json.internal.RecordEngine;
import io.github.chancery.json.internal.jackson.JacksonTokenWriter;
import java.io.IOException;

/**
 * Writes a value or part of a record (a date, a text in several languages, a code, a count, a
 * ballot, ...) exactly as it is written inside a record, so that an application's own documents
 * hold them in the documented wire format.
 *
 * <p>Immutable and thread-safe: one instance serves every mapper and thread.
 *
 * @param <V> the type written
 */
public final class ValueSerializer<V> extends StdSerializer<V> {
  private static final long serialVersionUID = 1L;

  private final transient ValueType<V> valueType;

  /**
   * Creates the serializer of a type.
   *
   * @param type the type written
   * @param valueType how it is written
   */
  public ValueSerializer(Class<V> type, ValueType<V> valueType) {
    super(type);
    this.valueType = valueType;
  }

  @Override
  public void serialize(V value, JsonGenerator out, SerializerProvider provider) throws IOException {
    RecordEngine.writeValue(new JacksonTokenWriter(out), valueType, value);
  }

  /**
   * Writes the value with the type id a mapper with default typing asks for: the public type's
   * ({@code Vote}, never a generated class), around the value as the wire format has it.
   */
  @Override
  public void serializeWithType(V value, JsonGenerator out, SerializerProvider provider, TypeSerializer types) throws IOException {
    WritableTypeId id = types.writeTypePrefix(out, types.typeId(value, WireNames.publicType(value.getClass()), JsonToken.VALUE_STRING));
    serialize(value, out, provider);
    types.writeTypeSuffix(out, id);
  }
}
