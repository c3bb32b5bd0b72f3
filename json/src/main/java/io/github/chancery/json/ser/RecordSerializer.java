package io.github.chancery.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.WritableTypeId;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import io.github.chancery.json.internal.WireNames;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.json.internal.RecordEngine;
import io.github.chancery.json.internal.jackson.JacksonTokenWriter;
import java.io.IOException;

/**
 * Writes any record in its canonical form: {@code type}, {@code id}, then its properties in the
 * declared order, absent optional properties and empty lists omitted.
 *
 * <p>Immutable and thread-safe: one instance serves every mapper and thread.
 */
public final class RecordSerializer extends StdSerializer<ChanceryRecord> {
  private static final long serialVersionUID = 1L;

  /** Creates the serializer. */
  public RecordSerializer() {
    super(ChanceryRecord.class);
  }

  @Override
  public void serialize(ChanceryRecord value, JsonGenerator out, SerializerProvider provider) throws IOException {
    RecordEngine.writeRecord(new JacksonTokenWriter(out), value);
  }

  /**
   * Writes the value with the type id a mapper with default typing asks for: the public type's
   * ({@code Vote}, never a generated class), around the value as the wire format has it.
   */
  @Override
  public void serializeWithType(ChanceryRecord value, JsonGenerator out, SerializerProvider provider, TypeSerializer types) throws IOException {
    WritableTypeId id = types.writeTypePrefix(out, types.typeId(value, WireNames.publicType(value.getClass()), JsonToken.VALUE_STRING));
    serialize(value, out, provider);
    types.writeTypeSuffix(out, id);
  }
}
