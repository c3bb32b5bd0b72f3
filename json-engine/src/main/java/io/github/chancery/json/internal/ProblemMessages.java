package io.github.chancery.json.internal;

import io.github.chancery.json.problem.JsonProblem;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The message of either Jackson artifact's exception: the same words whichever Jackson read.
 * Stateless.
 */
public final class ProblemMessages {
  private ProblemMessages() {}

  /**
   * Returns {@code Invalid JSON in record 2 (line 4) of record 'vote-1': $.counts[1].value: ...}.
   *
   * @param problems every problem, in document order
   * @param recordIndex the index of the record in its stream, or -1
   * @param line the line of the record in an NDJSON file, or -1
   * @return the message
   */
  public static String invalidJson(List<JsonProblem> problems, long recordIndex, long line) {
    StringBuilder text = new StringBuilder("Invalid JSON");
    if (recordIndex >= 0) {
      text.append(" in record ").append(recordIndex);
      if (line >= 0) {
        text.append(" (line ").append(line).append(')');
      }
    }
    recordId(problems).ifPresent(id -> text.append(" of record '").append(id).append('\''));
    text.append(": ");
    text.append(problems.stream().map(JsonProblem::toString).collect(Collectors.joining("; ")));
    return text.toString();
  }

  /**
   * Returns the id of the record the problems were found in, when one names it.
   *
   * @param problems the problems
   * @return the first record id a problem names
   */
  public static Optional<String> recordId(List<JsonProblem> problems) {
    return problems.stream().map(JsonProblem::recordId).flatMap(Optional::stream).findFirst();
  }
}
