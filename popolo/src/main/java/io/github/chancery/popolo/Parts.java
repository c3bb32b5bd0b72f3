package io.github.chancery.popolo;

import io.github.chancery.core.actor.ContactDetail;
import io.github.chancery.core.actor.ContactKind;
import io.github.chancery.core.actor.WebLink;
import io.github.chancery.core.record.Identifier;
import io.github.chancery.core.record.OtherName;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.source.Source;
import io.github.chancery.core.text.LanguageTag;
import io.github.chancery.core.text.MultilingualText;
import io.github.chancery.core.validation.ValidationException;
import io.github.chancery.core.validation.Violations;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The parts several kinds of Popolo object share: other names (with EveryPolitician's {@code
 * lang}), identifiers, sources, and a person's contact details and links. Sources are not records
 * in Popolo, only links: each URL becomes one {@link Source} record, whose id is derived from the
 * URL, so that every object citing it refers to the same record.
 *
 * <p>Not thread-safe: one per import.
 */
final class Parts {
  /** The parts of a name Popolo's other names may give, which Chancery's do not keep. */
  private static final List<String> NAME_COMPONENTS =
      List.of("family_name", "given_name", "additional_name", "honorific_prefix", "honorific_suffix", "patronymic_name");

  /** The fields of a contact detail that Chancery keeps; {@code type} is its kind. */
  private static final Set<String> CONTACT_FIELDS = Set.of("type", "value", "label", "note", "valid_from", "valid_until");

  private final Fields fields;
  private final Reconciler records;

  Parts(Fields fields, Reconciler records) {
    this.fields = fields;
    this.records = records;
  }

  /** An object's other names, each once, in order; a {@code lang} is repaired or kept in the note. */
  List<OtherName> otherNames(PopoloObject object) {
    List<OtherName> names = new ArrayList<>();
    fields.array(
        object,
        "other_names",
        (element, at) -> {
          PopoloObject part = object.part(object.path("other_names") + at, element);
          Optional<String> name = Optional.ofNullable(Fields.text(element, "name")).filter(Violations::isSoundText);
          if (name.isEmpty()) {
            fields.warn(part, part.path(), "an other name without a name: not imported");
            return;
          }
          OtherName.Builder built = OtherName.builder().name(name.get());
          Optional<String> note = fields.optionalText(part, "note");
          String lang = fields.scalar(part, "lang");
          if (lang != null) {
            Optional<LanguageTag> tag = languageTag(lang);
            if (tag.isPresent()) {
              built.language(tag.get());
              if (!tag.get().toString().equals(lang)) {
                fields.warn(part, part.path("lang"), "'" + lang + "' is not a well-formed BCP 47 tag; read as '" + tag.get() + "'");
              }
            } else {
              fields.warn(part, part.path("lang"), "'" + lang + "' is not a BCP 47 language tag and cannot be repaired; it is kept in the note");
              note = Optional.of(note.map(n -> n + "; ").orElse("") + "lang: " + lang);
            }
          }
          note.ifPresent(built::note);
          fields.dates(part, "start_date", "end_date", built::start, built::end);
          for (String component : NAME_COMPONENTS) {
            if (element.hasNonNull(component)) {
              fields.unmapped(part.place(), "other_names", part.path(component), component);
            }
          }
          names.add(built.build());
        });
    List<OtherName> distinct = new ArrayList<>();
    for (OtherName name : names) {
      if (distinct.contains(name)) {
        fields.warn(object, object.path("other_names"), "an other name is given twice: '" + name + "' is kept once");
      } else {
        distinct.add(name);
      }
    }
    return distinct;
  }

  /** A tag as published, or repaired where the intent is plain: {@code en_US} is {@code en-US}. */
  static Optional<LanguageTag> languageTag(String raw) {
    for (String candidate : List.of(raw, raw.trim().replace('_', '-'))) {
      try {
        return Optional.of(LanguageTag.parse(candidate));
      } catch (ValidationException e) {
        // try the next repair
      }
    }
    return Optional.empty();
  }

