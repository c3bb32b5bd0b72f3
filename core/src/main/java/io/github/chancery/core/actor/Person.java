package io.github.chancery.core.actor;

import io.github.chancery.core.record.RecordType;
import io.github.chancery.core.validation.Violations;
import java.util.List;
import org.immutables.value.Value;

/**
 * A natural person: a senator, a head of state, a minister, an author.
 *
 * <p>The {@linkplain #offices() offices} a person holds are recorded with their dates, so that
 * a signature or a ballot can be checked against the office held on that day.
 *
 * <p>Required: {@code id}, {@code name}. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Person implements Actor, WithPerson {
  Person() {}

  /** Returns a builder; {@code id} and {@code name} are required. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public final RecordType recordType() {
    return RecordType.PERSON;
  }

  /** Returns the offices the person holds or held. */
  public abstract List<Office> offices();

  @Value.Check
  final void check() {
    Violations v = Violations.collect();
    v.id("id", id());
    v.noNullElements("offices", offices());
    v.noNullElements("source_ids", sources());
    v.required("name", name());
    for (int i = 0; i < offices().size(); i++) {
      if (offices().get(i) != null) {
        offices().get(i).validate(v, "offices[" + i + "]");
      }
    }
    v.distinct("source_ids", sources());
    v.throwIfAny(RecordType.PERSON.wireName(), id());
  }

  /** Builds a {@link Person}. Not thread-safe. */
  public static final class Builder extends ImmutablePerson.Builder {
    Builder() {}
  }
}
