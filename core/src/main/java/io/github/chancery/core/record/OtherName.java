package io.github.chancery.core.record;

import io.github.chancery.core.text.LanguageTag;
import io.github.chancery.core.time.DateOrder;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.validation.Violations;
import io.github.chancery.core.wire.WireValue;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A name an actor is also known by, beside its {@linkplain Actor#name() name}: an alias, a
 * transliteration, a short form, or a former name with the dates it was in use (Zaire from 1971
 * to 1997). An actor may have several in the same language, as EveryPolitician and Wikidata give
 * them; their order is kept as recorded, and lookups that prefer one take the first.
 *
 * <p>Required: {@code name}. Invariants, checked when it is made: the name and note are not
 * blank, and the end is not definitely before the start. A name without a language is a name in
 * no stated language (publishers often omit it); it is never given one. Immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class OtherName implements WithOtherName, WireValue {
  OtherName() {}

  private static final Shape.Declaration<OtherName, OtherName.Builder> DECLARATION =
      Shape.ofPart("other_name", OtherName.class, OtherName::builder, OtherName.Builder::build);

  /** {@code name}, required: the name as written. */
  public static final Property<OtherName, String> NAME =
      DECLARATION.required("name", ValueType.TEXT, OtherName::name, OtherName.Builder::name);

  /** {@code language}, optional: the language it is written in. */
  public static final Property<OtherName, LanguageTag> LANGUAGE =
      DECLARATION.optional("language", ValueType.LANGUAGE_TAG, OtherName::language, OtherName.Builder::language);

  /** {@code kind}, optional: what kind of name it is. */
  public static final Property<OtherName, NameKind> KIND =
      DECLARATION.optional(
          "kind",
          ValueType.code(NameKind::of, NameKind.knownValues()),
          OtherName::kind,
          OtherName.Builder::kind);

  /** {@code start}, optional: when the name was adopted. */
  public static final Property<OtherName, PartialDate> START =
      DECLARATION.optional("start", ValueType.DATE, OtherName::start, OtherName.Builder::start);

  /** {@code end}, optional: when the name was abandoned. */
  public static final Property<OtherName, PartialDate> END =
      DECLARATION.optional("end", ValueType.DATE, OtherName::end, OtherName.Builder::end);

  /** {@code note}, optional: a note on the name, such as {@code Birth name} or a publisher's remark. */
  public static final Property<OtherName, String> NOTE =
      DECLARATION.optional("note", ValueType.TEXT, OtherName::note, OtherName.Builder::note);

  private static final Shape<OtherName> SHAPE = DECLARATION.build();

  /**
   * Returns the shape of this part: its properties in wire order, read by validation, dossiers and
   * JSON.
   *
   * @return the shape of other names, the same instance on every call
   */
  public static Shape<OtherName> shape() {
    return SHAPE;
  }

  /**
   * Returns an other name in no stated language, of no stated kind and without dates.
   *
   * @param name the name as written
   * @return the other name
   * @throws io.github.chancery.core.validation.ValidationException if the name is blank
   */
  public static OtherName of(String name) {
    Objects.requireNonNull(name, "name");
    return builder().name(name).build();
  }

  /**
   * Returns an other name in a language.
   *
   * @param language a BCP 47 tag such as {@code ru-Latn}
   * @param name the name as written in that language
   * @return the other name
   * @throws io.github.chancery.core.validation.ValidationException if the tag is malformed or the
   *     name blank
   */
  public static OtherName of(String language, String name) {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(name, "name");
    return builder().language(LanguageTag.parse(language)).name(name).build();
  }

  /**
   * Returns a former name in a language, with the dates it was in use.
   *
   * @param language a BCP 47 tag
   * @param name the name as written then
   * @param start when the name was adopted, or null when unknown
   * @param end when it was abandoned, or null when unknown
   * @return the other name, of kind {@link NameKind#FORMER}
   */
  public static OtherName former(String language, String name, PartialDate start, PartialDate end) {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(name, "name");
    return builder()
        .language(LanguageTag.parse(language))
        .name(name)
        .kind(NameKind.FORMER)
        .start(Optional.ofNullable(start))
        .end(Optional.ofNullable(end))
        .build();
  }

  /**
   * Returns a builder; {@code name} is required.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the name as written.
   *
   * @return the name, not blank; never null
   */
  public abstract String name();

  /**
   * Returns the language it is written in, when stated.
   *
   * @return the language, or empty when not stated
   */
  public abstract Optional<LanguageTag> language();

  /**
   * Returns what kind of name it is, when stated.
   *
   * @return the kind, or empty when not stated
   */
  public abstract Optional<NameKind> kind();

  /**
   * Returns when the name was adopted, when known.
   *
   * @return the date of adoption, or empty when unknown
   */
  public abstract Optional<PartialDate> start();

  /**
   * Returns when the name was abandoned, when known.
   *
   * @return the date of abandonment, or empty when unknown or still in use
   */
  public abstract Optional<PartialDate> end();

  /**
   * Returns a note on the name, such as {@code Birth name} or a publisher's remark.
   *
   * @return the note, not blank, or empty when there is none
   */
  public abstract Optional<String> note();

  /**
   * Returns whether the name has a start or an end date, so that it is known to be of a period.
   *
   * @return true when a start or an end date is recorded
   */
  public boolean isDated() {
    return start().isPresent() || end().isPresent();
  }

  /**
   * Returns whether the name may have been in use on the date: the date is not definitely before
   * the start nor definitely after the end. Unknown bounds do not exclude; a name of kind {@link
   * NameKind#FORMER} without dates is not known to be in use on any date.
   *
   * @param date the date
   * @return false when the dates make it certain the name was not in use then
   */
  public boolean mayBeInUseOn(PartialDate date) {
    Objects.requireNonNull(date, "date");
    if (!isDated() && kind().filter(NameKind.FORMER::equals).isPresent()) {
      return false;
    }
    return DateOrder.mayBeWithin(date, start(), end());
  }

  /**
   * Returns whether the name is written in the language: the same tag, or the same primary
   * language ({@code en} matches {@code en-GB}, {@code sr} matches {@code sr-Latn}).
   *
   * @param wanted the language wanted
   * @return false for a name in no stated language
   */
  public boolean isIn(LanguageTag wanted) {
    Objects.requireNonNull(wanted, "wanted");
    return language().map(l -> l.equals(wanted) || l.language().equals(wanted.language())).orElse(false);
  }

  @Value.Check
  final void check() {
    Violations v = Violations.collect();
    v.text(NAME, name());
    v.optionalText(NOTE, note());
    DateOrder.check(v, END, end(), START, start());
    v.throwIfAny(null, null);
  }

  /** Returns the name, with its language when stated: {@code [fr] Zaïre}. */
  @Override
  public String toString() {
    return language().map(l -> "[" + l + "] ").orElse("") + name();
  }

  /**
   * Builds an {@link OtherName}: set its fields one at a time, then call {@code build()}. Get one
   * from {@link OtherName#builder()}.
   *
   * <p>{@code build()} throws an {@link IllegalStateException} when no name was set (this part's
   * generated builder checks that itself), and otherwise checks every invariant of {@link
   * OtherName} at once, throwing a {@link io.github.chancery.core.validation.ValidationException}
   * listing every violation; it never returns an invalid name.
   *
   * <p>Not thread-safe: a builder is mutable; use it on one thread.
   */
  public static final class Builder extends ImmutableOtherName.Builder {
    Builder() {}

    /**
     * Builds the other name from the fields set so far, checking at once the fields {@link
     * OtherName#builder()} names as required and every invariant of {@link OtherName}.
     *
     * @return the other name, immutable and valid
     * @throws io.github.chancery.core.validation.ValidationException listing every missing or
     *     invalid field, by its wire name and the rule it breaks; no other name is built
     */
    @Override
    public OtherName build() {
      return super.build();
    }
  }
}
