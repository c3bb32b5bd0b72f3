package io.github.chancery.json.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every document of the hostile-input corpus is refused with its expected problems, or read,
 * within a bounded time; nothing but the line's exception (an {@link
 * io.github.chancery.json.problem.InvalidJson}) is ever thrown. The
 * documents made by the test run in a 64 MB heap, in {@link HostileInputSmallHeapTest}.
 */
final class HostileInputTest {
  static List<HostileCorpus.Entry> committed() {
    return HostileCorpus.entries().stream().filter(e -> !e.isGenerated()).collect(Collectors.toList());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("committed")
  void eachDocumentGetsItsExpectedAnswer(HostileCorpus.Entry entry) {
    assertThat(HostileCorpus.answer(entry)).as(entry.toString()).isEqualTo(entry.expected);
  }

  @Test
  void theCorpusHoldsAtLeastEightyBadDocuments() {
    assertThat(committed().stream().filter(e -> !e.expected.equals("ok")).count()).isGreaterThanOrEqualTo(80);
  }
}
