package io.github.chancery.core.record;

import io.github.chancery.core.text.LanguageTag;
import io.github.chancery.core.text.MultilingualText;
import io.github.chancery.core.time.PartialDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A record that can act: send a note, sign, sponsor, vote, make a statement, be a party.
 *
 * <p>Actors are states, disputed entities, organisations (international organisations and their
 * organs, ministries), persons and legislatures. It is a role every domain package uses, so it
 * lives beside {@link ChanceryRecord} rather than in the actor package.
 * Fields that accept any actor take a {@code Reference<? extends Actor>}, so a reference to a
 * state, a person or an organisation fits, and a reference to a motion does not.
 *
 * <p>An actor has one {@linkplain #name() name}, with a text per language, and any number of
 * {@linkplain #otherNames() other names}: aliases, transliterations, several names in one
 * language, and former names with their dates. The lookups {@link #nameIn(String...)} and {@link
 * #nameOn(PartialDate, String...)} choose among them by language preference, always the same way
 * for the same record: the name before other names, and other names in their recorded order.
 *
 * <p>Implemented only by the record types of this library; every implementation is immutable
 * and thread-safe.
 */
public interface Actor extends ChanceryRecord {
  /**
   * Returns the actor's name, in as many languages as are known.
   *
   * @return the name; never null
   */
  MultilingualText name();

  /**
   * Returns the other names the actor is known by, in recorded order.
   *
   * @return the other names, each once; never null, possibly empty
   */
  List<OtherName> otherNames();

  /**
   * Returns every name the actor is known by, each once: the name's texts in language-tag order,
   * then the other names in recorded order. For matching a name as printed in a source.
   *
   * @return the names, not empty
   */
  default List<String> allNames() {
    Set<String> names = new LinkedHashSet<>(name().asMap().values());
    otherNames().forEach(n -> names.add(n.name()));
    return List.copyOf(names);
  }

  /**
   * Returns the name to show a reader of the first preferred language that has one. For each
   * language in turn: the name's text in that language (the same tag, else the same primary
   * language, so {@code en} finds {@code en-GB}); else the first other name in that language that
   * is not former (no end date, not of kind {@link NameKind#FORMER}). With none in any preferred
   * language, the name's text of the first language tag.
   *
   * @param preferred BCP 47 tags, in order of preference; may be none
   * @return a name, never null
   * @throws io.github.chancery.core.validation.ValidationException if a tag is malformed
   */
  default String nameIn(String... preferred) {
    Objects.requireNonNull(preferred, "preferred");
    for (String wanted : preferred) {
      LanguageTag tag = LanguageTag.parse(Objects.requireNonNull(wanted, "preferred language"));
      String exact = name().asMap().get(tag);
      if (exact != null) {
        return exact;
      }
      for (Map.Entry<LanguageTag, String> entry : name().asMap().entrySet()) {
        if (entry.getKey().language().equals(tag.language())) {
          return entry.getValue();
        }
      }
      for (OtherName other : otherNames()) {
        boolean former = other.end().isPresent() || other.kind().filter(NameKind.FORMER::equals).isPresent();
        if (!former && other.isIn(tag)) {
          return other.name();
        }
      }
    }
    MultilingualText name = name();
    return name.asMap().get(name.asMap().firstKey());
  }

  /**
   * Returns the name the actor went by on a date. When a former name (one with an end date, or of
   * kind {@link NameKind#FORMER} with a start or an end) may have been in use on that date, it is
   * that name:
   * the first in the first preferred language, else the first such name; otherwise the name
   * {@link #nameIn(String...)} gives. Unknown bounds do not exclude, so a former name with only
   * an end date is taken for every date up to it.
   *
   * @param date the date
   * @param preferred BCP 47 tags, in order of preference; may be none
   * @return a name, never null
   */
  default String nameOn(PartialDate date, String... preferred) {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(preferred, "preferred");
    List<OtherName> then = new ArrayList<>();
    for (OtherName other : otherNames()) {
      // A name that ended is a former name whatever its kind: EveryPolitician gives dates, not kinds.
      boolean former = other.end().isPresent() || other.kind().filter(NameKind.FORMER::equals).isPresent();
      if (former && other.isDated() && other.mayBeInUseOn(date)) {
        then.add(other);
      }
    }
    if (then.isEmpty()) {
      return nameIn(preferred);
    }
    for (String wanted : preferred) {
      LanguageTag tag = LanguageTag.parse(Objects.requireNonNull(wanted, "preferred language"));
      for (OtherName other : then) {
        if (other.isIn(tag)) {
          return other.name();
        }
      }
    }
    return then.get(0).name();
  }
}
