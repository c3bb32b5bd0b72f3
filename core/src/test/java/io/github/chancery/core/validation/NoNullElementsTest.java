package io.github.chancery.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A list property's null elements are reported each at its index, whatever kind of list holds
 * them; a list that cannot hold a null (such as {@code List.of}'s) passes.
 */
final class NoNullElementsTest {

  @Test
  void reportsEachNullElementAtItsIndex() {
    Violations v = Violations.collect();

    boolean clean = v.noNullElements("ballots", Collections.unmodifiableList(new ArrayList<>(Arrays.asList("a", null, "c", null))));

    assertThat(clean).isFalse();
    assertThatThrownBy(() -> v.throwIfAny(null, null))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.violations())
                .extracting(Violation::path, Violation::code)
                .containsExactly(
                    org.assertj.core.groups.Tuple.tuple("ballots[1]", ViolationCode.REQUIRED),
                    org.assertj.core.groups.Tuple.tuple("ballots[3]", ViolationCode.REQUIRED)));
  }

  @Test
  void passesListsWithoutNullsOfEveryKind() {
    Violations v = Violations.collect();

    assertThat(v.noNullElements("a", List.of("x", "y", "z"))).isTrue();
    assertThat(v.noNullElements("b", List.of())).isTrue();
    assertThat(v.noNullElements("c", Collections.singletonList("x"))).isTrue();
    assertThat(v.noNullElements("d", new ArrayList<>(List.of("x", "y")))).isTrue();
    v.throwIfAny(null, null); // nothing reported
  }
}
