package io.github.chancery.json.internal.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.async.ByteArrayFeeder;
import io.github.chancery.json.internal.FedLines;
import io.github.chancery.json.internal.ParseFailure;
import java.io.IOException;

/**
 * NDJSON lines fed to one non-blocking Jackson 2 parser: the parser, its context and its table of
 * names are made once for a stream, not once for each line. The line used up between values ends
 * the line's tokens; used up inside a value, it is a {@link ParseFailure}, for the line to be
 * read alone. Not thread-safe.
 */
final class JacksonFedLines extends JacksonTokenReader implements FedLines {
  private final ByteArrayFeeder feeder;

  JacksonFedLines(JsonParser parser) throws ParseFailure {
    super(parser);
    this.feeder = (ByteArrayFeeder) parser.getNonBlockingInputFeeder();
  }

  @Override
  public void feed(byte[] bytes, int offset, int end) throws IOException {
    try {
      feeder.feedInput(bytes, offset, end);
    } catch (IOException e) {
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
      if (!parser().getParsingContext().inRoot()) {
        throw ParseFailure.of(ParseFailure.Kind.MALFORMED, ParseFailures.pathOf(parser()), 1, 1); // the line ends inside a value
      }
      kind = null; // the line ends between values
    }
    return kind;
  }
}
