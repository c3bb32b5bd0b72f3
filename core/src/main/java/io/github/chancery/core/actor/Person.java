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
import io.github.chancery.core.time.DateOrder;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.validation.ViolationCode;
import io.github.chancery.core.validation.Violations;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A natural person: a senator, a head of state, a minister, an author.
 *
 * <p>The {@linkplain #offices() offices} a person holds are recorded with their dates, so that
 * a signature or a ballot can be checked against the office held on that day. A person may also
 * have what parliaments and EveryPolitician publish of them: the parts of the name (given,
 * family, additional and patronymic names, honorific prefix and suffix, the name to sort by), the
 * dates of birth and death at any precision, the gender as the publisher gives it, an email
 * address, a portrait, contact details and links. Dates of birth are how two persons of one name
 * are told apart ({@code Dossier.actorsNamed(name, birthDate)}).
 *
 * <p>Required: {@code id}, {@code name}. Invariants: texts are not blank; the death is not
 * definitely before the birth (a death before the birth is refused, as an end before a start is
 * everywhere in a record); the email is one address ({@code name@domain}); the portrait is an
 * absolute http or https URL; contact details and links are each given once. The gender is kept
 * verbatim, an open text: {@code female}, {@code male}, {@code non-binary} or whatever the
 * publisher writes, never mapped onto a list. Immutable and thread-safe.
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

  /** {@code given_name}, optional: one or more given names, such as {@code Keir}. */
  public static final Property<Person, String> GIVEN_NAME =
      DECLARATION.optional("given_name", ValueType.TEXT, Person::givenName, Person.Builder::givenName);

  /** {@code family_name}, optional: one or more family names, such as {@code Starmer}. */
  public static final Property<Person, String> FAMILY_NAME =
      DECLARATION.optional("family_name", ValueType.TEXT, Person::familyName, Person.Builder::familyName);

  /** {@code additional_name}, optional: secondary given names, such as {@code Rodney}. */
  public static final Property<Person, String> ADDITIONAL_NAME =
      DECLARATION.optional("additional_name", ValueType.TEXT, Person::additionalName, Person.Builder::additionalName);

  /** {@code patronymic_name}, optional: a name from the father's, such as {@code Vladimirovich}. */
  public static final Property<Person, String> PATRONYMIC_NAME =
      DECLARATION.optional("patronymic_name", ValueType.TEXT, Person::patronymicName, Person.Builder::patronymicName);

  /** {@code honorific_prefix}, optional: honorifics before the name, such as {@code Sir} or {@code Dr}. */
  public static final Property<Person, String> HONORIFIC_PREFIX =
      DECLARATION.optional("honorific_prefix", ValueType.TEXT, Person::honorificPrefix, Person.Builder::honorificPrefix);

  /** {@code honorific_suffix}, optional: honorifics after the name, such as {@code KC} or {@code MP}. */
  public static final Property<Person, String> HONORIFIC_SUFFIX =
      DECLARATION.optional("honorific_suffix", ValueType.TEXT, Person::honorificSuffix, Person.Builder::honorificSuffix);

  /** {@code sort_name}, optional: the name as alphabetical lists give it, such as {@code Starmer, Keir}. */
  public static final Property<Person, String> SORT_NAME =
      DECLARATION.optional("sort_name", ValueType.TEXT, Person::sortName, Person.Builder::sortName);

  /** {@code birth_date}, optional: the date of birth, at the precision published. */
  public static final Property<Person, PartialDate> BIRTH_DATE =
      DECLARATION.optional("birth_date", ValueType.DATE, Person::birthDate, Person.Builder::birthDate);

  /** {@code death_date}, optional: the date of death, at the precision published. */
  public static final Property<Person, PartialDate> DEATH_DATE =
      DECLARATION.optional("death_date", ValueType.DATE, Person::deathDate, Person.Builder::deathDate);

  /** {@code gender}, optional: the gender as the publisher gives it, verbatim. */
  public static final Property<Person, String> GENDER =
      DECLARATION.optional("gender", ValueType.TEXT, Person::gender, Person.Builder::gender);

  /** {@code email}, optional: the preferred email address. */
  public static final Property<Person, String> EMAIL =
      DECLARATION.optional("email", ValueType.TEXT, Person::email, Person.Builder::email);

  /** {@code image}, optional: the address of a portrait. */
  public static final Property<Person, URI> IMAGE = DECLARATION.optional("image", ValueType.URL, Person::image, Person.Builder::image);

  /** {@code contact_details}, a list: the means of contacting the person. */
  public static final Property<Person, ContactDetail> CONTACT_DETAILS =
      DECLARATION.list(
          "contact_details", ValueType.part(ContactDetail.shape()), Person::contactDetails, Person.Builder::addAllContactDetails);

  /** {@code links}, a list: web pages about the person. */
  public static final Property<Person, WebLink> LINKS =
      DECLARATION.list("links", ValueType.part(WebLink.shape()), Person::links, Person.Builder::addAllLinks);

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
   * Returns one or more given names, such as {@code Keir}.
   *
   * @return the given name, not blank, or empty when not published
   */
  public abstract Optional<String> givenName();

  /**
   * Returns one or more family names, such as {@code Starmer}.
   *
   * @return the family name, not blank, or empty when not published
   */
  public abstract Optional<String> familyName();

  /**
   * Returns secondary given names, such as {@code Rodney}.
   *
   * @return the additional name, not blank, or empty when not published
   */
  public abstract Optional<String> additionalName();

  /**
   * Returns a name derived from the father's, such as {@code Vladimirovich}.
   *
   * @return the patronymic, not blank, or empty when not published
   */
  public abstract Optional<String> patronymicName();

  /**
   * Returns honorifics written before the name, such as {@code Sir} or {@code Dr}.
   *
   * @return the prefix, not blank, or empty when not published
   */
  public abstract Optional<String> honorificPrefix();

  /**
   * Returns honorifics written after the name, such as {@code KC} or {@code MP}.
   *
   * @return the suffix, not blank, or empty when not published
   */
  public abstract Optional<String> honorificSuffix();

  /**
   * Returns the name as alphabetical lists give it, such as {@code Starmer, Keir}.
   *
   * @return the sort name, not blank, or empty when not published
   */
  public abstract Optional<String> sortName();

  /**
   * Returns the date of birth, at the precision published ({@code 1951} when only the year is
   * known).
   *
   * @return the date of birth, or empty when unknown
   */
  public abstract Optional<PartialDate> birthDate();

  /**
   * Returns the date of death, at the precision published; never definitely before the birth.
   *
   * @return the date of death, or empty for a living person or when unknown
   */
  public abstract Optional<PartialDate> deathDate();

  /**
   * Returns the gender as the publisher gives it, verbatim ({@code female}, {@code male}, {@code
   * non-binary}, ...): an open text, never mapped onto a list.
   *
   * @return the gender, not blank, or empty when not published
   */
  public abstract Optional<String> gender();

  /**
   * Returns the preferred email address.
   *
   * @return one address of the form {@code name@domain}, or empty when not published
   */
  public abstract Optional<String> email();

  /**
   * Returns the address of a portrait.
   *
   * @return an absolute http or https URL, or empty when not published
   */
  public abstract Optional<URI> image();

  /**
   * Returns the means of contacting the person: addresses, telephones, accounts.
   *
   * @return the contact details, in the order given, each once; never null, possibly empty
   */
  public abstract List<ContactDetail> contactDetails();

  /**
   * Returns web pages about the person.
   *
   * @return the links, in the order given, each once; never null, possibly empty
   */
  public abstract List<WebLink> links();

  /**
   * Returns whether the person may have been alive on the date: it is not definitely before the
   * birth nor definitely after the death. Unknown dates do not exclude, so a person without
   * recorded dates may have been alive on any date.
   *
   * @param date the date
   * @return false only when the dates make it certain the person was not alive then
   */
  public boolean mayBeAliveOn(PartialDate date) {
    Objects.requireNonNull(date, "date");
    return DateOrder.mayBeWithin(date, birthDate(), deathDate());
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
    v.optionalText(GIVEN_NAME, givenName());
    v.optionalText(FAMILY_NAME, familyName());
    v.optionalText(ADDITIONAL_NAME, additionalName());
    v.optionalText(PATRONYMIC_NAME, patronymicName());
    v.optionalText(HONORIFIC_PREFIX, honorificPrefix());
    v.optionalText(HONORIFIC_SUFFIX, honorificSuffix());
    v.optionalText(SORT_NAME, sortName());
    v.optionalText(GENDER, gender());
    DateOrder.check(v, DEATH_DATE, deathDate(), BIRTH_DATE, birthDate());
    email().ifPresent(email -> checkEmail(v, email));
    image().ifPresent(image -> v.httpUrl(IMAGE, image));
    v.noNullElements(CONTACT_DETAILS, contactDetails());
    v.distinct(CONTACT_DETAILS, contactDetails());
    v.noNullElements(LINKS, links());
    v.distinct(LINKS, links());
    for (int i = 0; i < offices().size(); i++) {
      if (offices().get(i) != null) {
        offices().get(i).validate(v, OFFICES, i);
      }
    }
    v.noNullElements(IDENTIFIERS, identifiers());
    v.distinct(IDENTIFIERS, identifiers());
    v.distinct(SOURCES, sources());
    v.throwIfAny(RecordType.PERSON.wireName(), id());
  }

  /** One address, {@code name@domain}, as Popolo's {@code email} format and mail clients take it. */
  private static void checkEmail(Violations v, String email) {
    v.text(EMAIL, email);
    if (!Violations.isSoundText(email)) {
      return;
    }
    int at = email.indexOf('@');
    boolean oneAddress = at > 0 && at == email.lastIndexOf('@') && at < email.length() - 1;
    for (int i = 0; i < email.length() && oneAddress; i++) {
      // Spaces, commas and semicolons mean several addresses, or a name beside the address.
      char c = email.charAt(i);
      oneAddress = !Character.isWhitespace(c) && !Character.isISOControl(c) && c != ',' && c != ';' && c != '<' && c != '>';
    }
    if (!oneAddress) {
      v.add(EMAIL, ViolationCode.INVALID_FORMAT, "'" + email + "' is not one email address (name@domain)");
    }
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
