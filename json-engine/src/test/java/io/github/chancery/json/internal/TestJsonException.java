package io.github.chancery.json.internal;

import io.github.chancery.json.problem.InvalidJson;
import io.github.chancery.json.problem.JsonProblem;
import java.io.IOException;
import java.util.List;
import java.util.OptionalLong;

/**
 * The test syntax's exception for problems found: checked, as Jackson 2's is, and worded by the
 * engine, as both lines' are.
 */
public final class TestJsonException extends IOException implements InvalidJson {
  private static final long serialVersionUID = 1L;

  private final transient List<JsonProblem> problems;
  private final long recordIndex;
  private final long line;

  /** Creates the exception of problems, of the record at an index and line of a stream or -1. */
  public TestJsonException(List<JsonProblem> problems, long recordIndex, long line) {
    super(ProblemMessages.invalidJson(problems, recordIndex, line));
    this.problems = List.copyOf(problems);
    this.recordIndex = recordIndex;
    this.line = line;
  }

  @Override
  public List<JsonProblem> problems() {
    return problems;
  }

  @Override
  public OptionalLong recordIndex() {
    return recordIndex < 0 ? OptionalLong.empty() : OptionalLong.of(recordIndex);
  }

  @Override
  public OptionalLong line() {
    return line < 0 ? OptionalLong.empty() : OptionalLong.of(line);
  }
}
