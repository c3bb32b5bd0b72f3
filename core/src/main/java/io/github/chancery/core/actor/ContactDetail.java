package io.github.chancery.core.actor;

import io.github.chancery.core.record.Property;
import io.github.chancery.core.record.Shape;
import io.github.chancery.core.record.ValueType;
import io.github.chancery.core.time.DateOrder;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.validation.Violations;
import io.github.chancery.core.wire.WireValue;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A means of contacting a person, as parliaments and EveryPolitician publish them: an office
 * address, a telephone number, an email address, a social media account. Its {@code kind} is the
 * medium (Popolo's {@code type}), its {@code value} the number or address as published, and its
 * {@code label} the publisher's own words for it ({@code Constituency office}).
 *
 * <p>Required: {@code kind}, {@code value}. Invariants, checked when it is made: the value,
 * label and note are not blank, and the end is not definitely before the start. The value is
 * kept verbatim, whatever its kind. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ContactDetail implements WithContactDetail, WireValue {
  ContactDetail() {}

  private static final Shape.Declaration<ContactDetail, ContactDetail.Builder> DECLARATION =
      Shape.ofPart("contact_detail", ContactDetail.class, ContactDetail::builder, ContactDetail.Builder::build);

  /** {@code kind}, required: the medium, such as {@code email} or {@code voice}. */
  public static final Property<ContactDetail, ContactKind> KIND =
      DECLARATION.required(
          "kind",
          ValueType.code(ContactKind::of, ContactKind.knownValues()),
          ContactDetail::kind,
          ContactDetail.Builder::kind);

  /** {@code value}, required: the number, address or account, as published. */
  public static final Property<ContactDetail, String> VALUE =
      DECLARATION.required("value", ValueType.TEXT, ContactDetail::value, ContactDetail.Builder::value);

  /** {@code label}, optional: the publisher's words for it, such as {@code Constituency office}. */
  public static final Property<ContactDetail, String> LABEL =
      DECLARATION.optional("label", ValueType.TEXT, ContactDetail::label, ContactDetail.Builder::label);

  /** {@code note}, optional: a note on it, such as {@code Free evenings and weekends}. */
  public static final Property<ContactDetail, String> NOTE =
      DECLARATION.optional("note", ValueType.TEXT, ContactDetail::note, ContactDetail.Builder::note);

  /** {@code start}, optional: from when it is valid. */
  public static final Property<ContactDetail, PartialDate> START =
      DECLARATION.optional("start", ValueType.DATE, ContactDetail::start, ContactDetail.Builder::start);

  /** {@code end}, optional: until when it was valid. */
  public static final Property<ContactDetail, PartialDate> END =
      DECLARATION.optional("end", ValueType.DATE, ContactDetail::end, ContactDetail.Builder::end);

  private static final Shape<ContactDetail> SHAPE = DECLARATION.build();

  /**
   * Returns the shape of this part: its properties in wire order, read by validation, dossiers and
   * JSON.
   *
   * @return the shape of contact details, the same instance on every call
   */
  public static Shape<ContactDetail> shape() {
    return SHAPE;
  }

  /**
   * Returns a contact detail of a kind, without label, note or dates.
   *
   * @param kind the medium
   * @param value the number, address or account, as published
   * @return the contact detail
   * @throws io.github.chancery.core.validation.ValidationException if the value is blank
   */
  public static ContactDetail of(ContactKind kind, String value) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(value, "value");
    return builder().kind(kind).value(value).build();
  }

  /**
   * Returns a builder; {@code kind} and {@code value} are required.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the medium, such as {@code email}; a publisher's own word is kept verbatim.
   *
   * @return the kind; never null
   */
  public abstract ContactKind kind();

  /**
   * Returns the number, address or account, as published.
   *
   * @return the value, not blank; never null
   */
  public abstract String value();

  /**
   * Returns the publisher's words for it, such as {@code Constituency office}.
   *
   * @return the label, not blank, or empty when there is none
   */
  public abstract Optional<String> label();

  /**
   * Returns a note on it.
   *
   * @return the note, not blank, or empty when there is none
   */
  public abstract Optional<String> note();

  /**
   * Returns from when it is valid, when known.
   *
   * @return the first date of validity, or empty when unknown
   */
  public abstract Optional<PartialDate> start();

  /**
   * Returns until when it was valid; absent while valid or when unknown.
   *
   * @return the last date of validity, or empty
   */
  public abstract Optional<PartialDate> end();

  @Value.Check
  final void check() {
    Violations v = Violations.collect();
    v.required(KIND, kind());
    v.text(VALUE, value());
    v.optionalText(LABEL, label());
    v.optionalText(NOTE, note());
    DateOrder.check(v, END, end(), START, start());
    v.throwIfAny(null, null);
  }

  /** Returns the kind and value, with the label when there is one: {@code email jq@example.com (Office)}. */
  @Override
  public String toString() {
    return kind() + " " + value() + label().map(l -> " (" + l + ")").orElse("");
  }

  /**
   * Builds a {@link ContactDetail}: set its fields one at a time, then call {@code build()}. Get
   * one from {@link ContactDetail#builder()}.
   *
   * <p>{@code build()} checks the required kind and value and every invariant of {@link
   * ContactDetail} at once, and throws a {@link
   * io.github.chancery.core.validation.ValidationException} listing every violation; it never
   * returns an invalid contact detail.
   *
   * <p>Not thread-safe: a builder is mutable; use it on one thread.
   */
  public static final class Builder extends ImmutableContactDetail.Builder {
    Builder() {}

    /**
     * Builds the contact detail from the fields set so far, checking at once the fields {@link
     * ContactDetail#builder()} names as required and every invariant of {@link ContactDetail}.
     *
     * @return the contact detail, immutable and valid
     * @throws io.github.chancery.core.validation.ValidationException listing every missing or
     *     invalid field, by its wire name and the rule it breaks; no contact detail is built
     */
    @Override
    public ContactDetail build() {
      return super.build();
    }
  }
}
