package io.github.chancery.json.jackson3.internal;

import java.io.IOException;
import io.github.chancery.json.internal.ParseFailure;
import io.github.chancery.json.internal.ParserTokens;
import java.math.BigDecimal;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * The engine's tokens read from a Jackson 3 {@link JsonParser}: the parser's calls, and which of
 * its exceptions are failures of the text ({@link ParseFailures}); the rest is the engine's
 * {@link ParserTokens}. Not thread-safe.
 */
public class Jackson3TokenReader extends ParserTokens<JsonParser> {
  private static final Token[] TOKENS = tokensOf(JsonToken.values());

  /**
   * Returns a reader of the parser's tokens, from its current one.
   *
   * @param parser the parser, on the first token to read or before it; not null
   * @throws ParseFailure if the parser's current token is not JSON, such as an embedded object
   */
  public Jackson3TokenReader(JsonParser parser) throws ParseFailure {
    super(parser, TOKENS, parser.currentToken());
  }

  @Override
  public long position() {
    TokenStreamLocation location = parser().currentLocation();
    return Math.max(location.getByteOffset(), location.getCharOffset());
  }

  @Override
  public void close() {
    parser().close();
  }

  @Override
  protected JsonToken nextKind() throws IOException { // a subclass may find a failure of its own
    return parser().nextToken();
  }

  @Override
  protected String string() {
    return parser().getString();
  }

  @Override
  protected <R> R matchChars(CharsMatcher<R> matcher) {
    JsonParser parser = parser();
    return parser.hasStringCharacters() ? matcher.match(parser.getStringCharacters(), parser.getStringOffset(), parser.getStringLength()) : null;
  }

  @Override
  protected boolean isInt() {
    return parser().getNumberType() == JsonParser.NumberType.INT;
  }

  @Override
  protected int integer() {
    return parser().getIntValue();
  }

  @Override
  protected BigDecimal decimal() {
    return parser().getDecimalValue();
  }

  /**
   * Jackson 3's failures of the text are among its unchecked exceptions, and so are the failures
   * of a stream {@code ChanceryJson} gave it, which come out as the stream's own.
   */
  @Override
  protected IOException failure(RuntimeException thrown) {
    IOException own = Streams.ownFailure(thrown);
    if (own != null) {
      return own;
    }
    return thrown instanceof JacksonException ? ParseFailures.failureOrNull((JacksonException) thrown, parser()) : null;
  }

  @Override
  protected ParseFailure notJson() {
    TokenStreamLocation location = parser().currentLocation();
    return ParseFailure.of(ParseFailure.Kind.MALFORMED, ParseFailures.pathOf(parser()), location.getLineNr(), location.getColumnNr());
  }
}
