package io.github.chancery.json.jackson3.internal;

import io.github.chancery.json.internal.TokenReader;
import java.math.BigDecimal;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * The engine's tokens read from a Jackson 3 {@link JsonParser}. Jackson 3's failures are
 * unchecked {@code JacksonException}s; they pass through the engine and are translated at the
 * module's edge by {@link ParseFailures}. Not thread-safe.
 */
public final class Jackson3TokenReader implements TokenReader {
  private final JsonParser parser;
  private Token current;

  /**
   * Returns a reader of the parser's tokens, from its current one.
   *
   * @param parser the parser
   */
  public Jackson3TokenReader(JsonParser parser) {
    this.parser = parser;
    this.current = map(parser, parser.currentToken());
  }

  @Override
  public Token next() {
    current = map(parser, parser.nextToken());
    return current;
  }

  private static Token map(JsonParser parser, JsonToken token) {
    if (token == null) {
      return null;
    }
    switch (token) {
      case START_OBJECT:
        return Token.START_OBJECT;
      case END_OBJECT:
        return Token.END_OBJECT;
      case START_ARRAY:
        return Token.START_ARRAY;
      case END_ARRAY:
        return Token.END_ARRAY;
      case PROPERTY_NAME:
        return Token.NAME;
      case VALUE_STRING:
        return Token.STRING;
      case VALUE_NUMBER_INT:
        return Token.INTEGER;
      case VALUE_NUMBER_FLOAT:
        return Token.DECIMAL;
      case VALUE_TRUE:
        return Token.TRUE;
      case VALUE_FALSE:
        return Token.FALSE;
      case VALUE_NULL:
        return Token.NULL;
      default:
        // Only embedded objects, which no JSON text holds: a buffer or tree an application made.
        throw new tools.jackson.core.exc.StreamReadException(parser, "a value that is not JSON");
    }
  }

  @Override
  public Token current() {
    return current;
  }

  @Override
  public String text() {
    return current == Token.NAME ? parser.currentName() : parser.getString();
  }

  @Override
  public String text(List<String> candidates) {
    if (current == Token.STRING && parser.hasStringCharacters()) {
      char[] chars = parser.getStringCharacters();
      int offset = parser.getStringOffset();
      int length = parser.getStringLength();
      for (String candidate : candidates) {
        if (candidate.length() == length && candidate.contentEquals(java.nio.CharBuffer.wrap(chars, offset, length))) {
          return candidate;
        }
      }
    }
    return text();
  }

  @Override
  public boolean fitsInt() {
    return parser.getNumberType() == JsonParser.NumberType.INT;
  }

  @Override
  public int intValue() {
    return parser.getIntValue();
  }

  @Override
  public BigDecimal decimalValue() {
    return parser.getDecimalValue();
  }

  @Override
  public String numberText() {
    return parser.getString();
  }
}
