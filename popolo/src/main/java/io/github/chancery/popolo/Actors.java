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
  private static final Set<String> PERSON_FIELDS = Set.of("@type", "id", "name", "other_names", "identifiers", "memberships", "sources");
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
    Person.Builder built =
        Person.builder().id(id).name(name).addAllOtherNames(parts.otherNames(object)).addAllIdentifiers(parts.identifiers(object))
            .addAllSources(parts.sources(object));
    known(object, Kind.PERSONS, PERSON_FIELDS);
    keep(object, built::build);
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
