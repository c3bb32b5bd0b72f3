package io.github.chancery.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chancery.core.record.Reference;
import org.junit.jupiter.api.Test;

/** The references of a read of many records: found again by the characters of their id. */
final class ReferenceTableTest {
  private final ReferenceTable table = new ReferenceTable();

  private static Reference<?> match(ReferenceTable table, String id) {
    char[] padded = ("..." + id + "..").toCharArray(); // lent characters sit inside a larger buffer
    return table.match(padded, 3, id.length());
  }

  @Test
  void givesTheSameReferenceForAnIdMetBefore() {
    Reference<?> ukraine = Reference.to("un-ukraine");
    table.remember(ukraine);

    assertThat(match(table, "un-ukraine")).isSameAs(ukraine);
    assertThat(table.find("un-ukraine")).isSameAs(ukraine);
  }

  @Test
  void findsNothingForAnIdNotMetOrDifferingInOneCharacter() {
    table.remember(Reference.to("un-ukraine"));

    assertThat(match(table, "un-ukrain")).isNull();
    assertThat(match(table, "un-ukrainf")).isNull();
    assertThat(match(table, "UN-UKRAINE")).isNull();
    assertThat(table.find("un-ukraine ")).isNull();
  }

  @Test
  void keepsEveryIdAsItGrows() {
    for (int i = 0; i < 1000; i++) {
      table.remember(Reference.to("person-" + i));
    }

    for (int i = 0; i < 1000; i++) {
      assertThat(match(table, "person-" + i)).as("person-%d", i).extracting(Reference::id).isEqualTo("person-" + i);
    }
  }

  @Test
  void forgetsWhatItHeldWhenFullAndGoesOnRemembering() {
    for (int i = 0; i < ReferenceTable.MOST; i++) {
      table.remember(Reference.to("person-" + i));
    }
    Reference<?> next = Reference.to("person-next");
    table.remember(next);

    assertThat(match(table, "person-0")).isNull();
    assertThat(match(table, "person-next")).isSameAs(next);
  }
}