  /** An object's identifiers, each once; one without a scheme is kept under the scheme {@code popolo}. */
  List<Identifier> identifiers(PopoloObject object) {
    List<Identifier> found = new ArrayList<>();
    fields.array(
        object,
        "identifiers",
        (element, at) -> {
          String path = object.path("identifiers") + at;
          String value = Fields.text(element, "identifier");
          String scheme = Fields.text(element, "scheme");
          if (value == null) {
            fields.warn(object, path, "an identifier without a value: not imported");
            return;
          }
          if (scheme == null) {
            scheme = "popolo";
            fields.warn(object, path, "an identifier without a scheme is kept under the scheme 'popolo'");
          }
          try {
            Identifier identifier = Identifier.of(scheme, value);
            if (!found.contains(identifier)) {
              found.add(identifier);
            }
          } catch (ValidationException e) {
            fields.warn(object, path, "the identifier is not imported: " + Fields.messages(e));
          }
        });
    return found;
  }

  /**
   * An object's contact details, each once, in order: Popolo's {@code type} is the kind, kept
   * verbatim, and {@code valid_from} and {@code valid_until} the dates; one without a type or a
   * value is warned and not imported.
   */
  List<ContactDetail> contactDetails(PopoloObject object) {
    List<ContactDetail> found = new ArrayList<>();
    fields.array(
        object,
        "contact_details",
        (element, at) -> {
          PopoloObject part = object.part(object.path("contact_details") + at, element);
          Optional<String> type = fields.optionalText(part, "type");
          Optional<String> value = fields.optionalText(part, "value");
          if (type.isEmpty() || value.isEmpty()) {
            fields.warn(part, part.path(), "a contact detail without a type or a value: not imported");
            return;
          }
          Optional<ContactKind> kind = fields.code(part.place(), part.path("type"), type.get(), ContactKind::of);
          if (kind.isEmpty()) {
            return;
          }
          ContactDetail.Builder built = ContactDetail.builder().kind(kind.get()).value(value.get());
          fields.optionalText(part, "label").ifPresent(built::label);
          fields.optionalText(part, "note").ifPresent(built::note);
          fields.dates(part, "valid_from", "valid_until", built::start, built::end);
          for (String field : element.names()) {
            if (!CONTACT_FIELDS.contains(field) && !element.get(field).isNull()) {
              fields.unmapped(part.place(), "contact_details", part.path(field), field);
            }
          }
          distinct(object, "contact_details", found, built.build());
        });
    return found;
  }

  /** An object's links, each once, in order; one whose url is not an absolute http or https URL is warned and not imported. */
  List<WebLink> links(PopoloObject object) {
    List<WebLink> found = new ArrayList<>();
    fields.array(
        object,
        "links",
        (element, at) -> {
          String path = object.path("links") + at;
          String url = Fields.text(element, "url");
          if (url == null) {
            fields.warn(object, path, "a link without a url: not imported");
            return;
          }
          try {
            WebLink.Builder built = WebLink.builder().url(URI.create(url));
            Optional.ofNullable(Fields.text(element, "note")).filter(Violations::isSoundText).ifPresent(built::note);
            distinct(object, "links", found, built.build());
          } catch (IllegalArgumentException e) {
            fields.warn(object, path + ".url", "'" + url + "' is not an absolute http or https URL: the link is not imported");
          }
        });
    return found;
  }

  /** Adds a part once: a part given twice in one object is warned and kept once. */
  private <P> void distinct(PopoloObject object, String field, List<P> found, P part) {
    if (found.contains(part)) {
      fields.warn(object, object.path(field), "'" + part + "' is given twice: it is kept once");
    } else {
      found.add(part);
    }
  }

  /** An object's sources, each a {@link Source} record made once from its URL. */
  List<Reference<Source>> sources(PopoloObject object) {
    List<Reference<Source>> found = new ArrayList<>();
    fields.array(
        object,
        "sources",
        (element, at) -> {
          String path = object.path("sources") + at;
          String url = Fields.text(element, "url");
          if (url == null) {
            fields.warn(object, path, "a source without a url: not imported");
            return;
          }
          String id = "source-" + Ids.hash(url);
          if (!records.holds(id)) {
            try {
              Source.Builder built = Source.builder().id(id).url(URI.create(url));
              Optional.ofNullable(Fields.text(element, "note")).filter(Violations::isSoundText)
                  .ifPresent(n -> built.title(MultilingualText.of(Fields.UNDETERMINED, n)));
              records.add(built.build());
            } catch (IllegalArgumentException e) {
              fields.warn(object, path + ".url", "'" + url + "' is not an absolute http or https URL: the source is not imported");
              return;
            }
          }
          if (!found.contains(Reference.<Source>to(id))) {
            found.add(Reference.to(id));
          }
        });
    return found;
  }
}
