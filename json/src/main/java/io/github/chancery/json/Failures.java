package io.github.chancery.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import io.github.chancery.json.codec.Paths;
import java.util.List;

/** Turns Jackson's parse failures into Chancery problems, in Chancery's words. */
final class Failures {
  private Failures() {}

  static ChanceryJsonException from(JsonProcessingException failure, JsonParser parser, ReadLimits limits) {
    return from(failure, parser, limits, 0);
  }

  /**
   * Converts a parse failure; {@code lineOffset} is added to the parser's line, for a parser that
   * reads one line of a larger file.
   */
  static ChanceryJsonException from(
      JsonProcessingException failure, JsonParser parser, ReadLimits limits, long lineOffset) {
    if (failure instanceof ChanceryJsonException) {
      return (ChanceryJsonException) failure;
    }
    String path = pathOf(parser);
    if (failure instanceof StreamConstraintsException) {
      return single(path, JsonRule.LIMIT_EXCEEDED, limitMessage(failure.getOriginalMessage(), limits));
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

  static ChanceryJsonException single(String path, String rule, String message) {
    return new ChanceryJsonException(List.of(JsonProblem.of(path, rule, message, null)));
  }

  static String pathOf(JsonParser parser) {
    if (parser == null || parser.getParsingContext() == null) {
      return Paths.ROOT;
    }
    return Paths.fromPointer(parser.getParsingContext().pathAsPointer().toString());
  }

  private static String limitMessage(String original, ReadLimits limits) {
    String text = original == null ? "" : original;
    if (text.startsWith("String value length")) {
      return "a string is longer than the limit of " + limits.maxStringLength() + " characters (maxStringLength)";
    }
    if (text.startsWith("Number value length")) {
      return "a number is longer than the limit of " + limits.maxNumberLength() + " characters (maxNumberLength)";
    }
    if (text.startsWith("Name length")) {
      return "a property name is longer than the limit of " + limits.maxNameLength() + " characters (maxNameLength)";
    }
    if (text.contains("nesting depth")) {
      return "objects and arrays are nested deeper than the limit of " + limits.maxNestingDepth() + " (maxNestingDepth)";
    }
    if (text.startsWith("Document length")) {
      return "the document is longer than the limit of " + limits.maxDocumentLength() + " (maxDocumentLength)";
    }
    return "a configured read limit was exceeded";
  }
}
