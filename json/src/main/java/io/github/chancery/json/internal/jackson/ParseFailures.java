package io.github.chancery.json.internal.jackson;

import io.github.chancery.json.internal.Paths;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import io.github.chancery.json.ChanceryJsonException;
import io.github.chancery.json.JsonProblem;
import io.github.chancery.json.JsonRule;
import java.io.IOException;
import java.util.List;

/**
 * Turns Jackson's parse failures into Chancery problems, in Chancery's words: the path, the rule
 * and the line and column, never a Jackson type or setting.
 */
public final class ParseFailures {
  private ParseFailures() {}

  /**
   * Converts a parse failure; the limits named in messages are those of {@code limits}, or of
   * the parser when it is null.
   */
  public static ChanceryJsonException from(
      JsonProcessingException failure, JsonParser parser, StreamReadConstraints limits) {
    return from(failure, parser, limits, 0);
  }

  /**
   * Converts a parse failure; {@code lineOffset} is added to the parser's line, for a parser that
   * reads one line of a larger file.
   */
  public static ChanceryJsonException from(
      JsonProcessingException failure, JsonParser parser, StreamReadConstraints limits, long lineOffset) {
    if (failure instanceof ChanceryJsonException) {
      return (ChanceryJsonException) failure;
    }
    String path = pathOf(parser);
    if (failure instanceof StreamConstraintsException) {
      StreamReadConstraints named =
          limits != null ? limits : parser != null ? parser.streamReadConstraints() : StreamReadConstraints.defaults();
      return single(path, JsonRule.LIMIT_EXCEEDED, limitMessage(failure.getOriginalMessage(), named));
    }
    String message = failure.getOriginalMessage() == null ? "malformed JSON" : plain(failure.getOriginalMessage());
    String rule = JsonRule.MALFORMED_JSON;
    if (message.contains("Duplicate field")) {
      rule = JsonRule.DUPLICATE_KEY;
      message = "a key appears more than once";
    } else if (message.contains("Trailing token")) {
      rule = JsonRule.TRAILING_TOKENS;
      message = "unexpected content after the end of the document";
    }
    JsonLocation location = failure.getLocation();
    if (location != null && location.getLineNr() > 0) {
      message += " (line " + (location.getLineNr() + lineOffset) + ", column " + location.getColumnNr() + ")";
    }
    if (!(failure instanceof StreamReadException) && rule.equals(JsonRule.MALFORMED_JSON)) {
      message = "the document cannot be read as JSON";
    }
    return single(path, rule, message);
  }

  /** Removes what names the parser's own configuration from its message. */
  private static String plain(String message) {
    return message
        .replaceAll("\\s*\\(start marker at \\[Source:.*?\\]\\)", "")
        .replaceAll(":?\\s*enable `[^`]*` to allow", ": not allowed in JSON")
        .replaceAll("`[^`]*Feature[^`]*`", "a reader setting")
        .replaceAll("\\s*\\(?(JSON )?Feature '[A-Z_]+' (is )?not enabled[^)]*\\)?", "")
        .replaceAll("\\s*\\(not recognized as one\\s*", " ")
        .replaceAll("\\s*since\\s*$", "");
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
    if (failure instanceof java.io.CharConversionException) {
      return notAnEncoding();
    }
    if (failure instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException) {
      String message = String.valueOf(failure.getMessage());
      if (message.startsWith("No content to map")) {
        return single(Paths.ROOT, JsonRule.MALFORMED_JSON, "the document is empty");
      }
      if (message.startsWith("Trailing token") || message.startsWith("Duplicate field")) {
        return from((JsonProcessingException) failure, parser, null);
      }
      return failure;
    }
    if (failure instanceof StreamReadException || failure instanceof StreamConstraintsException) {
      return from((JsonProcessingException) failure, parser, null);
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

  private static String limitMessage(String original, StreamReadConstraints limits) {
    String text = original == null ? "" : original;
    if (text.startsWith("String value length")) {
      return "a string is longer than the limit of " + limits.getMaxStringLength() + " characters (maxStringLength)";
    }
    if (text.startsWith("Number value length")) {
      return "a number is longer than the limit of " + limits.getMaxNumberLength() + " characters (maxNumberLength)";
    }
    if (text.startsWith("Name length")) {
      return "a property name is longer than the limit of " + limits.getMaxNameLength() + " characters (maxNameLength)";
    }
    if (text.contains("nesting depth")) {
      return "objects and arrays are nested deeper than the limit of " + limits.getMaxNestingDepth() + " (maxNestingDepth)";
    }
    if (text.startsWith("Document length")) {
      return "the document is longer than the limit of " + limits.getMaxDocumentLength() + " (maxDocumentLength)";
    }
    return "a configured read limit was exceeded";
  }
}
