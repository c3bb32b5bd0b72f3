package io.github.chancery.core.dossier;

import io.github.chancery.core.legislature.Legislature;
import io.github.chancery.core.legislature.PermanentMember;
import io.github.chancery.core.record.Actor;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.time.PartialDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The permanent members of a voting body on a vote's date, as its record lists them undated (for
 * all time) and dated (over the period each held its seat): those that certainly held a seat then,
 * and those that may have, when imprecise dates or an undated vote leave it open. Every check of
 * permanent members reads them here. Immutable.
 */
final class PermanentSeats {
  private static final PermanentSeats NONE = new PermanentSeats(List.of(), List.of());

  private final List<Reference<? extends Actor>> possible;
  private final List<Reference<? extends Actor>> certain;

  private PermanentSeats(List<Reference<? extends Actor>> possible, List<Reference<? extends Actor>> certain) {
    this.possible = possible;
    this.certain = certain;
  }

  /** The permanent members of a body on a date; without a date, at any time of the body's record. */
  static PermanentSeats of(Optional<Legislature> body, Optional<PartialDate> date) {
    if (body.isEmpty() || !body.get().hasPermanentMembers()) {
      return NONE;
    }
    List<Reference<? extends Actor>> possible = new ArrayList<>(body.get().permanentMembers());
    List<Reference<? extends Actor>> certain = new ArrayList<>(body.get().permanentMembers());
    for (PermanentMember dated : body.get().datedPermanentMembers()) {
      boolean may = date.map(dated::mayHoldOn).orElse(true);
      boolean surely =
          date.map(dated::certainlyHoldsOn).orElse(dated.start().isEmpty() && dated.end().isEmpty());
      if (may && !possible.contains(dated.member())) {
        possible.add(dated.member());
      }
      if (surely && !certain.contains(dated.member())) {
        certain.add(dated.member());
      }
    }
    return new PermanentSeats(possible, certain);
  }

  /** Whether no permanent member is recorded for the date. */
  boolean isEmpty() {
    return possible.isEmpty();
  }

  /** The members that may have held a permanent seat then. */
  List<Reference<? extends Actor>> possible() {
    return possible;
  }

  /** Whether the member may have held a permanent seat then. */
  boolean mayHold(Reference<?> member) {
    return possible.contains(member);
  }

  /** Whether the dates make it certain the member held a permanent seat then. */
  boolean certainlyHolds(Reference<?> member) {
    return certain.contains(member);
  }
}
