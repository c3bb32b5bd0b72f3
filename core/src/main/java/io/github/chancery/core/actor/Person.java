package io.github.chancery.core.actor;

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

  private static final Shape.Declaration<Person, Person.Builder> DECLARATION =
      Shape.ofRecord(RecordType.PERSON, Person.class, Person::builder, Person.Builder::build);

  /** {@code id}, required: the person's id. */
  public static final Property<Person, String> ID = DECLARATION.id(Person::id, Person.Builder::id);

  /** {@code name}, required: the person's name, in as many languages as are known. */
  public static final Property<Person, MultilingualText> NAME =
      DECLARATION.required("name", ValueType.MULTILINGUAL_TEXT, Person::name, Person.Builder::name);

  /** {@code other_names}, a list: the other names the person is known by. */
  public static final Property<Person, OtherName> OTHER_NAMES =
      DECLARATION.list("other_names", ValueType.part(OtherName.shape()), Person::otherNames, Person.Builder::addAllOtherNames);

  /** {@code offices}, a list: the offices the person holds or held. */
  public static final Property<Person, Office> OFFICES =
      DECLARATION.list("offices", ValueType.part(Office.shape()), Person::offices, Person.Builder::addAllOffices);

  /** {@code identifiers}, a list: the identifiers other registers give the person. */
  public static final Property<Person, Identifier> IDENTIFIERS =
      DECLARATION.identifiers(Person::identifiers, Person.Builder::addAllIdentifiers);

  /** {@code source_ids}, a list: the sources that report the person. */
  public static final Property<Person, Reference<? extends Provenance>> SOURCES =
      DECLARATION.sources(Person::sources, Person.Builder::addAllSources);

  private static final Shape<Person> SHAPE = DECLARATION.build();

  /**
   * Returns the shape of this record: its properties in wire order, read by validation, dossiers
   * and JSON.
   *
   * @return the shape of persons, the same instance on every call
   */
  public static Shape<Person> shape() {
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
    return RecordType.PERSON;
  }

  /**
   * Returns the offices the person holds or held.
   *
   * @return the offices, in the order given; never null, possibly empty
   */
  public abstract List<Office> offices();

  @Value.Check
  final void check() {
    Violations v = Violations.collect();
    v.id(ID, id());
    v.noNullElements(OFFICES, offices());
    v.noNullElements(SOURCES, sources());
    v.required(NAME, name());
    v.noNullElements(OTHER_NAMES, otherNames());
    v.distinct(OTHER_NAMES, otherNames());
    for (int i = 0; i < offices().size(); i++) {
      if (offices().get(i) != null) {
        offices().get(i).validate(v, OFFICES.at(i));
      }
    }
    v.noNullElements(IDENTIFIERS, identifiers());
    v.distinct(IDENTIFIERS, identifiers());
    v.distinct(SOURCES, sources());
    v.throwIfAny(RecordType.PERSON.wireName(), id());
  }

  /**
   * Builds a {@link Person}: set its fields one at a time, then call {@code build()}. Get one
   * from {@link Person#builder()}.
   *
   * <p>{@code build()} checks the required fields and every invariant of {@link Person} at
   * once, and throws a {@link io.github.chancery.core.validation.ValidationException} listing
   * every violation; it never returns an invalid person.
   *
   * <p>Not thread-safe: a builder is mutable; use it on one thread.
   */
  public static final class Builder extends ImmutablePerson.Builder {
    Builder() {}

    /**
     * Builds the person from the fields set so far, checking at once the fields {@link
     * Person#builder()} names as required and every invariant of {@link Person}.
     *
     * @return the person, immutable and valid
     * @throws io.github.chancery.core.validation.ValidationException listing every missing or
     *     invalid field, by its wire name and the rule it breaks; no person is built
     */
    @Override
    public Person build() {
      return super.build();
    }
  }
}
