package io.github.chancery.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import io.github.chancery.json.ChanceryJsonException;
import io.github.chancery.json.problem.JsonRule;
import io.github.chancery.json.internal.jackson.ParseFailures;
import io.github.chancery.json.internal.Paths;
import io.github.chancery.json.internal.ReadContext;
import io.github.chancery.core.record.ValueType;
import io.github.chancery.json.internal.RecordEngine;
import io.github.chancery.json.internal.jackson.JacksonTokenReader;
import java.io.IOException;

/**
 * Reads a value or part of a record (a date, a text in several languages, a code, a count, a
 * ballot, ...) as it is read inside a record: strictly, through the core's factories, every
 * problem named with its JSON path in one {@link ChanceryJsonException}.
 *
 * <p>Immutable and thread-safe: one instance serves every mapper and thread.
 *
 * @param <V> the type read
 */
public final class ValueDeserializer<V> extends StdDeserializer<V> {
  private static final long serialVersionUID = 1L;

  private final transient ValueType<V> valueType;

  /**
   * Creates the deserializer of a type.
   *
   * @param type the type read
   * @param valueType how it is read
   */
  public ValueDeserializer(Class<V> type, ValueType<V> valueType) {
    super(type);
    this.valueType = valueType;
  }

  @Override
  public V deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    try {
      String path = ParseFailures.pathOf(parser);
      ReadContext read = new ReadContext(RecordDeserializer.listener(context)).at(path);
      JacksonTokenReader tokens = JacksonTokenReader.of(parser);
      V value =
          tokens.current() == null || tokens.current() == JacksonTokenReader.Token.NULL
              ? null
              : RecordEngine.readValue(tokens, valueType, read);
      if (read.hasProblems() || value == null) {
        if (!read.hasProblems()) {
          read.problem(JsonRule.REQUIRED, path, "must not be null");
        }
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
