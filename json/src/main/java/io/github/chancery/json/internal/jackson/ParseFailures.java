package io.github.chancery.json.internal.jackson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.chancery.json.ChanceryJsonException;
import io.github.chancery.json.JsonProblem;
import io.github.chancery.json.JsonRule;
import io.github.chancery.json.internal.Paths;
import java.io.CharConversionException;
import java.io.IOException;
import java.util.List;

/**
 * Turns Jackson's failures to read a text into Chancery problems, once, at the library's edge: by
 * the type of the exception and where the parser stood, never by reading Jackson's messages,
 * which a release may reword. Each problem has a path, a rule and a line and column, and names no
 * Jackson type or setting.
 */
public final class ParseFailures {
  private ParseFailures() {}

  /** Converts a failure to read the text at the parser's position. */
  public static ChanceryJsonException from(JsonProcessingException failure, JsonParser parser) {
    return from(failure, parser, 0);
  }

  /**
   * Converts a failure to read the text; {@code lineOffset} is added to the parser's line, for a
   * parser that reads one line of a larger file.
   */
  public static ChanceryJsonException from(JsonProcessingException failure, JsonParser parser, long lineOffset) {
    if (failure instanceof ChanceryJsonException) {
      return (ChanceryJsonException) failure;
    }
    String path = pathOf(parser);
    if (failure instanceof NamedLimits.Exceeded) {
      return single(path, JsonRule.LIMIT_EXCEEDED, ((NamedLimits.Exceeded) failure).description());
    }
    if (failure instanceof StreamConstraintsException) {
      return single(path, JsonRule.LIMIT_EXCEEDED, "a configured read limit was exceeded");
    }
    String message;
    if (failure instanceof JsonEOFException) {
      message = "the text ends before the JSON value is complete";
    } else if (failure instanceof StreamReadException) {
      message = "the text is not well-formed JSON";
    } else {
      return single(path, JsonRule.MALFORMED_JSON, "the document cannot be read as JSON");
    }
    JsonLocation location = failure.getLocation();
    if (location != null && location.getLineNr() > 0) {
      message += " (line " + (location.getLineNr() + lineOffset) + ", column " + location.getColumnNr() + ")";
    }
    return single(path, JsonRule.MALFORMED_JSON, message);
  }

  /**
   * Returns what a hardened mapper throws for a failure met while it reads a document: a
   * failure of the text itself (not JSON, over a limit, not in a JSON encoding, empty, content
   * after the value, a duplicate key in a tree) in Chancery's words, wherever in the document it
   * is; any other failure, such as one about an application's own class, as it is.
   *
   * @param failure what was thrown
   * @param parser the parser that read the document, if any
   * @return the exception to throw
   */
  public static IOException forMapper(IOException failure, JsonParser parser) {
    if (failure instanceof ChanceryJsonException) {
      return failure;
    }
    if (failure instanceof CharConversionException) {
      return notAnEncoding();
    }
    if (failure instanceof MismatchedInputException) {
      MismatchedInputException mismatch = (MismatchedInputException) failure;
      JsonStreamContext context = parser == null ? null : parser.getParsingContext();
      if (context != null && context.inRoot() && parser.currentToken() == null && context.getEntryCount() == 0) {
        return single(Paths.ROOT, JsonRule.MALFORMED_JSON, "the document is empty");
      }
      // The context of the token the parser stopped at: a value after the first at the root.
      JsonStreamContext around =
          context != null && parser.currentToken() != null && parser.currentToken().isStructStart()
              ? context.getParent()
              : context;
      if (around != null && around.inRoot() && parser.currentToken() != null && around.getCurrentIndex() >= 1) {
        return single(Paths.ROOT, JsonRule.TRAILING_TOKENS, "unexpected content after the end of the document");
      }
      if (mismatch.getTargetType() != null && JsonNode.class.isAssignableFrom(mismatch.getTargetType())
          && context != null && context.inObject()) {
        return single(pathOf(parser), JsonRule.DUPLICATE_KEY, "a key appears more than once");
      }
      return failure;
    }
    if (failure instanceof StreamReadException || failure instanceof StreamConstraintsException) {
      return from((JsonProcessingException) failure, parser);
    }
    return failure;
  }

  /** The problem of bytes that are not UTF-8, UTF-16 or UTF-32 text at all. */
  public static ChanceryJsonException notAnEncoding() {
    return single(Paths.ROOT, JsonRule.MALFORMED_JSON, "the text is not in a JSON encoding (UTF-8, UTF-16 or UTF-32)");
  }

  /** Returns an exception of one problem. */
  public static ChanceryJsonException single(String path, String rule, String message) {
    return new ChanceryJsonException(List.of(JsonProblem.of(path, rule, message, null)));
  }

  /** Returns the JSON path of the parser's current position. */
  public static String pathOf(JsonParser parser) {
    if (parser == null || parser.getParsingContext() == null) {
      return Paths.ROOT;
    }
    return Paths.fromPointer(parser.getParsingContext().pathAsPointer().toString());
  }
}
