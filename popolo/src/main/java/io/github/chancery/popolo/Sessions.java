package io.github.chancery.popolo;

import io.github.chancery.core.legislature.Session;
import io.github.chancery.core.legislature.SessionKind;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.text.MultilingualText;
import io.github.chancery.core.validation.Violations;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Popolo's events that are legislative periods, sessions or sittings, as {@link Session}s; an
 * event embedded where a session is expected ({@code legislative_session}) is of that kind, and
 * of the legislature of what embeds it, unless it says otherwise. Other events are not imported.
 *
 * <p>Not thread-safe: one per import.
 */
final class Sessions extends Mapping {
  private static final Set<String> EVENT_FIELDS =
      Set.of("id", "name", "classification", "organization_id", "organization", "identifiers", "parent_id", "parent", "start_date",
          "end_date", "sources");
  /** The classifications of events that are sessions, in lower case, with their kind. */
  private static final Map<String, SessionKind> KINDS = kinds();

  Sessions(Shared shared) {
    super(shared);
  }

  @Override
  void map(Kind kind, PopoloObject object) {
    event(object, null, null);
  }

  /**
   * Maps an event as a session.
   *
   * @param object the event
   * @param expected the kind of session where an event is embedded as one, or null
   * @param legislature the legislature of what embeds it, or null
   */
  void event(PopoloObject object, SessionKind expected, String legislature) {
    String classification = fields.scalar(object, "classification");
    SessionKind kind = classification == null ? expected : KINDS.get(classification.toLowerCase(Locale.ROOT));
    if (kind == null) {
      fields.notImported(object, "an event" + (classification == null ? " without classification" : " of classification '" + classification + "'")
          + " (only legislative periods, sessions and sittings are mapped, as sessions)");
      return;
    }
    String id = fields.requiredId(object, "an event");
    String organization = references.id(object, "organization", "organization_id", Kind.ORGANIZATIONS);
    if (organization == null) {
      organization = legislature;
    }
    if (id == null) {
      return;
    }
    if (organization == null) {
      fields.warn(object, object.path(), "a session without organization_id belongs to no legislature: not imported");
      return;
    }
    Session.Builder built = Session.builder().id(id).legislature(Reference.to(organization)).kind(kind);
    fields.optionalText(object, "name").ifPresent(name -> built.name(MultilingualText.of(Fields.UNDETERMINED, name)));
    // A session has one identifier, without a scheme.
    List<String> identifiers = new ArrayList<>();
    fields.array(
        object,
        "identifiers",
        (element, at) -> {
          String value = Fields.text(element, "identifier");
          if (value == null || !Violations.isSoundText(value)) {
            fields.warn(object, object.path("identifiers") + at, "an identifier without a value: not imported");
          } else if (!identifiers.contains(value)) {
            identifiers.add(value);
          }
        });
    if (!identifiers.isEmpty()) {
      built.identifier(identifiers.get(0));
      if (identifiers.size() > 1) {
        fields.warn(object, object.path("identifiers"), "a session keeps one identifier, '" + identifiers.get(0) + "'; the other "
            + (identifiers.size() - 1) + " are not mapped");
      }
    }
    String body = organization;
    String parent = references.id(object, "parent", "parent_id", Kind.EVENTS, embedded -> event(embedded, null, body));
    if (parent != null) {
      built.parent(Reference.to(parent));
    }
    fields.dates(object, "start_date", "end_date", built::start, built::end);
    built.addAllSources(parts.sources(object));
    if (!object.fields().hasNonNull("name") && identifiers.isEmpty()) {
      built.identifier(id);
      fields.warn(object, object.path(), "a session needs a name or identifier; its id '" + id + "' is used as its identifier");
    }
    known(object, Kind.EVENTS, EVENT_FIELDS);
    keep(object, built::build);
  }

  private static Map<String, SessionKind> kinds() {
    Map<String, SessionKind> kinds = new HashMap<>();
    for (String term : List.of("legislative period", "legislative term", "term", "parliament", "legislature")) {
      kinds.put(term, SessionKind.TERM);
    }
    for (String session : List.of("legislative session", "session")) {
      kinds.put(session, SessionKind.SESSION);
    }
    for (String sitting : List.of("sitting", "meeting", "plenary sitting")) {
      kinds.put(sitting, SessionKind.SITTING);
    }
    kinds.put("special session", SessionKind.SPECIAL_SESSION);
    kinds.put("emergency special session", SessionKind.EMERGENCY_SPECIAL_SESSION);
    return Map.copyOf(kinds);
  }
}
