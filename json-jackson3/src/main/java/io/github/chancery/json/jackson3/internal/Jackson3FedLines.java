package io.github.chancery.json.jackson3.internal;

import io.github.chancery.json.internal.FedLines;
import io.github.chancery.json.internal.ParseFailure;
import java.io.IOException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.async.ByteArrayFeeder;

/**
 * NDJSON lines fed to one non-blocking Jackson 3 parser: the parser, its context and its table of
 * names are made once for a stream, not once for each line. The line used up between values ends
 * the line's tokens; used up inside a value, it is a {@link ParseFailure}, for the line to be
 * read alone. Not thread-safe.
 */
final class Jackson3FedLines extends Jackson3TokenReader implements FedLines {
  private final ByteArrayFeeder feeder;

  Jackson3FedLines(JsonParser parser) throws ParseFailure {
    super(parser);
    this.feeder = (ByteArrayFeeder) parser.nonBlockingInputFeeder();
  }

  @Override
  public void feed(byte[] bytes, int offset, int end) throws IOException {
    try {
      feeder.feedInput(bytes, offset, end);
    } catch (JacksonException e) {
      throw ParseFailures.failure(e, parser());
    }
  }

  @Override
  public boolean lineUsedUp() {
    return feeder.needMoreInput();
  }

  @Override
  protected JsonToken nextKind() throws IOException {
    JsonToken kind = parser().nextToken();
    if (kind == JsonToken.NOT_AVAILABLE) {
      if (!parser().streamReadContext().inRoot()) {
        throw ParseFailure.of(ParseFailure.Kind.MALFORMED, ParseFailures.pathOf(parser()), 1, 1); // the line ends inside a value
      }
      kind = null; // the line ends between values
    }
    return kind;
  }
}
