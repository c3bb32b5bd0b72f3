package io.github.chancery.json.internal.jackson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.github.chancery.json.internal.ParseFailure;
import io.github.chancery.json.internal.ParserTokens;
import java.io.CharConversionException;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * The engine's tokens read from a Jackson 2 {@link JsonParser}: the parser's calls, and which of
 * its exceptions are failures of the text ({@link ParseFailures}); the rest is the engine's
 * {@link ParserTokens}. Not thread-safe.
 */
public class JacksonTokenReader extends ParserTokens<JsonParser> {
  private static final Token[] TOKENS = tokensOf(JsonToken.values());

  JacksonTokenReader(JsonParser parser) throws ParseFailure {
    super(parser, TOKENS, parser.currentToken());
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

  @Override
  public long position() {
    JsonLocation location = parser().currentLocation();
    return Math.max(location.getByteOffset(), location.getCharOffset());
  }

  @Override
  public void close() throws IOException {
    parser().close();
  }

  @Override
  protected JsonToken nextKind() throws IOException {
    return parser().nextToken();
  }

  @Override
  protected String string() throws IOException {
    return parser().getText();
  }

  @Override
  protected <R> R matchChars(CharsMatcher<R> matcher) throws IOException {
    JsonParser parser = parser();
    return parser.hasTextCharacters() ? matcher.match(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength()) : null;
  }

  @Override
  protected boolean isInt() throws IOException {
    return parser().getNumberType() == JsonParser.NumberType.INT;
  }

  @Override
  protected int integer() throws IOException {
    return parser().getIntValue();
  }

  @Override
  protected BigDecimal decimal() throws IOException {
    return parser().getDecimalValue();
  }

  /** Jackson 2's failures of the text are its checked exceptions, and its decoder's for bytes in no encoding. */
  @Override
  protected ParseFailure failure(IOException thrown) {
    return thrown instanceof JsonProcessingException || thrown instanceof CharConversionException ? ParseFailures.failure(thrown, parser()) : null;
  }

  @Override
  protected ParseFailure notJson() {
    JsonLocation location = parser().currentLocation();
    return ParseFailure.of(ParseFailure.Kind.MALFORMED, ParseFailures.pathOf(parser()), location.getLineNr(), location.getColumnNr());
  }
}
