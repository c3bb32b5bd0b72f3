package io.github.chancery.popolo;

import io.github.chancery.core.actor.Organization;
import io.github.chancery.core.actor.OrganizationKind;
import io.github.chancery.core.actor.Person;
import io.github.chancery.core.legislature.Legislature;
import io.github.chancery.core.legislature.LegislatureKind;
import io.github.chancery.core.record.Identifier;
import io.github.chancery.core.record.OtherName;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.source.Source;
import io.github.chancery.core.text.MultilingualText;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.validation.ValidationException;
import io.github.chancery.core.validation.Violation;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Popolo's persons and organizations, as {@link Person}s, and as {@link Legislature}s or {@link
 * Organization}s by their {@code classification}.
 *
 * <p>Not thread-safe: one per import.
 */
final class Actors extends Mapping {
  private static final Set<String> PERSON_FIELDS =
      Set.of("@type", "id", "name", "other_names", "identifiers", "memberships", "sources", "given_name", "family_name",
          "additional_name", "patronymic_name", "honorific_prefix", "honorific_suffix", "sort_name", "birth_date", "death_date",
          "gender", "email", "image", "contact_details", "links");
  private static final Set<String> ORGANIZATION_FIELDS =
      Set.of("@type", "id", "name", "other_names", "identifiers", "classification", "parent_id", "parent", "memberships", "posts", "sources",
          "abbreviation");
  /** The classifications of an organization that make it a legislature, in lower case. */
  private static final Set<String> LEGISLATURES =
      Set.of("legislature", "parliament", "chamber", "house", "lower house", "upper house", "senate", "assembly",
          "national assembly", "legislative council", "unicameral", "bicameral", "congress");

  Actors(Shared shared) {
    super(shared);
  }

  @Override
  void map(Kind kind, PopoloObject object) {
    if (kind == Kind.PERSONS) {
      person(object);
    } else {
      organization(object);
    }
  }

  /** A person, given in full or embedded (a voter, a membership's person). */
  void person(PopoloObject object) {
    String id = fields.requiredId(object, "a person");
    MultilingualText name = fields.name(object, "a person");
    if (id == null || name == null) {
      return;
    }
    Person.Builder built = Person.builder().id(id).name(name).addAllOtherNames(parts.otherNames(object));
    fields.optionalText(object, "given_name").ifPresent(built::givenName);
    fields.optionalText(object, "family_name").ifPresent(built::familyName);
    fields.optionalText(object, "additional_name").ifPresent(built::additionalName);
    fields.optionalText(object, "patronymic_name").ifPresent(built::patronymicName);
    fields.optionalText(object, "honorific_prefix").ifPresent(built::honorificPrefix);
    fields.optionalText(object, "honorific_suffix").ifPresent(built::honorificSuffix);
    fields.optionalText(object, "sort_name").ifPresent(built::sortName);
    lifeDates(object, built);
    fields.optionalText(object, "gender").ifPresent(built::gender);
    fields.optionalText(object, "email").ifPresent(built::email);
    fields.optionalText(object, "image").ifPresent(image -> url(object, image).ifPresent(built::image));
    built.addAllContactDetails(parts.contactDetails(object)).addAllLinks(parts.links(object));
    built.addAllIdentifiers(parts.identifiers(object)).addAllSources(parts.sources(object));
    known(object, Kind.PERSONS, PERSON_FIELDS);
    keep(object, () -> withoutRefused(object, built));
  }

  /** The dates of birth and death; a death before the birth is warned and not kept, as an end before a start is. */
  private void lifeDates(PopoloObject object, Person.Builder built) {
    Optional<PartialDate> birth = fields.date(object, "birth_date");
    Optional<PartialDate> death = fields.date(object, "death_date");
    birth.ifPresent(built::birthDate);
    if (death.isPresent() && birth.isPresent() && death.get().isDefinitelyBefore(birth.get())) {
      fields.warn(object, object.path("death_date"), "death_date " + death.get() + " is before birth_date " + birth.get()
          + ": the date of death is not kept");
      return;
    }
    death.ifPresent(built::deathDate);
  }

