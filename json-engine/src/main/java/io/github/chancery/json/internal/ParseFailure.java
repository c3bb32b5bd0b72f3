package io.github.chancery.json.internal;

import io.github.chancery.json.problem.JsonProblem;
import io.github.chancery.json.problem.JsonRule;
import java.io.IOException;

/**
 * A parser's failure to read the text, in one of a few kinds that every JSON line maps its own
 * parser's exceptions to, by their types and never by their messages: the engine words each kind
 * once, so that both Jackson lines say the same. Thrown by a {@link TokenReader}.
 *
 * <p>Immutable; carries no stack trace, since a corpus may hold many broken documents.
 */
public final class ParseFailure extends IOException {
  private static final long serialVersionUID = 1L;

  /** What went wrong with the text. */
  public enum Kind {
    /** The text is not well-formed JSON. */
    MALFORMED,
    /** The text ends inside a value. */
    ENDS_EARLY,
    /** One of the {@code ReadLimits} was passed; the failure carries the limit's message. */
    LIMIT,
    /** The bytes are in no JSON encoding. */
    NOT_AN_ENCODING,
    /** The input itself failed while the parser read it (a line whose parser wraps such failures). */
    INPUT_FAILED,
    /** Any other failure of the parser to read the text as JSON. */
    UNREADABLE
  }

  /** What went wrong; never null. */
  private final Kind kind;
  /** The JSON path where the parser stood; never null. */
  private final String path;
  /** The one-based line of the failure, or 0 when unknown. */
  private final long line;
  /** The one-based column of the failure, or 0 when unknown. */
  private final long column;
  /** The limit's message, for {@link Kind#LIMIT}; else null. */
  private final String limit;

  private ParseFailure(Kind kind, String path, long line, long column, String limit) {
    super(kind.name());
    this.kind = kind;
    this.path = path;
    this.line = line;
    this.column = column;
    this.limit = limit;
  }

  /**
   * Returns a failure of the text at a place.
   *
   * @param kind what went wrong, other than {@link Kind#LIMIT}; not null
   * @param path the JSON path where the parser stood; not null
   * @param line the one-based line, or 0 when unknown
   * @param column the one-based column, or 0 when unknown
   * @return the failure
   */
  public static ParseFailure of(Kind kind, String path, long line, long column) {
    if (kind == Kind.LIMIT) {
      throw new IllegalArgumentException("a limit is passed with its message: use limit()");
    }
    return new ParseFailure(kind, path, line, column, null);
  }

  /**
   * Returns the failure of a limit passed.
   *
   * @param path the JSON path where the parser stood; not null
   * @param message the limit's message, from {@link LimitMessages}; not null
   * @return the failure
   */
  public static ParseFailure limit(String path, String message) {
    return new ParseFailure(Kind.LIMIT, path, 0, 0, message);
  }

  /**
   * Returns what went wrong.
   *
   * @return the kind; never null
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns the failure as a problem, worded once for every line.
   *
   * @param lineOffset lines before the parser's text, added to its line: for a parser of one line
   *     of an NDJSON file
   * @return the problem, naming no parser type
   */
  public JsonProblem problem(long lineOffset) {
    switch (kind) {
      case LIMIT:
        return JsonProblem.of(JsonRule.LIMIT_EXCEEDED, path, limit, null);
      case NOT_AN_ENCODING:
        return JsonProblem.of(JsonRule.MALFORMED_JSON, Paths.ROOT, "the text is not in a JSON encoding (UTF-8, UTF-16 or UTF-32)", null);
      case INPUT_FAILED:
        return JsonProblem.of(JsonRule.UNREADABLE, path, "the document could not be read: the input failed", null);
      case UNREADABLE:
        return JsonProblem.of(JsonRule.MALFORMED_JSON, path, "the document cannot be read as JSON", null);
      default:
        String message = kind == Kind.ENDS_EARLY ? "the text ends before the JSON value is complete" : "the text is not well-formed JSON";
        if (line > 0) {
          message += " (line " + (line + lineOffset) + ", column " + column + ")";
        }
        return JsonProblem.of(JsonRule.MALFORMED_JSON, path, message, null);
    }
  }

  @Override
  public synchronized Throwable fillInStackTrace() {
    return this;
  }
}
