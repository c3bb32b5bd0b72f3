package io.github.chancery.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.chancery.json.internal.jackson.ParseFailures;

/** Parse failures in Chancery's words, with the limits of a {@link ReadLimits} named. */
final class Failures {
  private Failures() {}

  static ChanceryJsonException from(JsonProcessingException failure, JsonParser parser, ReadLimits limits) {
    return ParseFailures.from(failure, parser, limits.constraints(true));
  }

  /**
   * Converts a parse failure; {@code lineOffset} is added to the parser's line, for a parser that
   * reads one line of a larger file.
   */
  static ChanceryJsonException from(
      JsonProcessingException failure, JsonParser parser, ReadLimits limits, long lineOffset) {
    return ParseFailures.from(failure, parser, limits.constraints(true), lineOffset);
  }

  /** The problem of bytes that are not UTF-8, UTF-16 or UTF-32 text at all. */
  static ChanceryJsonException notAnEncoding() {
    return ParseFailures.notAnEncoding();
  }

  static ChanceryJsonException single(String path, String rule, String message) {
    return ParseFailures.single(path, rule, message);
  }
}
