package io.github.chancery.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.chancery.json.internal.DocumentEngine;
import io.github.chancery.json.internal.jackson.JacksonTokenWriter;
import java.io.IOException;

/**
 * Writes a dossier, a consistency report or a problem in full, as the engine writes it.
 *
 * @param <T> the type written
 */
public final class DocumentSerializer<T> extends StdSerializer<T> {
  private static final long serialVersionUID = 1L;

  private final transient DocumentEngine.Writing<T> writing;

  /**
   * Creates the serializer of a type.
   *
   * @param type the type written
   * @param writing how it is written
   */
  public DocumentSerializer(Class<T> type, DocumentEngine.Writing<T> writing) {
    super(type);
    this.writing = writing;
  }

  @Override
  public void serialize(T value, JsonGenerator out, SerializerProvider provider) throws IOException {
    writing.write(new JacksonTokenWriter(out), value);
  }
}
