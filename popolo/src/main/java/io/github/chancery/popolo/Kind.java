package io.github.chancery.popolo;

import java.util.Locale;
import java.util.Map;

/**
 * The kinds of Popolo object, each with the collection of an export document that holds objects
 * of the kind ({@code vote_events}), how warnings name one ({@code a vote event}), and the prefix
 * of an id derived from the content of one that has none; and how a file says what an object is:
 * by its {@code @type}, else by the fields it has.
 *
 * <p>Immutable and thread-safe, as every enum is.
 */
enum Kind {
  PERSONS("persons", "a person", "person"),
  ORGANIZATIONS("organizations", "an organization", "group"),
  MEMBERSHIPS("memberships", "a membership", "object"),
  POSTS("posts", "a post", "post"),
  AREAS("areas", "an area", "object"),
  EVENTS("events", "an event", "session"),
  MOTIONS("motions", "a motion", "motion"),
  VOTE_EVENTS("vote_events", "a vote event", "vote-event"),
  VOTES("votes", "a vote", "object"),
  COUNTS("counts", "a count", "object"),
  SPEECHES("speeches", "a speech", "object"),
  /** Not a collection of an export document: a part of others, met on its own. */
  CONTACT_DETAILS("contact_details", "a contact detail", "object");

  /** Popolo's class names, as {@code @type} gives them, without case, spaces or underscores. */
  private static final Map<String, Kind> TYPES =
      Map.ofEntries(
          Map.entry("person", PERSONS),
          Map.entry("organization", ORGANIZATIONS),
          Map.entry("membership", MEMBERSHIPS),
          Map.entry("post", POSTS),
          Map.entry("area", AREAS),
          Map.entry("event", EVENTS),
          Map.entry("motion", MOTIONS),
          Map.entry("voteevent", VOTE_EVENTS),
          Map.entry("vote", VOTES),
          Map.entry("count", COUNTS),
          Map.entry("speech", SPEECHES),
          Map.entry("contactdetail", CONTACT_DETAILS));

  private final String collection;
  private final String noun;
  private final String derivedPrefix;

  Kind(String collection, String noun, String derivedPrefix) {
    this.collection = collection;
    this.noun = noun;
    this.derivedPrefix = derivedPrefix;
  }

  /** The name of the kind's collection in an export document, such as {@code vote_events}. */
  String collection() {
    return collection;
  }

  /** How a warning names one object of the kind, such as {@code a vote event}. */
  String noun() {
    return noun;
  }

  /** The prefix of an id derived from an embedded object's content, such as {@code group}. */
  String derivedPrefix() {
    return derivedPrefix;
  }

  /**
   * The kind whose collection has this name in an export document.
   *
   * @param name a key of the document
   * @return the kind, or null when the name is none of the collections
   */
  static Kind ofCollection(String name) {
    for (Kind kind : values()) {
      if (kind != CONTACT_DETAILS && kind.collection.equals(name)) {
        return kind;
      }
    }
    return null;
  }

  /**
   * The kind an object's {@code @type} names (Popolo's class, such as {@code Organization} or
   * {@code VoteEvent}, also as a prefixed name or IRI ending in it).
   *
   * @param object the object
   * @return the kind, or null when the object has no {@code @type}, or one that is not Popolo's
   */
  static Kind typed(JsonTree object) {
    String type = Fields.text(object, "@type");
    if (type == null) {
      return null;
    }
    String name = type.substring(Math.max(type.lastIndexOf('#'), Math.max(type.lastIndexOf('/'), type.lastIndexOf(':'))) + 1);
    return TYPES.get(name.replaceAll("[\\s_-]", "").toLowerCase(Locale.ROOT));
  }

  /**
   * What a Popolo object is: the kind its {@code @type} names, else the kind whose properties it
   * has.
   *
   * @param node the object
   * @return the kind, or null when nothing fits
   */
  static Kind of(JsonTree node) {
    Kind typed = typed(node);
    if (typed != null) {
      return typed;
    }
    if (node.has("type") && node.has("value") && !node.has("option")) {
      return CONTACT_DETAILS;
    }
    if (has(node, "vote_event_id", "voter_id", "voter") && node.has("option")) {
      return VOTES;
    }
    if (node.has("option") && node.has("value")) {
      return COUNTS;
    }
    if (has(node, "votes", "counts", "group_results", "motion_id", "motion", "legislative_session_id", "legislative_session")) {
      return VOTE_EVENTS;
    }
    if (node.has("text") && has(node, "requirement", "vote_events", "date", "creator_id", "result", "organization_id")
        && !has(node, "speaker_id", "audio", "attribution_text", "event_id")) {
      return MOTIONS;
    }
    if (has(node, "speaker_id", "audio", "attribution_text", "event_id")) {
      return SPEECHES;
    }
    if (has(node, "person_id", "person", "member", "on_behalf_of_id", "post_id", "legislative_period_id")
        || (node.has("role") && has(node, "organization_id", "organization") && !node.has("label"))) {
      return MEMBERSHIPS;
    }
    if (node.has("label") && (node.has("role") || node.has("other_label") || has(node, "organization_id", "organization"))) {
      return POSTS;
    }
    if (has(node, "given_name", "family_name", "birth_date", "death_date", "gender", "email", "honorific_prefix",
        "national_identity", "sort_name", "patronymic_name", "additional_name")) {
      return PERSONS;
    }
    if (has(node, "founding_date", "dissolution_date", "classification", "parent_id", "posts", "abbreviation")
        && node.has("name") && !has(node, "start_date", "location", "attendees")) {
      return node.has("identifier") && !node.has("founding_date") && !node.has("dissolution_date") ? AREAS : ORGANIZATIONS;
    }
    if (has(node, "start_date", "location", "attendees", "status") && node.has("name")) {
      return EVENTS;
    }
    if (node.has("id") && node.has("name")) {
      return PERSONS;
    }
    return null;
  }

  /**
   * What an object embedded where an object of {@code expected} kind stands is: a voter or member
   * is an organization when it says so, or has an organization's fields.
   *
   * @param inner the embedded object
   * @param expected the kind the place holds
   * @return the kind the object is read as
   */
  static Kind embedded(JsonTree inner, Kind expected) {
    String type = Fields.text(inner, "@type");
    if ("Organization".equalsIgnoreCase(type)) {
      return ORGANIZATIONS;
    }
    if ("Person".equalsIgnoreCase(type)) {
      return PERSONS;
    }
    if (expected == PERSONS && has(inner, "classification", "founding_date", "dissolution_date", "parent_id", "parent", "abbreviation")) {
      return ORGANIZATIONS;
    }
    return expected;
  }

  /** Whether the object has any of the properties with a value other than {@code null}. */
  static boolean has(JsonTree node, String... names) {
    for (String name : names) {
      if (node.hasNonNull(name)) {
        return true;
      }
    }
    return false;
  }
}
