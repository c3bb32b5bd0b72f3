package io.github.chancery.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chancery.core.dossier.Finding;
import io.github.chancery.core.dossier.FindingCode;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

final class ProblemCodeTest {
  @Test
  void everyCodeIsLowerCaseWithHyphensAndNoTwoRulesShareOne() {
    List<String> codes =
        Stream.concat(Stream.of(ViolationCode.values()), Stream.of(FindingCode.values()))
            .map(ProblemCode::code)
            .collect(Collectors.toList());

    assertThat(codes).allMatch(code -> code.matches("[a-z]+(-[a-z]+)*")).doesNotHaveDuplicates();
  }

  @Test
  void violationsAndFindingsTakeCodePathAndMessageInTheSameOrder() {
    Problem violation = Violation.of(ViolationCode.NEGATIVE, "counts[1].value", "must not be negative");
    Problem finding = Finding.of(FindingCode.DANGLING_REFERENCE, "records[2].motion_id", "no record 'm'", "vote-1");

    assertThat(List.of(violation, finding))
        .extracting(p -> p.code().code() + " " + p.path() + " " + p.message())
        .containsExactly(
            "negative counts[1].value must not be negative", "dangling-reference records[2].motion_id no record 'm'");
    assertThat(((Finding) finding).recordId()).isEqualTo("vote-1");
  }
}
