package io.github.chancery.json.jackson3.internal;

import io.github.chancery.core.validation.ProblemCode;
import io.github.chancery.json.internal.LimitMessages;
import io.github.chancery.json.internal.ParseFailure;
import io.github.chancery.json.internal.Paths;
import io.github.chancery.json.jackson3.ChanceryJsonException;
import io.github.chancery.json.problem.JsonProblem;
import io.github.chancery.json.problem.JsonRule;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;

/**
 * Turns Jackson 3's failures to read a text into Chancery problems, at the module's edge: by the
 * type of the exception and where the parser stood, never by reading Jackson's messages. Each
 * problem has a path, a rule and a line and column, and names no Jackson type or setting.
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
      return ParseFailure.limit(path, ((NamedLimits.Exceeded) failure).description());
    }
    if (failure instanceof StreamConstraintsException) {
      return ParseFailure.limit(path, LimitMessages.other());
    }
    if (failure instanceof JacksonIOException) {
      if (failure.getCause() instanceof java.io.CharConversionException || raisedByJackson(failure.getCause())) {
        return ParseFailure.of(ParseFailure.Kind.NOT_AN_ENCODING, Paths.ROOT, 0, 0);
      }
      return ParseFailure.of(ParseFailure.Kind.INPUT_FAILED, path, 0, 0);
    }
    if (!(failure instanceof StreamReadException)) {
      return null;
    }
    ParseFailure.Kind kind = failure instanceof UnexpectedEndOfInputException ? ParseFailure.Kind.ENDS_EARLY : ParseFailure.Kind.MALFORMED;
    TokenStreamLocation location = failure.getLocation();
    return location == null
        ? ParseFailure.of(kind, path, 0, 0)
        : ParseFailure.of(kind, path, location.getLineNr(), location.getColumnNr());
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
    if (cause == null || cause.getClass() != java.io.IOException.class) {
      return false;
    }
    // Only the bootstrapper, which detects the encoding from the first bytes; elsewhere Jackson
    // also reports a broken input (a stream returning no bytes) as a plain IOException.
    StackTraceElement[] frames = cause.getStackTrace();
    return frames.length > 0 && frames[0].getClassName().equals("tools.jackson.core.json.ByteSourceJsonBootstrapper");
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
    while (parser instanceof tools.jackson.core.filter.FilteringParserDelegate) {
      parser = ((tools.jackson.core.filter.FilteringParserDelegate) parser).delegate();
    }
    if (parser == null || parser.streamReadContext() == null) {
      return Paths.ROOT;
    }
    // Walked from the parser's contexts rather than through a JSON Pointer, in which a property
    // named "12" and the index 12 look alike.
    return pathOf(parser.streamReadContext());
  }

  /**
   * Returns the JSON path of a place in a parser's contexts.
   *
   * @param place the innermost context, or null for the root
   * @return the path, such as {@code $.counts[1]}
   */
  public static String pathOf(tools.jackson.core.TokenStreamContext place) {
    java.util.ArrayDeque<tools.jackson.core.TokenStreamContext> chain = new java.util.ArrayDeque<>();
    for (tools.jackson.core.TokenStreamContext context = place; context != null; context = context.getParent()) {
      chain.push(context);
    }
    String path = Paths.ROOT;
    for (tools.jackson.core.TokenStreamContext context : chain) {
      if (context.inObject() && context.currentName() != null) {
        path = Paths.property(path, context.currentName());
      } else if (context.inArray() && context.hasCurrentIndex()) {
        path = Paths.index(path, context.getCurrentIndex());
      }
    }
    return path;
  }
}
