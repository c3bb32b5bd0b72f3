package io.github.chancery.core.actor;

import io.github.chancery.core.wire.WireName;
import io.github.chancery.core.wire.WireValue;
import io.github.chancery.core.code.CodeAssignment;
import io.github.chancery.core.code.CountryCode;
import io.github.chancery.core.record.Property;
import io.github.chancery.core.record.Shape;
import io.github.chancery.core.record.ValueType;
import io.github.chancery.core.time.DateOrder;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.validation.Violations;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A country code a state was designated by in a period, in either form: {@code BU} for Burma
 * from 1974 to 1989, {@code ZR} for Zaire until 1997, or an ISO 3166-3 code such as {@code CSHH}.
 * The period tells apart a code ISO 3166 assigned twice: {@code CS} was Czechoslovakia's until
 * 1993 and Serbia and Montenegro's from 2003 to 2006.
 *
 * <p>Required: {@code code}. Part of a {@link State}, which validates it: the end is not
 * definitely before the start. A withdrawn code used outside the periods in which ISO 3166
 * assigned it, as datasets do, is kept, and the consistency report notes it. Immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class FormerCode implements WithFormerCode, WireValue {
  FormerCode() {}

  private static final Shape.Declaration<FormerCode, ImmutableFormerCode.Builder> DECLARATION =
      Shape.ofPart("former_code", FormerCode.class, ImmutableFormerCode::builder, ImmutableFormerCode.Builder::build);

  /** {@code code}, required: the former country code. */
  public static final Property<FormerCode, CountryCode> CODE =
      DECLARATION.required("code", ValueType.COUNTRY_CODE, FormerCode::code, ImmutableFormerCode.Builder::code);

  /** {@code start}, optional: from when the state was designated by it. */
  public static final Property<FormerCode, PartialDate> START =
      DECLARATION.optional("start", ValueType.DATE, FormerCode::start, ImmutableFormerCode.Builder::start);

  /** {@code end}, optional: until when. */
  public static final Property<FormerCode, PartialDate> END =
      DECLARATION.optional("end", ValueType.DATE, FormerCode::end, ImmutableFormerCode.Builder::end);

  private static final Shape<FormerCode> SHAPE = DECLARATION.build();

  /**
   * Returns the shape of this part: its properties in wire order, read by validation, dossiers and
   * JSON.
   *
   * @return the shape of former codes, the same instance on every call
   */
  public static Shape<FormerCode> shape() {
    return SHAPE;
  }

  /**
   * Returns a code the state was designated by between two dates.
   *
   * @param code the code, such as {@code BU}
   * @param start from when, if known
   * @param end until when, if known
   * @return the former code
   */
  public static FormerCode of(CountryCode code, PartialDate start, PartialDate end) {
    return ImmutableFormerCode.builder().code(code).start(Optional.ofNullable(start)).end(Optional.ofNullable(end)).build();
  }

  /**
   * Returns the code.
   *
   * @return the country code, such as {@code BU}; never null
   */
  public abstract CountryCode code();

  /**
   * Returns from when the state was designated by it, when known.
   *
   * @return the first date of the period, or empty when unknown
   */
  public abstract Optional<PartialDate> start();

  /**
   * Returns until when, when known.
   *
   * @return the last date of the period, or empty when unknown
   */
  public abstract Optional<PartialDate> end();

  /**
   * Returns whether the state may have been designated by this code on the date.
   *
   * @param date the date
   * @return false only when the dates make it certain it was not
   */
  public boolean mayCover(PartialDate date) {
    Objects.requireNonNull(date, "date");
    return DateOrder.mayBeWithin(date, start(), end());
  }

  @Value.Check
  final void checkPresent() {
    Violations v = Violations.collect();
    v.required(CODE, code());
    v.throwIfAny(null, null);
  }

  void validate(Violations v, WireName list, int index) {
    DateOrder.check(v, list, index, END, end(), START, start());
  }

  /**
   * Returns whether ISO 3166 assigned this code over the whole period given: one assignment of a
   * withdrawn code covers both dates. Datasets use withdrawn codes outside their assignments (UN
   * roll-call data codes Serbia's votes of 2007 as {@code YU}); the consistency report says so
   * ({@code code-not-assigned-then}) rather than refusing the record. True for a current code and
   * for a period without dates.
   *
   * @return false when the dates make it certain no single assignment covers them
   */
  public boolean isWithinAnAssignment() {
    if (!code().isWithdrawn() || (start().isEmpty() && end().isEmpty())) {
      return true;
    }
    for (CodeAssignment assignment : code().assignments()) {
      if (start().map(assignment::mayCover).orElse(true) && end().map(assignment::mayCover).orElse(true)) {
        return true;
      }
    }
    return false;
  }
}
