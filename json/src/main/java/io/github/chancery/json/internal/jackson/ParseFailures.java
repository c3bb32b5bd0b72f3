package io.github.chancery.json.internal.jackson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import io.github.chancery.core.validation.ProblemCode;
import io.github.chancery.json.ChanceryJsonException;
import io.github.chancery.json.problem.JsonProblem;
import io.github.chancery.json.problem.JsonRule;
import io.github.chancery.json.internal.Paths;
import java.util.List;

/**
 * Turns Jackson's failures to read a text into Chancery problems, once, at the library's edge: by
 * the type of the exception and where the parser stood, never by reading Jackson's messages,
 * which a release may reword. Each problem has a path, a rule and a line and column, and names no
 * Jackson type or setting.
 *
 * <p>Stateless and thread-safe.
 */
public final class ParseFailures {
  private ParseFailures() {}

  /**
   * Converts a failure to read the text at the parser's position.
   *
   * @param failure Jackson's failure; not null
   * @param parser the parser that failed, or null when there is none
   * @return the failure itself when it is a {@link ChanceryJsonException}, else an exception of one
   *     problem
   */
  public static ChanceryJsonException from(JsonProcessingException failure, JsonParser parser) {
    return from(failure, parser, 0);
  }

  /**
   * Converts a failure to read the text; {@code lineOffset} is added to the parser's line, for a
   * parser that reads one line of a larger file.
   *
   * @param failure Jackson's failure; not null
   * @param parser the parser that failed, or null when there is none
   * @param lineOffset the number of lines before the parser's text, zero or more
   * @return the failure itself when it is a {@link ChanceryJsonException}, else an exception of one
   *     problem
   */
  public static ChanceryJsonException from(JsonProcessingException failure, JsonParser parser, long lineOffset) {
    if (failure instanceof ChanceryJsonException) {
      return (ChanceryJsonException) failure;
    }
    String path = pathOf(parser);
    if (failure instanceof NamedLimits.Exceeded) {
      return single(JsonRule.LIMIT_EXCEEDED, path, ((NamedLimits.Exceeded) failure).description());
    }
    if (failure instanceof StreamConstraintsException) {
      return single(JsonRule.LIMIT_EXCEEDED, path, io.github.chancery.json.internal.LimitMessages.other());
    }
    String message;
    if (failure instanceof JsonEOFException) {
      message = "the text ends before the JSON value is complete";
    } else if (failure instanceof StreamReadException) {
      message = "the text is not well-formed JSON";
    } else {
      return single(JsonRule.MALFORMED_JSON, path, "the document cannot be read as JSON");
    }
    JsonLocation location = failure.getLocation();
    if (location != null && location.getLineNr() > 0) {
      message += " (line " + (location.getLineNr() + lineOffset) + ", column " + location.getColumnNr() + ")";
    }
    return single(JsonRule.MALFORMED_JSON, path, message);
  }

  /**
   * The problem of bytes that are not UTF-8, UTF-16 or UTF-32 text at all.
   *
   * @return a new exception of one {@code malformed-json} problem at the root
   */
  public static ChanceryJsonException notAnEncoding() {
    return single(JsonRule.MALFORMED_JSON, Paths.ROOT, "the text is not in a JSON encoding (UTF-8, UTF-16 or UTF-32)");
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
    while (parser instanceof com.fasterxml.jackson.core.filter.FilteringParserDelegate) {
      parser = ((com.fasterxml.jackson.core.filter.FilteringParserDelegate) parser).delegate();
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
  public static String pathOf(com.fasterxml.jackson.core.JsonStreamContext place) {
    java.util.ArrayDeque<com.fasterxml.jackson.core.JsonStreamContext> chain = new java.util.ArrayDeque<>();
    for (com.fasterxml.jackson.core.JsonStreamContext context = place; context != null; context = context.getParent()) {
      chain.push(context);
    }
    String path = Paths.ROOT;
    for (com.fasterxml.jackson.core.JsonStreamContext context : chain) {
      if (context.inObject() && context.getCurrentName() != null) {
        path = Paths.property(path, context.getCurrentName());
      } else if (context.inArray() && context.hasCurrentIndex()) {
        path = Paths.index(path, context.getCurrentIndex());
      }
    }
    return path;
  }
}
