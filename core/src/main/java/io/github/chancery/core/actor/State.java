package io.github.chancery.core.actor;

import io.github.chancery.core.record.Identifier;
import io.github.chancery.core.record.OtherName;
import io.github.chancery.core.record.ValueType;
import io.github.chancery.core.record.Shape;
import io.github.chancery.core.record.Actor;
import io.github.chancery.core.code.CountryCode;
import io.github.chancery.core.record.RecordType;
import io.github.chancery.core.validation.Violations;
import org.immutables.value.Value;

/**
 * A sovereign state, identified by its {@link CountryCode}: current ISO 3166-1 alpha-2, the
 * user-assigned XK, or the ISO 3166-3 code of a former state such as the USSR.
 *
 * <p>An entity without a country code is not a {@code State} here: record it as a {@link
 * DisputedEntity}, which says what it claims and who recognises it, without taking a side.
 *
 * <p>Required: {@code id}, {@code country_code}, {@code name}. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class State implements Actor, WithState {
  State() {}

  private static final Shape<State> SHAPE =
    Shape.ofRecord(RecordType.STATE, State.class, State::builder, State.Builder::build)
        .required("id", ValueType.ID, State::id, State.Builder::id)
        .required("country_code", ValueType.COUNTRY_CODE, State::countryCode, State.Builder::countryCode)
        .required("name", ValueType.MULTILINGUAL_TEXT, State::name, State.Builder::name)
        .list("other_names", ValueType.part(OtherName.shape()), State::otherNames, State.Builder::addAllOtherNames)
        .list("identifiers", ValueType.part(Identifier.shape()), State::identifiers, State.Builder::addAllIdentifiers)
        .list("source_ids", ValueType.reference(RecordType.SOURCE), State::sources, State.Builder::addAllSources)
        .build();

  /** Returns the shape of this record: its properties in wire order, read by validation, dossiers and JSON. */
  public static Shape<State> shape() {
    return SHAPE;
  }

  /** Returns a builder; {@code id}, {@code countryCode} and {@code name} are required. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public final RecordType recordType() {
    return RecordType.STATE;
  }

  /** Returns the state's country code. */
  public abstract CountryCode countryCode();

  @Value.Check
  final void check() {
    Violations v = Violations.collect();
    v.id("id", id());
    v.noNullElements("source_ids", sources());
    v.required("country_code", countryCode());
    v.required("name", name());
    v.noNullElements("other_names", otherNames());
    v.distinct("other_names", otherNames());
    v.noNullElements("identifiers", identifiers());
    v.distinct("identifiers", identifiers());
    v.distinct("source_ids", sources());
    v.throwIfAny(RecordType.STATE.wireName(), id());
  }

  /** Builds a {@link State}. Not thread-safe. */
  public static final class Builder extends ImmutableState.Builder {
    Builder() {}
  }
}
