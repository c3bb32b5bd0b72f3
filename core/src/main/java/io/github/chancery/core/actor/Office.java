package io.github.chancery.core.actor;

import io.github.chancery.core.wire.WireName;
import io.github.chancery.core.wire.WireValue;
import io.github.chancery.core.record.ValueType;
import io.github.chancery.core.record.Property;
import io.github.chancery.core.record.Shape;
import io.github.chancery.core.record.Actor;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.time.DateOrder;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.validation.ValidationException;
import io.github.chancery.core.validation.ViolationCode;
import io.github.chancery.core.validation.Violations;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An office a person holds or held, over dates: Senator of the Senate of Canada, President of
 * Azerbaijan, Minister of Foreign Affairs.
 *
 * <p>Required: {@code role}, not blank. Part of a {@link Person}, which validates it: the end is
 * not definitely before the start. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Office implements WithOffice, WireValue {
  Office() {}

  private static final Shape.Declaration<Office, ImmutableOffice.Builder> DECLARATION =
      Shape.ofPart("office", Office.class, ImmutableOffice::builder, ImmutableOffice.Builder::build);

  /** {@code role}, required: the role, such as {@code President}. */
  public static final Property<Office, String> ROLE =
      DECLARATION.required("role", ValueType.TEXT, Office::role, ImmutableOffice.Builder::role);

  /** {@code organization_id}, optional: the state, chamber or organisation the office is held in. */
  public static final Property<Office, Reference<? extends Actor>> ORGANIZATION =
      DECLARATION.optional(
          "organization_id",
          ValueType.actorReference(),
          Office::organization,
          ImmutableOffice.Builder::organization);

  /** {@code start}, optional: when the person took office. */
  public static final Property<Office, PartialDate> START =
      DECLARATION.optional("start", ValueType.DATE, Office::start, ImmutableOffice.Builder::start);

  /** {@code end}, optional: when the person left office. */
  public static final Property<Office, PartialDate> END =
      DECLARATION.optional("end", ValueType.DATE, Office::end, ImmutableOffice.Builder::end);

  private static final Shape<Office> SHAPE = DECLARATION.build();

  /**
   * Returns the shape of this part: its properties in wire order, read by validation, dossiers and
   * JSON.
   *
   * @return the shape of offices, the same instance on every call
   */
  public static Shape<Office> shape() {
    return SHAPE;
  }

  /**
   * Returns an office with the given role and no organisation or dates yet.
   *
   * @param role the role, such as {@code Senator} or {@code President}
   * @return the office
   */
  public static Office of(String role) {
    return ImmutableOffice.builder().role(role).build();
  }

  /**
   * Returns an office with the given role held in a state, chamber or organisation, with no
   * dates yet.
   *
   * @param role the role, such as {@code President}
   * @param organization where the office is held, such as the state of Azerbaijan
   * @return the office
   * @throws io.github.chancery.core.validation.ValidationException as {@link #of(String,
   *     Reference)}
   */
  public static Office of(String role, Actor organization) {
    return of(role, organization == null ? null : Reference.<Actor>of(organization));
  }

  /**
   * Returns an office with the given role held in the state, chamber or organisation a
   * reference names ({@code Reference.to("state-az")}), with no dates yet.
   *
   * @param role the role, such as {@code President}
   * @param organization a reference to where the office is held
   * @return the office
   * @throws io.github.chancery.core.validation.ValidationException ({@code required} at {@code
   *     organization_id}) if the organisation is null, and as {@link #of(String)} for the role
   */
  public static Office of(String role, Reference<? extends Actor> organization) {
    if (organization == null) {
      throw ValidationException.of(ORGANIZATION.name(), ViolationCode.REQUIRED,
          "an office held in an organisation needs the organisation; use Office.of(role) for none");
    }
    return ImmutableOffice.builder().role(role).organization(organization).build();
  }

  /**
   * Returns the role, such as {@code President}; compared with a signature's capacity.
   *
   * @return the role; never null
   */
  public abstract String role();

  /**
   * Returns the state, chamber or organisation the office is held in.
   *
   * @return a reference to where the office is held, or empty when not stated
   */
  public abstract Optional<Reference<? extends Actor>> organization();

  /**
   * Returns when the person took office.
   *
   * @return the date the office was taken, or empty when unknown
   */
  public abstract Optional<PartialDate> start();

  /**
   * Returns when the person left office; absent while in office or when unknown.
   *
   * @return the date the office was left, or empty while held or when unknown
   */
  public abstract Optional<PartialDate> end();

  /**
   * Returns whether the person may have held this office on the date: the date is not
   * definitely before the start nor definitely after the end. Unknown bounds do not exclude.
   *
   * @param date the date
   * @return false only when the dates make it certain the office was not held
   */
  public boolean mayBeHeldOn(PartialDate date) {
    Objects.requireNonNull(date, "date");
    return DateOrder.mayBeWithin(date, start(), end());
  }

  // Missing parts are rejected at once, so that a part never exists half-built; every other
  // rule is checked by the enclosing record, which reports it with the full path.
  @Value.Check
  final void checkPresent() {
    Violations v = Violations.collect();
    v.required(ROLE, role());
    v.throwIfAny(null, null);
  }

  // Paths are built only for what is reported: a stream of persons checks offices by the million.
  void validate(Violations v, WireName list, int index) {
    if (!Violations.isSoundText(role())) {
      v.text(list.at(index, ROLE), role());
    }
    DateOrder.check(v, list, index, END, end(), START, start());
  }
}
