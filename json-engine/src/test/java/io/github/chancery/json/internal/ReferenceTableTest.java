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

  @Test
  void hashesCharactersAsTheirStringDoesForEveryLength() {
    StringBuilder id = new StringBuilder();
    for (int length = 0; length < 40; length++) {
      char[] padded = ("..." + id + "..").toCharArray();
      assertThat(ReferenceTable.hash(padded, 3, id.length())).as("length %d", length).isEqualTo(id.toString().hashCode());
      id.append((char) ('a' + length % 26)).append(length % 3 == 0 ? "\u00e9" : "");
    }
  }

  @Test
  void tellsAMissOnTheCharactersOnceSoThatTheIdIsNotLookedUpTwice() {
    table.remember(Reference.to("un-ukraine"));

    assertThat(match(table, "un-ukraine")).isNotNull();
    assertThat(table.takeMiss()).as("after a match").isFalse();
    assertThat(match(table, "un-poland")).isNull();
    assertThat(table.takeMiss()).as("after a miss").isTrue();
    assertThat(table.takeMiss()).as("asked again").isFalse();
  }

  @Test
  void forgetsEveryReferenceWhenClearedForTheNextRead() {
    for (int i = 0; i < 100; i++) {
      table.remember(Reference.to("person-" + i));
    }
    table.clear();

    assertThat(match(table, "person-1")).isNull();
    assertThat(table.find("person-99")).isNull();
    Reference<?> again = Reference.to("person-1");
    table.remember(again);
    assertThat(match(table, "person-1")).isSameAs(again);
  }

  @Test
  void findsIdsThatDifferOnlyInTheirLastCharactersAmongThousands() {
    // Hashes of such ids are neighbours: every one must still be found, and a near one not.
    for (int i = 0; i < 2000; i++) {
      table.remember(Reference.to(String.format("person-fa-member-%04d", i)));
    }

    for (int i = 0; i < 2000; i++) {
      String id = String.format("person-fa-member-%04d", i);
      assertThat(match(table, id)).as(id).extracting(Reference::id).isEqualTo(id);
      assertThat(table.find(id)).as(id).extracting(Reference::id).isEqualTo(id);
    }
    assertThat(match(table, "person-fa-member-2000")).isNull();
  }
}
