package io.github.chancery.json.internal.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.github.chancery.json.internal.ParseFailure;
import io.github.chancery.json.internal.TokenReader;
import java.io.CharConversionException;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

/**
 * The engine's tokens read from a Jackson 2 {@link JsonParser}; what the parser cannot read is a
 * {@link ParseFailure}, of the kind {@link ParseFailures} gives it. Not thread-safe.
 */
public final class JacksonTokenReader implements TokenReader {
  private final JsonParser parser;
  private Token current;

  private JacksonTokenReader(JsonParser parser) throws IOException {
    this.parser = parser;
    this.current = map(parser, parser.currentToken());
  }

  /**
   * Returns a reader of the parser's tokens, from its current one.
   *
   * @param parser the parser, on the first token to read or before it; not null
   * @return the reader
   * @throws IOException if the parser's current token is not JSON, such as an embedded object
   */
  public static JacksonTokenReader of(JsonParser parser) throws IOException {
    return new JacksonTokenReader(parser);
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
  public Token next() throws IOException {
    try {
      current = map(parser, parser.nextToken());
      return current;
    } catch (JsonProcessingException | CharConversionException e) {
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
      case FIELD_NAME:
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
        throw ParseFailures.notJson(parser);
    }
  }

  @Override
  public Token current() {
    return current;
  }

  @Override
  public String text() throws IOException {
    try {
      return current == Token.NAME ? parser.currentName() : parser.getText();
    } catch (JsonProcessingException | CharConversionException e) {
      throw ParseFailures.failure(e, parser);
    }
  }

  @Override
  public String text(List<String> candidates) throws IOException {
    try {
      if (current == Token.STRING && parser.hasTextCharacters()) {
        char[] chars = parser.getTextCharacters();
        int offset = parser.getTextOffset();
        int length = parser.getTextLength();
        for (String candidate : candidates) {
          if (candidate.length() == length && matches(candidate, chars, offset)) {
            return candidate;
          }
        }
      }
    } catch (JsonProcessingException | CharConversionException e) {
      throw ParseFailures.failure(e, parser);
    }
    return text();
  }

  private static boolean matches(String candidate, char[] chars, int offset) {
    for (int i = 0; i < candidate.length(); i++) {
      if (candidate.charAt(i) != chars[offset + i]) {
        return false;
      }
    }
    return true;
  }

  @Override
  public boolean fitsInt() throws IOException {
    try {
      return parser.getNumberType() == JsonParser.NumberType.INT;
    } catch (JsonProcessingException e) {
      throw ParseFailures.failure(e, parser);
    }
  }

  @Override
  public int intValue() throws IOException {
    try {
      return parser.getIntValue();
    } catch (JsonProcessingException e) {
      throw ParseFailures.failure(e, parser);
    }
  }

  @Override
  public BigDecimal decimalValue() throws IOException {
    try {
      return parser.getDecimalValue();
    } catch (JsonProcessingException e) {
      throw ParseFailures.failure(e, parser);
    }
  }

  @Override
  public String numberText() throws IOException {
    return text();
  }

  @Override
  public long position() {
    com.fasterxml.jackson.core.JsonLocation location = parser.currentLocation();
    return Math.max(location.getByteOffset(), location.getCharOffset());
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }
}
