package io.github.chancery.core.record;

import io.github.chancery.core.validation.ViolationCode;
import io.github.chancery.core.validation.Violations;
import io.github.chancery.core.wire.WireValue;
import org.immutables.value.Value;

/**
 * An identifier that another register gives the same act or actor: a Wikidata item, an Open
 * Civic Data id, a UN M49 code, a Correlates of War number, a UN document symbol, a UN Treaty
 * Series number, or a publisher's own id. It lets records be matched across datasets without
 * making any register's id the record's own.
 *
 * <p>Required: {@code scheme}, {@code value}. Invariants, checked when it is made: the value is
 * clean text (not blank, no padding or line breaks, well-formed Unicode), and follows the
 * scheme's documented format when the scheme is known (a Wikidata item is {@code Q} and
 * digits). Values of unknown schemes are kept verbatim. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Identifier implements WithIdentifier, WireValue {
  Identifier() {}

  private static final Shape.Declaration<Identifier, ImmutableIdentifier.Builder> DECLARATION =
      Shape.ofPart("identifier", Identifier.class, ImmutableIdentifier::builder, ImmutableIdentifier.Builder::build);

  /** {@code scheme}, required: who assigns the identifier. */
  public static final Property<Identifier, IdentifierScheme> SCHEME =
      DECLARATION.required(
          "scheme",
          ValueType.code(IdentifierScheme::of, IdentifierScheme.knownValues()),
          Identifier::scheme,
          ImmutableIdentifier.Builder::scheme);

  /** {@code value}, required: the identifier, as the scheme writes it. */
  public static final Property<Identifier, String> VALUE =
      DECLARATION.required("value", ValueType.TEXT, Identifier::value, ImmutableIdentifier.Builder::value);

  private static final Shape<Identifier> SHAPE = DECLARATION.build();

  /**
   * Returns the shape of this part: its properties in wire order, read by validation, dossiers and
   * JSON.
   *
   * @return the shape of identifiers, the same instance on every call
   */
  public static Shape<Identifier> shape() {
    return SHAPE;
  }

  /**
   * Returns an identifier.
   *
   * @param scheme who assigns it
   * @param value the identifier, such as {@code Q212}
   * @return the identifier
   * @throws io.github.chancery.core.validation.ValidationException if the value is not clean text
   *     or does not follow a known scheme's format
   */
  public static Identifier of(IdentifierScheme scheme, String value) {
    return ImmutableIdentifier.of(scheme, value);
  }

  /**
   * Returns an identifier of a scheme given by its code, known or not.
   *
   * @param scheme the scheme's code, such as {@code wikidata} or a publisher's name
   * @param value the identifier
   * @return the identifier
   */
  public static Identifier of(String scheme, String value) {
    return of(IdentifierScheme.of(scheme), value);
  }

  /**
   * Returns who assigns the identifier.
   *
   * @return the scheme, known or not; never null
   */
  @Value.Parameter
  public abstract IdentifierScheme scheme();

  /**
   * Returns the identifier, as the scheme writes it.
   *
   * @return the value, verbatim; never null
   */
  @Value.Parameter
  public abstract String value();

  @Value.Check
  final void check() {
    if (scheme() != null && value() != null && scheme().accepts(value()) && Violations.isCleanLine(value())) {
      return; // the usual case, without a collector
    }
    Violations v = Violations.collect();
    v.required(SCHEME, scheme());
    v.text(VALUE, value());
    if (scheme() != null && value() != null && Violations.isSoundText(value())) {
      if (!Violations.isCleanLine(value())) {
        v.add(VALUE, ViolationCode.INVALID_FORMAT, "must be one line without padding");
      } else if (!scheme().accepts(value())) {
        v.add(
            VALUE,
            ViolationCode.INVALID_FORMAT,
            "'" + value() + "' is not " + scheme().format().orElse("a " + scheme() + " identifier"));
      }
    }
    v.throwIfAny(null, null);
  }

  /** Returns {@code scheme:value}, such as {@code wikidata:Q212}. */
  @Override
  public String toString() {
    return scheme() + ":" + value();
  }
}
