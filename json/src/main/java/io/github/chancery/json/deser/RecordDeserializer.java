package io.github.chancery.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.json.ChanceryJson;
import io.github.chancery.json.ChanceryJsonException;
import io.github.chancery.json.problem.JsonProblem;
import io.github.chancery.json.internal.jackson.ParseFailures;
import io.github.chancery.json.internal.Paths;
import io.github.chancery.json.internal.ReadContext;
import io.github.chancery.json.internal.RecordEngine;
import io.github.chancery.json.internal.jackson.JacksonTokenReader;
import java.io.IOException;
import java.util.function.Consumer;

/**
 * Reads a record of the given type (a concrete record class, {@code ChanceryRecord} or {@code
 * Actor}), choosing the record type by its {@code type} property and building it through the
 * core's builders.
 *
 * <p>Reading is strict whatever the mapper's settings: no quoted numbers, no fractions for
 * integers, no numbers for strings, no duplicate keys, no unknown properties, whatever the
 * mapper's coercion and {@code FAIL_ON_UNKNOWN_PROPERTIES} settings. Only a reader of {@link
 * ChanceryJson#lenient} ignores unknown properties, and tells the listener it stores under {@link
 * #IGNORED_LISTENER} of each. Every problem is collected and thrown in one {@link
 * ChanceryJsonException}.
 *
 * <p>Immutable and thread-safe: one instance serves every mapper and thread.
 *
 * @param <T> the type read
 */
public final class RecordDeserializer<T extends ChanceryRecord> extends StdDeserializer<T> {
  private static final long serialVersionUID = 1L;

  /** The deserialization attribute holding a {@code Consumer<JsonProblem>} told of ignored properties. */
  public static final Object IGNORED_LISTENER = RecordDeserializer.class.getName() + ".ignored";

  /** The type read; never null. */
    private final Class<T> target;

  /**
   * Creates a deserializer.
   *
   * @param target the type to read
   */
  public RecordDeserializer(Class<T> target) {
    super(target);
    this.target = target;
  }

  @Override
  public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    try {
      return read(parser, context);
    } catch (ChanceryJsonException e) {
      throw e;
    } catch (JsonProcessingException e) {
      // Malformed JSON inside or after the record, or a parser limit: said in Chancery's words.
      throw ParseFailures.from(e, parser);
    }
  }

  private T read(JsonParser parser, DeserializationContext context) throws IOException {
    String path = ParseFailures.pathOf(parser);
    ReadContext read = new ReadContext(listener(context)).at(path);
    JacksonTokenReader tokens = JacksonTokenReader.of(parser);
    T record = tokens.current() == null ? null : RecordEngine.readRecord(tokens, target, read);
    if (read.hasProblems() || record == null) {
      throw new ChanceryJsonException(read.problems());
    }
    return record;
  }

  /**
   * Returns null (unknown properties are errors) unless the reader was made lenient by {@link
   * ChanceryJson#lenient}, which stores the listener told of each property ignored: a record is
   * as strict through any mapper as through {@code ChanceryJson}, whatever the mapper's own
   * unknown-property setting.
   */
  @SuppressWarnings("unchecked")
  static Consumer<JsonProblem> listener(DeserializationContext context) {
    Object listener = context.getAttribute(IGNORED_LISTENER);
    return listener instanceof Consumer ? (Consumer<JsonProblem>) listener : null;
  }
}
