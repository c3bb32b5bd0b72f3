package io.github.chancery.json.internal;

import io.github.chancery.json.problem.InvalidJson;
import io.github.chancery.json.problem.ProblemsFound;
import io.github.chancery.json.problem.JsonProblem;
import java.io.IOException;
import java.util.List;

/**
 * The test syntax's exception for problems found: checked, as Jackson 2's is, and worded by the
 * engine, as both lines' are.
 */
public final class TestJsonException extends IOException implements InvalidJson {
  private static final long serialVersionUID = 1L;

  private final ProblemsFound found;

  /** Creates the exception of problems, of the record at an index and line of a stream or -1. */
  public TestJsonException(List<JsonProblem> problems, long recordIndex, long line) {
    super(ProblemsFound.of(problems).atRecord(recordIndex, line).message());
    this.found = ProblemsFound.of(problems).atRecord(recordIndex, line);
  }

  @Override
  public ProblemsFound found() {
    return found;
  }
}
