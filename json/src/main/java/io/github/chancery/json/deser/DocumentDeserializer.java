package io.github.chancery.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import io.github.chancery.json.ChanceryJsonException;
import io.github.chancery.json.internal.DocumentEngine;
import io.github.chancery.json.internal.Paths;
import io.github.chancery.json.internal.ReadContext;
import io.github.chancery.json.internal.jackson.JacksonTokenReader;
import io.github.chancery.json.internal.jackson.ParseFailures;
import java.io.IOException;

/**
 * Reads a document that holds more than one record, a dossier or a consistency report, as the
 * engine reads it: strictly, every problem named with its JSON path in one {@link
 * ChanceryJsonException}.
 *
 * <p>Immutable and thread-safe: one instance serves every mapper and thread.
 *
 * @param <T> the type read
 */
public final class DocumentDeserializer<T> extends StdDeserializer<T> {
  private static final long serialVersionUID = 1L;

  private final transient DocumentEngine.Reading<T> reading;

  /**
   * Creates the deserializer of a type.
   *
   * @param type the type read
   * @param reading how it is read
   */
  @SuppressWarnings("exports") // the engine's package is exported to Chancery's JSON modules only
  public DocumentDeserializer(Class<T> type, DocumentEngine.Reading<T> reading) {
    super(type);
    this.reading = reading;
  }

  @Override
  public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    try {
      String path = ParseFailures.pathOf(parser);
      ReadContext read = new ReadContext(RecordDeserializer.listener(context)).at(path);
      T value = reading.read(JacksonTokenReader.of(parser), read);
      if (read.hasProblems() || value == null) {
        throw new ChanceryJsonException(read.problems());
      }
      return value;
    } catch (ChanceryJsonException e) {
      throw e;
    } catch (JsonProcessingException e) {
      throw ParseFailures.from(e, parser);
    }
  }
}
