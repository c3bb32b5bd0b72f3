package io.github.chancery.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.WritableTypeId;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.chancery.json.internal.DocumentEngine;
import io.github.chancery.json.internal.WireNames;
import io.github.chancery.json.internal.jackson.JacksonTokenWriter;
import java.io.IOException;

/**
 * Writes a record, a value or part of a record, a dossier, a consistency report or a problem in
 * its wire form, through the engine shared with the Jackson 3 artifact: the same bytes whichever
 * Jackson writes.
 *
 * <p>Immutable and thread-safe: one instance serves every mapper and thread.
 *
 * @param <T> the type written
 */
public final class WireSerializer<T> extends StdSerializer<T> {
  private static final long serialVersionUID = 1L;

  private final transient DocumentEngine.Writing<T> writing;

  /**
   * Creates the serializer of a type.
   *
   * @param type the type written
   * @param writing how it is written
   */
  @SuppressWarnings("exports") // the engine's package is exported to Chancery's JSON modules only
  public WireSerializer(Class<T> type, DocumentEngine.Writing<T> writing) {
    super(type);
    this.writing = writing;
  }

  @Override
  public void serialize(T value, JsonGenerator out, SerializerProvider provider) throws IOException {
    writing.write(new JacksonTokenWriter(out), value);
  }

  /**
   * Writes the value with the type id a mapper with default typing asks for: the public type's
   * ({@code Vote}, never a generated class), around the value as the wire format has it.
   */
  @Override
  public void serializeWithType(T value, JsonGenerator out, SerializerProvider provider, TypeSerializer types) throws IOException {
    WritableTypeId id = types.writeTypePrefix(out, types.typeId(value, WireNames.publicType(value.getClass()), JsonToken.VALUE_STRING));
    serialize(value, out, provider);
    types.writeTypeSuffix(out, id);
  }
}
