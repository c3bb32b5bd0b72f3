package io.github.chancery.core.actor;

import io.github.chancery.core.code.CountryCode;
import io.github.chancery.core.record.Actor;
import io.github.chancery.core.record.Identifier;
import io.github.chancery.core.record.OtherName;
import io.github.chancery.core.record.Property;
import io.github.chancery.core.record.Provenance;
import io.github.chancery.core.record.RecordType;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.record.Shape;
import io.github.chancery.core.record.ValueType;
import io.github.chancery.core.text.MultilingualText;
import io.github.chancery.core.time.DateOrder;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.validation.ValidationException;
import io.github.chancery.core.validation.Violation;
import io.github.chancery.core.validation.Violations;
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

  private static final Shape.Declaration<State, State.Builder> DECLARATION =
      Shape.ofRecord(RecordType.STATE, State.class, State::builder, State.Builder::build);

  /** {@code id}, required: the state's id. */
  public static final Property<State, String> ID = DECLARATION.id(State::id, State.Builder::id);

  /** {@code country_code}, optional: the state's country code. */
  public static final Property<State, CountryCode> COUNTRY_CODE =
      DECLARATION.optional("country_code", ValueType.COUNTRY_CODE, State::countryCode, State.Builder::countryCode);

  /** {@code name}, required: the state's name, in as many languages as are known. */
  public static final Property<State, MultilingualText> NAME =
      DECLARATION.required("name", ValueType.MULTILINGUAL_TEXT, State::name, State.Builder::name);

  /** {@code other_names}, a list: the other names the state is known by. */
  public static final Property<State, OtherName> OTHER_NAMES =
      DECLARATION.list("other_names", ValueType.part(OtherName.shape()), State::otherNames, State.Builder::addAllOtherNames);

  /** {@code former_codes}, a list: the codes the state was designated by before, with their periods. */
  public static final Property<State, FormerCode> FORMER_CODES =
      DECLARATION.list("former_codes", ValueType.part(FormerCode.shape()), State::formerCodes, State.Builder::addAllFormerCodes);

  /** {@code start}, optional: when the state came into existence. */
  public static final Property<State, PartialDate> START =
      DECLARATION.optional("start", ValueType.DATE, State::start, State.Builder::start);

  /** {@code end}, optional: when it ceased to exist. */
  public static final Property<State, PartialDate> END =
      DECLARATION.optional("end", ValueType.DATE, State::end, State.Builder::end);

  /** {@code predecessor_ids}, a list: the states (or disputed entities) it succeeded. */
  public static final Property<State, Reference<? extends Actor>> PREDECESSORS =
      DECLARATION.list("predecessor_ids", STATES, State::predecessors, State.Builder::addAllPredecessors);

  /** {@code successor_ids}, a list: the states (or disputed entities) that succeeded it. */
  public static final Property<State, Reference<? extends Actor>> SUCCESSORS =
      DECLARATION.list("successor_ids", STATES, State::successors, State.Builder::addAllSuccessors);

  /** {@code identifiers}, a list: the identifiers other registers give the state. */
  public static final Property<State, Identifier> IDENTIFIERS =
      DECLARATION.identifiers(State::identifiers, State.Builder::addAllIdentifiers);

  /** {@code source_ids}, a list: the sources that report the state. */
  public static final Property<State, Reference<? extends Provenance>> SOURCES =
      DECLARATION.sources(State::sources, State.Builder::addAllSources);

  private static final Shape<State> SHAPE = DECLARATION.build();

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
    v.id(ID, id());
    v.noNullElements(SOURCES, sources());
    v.required(NAME, name());
    v.noNullElements(OTHER_NAMES, otherNames());
    v.distinct(OTHER_NAMES, otherNames());
    v.noNullElements(FORMER_CODES, formerCodes());
    for (int i = 0; i < formerCodes().size(); i++) {
      if (formerCodes().get(i) != null) {
        formerCodes().get(i).validate(v, FORMER_CODES, i);
      }
    }
    v.distinct(FORMER_CODES, formerCodes());
    DateOrder.check(v, END, end(), START, start());
    v.noNullElements(PREDECESSORS, predecessors());
    v.noNullElements(SUCCESSORS, successors());
    v.distinct(PREDECESSORS, predecessors());
    v.distinct(SUCCESSORS, successors());
    for (int i = 0; i < predecessors().size(); i++) {
      if (predecessors().get(i) != null) {
        v.notSelf(PREDECESSORS.at(i), id(), Optional.of(predecessors().get(i).id()), "a state cannot succeed itself");
      }
    }
    for (int i = 0; i < successors().size(); i++) {
      if (successors().get(i) != null) {
        v.notSelf(SUCCESSORS.at(i), id(), Optional.of(successors().get(i).id()), "a state cannot succeed itself");
      }
    }
    v.noNullElements(IDENTIFIERS, identifiers());
    v.distinct(IDENTIFIERS, identifiers());
    v.distinct(SOURCES, sources());
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

    /**
     * Sets the state's country code from its text, as {@code countryCode(CountryCode)} does from
     * a {@link CountryCode}: {@code countryCode("UA")}, or a former country's {@code "SUHH"}. For
     * the alpha-3 and numeric forms, give {@code CountryCode.ofAlpha3("UKR")} or {@code
     * CountryCode.ofNumeric(804)}.
     *
     * @param code an ISO 3166-1 alpha-2 code, {@code XK}, or an ISO 3166-3 code, in either case;
     *     null leaves the state without one
     * @return this builder
     * @throws ValidationException ({@code invalid-country-code} at {@code country_code}) if it is
     *     not one, saying what it is when it is known ({@code EU}: an organisation)
     */
    public Builder countryCode(String code) {
      if (code == null) {
        return countryCode((CountryCode) null);
      }
      try {
        return countryCode(CountryCode.parse(code));
      } catch (ValidationException refused) {
        Violation violation = refused.violations().get(0);
        throw ValidationException.of("country_code", violation.code(), violation.message());
      }
    }

    /**
     * Builds the state from the fields set so far, checking at once the fields {@link
     * State#builder()} names as required and every invariant of {@link State}.
     *
     * @return the state, immutable and valid
     * @throws io.github.chancery.core.validation.ValidationException listing every missing or
     *     invalid field, by its wire name and the rule it breaks; no state is built
     */
    @Override
    public State build() {
      return super.build();
    }
  }
}
