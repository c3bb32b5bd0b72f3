package io.github.chancery.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import io.github.chancery.json.ChanceryJson;
import io.github.chancery.json.ChanceryJsonException;
import io.github.chancery.json.internal.DocumentEngine;
import io.github.chancery.json.internal.ReadContext;
import io.github.chancery.json.internal.jackson.JacksonTokenReader;
import io.github.chancery.json.internal.jackson.ParseFailures;
import java.io.IOException;

/**
 * Reads a record (by its class, as {@code ChanceryRecord} or as {@code Actor}, chosen by its
 * {@code type}), a value or part of a record, a dossier or a consistency report, through the
 * engine shared with the Jackson 3 artifact: the same rules and the same problems, with the same
 * paths, whichever Jackson reads.
 *
 * <p>Reading is strict whatever the mapper's settings: no quoted numbers, no fractions for
 * integers, no numbers for strings, no duplicate keys, no unknown properties, whatever the
 * mapper's coercion and {@code FAIL_ON_UNKNOWN_PROPERTIES} settings. Only a mapper of {@link
 * ChanceryJson#lenient} ignores unknown properties, and tells the listener it stores under {@link
 * #IGNORED_LISTENER} of each. Every problem is collected and thrown in one {@link
 * ChanceryJsonException}.
 *
 * <p>Immutable and thread-safe: one instance serves every mapper and thread.
 *
 * @param <T> the type read
 */
public final class WireDeserializer<T> extends StdDeserializer<T> {
  private static final long serialVersionUID = 1L;

  /** The deserialization attribute holding a {@code Consumer<JsonProblem>} told of ignored properties. */
  public static final Object IGNORED_LISTENER = WireDeserializer.class.getName() + ".ignored";

  private final transient DocumentEngine.Reading<T> reading;

  /**
   * Creates the deserializer of a type.
   *
   * @param type the type read
   * @param reading how it is read
   */
  @SuppressWarnings("exports") // the engine's package is exported to Chancery's JSON modules only
  public WireDeserializer(Class<T> type, DocumentEngine.Reading<T> reading) {
    super(type);
    this.reading = reading;
  }

  @Override
  public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    ReadContext read = ReadContext.embedded(context.getAttribute(IGNORED_LISTENER), ParseFailures.pathOf(parser));
    return DocumentEngine.readEmbedded(parser, JacksonTokenReader::of, reading, read, ChanceryJsonException::new);
  }
}
