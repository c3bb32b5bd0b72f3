package io.github.chancery.json.jackson3.internal;

import io.github.chancery.json.internal.ParseFailure;
import io.github.chancery.json.internal.TokenReader;
import java.math.BigDecimal;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * The engine's tokens read from a Jackson 3 {@link JsonParser}; what the parser cannot read is a
 * {@link ParseFailure}, of the kind {@link ParseFailures} gives it. Not thread-safe.
 */
public final class Jackson3TokenReader implements TokenReader {
  private final JsonParser parser;
  private Token current;

  /**
   * Returns a reader of the parser's tokens, from its current one.
   *
   * @param parser the parser
   * @throws ParseFailure if the parser's current token is not JSON, such as an embedded object
   */
  public Jackson3TokenReader(JsonParser parser) throws ParseFailure {
    this.parser = parser;
    this.current = map(parser, parser.currentToken());
  }

  /**
   * Returns the parser read.
   *
   * @return the parser; never null
   */
  public JsonParser parser() {
    return parser;
  }

  @Override
  public Token next() throws ParseFailure {
    try {
      current = map(parser, parser.nextToken());
      return current;
    } catch (JacksonException e) {
      throw ParseFailures.failure(e, parser);
    }
  }

  private static Token map(JsonParser parser, JsonToken token) throws ParseFailure {
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
        TokenStreamLocation at = parser.currentLocation();
        throw ParseFailure.of(ParseFailure.Kind.MALFORMED, ParseFailures.pathOf(parser), at.getLineNr(), at.getColumnNr());
    }
  }

  @Override
  public Token current() {
    return current;
  }

  @Override
  public String text() throws ParseFailure {
    try {
      return current == Token.NAME ? parser.currentName() : parser.getString();
    } catch (JacksonException e) {
      throw ParseFailures.failure(e, parser);
    }
  }

  @Override
  public String text(List<String> candidates) throws ParseFailure {
    try {
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
    } catch (JacksonException e) {
      throw ParseFailures.failure(e, parser);
    }
    return text();
  }

  @Override
  public boolean fitsInt() throws ParseFailure {
    try {
      return parser.getNumberType() == JsonParser.NumberType.INT;
    } catch (JacksonException e) {
      throw ParseFailures.failure(e, parser);
    }
  }

  @Override
  public int intValue() throws ParseFailure {
    try {
      return parser.getIntValue();
    } catch (JacksonException e) {
      throw ParseFailures.failure(e, parser);
    }
  }

  @Override
  public BigDecimal decimalValue() throws ParseFailure {
    try {
      return parser.getDecimalValue();
    } catch (JacksonException e) {
      throw ParseFailures.failure(e, parser);
    }
  }

  @Override
  public String numberText() throws ParseFailure {
    return text();
  }

  @Override
  public long position() {
    TokenStreamLocation location = parser.currentLocation();
    return Math.max(location.getByteOffset(), location.getCharOffset());
  }

  @Override
  public void close() {
    parser.close();
  }
}
