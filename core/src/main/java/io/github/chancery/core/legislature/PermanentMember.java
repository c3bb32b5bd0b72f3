package io.github.chancery.core.legislature;

import io.github.chancery.core.record.Actor;
import io.github.chancery.core.record.Property;
import io.github.chancery.core.record.Reference;
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
 * A permanent seat held by one member over a period: the Union of Soviet Socialist Republics
 * until its seat in the Security Council passed to the Russian Federation in December 1991, the
 * seat of China held by the People's Republic of China from 25 October 1971 (General Assembly
 * resolution 2758). A missing start or end leaves that side of the period open.
 *
 * <p>Required: {@code member}. Part of a {@link Legislature}, which validates it: the end is not
 * definitely before the start. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class PermanentMember implements WithPermanentMember, WireValue {
  PermanentMember() {}

  private static final Shape.Declaration<PermanentMember, ImmutablePermanentMember.Builder> DECLARATION =
      Shape.ofPart(
          "permanent_member", PermanentMember.class, ImmutablePermanentMember::builder, ImmutablePermanentMember.Builder::build);

  /** {@code member_id}, required: the member that held the permanent seat. */
  public static final Property<PermanentMember, Reference<? extends Actor>> MEMBER =
      DECLARATION.required("member_id", ValueType.actorReference(), PermanentMember::member, ImmutablePermanentMember.Builder::member);

  /** {@code start}, optional: from when it held the seat. */
  public static final Property<PermanentMember, PartialDate> START =
      DECLARATION.optional("start", ValueType.DATE, PermanentMember::start, ImmutablePermanentMember.Builder::start);

  /** {@code end}, optional: until when, the last day included. */
  public static final Property<PermanentMember, PartialDate> END =
      DECLARATION.optional("end", ValueType.DATE, PermanentMember::end, ImmutablePermanentMember.Builder::end);

  private static final Shape<PermanentMember> SHAPE = DECLARATION.build();

  /**
   * Returns the shape of this part: its properties in wire order, read by validation, dossiers and
   * JSON.
   *
   * @return the shape of permanent members, the same instance on every call
   */
  public static Shape<PermanentMember> shape() {
    return SHAPE;
  }

  /**
   * Returns a member that held a permanent seat between two dates.
   *
   * @param member the member, such as a state
   * @param start from when, or null when the seat was held from the start of the body's record
   * @param end until when, the last day included, or null when it is still held or not known
   * @return the permanent member
   */
  public static PermanentMember of(Reference<? extends Actor> member, PartialDate start, PartialDate end) {
    return ImmutablePermanentMember.builder().member(member).start(Optional.ofNullable(start)).end(Optional.ofNullable(end)).build();
  }

  /**
   * Returns the member that held the permanent seat.
   *
   * @return a reference to the member; never null
   */
  public abstract Reference<? extends Actor> member();

  /**
   * Returns from when the member held the seat, when recorded.
   *
   * @return the first day of the period, or empty when it is open
   */
  public abstract Optional<PartialDate> start();

  /**
   * Returns until when the member held the seat, when it no longer does.
   *
   * @return the last day of the period, or empty when it is open
   */
  public abstract Optional<PartialDate> end();

  /**
   * Returns whether the member may have held the seat on a date: the date is not definitely
   * outside the period.
   *
   * @param date the date
   * @return false only when the dates make it certain it did not
   */
  public boolean mayHoldOn(PartialDate date) {
    return DateOrder.mayBeWithin(Objects.requireNonNull(date, "date"), start(), end());
  }

  /**
   * Returns whether the dates make it certain that the member held the seat on a date: every day
   * the date can mean falls within the period, from the last day the start can mean to the first
   * day the end can mean.
   *
   * @param date the date
   * @return true only when the member certainly held the seat
   */
  public boolean certainlyHoldsOn(PartialDate date) {
    Objects.requireNonNull(date, "date");
    return start().map(s -> !date.earliestDay().isBefore(s.latestDay())).orElse(true)
        && end().map(e -> !date.latestDay().isAfter(e.earliestDay())).orElse(true);
  }

  // Missing parts are rejected at once, so that a part never exists half-built; every other
  // rule is checked by the enclosing record, which reports it with the full path.
  @Value.Check
  final void checkPresent() {
    if (member() != null) {
      return;
    }
    Violations v = Violations.collect();
    v.required(MEMBER, member());
    v.throwIfAny(null, null);
  }

  void validate(Violations v, String path) {
    DateOrder.check(v, END.under(path), end(), START.under(path), start());
  }
}
