package io.github.chancery.json.internal.jackson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.filter.FilteringParserDelegate;
import com.fasterxml.jackson.core.io.JsonEOFException;
import io.github.chancery.core.validation.ProblemCode;
import io.github.chancery.json.ChanceryJsonException;
import io.github.chancery.json.internal.LimitMessages;
import io.github.chancery.json.internal.ParseFailure;
import io.github.chancery.json.internal.Paths;
import io.github.chancery.json.problem.JsonProblem;
import java.io.CharConversionException;
import java.io.IOException;
import java.util.ArrayDeque;
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
      return ParseFailure.limit(path, ((NamedLimits.Exceeded) failure).description());
    }
    if (failure instanceof StreamConstraintsException) {
      return ParseFailure.limit(path, LimitMessages.other());
    }
    if (!(failure instanceof StreamReadException)) {
      return ParseFailure.of(ParseFailure.Kind.UNREADABLE, path, 0, 0);
    }
    ParseFailure.Kind kind = failure instanceof JsonEOFException ? ParseFailure.Kind.ENDS_EARLY : ParseFailure.Kind.MALFORMED;
    JsonLocation location = ((StreamReadException) failure).getLocation();
    return location == null
        ? ParseFailure.of(kind, path, 0, 0)
        : ParseFailure.of(kind, path, location.getLineNr(), location.getColumnNr());
  }

  /** The failure of a token that no JSON text holds: an embedded object of a buffer or tree. */
  static ParseFailure notJson(JsonParser parser) {
    JsonLocation location = parser.currentLocation();
    return ParseFailure.of(ParseFailure.Kind.MALFORMED, pathOf(parser), location.getLineNr(), location.getColumnNr());
  }

  /**
   * Converts a failure to read the text, where the parser stood, into Chancery's exception.
   *
   * @param failure Jackson's failure; not null
   * @param parser the parser that failed, or null when there is none
   * @return the failure itself when it is a {@link ChanceryJsonException}, else an exception of one
   *     problem
   */
  public static ChanceryJsonException from(JsonProcessingException failure, JsonParser parser) {
    return failure instanceof ChanceryJsonException ? (ChanceryJsonException) failure : exception(failure(failure, parser));
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
   * The problem of bytes that are not UTF-8, UTF-16 or UTF-32 text at all.
   *
   * @return a new exception of one {@code malformed-json} problem at the root
   */
  public static ChanceryJsonException notAnEncoding() {
    return exception(ParseFailure.of(ParseFailure.Kind.NOT_AN_ENCODING, Paths.ROOT, 0, 0));
  }

  /**
   * Returns an exception of one problem.
   *
   * @param code the rule broken; not null
   * @param path the JSON path; not null
   * @param message what is wrong, for people; not null
   * @return a new exception of that problem, naming no record
   */
  public static ChanceryJsonException single(ProblemCode code, String path, String message) {
    return new ChanceryJsonException(List.of(JsonProblem.of(code, path, message, null)));
  }

  /**
   * Returns the JSON path of the parser's current position.
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
    if (parser == null || parser.getParsingContext() == null) {
      return Paths.ROOT;
    }
    // Walked from the parser's contexts rather than through a JSON Pointer, in which a property
    // named "12" and the index 12 look alike.
    return pathOf(parser.getParsingContext());
  }

  /**
   * Returns the JSON path of a place in a parser's contexts.
   *
   * @param place the innermost context, or null for the root
   * @return the path, such as {@code $.counts[1]}
   */
  public static String pathOf(JsonStreamContext place) {
    ArrayDeque<JsonStreamContext> chain = new ArrayDeque<>();
    for (JsonStreamContext context = place; context != null; context = context.getParent()) {
      chain.push(context);
    }
    String path = Paths.ROOT;
    for (JsonStreamContext context : chain) {
      if (context.inObject() && context.getCurrentName() != null) {
        path = Paths.property(path, context.getCurrentName());
      } else if (context.inArray() && context.hasCurrentIndex()) {
        path = Paths.index(path, context.getCurrentIndex());
      }
    }
    return path;
  }
}
