package io.github.chancery.json.internal.jackson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.filter.FilteringParserDelegate;
import com.fasterxml.jackson.core.io.JsonEOFException;
import io.github.chancery.json.ChanceryJsonException;
import io.github.chancery.json.internal.LimitMessages;
import io.github.chancery.json.internal.ParseFailure;
import io.github.chancery.json.internal.Paths;
import java.io.CharConversionException;
import java.io.IOException;
import java.util.List;

/**
 * Gives each of Jackson 2's failures to read a text its {@link ParseFailure} kind, once, at the
 * library's edge: by the type of the exception and where the parser stood, never by reading
 * Jackson's messages, which a release may reword. The engine words each kind.
 *
 * <p>Stateless and thread-safe.
 */
public final class ParseFailures {
  private ParseFailures() {}

  /**
   * Returns the kind of failure Jackson's exception is, where the parser stood.
   *
   * @param failure Jackson's failure to read the text, or bytes in no encoding; not null
   * @param parser the parser that failed, or null when there is none
   * @return the failure, of one of the engine's kinds
   */
  public static ParseFailure failure(IOException failure, JsonParser parser) {
    if (failure instanceof CharConversionException) {
      return ParseFailure.of(ParseFailure.Kind.NOT_AN_ENCODING, Paths.ROOT, 0, 0);
    }
    String path = pathOf(parser);
    if (failure instanceof NamedLimits.Exceeded) {
      return ParseFailure.limit(path, ((NamedLimits.Exceeded) failure).getOriginalMessage());
    }
    if (failure instanceof StreamConstraintsException) {
      return ParseFailure.limit(path, LimitMessages.other());
    }
    if (!(failure instanceof StreamReadException)) {
      return ParseFailure.of(ParseFailure.Kind.UNREADABLE, path, 0, 0);
    }
    ParseFailure.Kind kind = failure instanceof JsonEOFException ? ParseFailure.Kind.ENDS_EARLY : ParseFailure.Kind.MALFORMED;
    JsonLocation location = ((StreamReadException) failure).getLocation();
    return location == null ? ParseFailure.of(kind, path, 0, 0) : ParseFailure.of(kind, path, location.getLineNr(), location.getColumnNr());
  }

  /**
   * Returns Chancery's exception for a failure of the text.
   *
   * @param failure the failure; not null
   * @return a new exception of its one problem
   */
  public static ChanceryJsonException exception(ParseFailure failure) {
    return new ChanceryJsonException(List.of(failure.problem(0)));
  }

  /**
   * Returns the JSON path of the parser's current position, walked from its contexts rather than
   * read from a JSON Pointer, in which a property named {@code "12"} and the index 12 look alike.
   *
   * @param parser the parser, or null
   * @return the path, {@code $} when there is no parser or context
   */
  public static String pathOf(JsonParser parser) {
    // A parser reading part of a document (ObjectReader.at) shows the part's context; the path
    // of the failure is in the whole document, which the parser it filters knows.
    while (parser instanceof FilteringParserDelegate) {
      parser = ((FilteringParserDelegate) parser).delegate();
    }
    return parser == null ? Paths.ROOT : Paths.ofContexts(parser.getParsingContext(), JsonStreamContext::getParent, c -> c.inObject() ? c.getCurrentName() : null,
        c -> c.inArray() && c.hasCurrentIndex() ? c.getCurrentIndex() : -1);
  }
}
