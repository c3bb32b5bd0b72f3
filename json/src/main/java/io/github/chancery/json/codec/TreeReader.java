package io.github.chancery.json.codec;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.chancery.json.JsonRule;
import java.io.IOException;

/**
 * Reads one JSON value from a parser into a tree, reporting each duplicate key with its path
 * instead of silently keeping the last one. Decimal numbers are kept exactly. The parser's
 * configured limits (nesting depth, string and number length) apply while reading.
 */
public final class TreeReader {
  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

  private TreeReader() {}

  /**
   * Reads the value at the parser's current token (advancing to the first token if there is
   * none yet), leaving the parser on the value's last token.
   *
   * @return the value, or null at the end of input
   */
  public static JsonNode read(JsonParser parser, String path, ReadContext context) throws IOException {
    return read(parser, path, context, Long.MAX_VALUE);
  }

  /**
   * Reads the value at the parser's current token, as {@link #read(JsonParser, String,
   * ReadContext)} does, but stops as soon as the value's text is longer than {@code maxLength}
   * (bytes or characters, as the parser counts them), so that a huge value is never held in
   * memory whole.
   *
   * @return the value, or null at the end of input
   * @throws TooLong when the value is longer than the limit; the parser is then inside the value
   */
  public static JsonNode read(JsonParser parser, String path, ReadContext context, long maxLength)
      throws IOException {
    JsonToken token = parser.currentToken() == null ? parser.nextToken() : parser.currentToken();
    if (token == null) {
      return null;
    }
    Bound bound = maxLength == Long.MAX_VALUE ? null : new Bound(offset(parser.currentTokenLocation()), maxLength);
    return value(parser, token, path, context, bound);
  }

  /** Thrown when a value read with a length limit is longer than the limit. */
  public static final class TooLong extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooLong() {
      super("the value is longer than the limit", null, false, false);
    }
  }

  private static final class Bound {
    private final long start;
    private final long maxLength;

    Bound(long start, long maxLength) {
      this.start = start;
      this.maxLength = maxLength;
    }

    void check(JsonParser parser) {
      if (offset(parser.currentLocation()) - start > maxLength) {
        throw new TooLong();
      }
    }
  }

  private static long offset(JsonLocation location) {
    return Math.max(location.getByteOffset(), location.getCharOffset());
  }

  private static JsonToken next(JsonParser parser, Bound bound) throws IOException {
    JsonToken token = parser.nextToken();
    if (bound != null) {
      bound.check(parser);
    }
    return token;
  }

  private static JsonNode value(JsonParser parser, JsonToken token, String path, ReadContext context, Bound bound)
      throws IOException {
    switch (token) {
      case START_OBJECT:
        ObjectNode object = NODES.objectNode();
        for (JsonToken t = next(parser, bound); t == JsonToken.FIELD_NAME; t = next(parser, bound)) {
          String name = parser.currentName();
          String childPath = Paths.property(path, name);
          JsonNode child = value(parser, next(parser, bound), childPath, context, bound);
          if (object.has(name)) {
            context.problem(childPath, JsonRule.DUPLICATE_KEY, "the key '" + name + "' appears more than once");
          } else {
            object.set(name, child);
          }
        }
        return object;
      case START_ARRAY:
        ArrayNode array = NODES.arrayNode();
        int index = 0;
        for (JsonToken t = next(parser, bound); t != JsonToken.END_ARRAY; t = next(parser, bound)) {
          array.add(value(parser, t, Paths.index(path, index++), context, bound));
        }
        return array;
      case VALUE_STRING:
        return NODES.textNode(parser.getText());
      case VALUE_NUMBER_INT:
        switch (parser.getNumberType()) {
          case INT:
            return NODES.numberNode(parser.getIntValue());
          case LONG:
            return NODES.numberNode(parser.getLongValue());
          default:
            return NODES.numberNode(parser.getBigIntegerValue());
        }
      case VALUE_NUMBER_FLOAT:
        return NODES.numberNode(parser.getDecimalValue());
      case VALUE_TRUE:
        return NODES.booleanNode(true);
      case VALUE_FALSE:
        return NODES.booleanNode(false);
      case VALUE_NULL:
        return NODES.nullNode();
      default:
        // Only a parser left in a broken state by an earlier failure gets here.
        throw new com.fasterxml.jackson.core.JsonParseException(parser, "unexpected " + token);
    }
  }
}
