package io.github.chancery.core.actor;

import io.github.chancery.core.record.Identifier;
import io.github.chancery.core.record.OtherName;
import io.github.chancery.core.record.ValueType;
import io.github.chancery.core.record.Shape;
import io.github.chancery.core.record.Actor;
import io.github.chancery.core.code.CountryCode;
import io.github.chancery.core.record.RecordType;
import io.github.chancery.core.validation.Violations;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.time.DateOrder;
import io.github.chancery.core.time.PartialDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A sovereign state, current or former: France, the Soviet Union, Czechoslovakia, the People's
 * Republic of Zanzibar. It is identified by its {@link CountryCode} when it has one (current ISO
 * 3166-1 alpha-2, the user-assigned XK, a withdrawn alpha-2 code such as {@code YU}, or an ISO
 * 3166-3 code such as {@code SUHH}); a polity that never had a code has none, and none is
 * invented for it. The codes it was designated by before are its {@linkplain #formerCodes()
 * former codes}, with their periods; {@code start} and {@code end} are the dates of its
 * existence, and its predecessors and successors are the states it succeeded or that succeeded
 * it, as UN membership and treaty data cite successions.
 *
 * <p>An entity whose statehood is disputed is not a {@code State} here: record it as a {@link
 * DisputedEntity}, which says what it claims and who recognises it, without taking a side.
 *
 * <p>Required: {@code id}, {@code name}. Invariants: the end is not definitely before the start,
 * for the state and for each former code; a state is not its own predecessor or successor. The
 * consistency report notes a withdrawn code used outside its ISO 3166 assignment, a ballot from a
 * state outside its dates, and a succession stated on one side only. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class State implements Actor, WithState {
  State() {}

  private static final ValueType<Reference<?>> STATES =
      ValueType.reference(java.util.EnumSet.of(RecordType.STATE, RecordType.DISPUTED_ENTITY));

  private static final Shape<State> SHAPE =
    Shape.ofRecord(RecordType.STATE, State.class, State::builder, State.Builder::build)
        .required("id", ValueType.ID, State::id, State.Builder::id)
        .optional("country_code", ValueType.COUNTRY_CODE, State::countryCode, State.Builder::countryCode)
        .required("name", ValueType.MULTILINGUAL_TEXT, State::name, State.Builder::name)
        .list("other_names", ValueType.part(OtherName.shape()), State::otherNames, State.Builder::addAllOtherNames)
        .list("former_codes", ValueType.part(FormerCode.shape()), State::formerCodes, State.Builder::addAllFormerCodes)
        .optional("start", ValueType.DATE, State::start, State.Builder::start)
        .optional("end", ValueType.DATE, State::end, State.Builder::end)
        .list("predecessor_ids", STATES, State::predecessors, State.Builder::addAllPredecessors)
        .list("successor_ids", STATES, State::successors, State.Builder::addAllSuccessors)
        .list("identifiers", ValueType.part(Identifier.shape()), State::identifiers, State.Builder::addAllIdentifiers)
        .list("source_ids", ValueType.reference(RecordType.SOURCE), State::sources, State.Builder::addAllSources)
        .build();

  /**
   * Returns the shape of this record: its properties in wire order, read by validation, dossiers
   * and JSON.
   *
   * @return the shape of states, the same instance on every call
   */
  public static Shape<State> shape() {
    return SHAPE;
  }

  /**
   * Returns a builder; {@code id} and {@code name} are required.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public final RecordType recordType() {
    return RecordType.STATE;
  }

  /**
   * Returns the state's country code, when it has one.
   *
   * @return the country code, or empty for a polity that never had one
   */
  public abstract Optional<CountryCode> countryCode();

  /**
   * Returns the codes the state was designated by before, with their periods.
   *
   * @return the former codes, in the order given, each once; never null, possibly empty
   */
  public abstract List<FormerCode> formerCodes();

  /**
   * Returns when the state came into existence, when known.
   *
   * @return the date the state came into existence, or empty when unknown
   */
  public abstract Optional<PartialDate> start();

  /**
   * Returns when it ceased to exist; absent for a state that exists or when unknown.
   *
   * @return the date it ceased to exist, or empty
   */
  public abstract Optional<PartialDate> end();

  /**
   * Returns the states (or disputed entities) it succeeded, as the sources cite the succession.
   *
   * @return references to the predecessors, in the order given, each once and never the state
   *     itself; never null, possibly empty
   */
  public abstract List<Reference<? extends Actor>> predecessors();

  /**
   * Returns the states (or disputed entities) that succeeded it.
   *
   * @return references to the successors, in the order given, each once and never the state itself;
   *     never null, possibly empty
   */
  public abstract List<Reference<? extends Actor>> successors();

  /**
   * Returns whether the state may have been designated by a code on a date: its country code
   * while it existed (unknown bounds do not exclude), or a former code in its period.
   *
   * @param code the code
   * @param date the date
   * @return false when the record makes it certain the code was not the state's then
   */
  public boolean mayBeCodedAs(CountryCode code, PartialDate date) {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(date, "date");
    boolean existed = DateOrder.mayBeWithin(date, start(), end());
    if (existed && countryCode().filter(code::equals).isPresent()) {
      return true;
    }
    return formerCodes().stream().anyMatch(f -> f.code().equals(code) && f.mayCover(date));
  }

  @Value.Check
  final void check() {
    Violations v = Violations.collect();
    v.id("id", id());
    v.noNullElements("source_ids", sources());
    v.required("name", name());
    v.noNullElements("other_names", otherNames());
    v.distinct("other_names", otherNames());
    v.noNullElements("former_codes", formerCodes());
    for (int i = 0; i < formerCodes().size(); i++) {
      if (formerCodes().get(i) != null) {
        formerCodes().get(i).validate(v, "former_codes[" + i + "]");
      }
    }
    v.distinct("former_codes", formerCodes());
    DateOrder.check(v, "end", end(), "start", start());
    v.noNullElements("predecessor_ids", predecessors());
    v.noNullElements("successor_ids", successors());
    v.distinct("predecessor_ids", predecessors());
    v.distinct("successor_ids", successors());
    for (int i = 0; i < predecessors().size(); i++) {
      if (predecessors().get(i) != null) {
        v.notSelf("predecessor_ids[" + i + "]", id(), Optional.of(predecessors().get(i).id()), "a state cannot succeed itself");
      }
    }
    for (int i = 0; i < successors().size(); i++) {
      if (successors().get(i) != null) {
        v.notSelf("successor_ids[" + i + "]", id(), Optional.of(successors().get(i).id()), "a state cannot succeed itself");
      }
    }
    v.noNullElements("identifiers", identifiers());
    v.distinct("identifiers", identifiers());
    v.distinct("source_ids", sources());
    v.throwIfAny(RecordType.STATE.wireName(), id());
  }

  /**
   * Builds a {@link State}: set its fields one at a time, then call {@code build()}. Get one
   * from {@link State#builder()}.
   *
   * <p>{@code build()} checks the required fields and every invariant of {@link State} at
   * once, and throws a {@link io.github.chancery.core.validation.ValidationException} listing
   * every violation; it never returns an invalid state.
   *
   * <p>Not thread-safe: a builder is mutable; use it on one thread.
   */
  public static final class Builder extends ImmutableState.Builder {
    Builder() {}
  }
}
