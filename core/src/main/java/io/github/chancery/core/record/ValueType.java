package io.github.chancery.core.record;

import io.github.chancery.core.code.CountryCode;
import io.github.chancery.core.code.OpenCode;
import io.github.chancery.core.text.LanguageTag;
import io.github.chancery.core.text.MultilingualText;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.validation.ValidationException;
import io.github.chancery.core.validation.ViolationCode;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The type of the values of one {@link Property}: a text, an id, a number, a date, a language
 * tag, a country code, a URL, a text in several languages, a reference (with the record types it
 * may point to), a value of an open code list, or a part of a record with a {@link Shape} of its
 * own.
 *
 * <p>Values that are written as one string ({@linkplain #isParsed() parsed} types) are read back
 * with {@link #parse(String)}, which applies the core's rules and throws a {@link
 * ValidationException} with an empty path, and printed with {@link #print(Object)}.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param <V> the Java type of the values
 */
public final class ValueType<V> {
  /** The kinds of value. */
  public enum Kind {
    /** A text that is not blank. */
    TEXT,
    /** A record id. */
    ID,
    /** An integer in the range of an {@code int}. */
    INTEGER,
    /** An integer count, zero or more (the enclosing record checks the sign). */
    COUNT,
    /** A decimal number kept exactly, above zero (the enclosing record checks the sign). */
    DECIMAL,
    /** A {@link PartialDate}. */
    DATE,
    /** A {@link LanguageTag}. */
    LANGUAGE_TAG,
    /** A {@link CountryCode}. */
    COUNTRY_CODE,
    /** An absolute http or https {@link URI}. */
    URL,
    /** A {@link MultilingualText}. */
    MULTILINGUAL_TEXT,
    /** A {@link Reference} to a record of the {@linkplain #targets() target} types. */
    REFERENCE,
    /** A value of an open code list. */
    CODE,
    /** A part of a record, with a {@linkplain #part() shape} of its own. */
    PART
  }

  /** A text that is not blank. */
  public static final ValueType<String> TEXT = new ValueType<>(Kind.TEXT, String.class, s -> s, s -> s);
  /** A record id. */
  public static final ValueType<String> ID = new ValueType<>(Kind.ID, String.class, s -> s, s -> s);
  /** An integer. */
  public static final ValueType<Integer> INTEGER = new ValueType<>(Kind.INTEGER, Integer.class, null, null);
  /** A count, zero or more. */
  public static final ValueType<Integer> COUNT = new ValueType<>(Kind.COUNT, Integer.class, null, null);
  /** A decimal number above zero, such as a ballot's weight. */
  public static final ValueType<BigDecimal> DECIMAL = new ValueType<>(Kind.DECIMAL, BigDecimal.class, null, null);
  /** A date of any precision. */
  public static final ValueType<PartialDate> DATE =
      new ValueType<>(Kind.DATE, PartialDate.class, PartialDate::parse, PartialDate::toString);
  /** A BCP 47 language tag. */
  public static final ValueType<LanguageTag> LANGUAGE_TAG =
      new ValueType<>(Kind.LANGUAGE_TAG, LanguageTag.class, LanguageTag::parse, LanguageTag::toString);
  /** A country code. */
  public static final ValueType<CountryCode> COUNTRY_CODE =
      new ValueType<>(Kind.COUNTRY_CODE, CountryCode.class, CountryCode::parse, CountryCode::toString);
  /** An absolute http or https URL; the enclosing record checks the scheme and host. */
  public static final ValueType<URI> URL = new ValueType<>(Kind.URL, URI.class, ValueType::uri, URI::toString);
  /** A text in several languages. */
  public static final ValueType<MultilingualText> MULTILINGUAL_TEXT =
      new ValueType<>(Kind.MULTILINGUAL_TEXT, MultilingualText.class, null, null);

  private static final ValueType<Reference<?>> ANY_REFERENCE = reference(EnumSet.allOf(RecordType.class));
  private static final ValueType<Reference<?>> ACTOR_REFERENCE = reference(RecordType.actors());

  private final Kind kind;
  private final Class<?> javaType;
  private final Function<String, V> parse;
  private final Function<V, String> print;
  private final Set<RecordType> targets;
  private final Shape<V> part;
  private final String listName;
  private final List<V> knownCodes;
  private final List<String> knownCodeTexts;

  private ValueType(Kind kind, Class<?> javaType, Function<String, V> parse, Function<V, String> print) {
    this(kind, javaType, parse, print, Set.of(), null, null, List.of());
  }

  private ValueType(
      Kind kind,
      Class<?> javaType,
      Function<String, V> parse,
      Function<V, String> print,
      Set<RecordType> targets,
      Shape<V> part,
      String listName,
      List<V> knownCodes) {
    this.kind = kind;
    this.javaType = javaType;
    this.parse = parse;
    this.print = print;
    this.targets = targets;
    this.part = part;
    this.listName = listName;
    this.knownCodes = knownCodes;
    this.knownCodeTexts =
        knownCodes.stream().map(c -> ((OpenCode) c).code()).collect(java.util.stream.Collectors.toUnmodifiableList());
  }

  /**
   * Returns the type of references to records of the given types.
   *
   * @param targets the record types a reference may point to, at least one
   * @return the type
   */
  public static ValueType<Reference<?>> reference(Set<RecordType> targets) {
    Set<RecordType> copy = Set.copyOf(targets);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("a reference needs at least one target type");
    }
    // In declaration order, the same on every run: Set.copyOf's order changes from one JVM to the next.
    Set<RecordType> allowed = Collections.unmodifiableSet(EnumSet.copyOf(copy));
    return new ValueType<>(Kind.REFERENCE, Reference.class, Reference::to, Reference::id, allowed, null, null, List.of());
  }

  /**
   * Returns the type of references to records of one type.
   *
   * @param target the record type
   * @return the type
   */
  public static ValueType<Reference<?>> reference(RecordType target) {
    return reference(Set.of(Objects.requireNonNull(target, "target")));
  }

  /**
   * Returns the type of references to any actor.
   *
   * @return the type whose targets are the {@linkplain RecordType#actors() actor types}, the same
   *     instance on every call
   */
  public static ValueType<Reference<?>> actorReference() {
    return ACTOR_REFERENCE;
  }

  /**
   * Returns the type of references to a record of any type.
   *
   * @return the type whose targets are all record types, the same instance on every call
   */
  public static ValueType<Reference<?>> anyReference() {
    return ANY_REFERENCE;
  }

  /**
   * Returns the type of an open code list's values.
   *
   * @param of the list's factory, such as {@code VoteOption::of}
   * @param known the list's known values, at least one
   * @param <C> the code list
   * @return the type
   */
  public static <C extends OpenCode> ValueType<C> code(Function<String, C> of, List<C> known) {
    Objects.requireNonNull(of, "of");
    if (known.isEmpty()) {
      throw new IllegalArgumentException("a code list needs at least one known value");
    }
    C first = known.get(0);
    return new ValueType<>(
        Kind.CODE, first.getClass(), of, OpenCode::code, Set.of(), null, first.listName(), List.copyOf(known));
  }

  /**
   * Returns the type of a part of a record.
   *
   * @param shape the part's shape
   * @param <P> the part
   * @return the type
   */
  public static <P> ValueType<P> part(Shape<P> shape) {
    Objects.requireNonNull(shape, "shape");
    return new ValueType<>(Kind.PART, shape.type(), null, null, Set.of(), shape, null, List.of());
  }

  /**
   * Returns the kind of value.
   *
   * @return the kind; never null
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns the Java class of the values (for references, {@code Reference}).
   *
   * @return the class; never null
   */
  public Class<?> javaType() {
    return javaType;
  }

  /**
   * Returns whether values of this type are written as one string, read back by {@link #parse}.
   *
   * @return true when {@link #parse(String)} and {@link #print(Object)} apply
   */
  public boolean isParsed() {
    return parse != null;
  }

  /**
   * Reads a value from its one-string form, applying the core's rules.
   *
   * @param text the text
   * @return the value
   * @throws ValidationException if the text is not a valid value, with an empty path
   * @throws IllegalStateException if this type is not {@linkplain #isParsed() parsed}
   */
  public V parse(String text) {
    Objects.requireNonNull(text, "text");
    if (parse == null) {
      throw new IllegalStateException(kind + " values are not written as one string");
    }
    return parse.apply(text);
  }

  /**
   * Returns a value's one-string form, which {@link #parse(String)} reads back.
   *
   * @param value the value
   * @return its text
   */
  public String print(V value) {
    Objects.requireNonNull(value, "value");
    if (print == null) {
      throw new IllegalStateException(kind + " values are not written as one string");
    }
    return print.apply(value);
  }

  /**
   * Returns the record types a reference may point to; empty for other kinds.
   *
   * @return the target types, unmodifiable, iterated in the order of {@link RecordType}; never
   *     null
   */
  public Set<RecordType> targets() {
    return targets;
  }

  /**
   * Returns the shape of a part; null for other kinds.
   *
   * @return the part's shape, or null when the kind is not {@link Kind#PART}
   */
  public Shape<V> part() {
    return part;
  }

  /**
   * Returns the name of a code list, such as {@code vote option}; null for other kinds.
   *
   * @return the list's name, or null when the kind is not {@link Kind#CODE}
   */
  public String listName() {
    return listName;
  }

  /**
   * Returns the known values of a code list, in declared order; empty for other kinds.
   *
   * @return the known values, unmodifiable; never null
   */
  public List<V> knownCodes() {
    return knownCodes;
  }

  /**
   * Returns the codes of a code list's known values, in declared order; empty for other kinds.
   * Readers match text against them to take the known value's own string.
   *
   * @return the codes, unmodifiable; never null
   */
  public List<String> knownCodeTexts() {
    return knownCodeTexts;
  }

  @Override
  public String toString() {
    switch (kind) {
      case REFERENCE:
        return "reference to " + targets;
      case CODE:
        return listName;
      case PART:
        return part.name();
      default:
        return kind.name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  private static URI uri(String text) {
    try {
      return new URI(text);
    } catch (URISyntaxException e) {
      throw ValidationException.of("", ViolationCode.INVALID_URL, "'" + text + "' is not a valid URL: " + e.getReason());
    }
  }
}
