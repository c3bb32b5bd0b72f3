package io.github.chancery.core.record;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.Objects;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The kinds of record Chancery knows, each with the registered name it has on the wire and in
 * messages ({@code motion}, {@code protest_note}), never a Java class name.
 *
 * <p>Immutable and thread-safe, as every enum is.
 */
public enum RecordType {
  /** A sovereign state, identified by its country code. */
  STATE("state"),
  /** An entity whose statehood is disputed or self-proclaimed. */
  DISPUTED_ENTITY("disputed_entity"),
  /** An international organisation or organ, or a government body such as a foreign ministry. */
  ORGANIZATION("organization"),
  /** A natural person. */
  PERSON("person"),
  /** That a person, organisation or state was a member of an organisation over a period. */
  MEMBERSHIP("membership"),
  /** A chamber, parliament, assembly or voting organ. */
  LEGISLATURE("legislature"),
  /** A term, session or sitting of a legislature. */
  SESSION("session"),
  /** A question put before a legislature. */
  MOTION("motion"),
  /** A legislature's decision on a motion. */
  VOTE("vote"),
  /** A diplomatic note or other formal protest. */
  PROTEST_NOTE("protest_note"),
  /** A public statement by an actor about other records. */
  STATEMENT("statement"),
  /** A treaty, agreement or other instrument between parties. */
  TREATY("treaty"),
  /** Where a record's facts come from. */
  SOURCE("source");

  private final String wireName;

  RecordType(String wireName) {
    this.wireName = wireName;
  }

  /**
   * Returns the registered name, such as {@code protest_note}.
   *
   * @return the wire name, in lower case with words joined by underscores; never null
   */
  public String wireName() {
    return wireName;
  }

  /**
   * Returns the type with the given registered name.
   *
   * @param wireName a registered name such as {@code motion}
   * @return the type, or empty if no type has that name
   */
  public static Optional<RecordType> fromWireName(String wireName) {
    Objects.requireNonNull(wireName, "wireName");
    return Optional.ofNullable(ByName.TYPES.get(wireName));
  }

  private static final Set<RecordType> ACTORS =
      Collections.unmodifiableSet(EnumSet.of(STATE, DISPUTED_ENTITY, ORGANIZATION, PERSON, LEGISLATURE));

  /**
   * Returns the record types that are {@link Actor}s: states, disputed entities, organisations,
   * persons and legislatures.
   *
   * @return the actor types, unmodifiable; never null
   */
  public static Set<RecordType> actors() {
    return ACTORS;
  }

  /**
   * Returns whether records of this type are {@link Actor}s.
   *
   * @return true for states, disputed entities, organisations, persons and legislatures
   */
  public boolean isActor() {
    return ACTORS.contains(this);
  }

  /** The types by wire name, built once: reading looks a type up for every record. */
  private static final class ByName {
    static final Map<String, RecordType> TYPES =
        Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(RecordType::wireName, t -> t));
  }

  @Override
  public String toString() {
    return wireName;
  }
}
