package io.github.chancery.json.jackson3.internal;

import io.github.chancery.json.internal.LimitMessages;
import io.github.chancery.json.internal.ParseFailure;
import io.github.chancery.json.internal.Paths;
import io.github.chancery.json.jackson3.ChanceryJsonException;
import java.io.CharConversionException;
import java.io.IOException;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.core.filter.FilteringParserDelegate;

/**
 * Gives each of Jackson 3's failures to read a text its {@link ParseFailure} kind, once, at the
 * module's edge: by the type of the exception and where the parser stood, never by reading
 * Jackson's messages. The engine words each kind.
 *
 * <p>Stateless and thread-safe.
 */
public final class ParseFailures {
  private ParseFailures() {}

  /**
   * Returns the kind of failure Jackson 3's exception is, where the parser stood, or null when it
   * is not a failure of the text (an application's own class refusing a value, say).
   *
   * @param failure Jackson's failure; not null
   * @param parser the parser that failed, or null when there is none
   * @return the failure, of one of the engine's kinds, or null
   */
  public static ParseFailure failureOrNull(JacksonException failure, JsonParser parser) {
    if (failure instanceof ChanceryJsonException) {
      return null;
    }
    String path = pathOf(parser);
    if (failure instanceof NamedLimits.Exceeded) {
      return ParseFailure.limit(path, failure.getOriginalMessage());
    }
    if (failure instanceof StreamConstraintsException) {
      return ParseFailure.limit(path, LimitMessages.other());
    }
    if (failure instanceof JacksonIOException) {
      if (failure.getCause() instanceof CharConversionException || raisedByJackson(failure.getCause())) {
        return ParseFailure.of(ParseFailure.Kind.NOT_AN_ENCODING, Paths.ROOT, 0, 0);
      }
      return ParseFailure.of(ParseFailure.Kind.INPUT_FAILED, path, 0, 0);
    }
    if (!(failure instanceof StreamReadException)) {
      return null;
    }
    ParseFailure.Kind kind = failure instanceof UnexpectedEndOfInputException ? ParseFailure.Kind.ENDS_EARLY : ParseFailure.Kind.MALFORMED;
    TokenStreamLocation location = failure.getLocation();
    return location == null ? ParseFailure.of(kind, path, 0, 0) : ParseFailure.of(kind, path, location.getLineNr(), location.getColumnNr());
  }

  /**
   * Returns the kind of failure of the text Jackson 3's exception is; one that is not a failure
   * of the text is thrown as it is.
   *
   * @param failure Jackson's failure; not null
   * @param parser the parser that failed, or null when there is none
   * @return the failure, of one of the engine's kinds
   */
  static ParseFailure failure(JacksonException failure, JsonParser parser) {
    ParseFailure kind = failureOrNull(failure, parser);
    if (kind == null) {
      throw failure;
    }
    return kind;
  }

  /**
   * Converts a failure to read the text at the parser's position; a failure that is already
   * Chancery's, or is about an application's own classes, is returned as it is.
   *
   * @param failure Jackson's failure; not null
   * @param parser the parser that failed, or null when there is none
   * @return a {@link ChanceryJsonException} of one problem, or the failure itself when it is
   *     already Chancery's or is not about reading the text
   */
  public static JacksonException from(JacksonException failure, JsonParser parser) {
    ParseFailure kind = failureOrNull(failure, parser);
    return kind == null ? failure : exception(kind);
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
   * Whether an I/O failure is one Jackson raised itself about the bytes (bytes in no encoding it
   * knows, such as UCS-4 in an unusual order), rather than the input failing: Jackson 3 reports
   * both as {@code JacksonIOException}, the first around a plain {@code IOException} its encoding
   * detection made.
   */
  private static boolean raisedByJackson(Throwable cause) {
    if (cause == null || cause.getClass() != IOException.class) {
      return false;
    }
    // Only the bootstrapper, which detects the encoding from the first bytes; elsewhere Jackson
    // also reports a broken input (a stream returning no bytes) as a plain IOException.
    StackTraceElement[] frames = cause.getStackTrace();
    return frames.length > 0 && frames[0].getClassName().equals("tools.jackson.core.json.ByteSourceJsonBootstrapper");
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
    return parser == null ? Paths.ROOT : Paths.ofContexts(parser.streamReadContext(), TokenStreamContext::getParent, c -> c.inObject() ? c.currentName() : null,
        c -> c.inArray() && c.hasCurrentIndex() ? c.getCurrentIndex() : -1);
  }
}
