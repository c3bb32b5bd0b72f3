package io.github.chancery.json.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The worst documents of the hostile-input corpus (100,000 nested arrays or objects, a 50 MB
 * string), made by the test, are refused with their expected problems in a 64 MB heap.
 */
@Tag("constant-memory")
final class HostileInputSmallHeapTest {
  static List<HostileCorpus.Entry> generated() {
    return HostileCorpus.entries().stream().filter(HostileCorpus.Entry::isGenerated).collect(Collectors.toList());
  }

  @Test
  void runsInASmallHeap() {
    assertThat(Runtime.getRuntime().maxMemory()).isLessThanOrEqualTo(64L * 1024 * 1024);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("generated")
  void eachMadeDocumentGetsItsExpectedAnswer(HostileCorpus.Entry entry) {
    assertThat(HostileCorpus.answer(entry)).as(entry.toString()).isEqualTo(entry.expected);
  }
}
