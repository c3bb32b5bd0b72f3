package io.github.chancery.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import io.github.chancery.json.ChanceryJsonException;
import io.github.chancery.json.JsonRule;
import io.github.chancery.json.codec.ParseFailures;
import io.github.chancery.json.codec.Paths;
import io.github.chancery.json.codec.ReadContext;
import io.github.chancery.json.codec.TreeReader;
import io.github.chancery.json.codec.ValueCodec;
import java.io.IOException;

/**
 * Reads a value or part of a record (a date, a text in several languages, a code, a count, a
 * ballot, ...) as it is read inside a record: strictly, through the core's factories, every
 * problem named with its JSON path in one {@link ChanceryJsonException}.
 *
 * @param <V> the type read
 */
public final class ValueDeserializer<V> extends StdDeserializer<V> {
  private static final long serialVersionUID = 1L;

  private final transient ValueCodec<V> codec;

  /**
   * Creates the deserializer of a type.
   *
   * @param type the type read
   * @param codec how it is read
   */
  public ValueDeserializer(Class<V> type, ValueCodec<V> codec) {
    super(type);
    this.codec = codec;
  }

  @Override
  public V deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    try {
      String path = Paths.fromPointer(parser.getParsingContext().pathAsPointer().toString());
      ReadContext read = new ReadContext(RecordDeserializer.listener(context));
      JsonNode tree = TreeReader.read(parser, path, read);
      V value = tree == null || tree.isNull() ? null : codec.read(tree, path, read);
      if (read.hasProblems() || value == null) {
        if (!read.hasProblems()) {
          read.problem(path, JsonRule.REQUIRED, "must not be null");
        }
        throw new ChanceryJsonException(read.problems());
      }
      return value;
    } catch (ChanceryJsonException e) {
      throw e;
    } catch (JsonProcessingException e) {
      throw ParseFailures.from(e, parser, null);
    }
  }
}
