package io.github.chancery.json.internal.jackson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.chancery.json.internal.TokenReader;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * The engine's tokens read from a Jackson 2 {@link JsonParser}. A reader may be bounded: it then
 * stops with {@link TooLong} as soon as the value it reads is longer than the bound, so that a
 * huge value is never held in memory whole. Not thread-safe.
 */
public final class JacksonTokenReader implements TokenReader {
  private final JsonParser parser;
  private final long start;
  private final long maxLength;
  private Token current;

  private JacksonTokenReader(JsonParser parser, long maxLength) throws IOException {
    this.parser = parser;
    this.maxLength = maxLength;
    this.start = maxLength == Long.MAX_VALUE ? 0 : offset(parser.currentTokenLocation());
    this.current = map(parser, parser.currentToken());
  }

  /**
   * Returns a reader of the parser's tokens, from its current one.
   *
   * @param parser the parser, on the first token to read or before it; not null
   * @return a reader without a bound
   * @throws IOException if the parser's current token is not JSON, such as an embedded object
   */
  public static JacksonTokenReader of(JsonParser parser) throws IOException {
    return new JacksonTokenReader(parser, Long.MAX_VALUE);
  }

  /**
   * Returns a reader of the value starting at the parser's current token that stops with {@link
   * TooLong} once the value's text (in bytes or characters, as the parser counts them) passes
   * {@code maxLength}.
   *
   * @param parser the parser, on the value's first token; not null
   * @param maxLength the bound, in the parser's units, above zero
   * @return the bounded reader
   * @throws IOException if the parser's current token is not JSON, such as an embedded object
   */
  public static JacksonTokenReader bounded(JsonParser parser, long maxLength) throws IOException {
    return new JacksonTokenReader(parser, maxLength);
  }

  /** Thrown when a bounded reader's value is longer than its bound. */
  public static final class TooLong extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooLong() {
      super("the value is longer than the limit", null, false, false);
    }
  }

  private static long offset(JsonLocation location) {
    return Math.max(location.getByteOffset(), location.getCharOffset());
  }

  @Override
  public Token next() throws IOException {
    current = map(parser, parser.nextToken());
    if (maxLength != Long.MAX_VALUE && offset(parser.currentLocation()) - start > maxLength) {
      throw new TooLong();
    }
    return current;
  }

  private static Token map(JsonParser parser, JsonToken token) throws com.fasterxml.jackson.core.JsonParseException {
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
        throw new com.fasterxml.jackson.core.JsonParseException(parser, "a value that is not JSON");
    }
  }

  /**
   * Takes the parser's current token as this reader's, after the parser was moved directly.
   *
   * @throws IOException if the parser's current token is not JSON, such as an embedded object
   */
  public void sync() throws IOException {
    current = map(parser, parser.currentToken());
  }

  @Override
  public Token current() {
    return current;
  }

  @Override
  public String text() throws IOException {
    return current == Token.NAME ? parser.currentName() : parser.getText();
  }

  @Override
  public String text(java.util.List<String> candidates) throws IOException {
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
    return parser.getNumberType() == JsonParser.NumberType.INT;
  }

  @Override
  public int intValue() throws IOException {
    return parser.getIntValue();
  }

  @Override
  public BigDecimal decimalValue() throws IOException {
    return parser.getDecimalValue();
  }

  @Override
  public String numberText() throws IOException {
    return parser.getText();
  }
}
