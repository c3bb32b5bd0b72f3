package io.github.chancery.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.json.internal.RecordEngine;
import io.github.chancery.json.internal.jackson.JacksonTokenWriter;
import java.io.IOException;

/**
 * Writes any record in its canonical form: {@code type}, {@code id}, then its properties in the
 * declared order, absent optional properties and empty lists omitted.
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
}
