package io.github.chancery.json.jackson3.ser;

import io.github.chancery.json.internal.DocumentEngine;
import io.github.chancery.json.jackson3.internal.Jackson3TokenWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import io.github.chancery.json.internal.WireNames;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonToken;
import tools.jackson.core.type.WritableTypeId;
import tools.jackson.databind.jsontype.TypeSerializer;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes a record, a value or part of a record, a dossier, a consistency report or a problem in
 * its wire form, through the engine shared with the Jackson 2 artifact: the same bytes whichever
 * Jackson writes.
 *
 * <p>Immutable and thread-safe: one instance serves every mapper and thread.
 *
 * @param <T> the type written
 */
public final class WireSerializer<T> extends StdSerializer<T> {
  private final DocumentEngine.Writing<T> writing;

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
  public void serialize(T value, JsonGenerator out, SerializationContext context) {
    try {
      writing.write(new Jackson3TokenWriter(out), value);
    } catch (IOException e) {
      // The Jackson 3 token writer throws none: its failures are unchecked.
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes the value with the type id a mapper with default typing asks for: the public type's
   * ({@code Vote}, never a generated class), around the value as the wire format has it.
   */
  @Override
  public void serializeWithType(T value, JsonGenerator out, SerializationContext context, TypeSerializer types) {
    WritableTypeId id =
        types.writeTypePrefix(out, context, types.typeId(value, WireNames.publicType(value.getClass()), JsonToken.VALUE_STRING));
    serialize(value, out, context);
    types.writeTypeSuffix(out, context, id);
  }
}