  /** An address as a URI; one that is not a URI at all is warned and not kept. */
  private Optional<URI> url(PopoloObject object, String text) {
    try {
      return Optional.of(URI.create(text));
    } catch (IllegalArgumentException e) {
      fields.warn(object, object.path("image"), "'" + text + "' is not a URL: not kept");
      return Optional.empty();
    }
  }

  /**
   * The person, built; an email or image the model refuses (two addresses in one, an address that
   * is not http) is warned and not kept, and the person kept without it.
   */
  private Person withoutRefused(PopoloObject object, Person.Builder built) {
    try {
      return built.build();
    } catch (ValidationException e) {
      for (Violation violation : e.violations()) {
        String field = violation.path();
        if (!field.equals(Person.EMAIL.name()) && !field.equals(Person.IMAGE.name())) {
          throw e; // a refusal of the person itself, warned by the reconciler
        }
      }
      for (Violation violation : e.violations()) {
        fields.warn(object, object.path(violation.path()), violation.message() + ": not kept");
        if (violation.path().equals(Person.EMAIL.name())) {
          built.email(Optional.empty());
        } else {
          built.image(Optional.empty());
        }
      }
      return built.build();
    }
  }

  /** An organization, given in full or embedded (a membership's organization, a count's group). */
  void organization(PopoloObject object) {
    String id = fields.requiredId(object, "an organization");
    MultilingualText name = fields.name(object, "an organization");
    if (id == null || name == null) {
      return;
    }
    String classification = fields.scalar(object, "classification");
    String parent = references.id(object, "parent", "parent_id", Kind.ORGANIZATIONS);
    boolean legislature = classification != null && LEGISLATURES.contains(classification.toLowerCase(Locale.ROOT));
    List<OtherName> others = parts.otherNames(object);
    List<Identifier> identifiers = parts.identifiers(object);
    List<Reference<Source>> sources = parts.sources(object);
    known(object, Kind.ORGANIZATIONS, ORGANIZATION_FIELDS);
    if (legislature) {
      Legislature.Builder built =
          Legislature.builder().id(id).name(name).addAllOtherNames(others).addAllIdentifiers(identifiers).addAllSources(sources);
      legislatureKind(classification).ifPresent(built::kind);
      if (parent != null) {
        built.parent(Reference.to(parent));
      }
      keep(object, built::build);
    } else {
      Organization.Builder built =
          Organization.builder().id(id).name(name).addAllOtherNames(others).addAllIdentifiers(identifiers).addAllSources(sources);
      if (classification != null) {
        fields.code(object.place(), object.path("classification"), classification, Actors::organizationKind).ifPresent(built::kind);
      }
      fields.optionalText(object, "abbreviation").ifPresent(built::abbreviation);
      if (parent != null) {
        built.parent(Reference.to(parent));
      }
      keep(object, built::build);
    }
  }

  private static Optional<LegislatureKind> legislatureKind(String classification) {
    switch (classification.toLowerCase(Locale.ROOT)) {
      case "upper house":
      case "senate":
        return Optional.of(LegislatureKind.UPPER_CHAMBER);
      case "lower house":
        return Optional.of(LegislatureKind.LOWER_CHAMBER);
      case "unicameral":
        return Optional.of(LegislatureKind.UNICAMERAL);
      case "bicameral":
        return Optional.of(LegislatureKind.BICAMERAL_PARLIAMENT);
      default:
        return Optional.empty();
    }
  }

  private static OrganizationKind organizationKind(String classification) {
    switch (classification.toLowerCase(Locale.ROOT)) {
      case "party":
      case "political party":
        return OrganizationKind.PARTY;
      case "parliamentary group":
      case "political group":
      case "group":
      case "caucus":
      case "faction":
        return OrganizationKind.POLITICAL_GROUP;
      case "international organization":
      case "international organisation":
      case "intergovernmental organization":
        return OrganizationKind.INTERNATIONAL_ORGANIZATION;
      default:
        return OrganizationKind.of(classification);
    }
  }
}
