package io.github.chancery.imports;

import io.github.chancery.core.actor.Membership;
import io.github.chancery.core.record.OtherName;
import io.github.chancery.core.legislature.Legislature;
import io.github.chancery.core.legislature.LegislatureKind;
import io.github.chancery.core.legislature.Session;
import io.github.chancery.core.legislature.SessionKind;
import io.github.chancery.core.record.Identifier;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.vote.VoteOption;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Maps the objects the Open States scrapers write onto records, through the mapping both shapes of
 * Open States data share ({@link OsRecords}): the jurisdiction (its sessions' dates), the
 * organizations (the chambers' names and kinds), the people and their memberships (the roster
 * that resolves voter names), the bills (held, small) and then each vote event, written as it is
 * read. The objects are given kind by kind in that order. References are resolved as
 * openstates-core's importer resolves them: an object's {@code _id}, or a pseudo id ({@code ~}
 * and a JSON object of the fields to match). Every field the mapping does not read, when it
 * carries a value, is a warning naming its file, line and JSON path. Not thread-safe: one per
 * import.
 */
final class OsJsonMapper {
  private static final Set<String> CHAMBERS = Set.of("upper", "lower", "legislature");

  /** What each kind reads; the other documented fields are warned about when they carry a value. */
  private static final Map<OsJsonObject, Set<String>> READ = Map.of(
      OsJsonObject.JURISDICTION, Set.of("_id", "id", "name", "legislative_sessions", "historical_legislative_sessions"),
      OsJsonObject.ORGANIZATION, Set.of("_id", "name", "classification"),
      OsJsonObject.PERSON, Set.of("_id", "name", "other_names", "identifiers"),
      OsJsonObject.MEMBERSHIP, Set.of("_id", "person_id", "person_name", "organization_id", "role", "post_id", "start_date",
          "end_date"),
      OsJsonObject.BILL, Set.of("_id", "legislative_session", "identifier", "title", "from_organization"),
      OsJsonObject.VOTE_EVENT, Set.of("_id", "identifier", "motion_text", "start_date", "result", "organization",
          "legislative_session", "bill", "bill_identifier", "votes", "counts", "sources"));
  private static final Map<String, Set<String>> ITEMS_READ = Map.of(
      "legislative_sessions", Set.of("identifier", "name", "type", "classification", "start_date", "end_date"),
      "historical_legislative_sessions", Set.of("identifier", "name", "type", "classification", "start_date", "end_date"),
      "identifiers", Set.of("identifier", "scheme"),
      "other_names", Set.of("name", "start_date", "end_date", "note"),
      "votes", Set.of("option", "voter_name", "voter_id"),
      "counts", Set.of("option", "value"),
      "sources", Set.of("url", "note"));

  private static final class Org {
    final String id;
    final String name;
    final String classification;
    final String file;
    boolean used;

    Org(String id, String name, String classification, String file) {
      this.id = id;
      this.name = name;
      this.classification = classification;
      this.file = file;
    }
  }

  /** What a reference to an organization names: the chamber's key, what its id is made of, its name and kind. */
  private static final class Chamber {
    final String key;
    final String idText;
    final String name;
    final String classification;
    final String ocd;

    Chamber(String key, String idText, String name, String classification, String ocd) {
      this.key = key;
      this.idText = idText;
      this.name = name;
      this.classification = classification;
      this.ocd = ocd;
    }
  }

  private static final class Bill {
    final String id;
    final String identifier;
    final String title;
    final String chamber;

    Bill(String id, String identifier, String title, String chamber) {
      this.id = id;
      this.identifier = identifier;
      this.title = title;
      this.chamber = chamber;
    }
  }

  private final OsRecords records;
  private String jurisdictionId = "";
  private String jurisdictionName = "";
  private final Map<String, JsonValue> sessions = new HashMap<>();
  private final Map<String, Org> orgs = new LinkedHashMap<>();
  /** A person's {@code _id} to its record id and names: its name, then its other names. */
  private final Map<String, List<String>> people = new LinkedHashMap<>();
  private final Set<String> members = new HashSet<>();
  private final Map<String, Bill> bills = new HashMap<>();
  /** Session and identifier to the bills that have them. */
  private final Map<String, List<Bill>> billsByIdentifier = new HashMap<>();
  private boolean rosterDone;
  private boolean noJurisdictionSaid;

  OsJsonMapper(ImportSink sink, boolean streaming) {
    this.records = new OsRecords(sink, streaming, OsRecords.dataset("source-openstates-scrape",
        "Open States scrapers' JSON output", "https://github.com/openstates/openstates-scrapers"));
  }

  void start() throws IOException {
    records.start();
  }

  /**
   * Maps one file's object, and returns the rows it counts: the object, and each entry of a vote
   * event's votes, counts and sources.
   */
  long map(OsJsonObject kind, String file, Warnings warnings, JsonValue root) throws IOException {
    if (kind == OsJsonObject.BILL || kind == OsJsonObject.VOTE_EVENT) {
      roster();
    }
    fields(warnings, root, kind.fields, READ.get(kind), kind.itemFields, "the scrape's " + kind.type);
    String id = string(warnings, root, "_id");
    if (id.isEmpty() && root.get("id") != null) {
      id = string(warnings, root, "id");
    }
    if (id.isEmpty()) {
      // the file is named by it, as Scraper.save_object names it
      String base = file.replaceFirst("(?i)\\.json(\\.gz)?$", "");
      id = base.startsWith(kind.type + "_") ? base.substring(kind.type.length() + 1) : base;
    }
    try {
      return map(kind, file, warnings, root, id);
    } catch (IllegalArgumentException invalid) {
      // a value the records refuse (a lone surrogate, say) loses the object, not the import
      warnings.add(root.line, null, ImportWarningCode.INVALID_VALUE, "the " + kind.type + " " + id + " is not imported: "
          + invalid.getMessage());
      return 1;
    }
  }

  private long map(OsJsonObject kind, String file, Warnings warnings, JsonValue root, String id) throws IOException {
    switch (kind) {
      case JURISDICTION:
        jurisdiction(warnings, root, id);
        return 1;
      case ORGANIZATION:
        if (orgs.containsKey(id)) {
          warnings.add(root.line, "$._id", ImportWarningCode.DUPLICATE_ROW, "organization " + id + " is given twice; this one is not read");
        } else {
          orgs.put(id, new Org(id, string(warnings, root, "name"), string(warnings, root, "classification"), file));
        }
        return 1;
      case PERSON:
        person(warnings, root, id);
        return 1;
      case MEMBERSHIP:
        membership(warnings, root, id);
        return 1;
      case BILL:
        bill(warnings, root, id);
        return 1;
      default:
        return voteEvent(warnings, root, id);
    }
  }

  // --- the fields not read ---

  /**
   * Warns about each field of an object that is not in its schema, and about each documented
   * field the mapping does not read when it carries a value; and so for the objects of its lists.
   */
  private static void fields(Warnings warnings, JsonValue object, Set<String> documented, Set<String> read,
      Map<String, Set<String>> items, String what) {
    for (Map.Entry<String, JsonValue> field : object.fields().entrySet()) {
      String name = field.getKey();
      JsonValue value = field.getValue();
      if (!documented.contains(name)) {
        warnings.add(value.line, value.path, ImportWarningCode.UNKNOWN_COLUMN,
            "the field is not one " + what + " object has; it is not imported");
      } else if (!read.contains(name)) {
        if (value.carriesValue()) {
          warnings.add(value.line, value.path, ImportWarningCode.NOT_MAPPED, "the field " + name + " is not imported");
        }
      } else if (items.containsKey(name)) {
        Set<String> itemRead = ITEMS_READ.getOrDefault(name, Set.of());
        for (JsonValue item : value.elements()) {
          fields(warnings, item, items.get(name), itemRead, Map.of(), what + "'s " + name);
        }
      }
    }
  }

  /** A field's text: a string's, a number's or a boolean's; "" when absent or null; "" and a warning for an object or array. */
  private static String string(Warnings warnings, JsonValue object, String name) {
    JsonValue value = object.get(name);
    if (value == null || value.isNull()) {
      return "";
    }
    if (value.isObject() || value.isArray()) {
      warnings.add(value.line, value.path, ImportWarningCode.INVALID_VALUE, "the field is " + value.describe()
          + ", not a string; it is not imported");
      return "";
    }
    return value.text().strip();
  }

  // --- jurisdiction, organizations, people, memberships ---

  private void jurisdiction(Warnings warnings, JsonValue root, String id) {
    if (!jurisdictionId.isEmpty()) {
      warnings.add(root.line, "$._id", ImportWarningCode.DUPLICATE_ROW, "jurisdiction " + jurisdictionId
          + " is read already: the scrape is of one state; this one is not read");
      return;
    }
    jurisdictionId = id;
    jurisdictionName = string(warnings, root, "name");
    for (String list : List.of("historical_legislative_sessions", "legislative_sessions")) {
      JsonValue given = root.get(list);
      for (JsonValue session : given == null ? List.<JsonValue>of() : given.elements()) {
        String identifier = string(warnings, session, "identifier");
        // the schema's older sessions are named only
        sessions.put(identifier.isEmpty() ? string(warnings, session, "name") : identifier, session);
      }
    }
  }

  private Session session(Warnings warnings, Legislature chamber, String identifier) throws IOException {
    JsonValue given = sessions.get(identifier);
    if (given == null) {
      return records.session(chamber, identifier, "", SessionKind.SESSION, null, null);
    }
    String name = string(warnings, given, "name");
    String kind = string(warnings, given, "classification");
    kind = kind.isEmpty() ? string(warnings, given, "type") : kind;
    return records.session(chamber, identifier, name.equals(identifier) ? "" : name,
        kind.equals("special") ? SessionKind.SPECIAL_SESSION : SessionKind.SESSION,
        date(warnings, given, "start_date"), date(warnings, given, "end_date"));
  }

  /** A fuzzy date of the scrape (a day, a month or a year), or null, warned about when it is not one. */
  private static PartialDate date(Warnings warnings, JsonValue object, String name) {
    String text = string(warnings, object, name);
    if (text.isEmpty()) {
      return null;
    }
    PartialDate date = OsRecords.date(text);
    if (date == null) {
      JsonValue value = object.get(name);
      warnings.add(value.line, value.path, ImportWarningCode.UNREADABLE_DATE, "'" + text + "' is not a date; it is not imported");
    }
    return date;
  }

  private void person(Warnings warnings, JsonValue root, String id) throws IOException {
    String name = string(warnings, root, "name");
    if (name.isEmpty()) {
      warnings.add(root.line, "$.name", ImportWarningCode.MISSING_VALUE, "person " + id + " has no name; it is not imported");
      return;
    }
    if (people.containsKey(id)) {
      warnings.add(root.line, "$._id", ImportWarningCode.DUPLICATE_ROW, "person " + id + " is given twice; this one is not read");
      return;
    }
    List<String> names = new ArrayList<>(List.of(OsRecords.personId(id), name));
    List<OtherName> otherNames = new ArrayList<>();
    for (JsonValue other : list(warnings, root, "other_names")) {
      try {
        OtherName.Builder made = OtherName.builder().name(string(warnings, other, "name"));
        PartialDate start = date(warnings, other, "start_date");
        PartialDate end = date(warnings, other, "end_date");
        String note = string(warnings, other, "note");
        if (start != null) {
          made.start(start);
        }
        if (end != null) {
          made.end(end);
        }
        if (!note.isEmpty()) {
          made.note(note);
        }
        otherNames.add(made.build());
        names.add(string(warnings, other, "name"));
      } catch (IllegalArgumentException invalid) {
        warnings.add(other.line, other.path, ImportWarningCode.INVALID_VALUE, "the other name is not imported: " + invalid.getMessage());
      }
    }
    List<Identifier> identifiers = new ArrayList<>();
    if (id.startsWith(OsRecords.PERSON_SCHEME + "/")) {
      identifiers.add(Identifier.of(OsRecords.PERSON_SCHEME, id));
    }
    for (JsonValue identifier : list(warnings, root, "identifiers")) {
      try {
        identifiers.add(Identifier.of(string(warnings, identifier, "scheme"), string(warnings, identifier, "identifier")));
      } catch (IllegalArgumentException invalid) {
        warnings.add(identifier.line, identifier.path, ImportWarningCode.INVALID_VALUE,
            "the identifier is not imported: " + invalid.getMessage());
      }
    }
    people.put(id, names);
    records.person(names.get(0), name, otherNames, identifiers);
  }

  private void membership(Warnings warnings, JsonValue root, String id) throws IOException {
    List<String> person = personOf(warnings, root, "person_id");
    JsonValue organization = root.get("organization_id");
    if (person == null || organization == null) {
      if (organization == null) {
        warnings.add(root.line, "$.organization_id", ImportWarningCode.MISSING_VALUE,
            "the membership names no organization; it is not imported");
      }
      return;
    }
    Chamber chamber = chamber(warnings, organization, string(warnings, root, "organization_id"), true);
    if (!CHAMBERS.contains(chamber.classification) && !chamber.classification.equals("committee")) {
      warnings.add(organization.line, organization.path, ImportWarningCode.NOT_MAPPED, "a membership of "
          + (chamber.classification.isEmpty() ? chamber.name : "a " + chamber.classification)
          + " is not imported: only those of a chamber or committee are");
      return;
    }
    Legislature body = made(chamber);
    Membership.Builder membership =
        Membership.builder()
            .id("membership-os-" + OsRecords.slug(id))
            .member(Reference.to(person.get(0)))
            .organization(Reference.of(body))
            .addSources(records.sourceRef());
    String role = string(warnings, root, "role");
    if (!role.isEmpty()) {
      membership.role(role);
    }
    String post = string(warnings, root, "post_id");
    Map<String, String> seat = post.startsWith("~") ? pseudo(post) : null;
    if (seat != null && seat.containsKey("label")) {
      membership.post(seat.get("label"));
    } else if (!post.isEmpty()) {
      JsonValue at = root.get("post_id");
      warnings.add(at.line, at.path, ImportWarningCode.NOT_MAPPED, "the post " + post + " is not imported: only a post named by its label is");
    }
    PartialDate start = date(warnings, root, "start_date");
    PartialDate end = date(warnings, root, "end_date");
    if (start != null) {
      membership.start(start);
    }
    if (end != null) {
      membership.end(end);
    }
    try {
      records.write(membership.build());
    } catch (IllegalArgumentException invalid) {
      warnings.add(root.line, null, ImportWarningCode.INVALID_VALUE, "membership " + id + " is not imported: " + invalid.getMessage());
      return;
    }
    for (String name : person.subList(1, person.size())) {
      records.member(chamber.key, name, person.get(0));
    }
    String personName = string(warnings, root, "person_name");
    if (!personName.isEmpty() && !person.contains(personName)) {
      records.member(chamber.key, personName, person.get(0));
    }
    members.add(person.get(0));
  }

  /**
   * The person of the files a field names, by {@code _id} or by a pseudo id of one of its names:
   * its record id then its names; null, warned about, when none or several.
   */
  private List<String> personOf(Warnings warnings, JsonValue object, String field) {
    String ref = string(warnings, object, field);
    JsonValue at = object.get(field);
    if (ref.isEmpty()) {
      warnings.add(object.line, Paths.of(object, field), ImportWarningCode.MISSING_VALUE, "no person is named; the "
          + "membership is not imported");
      return null;
    }
    List<String> found = people.get(ref);
    Map<String, String> fields = found == null && ref.startsWith("~") ? pseudo(ref) : null;
    if (fields != null && fields.containsKey("name")) {
      for (List<String> person : people.values()) {
        if (person.subList(1, person.size()).contains(fields.get("name"))) {
          if (found != null) {
            found = null; // several have the name: none is guessed
            break;
          }
          found = person;
        }
      }
    }
    if (found == null) {
      warnings.add(at.line, at.path, ImportWarningCode.UNKNOWN_REFERENCE, "person " + ref
          + " is not one person of the files; the membership is not imported");
    }
    return found;
  }

  /**
   * Makes the roster before the first bill or vote event: the members of each chamber by name,
   * and the people without a membership of any chamber, who may sit in any.
   */
  private void roster() {
    if (rosterDone) {
      return;
    }
    rosterDone = true;
    for (List<String> person : people.values()) {
      if (!members.contains(person.get(0))) {
        for (String name : person.subList(1, person.size())) {
          records.member(OsRecords.ANY_CHAMBER, name, person.get(0));
        }
      }
    }
  }

  // --- chambers ---

  /**
   * What a reference to an organization names, without making it: an organization of the files
   * (by {@code _id}, or by a pseudo id whose fields it matches), a chamber by its classification
   * alone, or an OCD id. With {@code use}, an organization found is one a record is made of.
   */
  private Chamber chamber(Warnings warnings, JsonValue at, String ref, boolean use) {
    Org org = orgs.get(ref);
    Map<String, String> fields = null;
    if (org == null && ref.startsWith("~")) {
      fields = pseudo(ref);
      if (fields == null) {
        warnings.add(at.line, at.path, ImportWarningCode.INVALID_VALUE, "'" + ref + "' is not a pseudo id (~ and a JSON "
            + "object); the chamber is named by it");
      } else {
        org = match(fields);
      }
    }
    if (org != null) {
      org.used |= use;
      boolean chamber = CHAMBERS.contains(org.classification);
      boolean ocd = org.id.startsWith(OsRecords.ORG_SCHEME + "/");
      String idText = ocd ? org.id : jurisdictionId + "-" + (chamber ? org.classification : org.id);
      return new Chamber(chamber ? org.classification : "org:" + org.id, idText,
          org.name.isEmpty() ? name(org.classification) : org.name, org.classification, ocd ? org.id : "");
    }
    if (fields != null && !fields.isEmpty()) {
      String classification = fields.getOrDefault("classification", "");
      String key = fields.size() == 1 && !classification.isEmpty() ? classification : String.valueOf(new TreeMap<>(fields));
      if (jurisdictionId.isEmpty() && !noJurisdictionSaid) {
        noJurisdictionSaid = true;
        warnings.add(at.line, at.path, ImportWarningCode.MISSING_VALUE, "no jurisdiction_*.json is among the files: "
            + "the chambers are identified by their classification alone, which other states' share");
      }
      return new Chamber(key, jurisdictionId + "-" + key,
          fields.containsKey("name") ? fields.get("name") : name(classification), classification, "");
    }
    if (!ref.startsWith(OsRecords.ORG_SCHEME + "/") && fields == null && !ref.startsWith("~")) {
      warnings.add(at.line, at.path, ImportWarningCode.UNKNOWN_REFERENCE,
          "organization " + ref + " is not one of the files; the chamber is named by it");
    }
    return new Chamber(ref, ref, (jurisdictionName.isEmpty() ? "" : jurisdictionName + " ") + "legislative chamber " + ref, "",
        ref.startsWith(OsRecords.ORG_SCHEME + "/") ? ref : "");
  }

  /** The one organization of the files whose fields a pseudo id's fields are, or null. */
  private Org match(Map<String, String> fields) {
    Org found = null;
    for (Org org : orgs.values()) {
      if (fields.getOrDefault("classification", org.classification).equals(org.classification)
          && fields.getOrDefault("name", org.name).equals(org.name)) {
        if (found != null) {
          return null;
        }
        found = org;
      }
    }
    return found;
  }

  /** A chamber's name where the files give none: "Wisconsin upper chamber". */
  private String name(String classification) {
    String what = classification.equals("upper") || classification.equals("lower") ? classification + " chamber"
        : classification.equals("legislature") ? "legislature" : "legislative chamber " + classification;
    return (jurisdictionName.isEmpty() ? "" : jurisdictionName + " ") + what;
  }

  private Legislature made(Chamber chamber) throws IOException {
    LegislatureKind kind = OsRecords.kind(chamber.classification);
    if (chamber.classification.equals("legislature")
        && orgs.values().stream().anyMatch(o -> o.classification.equals("upper") || o.classification.equals("lower"))) {
      kind = LegislatureKind.BICAMERAL_PARLIAMENT; // the whole of a legislature whose chambers the files give
    }
    return records.chamber(chamber.key, chamber.idText.isEmpty() ? chamber.key : chamber.idText, chamber.name, kind,
        chamber.ocd);
  }

  /** The fields of a pseudo id ({@code ~} and a JSON object), or null when it is not one. */
  private static Map<String, String> pseudo(String ref) {
    try {
      JsonValue object = JsonValue.read(ref.substring(1).getBytes(StandardCharsets.UTF_8), "");
      if (!object.isObject()) {
        return null;
      }
      Map<String, String> fields = new LinkedHashMap<>();
      object.fields().forEach((name, value) -> fields.put(name, value.text()));
      return fields;
    } catch (JsonValue.Unreadable | IOException notPseudo) {
      return null;
    }
  }

  // --- bills and vote events ---

  private void bill(Warnings warnings, JsonValue root, String id) {
    if (bills.containsKey(id)) {
      warnings.add(root.line, "$._id", ImportWarningCode.DUPLICATE_ROW, "bill " + id + " is given twice; this one is not read");
      return;
    }
    String identifier = string(warnings, root, "identifier");
    JsonValue from = root.get("from_organization");
    String chamber = from == null || from.isNull() ? "" : chamber(warnings, from, string(warnings, root, "from_organization"), false).key;
    Bill bill = new Bill(id, identifier, string(warnings, root, "title"), chamber);
    bills.put(id, bill);
    billsByIdentifier.computeIfAbsent(string(warnings, root, "legislative_session") + "\u0000" + identifier,
        k -> new ArrayList<>()).add(bill);
  }

  private long voteEvent(Warnings warnings, JsonValue root, String id) throws IOException {
    JsonValue organization = root.get("organization");
    String ref = string(warnings, root, "organization");
    if (ref.isEmpty()) {
      ref = "~{\"classification\": \"legislature\"}";
      warnings.add(root.line, "$.organization", ImportWarningCode.MISSING_VALUE,
          "the vote event names no chamber; it is taken as the legislature's, as the scrapers do");
    }
    Chamber named = chamber(warnings, organization == null ? root : organization, ref, true);
    Legislature chamber = made(named);
    String sessionName = string(warnings, root, "legislative_session");
    Session session = null;
    if (sessionName.isEmpty()) {
      warnings.add(root.line, "$.legislative_session", ImportWarningCode.MISSING_VALUE,
          "the vote event names no session; it is kept without one");
    } else {
      session = session(warnings, chamber, sessionName);
    }
    String motionText = string(warnings, root, "motion_text");
    String[] motion = motion(warnings, root, id, sessionName, motionText);
    OsRecords.Event event = records.vote(warnings, root.line, id, string(warnings, root, "identifier"),
        id.startsWith(OsRecords.VOTE_SCHEME + "/"), motion[0], chamber, named.key, session);
    JsonValue start = root.get("start_date");
    records.date(event, start == null ? root.line : start.line, "$.start_date", string(warnings, root, "start_date"));
    JsonValue result = root.get("result");
    records.result(event, result == null ? root.line : result.line, "$.result", string(warnings, root, "result"));
    records.motion(motion[0], chamber, motion[1], motion[2], motion[3], motionText, id);
    long rows = 1;
    for (JsonValue count : list(warnings, root, "counts")) {
      rows++;
      JsonValue value = count.get("value");
      String text = value == null ? "" : value.kind == JsonValue.Kind.NUMBER ? value.text() : value.describe();
      records.count(event, warnings, count.line, Paths.of(count, "option"), string(warnings, count, "option"),
          Paths.of(count, "value"), text);
    }
    for (JsonValue source : list(warnings, root, "sources")) {
      rows++;
      String url = string(warnings, source, "url");
      if (url.isEmpty()) {
        warnings.add(source.line, Paths.of(source, "url"), ImportWarningCode.MISSING_VALUE, "the vote source has no url; it is not mapped");
        continue;
      }
      try {
        records.voteSource(event, url, string(warnings, source, "note"));
      } catch (IllegalArgumentException invalid) {
        warnings.add(source.line, Paths.of(source, "url"), ImportWarningCode.INVALID_VALUE,
            "the vote source is not mapped: " + invalid.getMessage());
      }
    }
    for (JsonValue vote : list(warnings, root, "votes")) {
      rows++;
      try {
        ballot(warnings, event, vote);
      } catch (IllegalArgumentException invalid) {
        warnings.add(vote.line, vote.path, ImportWarningCode.INVALID_VALUE, "the ballot is not mapped: " + invalid.getMessage());
      }
    }
    records.finish(event);
    return rows;
  }

  /** The objects of a list field; a warning for a value that is not a list, or an element that is not an object. */
  private static List<JsonValue> list(Warnings warnings, JsonValue object, String name) {
    JsonValue value = object.get(name);
    if (value == null || value.isNull()) {
      return List.of();
    }
    if (!value.isArray()) {
      warnings.add(value.line, value.path, ImportWarningCode.INVALID_VALUE, "the field is " + value.describe()
          + ", not a list; it is not imported");
      return List.of();
    }
    List<JsonValue> objects = new ArrayList<>();
    for (JsonValue element : value.elements()) {
      if (element.isObject()) {
        objects.add(element);
      } else {
        warnings.add(element.line, element.path, ImportWarningCode.INVALID_VALUE, "the element is " + element.describe()
            + ", not an object; it is not imported");
      }
    }
    return objects;
  }

  /**
   * The motion of a vote event: its id, identifier, title and OCD bill id. A bill of the files (by
   * {@code _id}, or by a pseudo id's identifier, session and chamber) gives its own; a bill that is
   * none of the files gives an identifier, and the motion is titled by the motion text; a vote on
   * no bill is a motion of its own.
   */
  private String[] motion(Warnings warnings, JsonValue root, String voteId, String session, String motionText) {
    String ref = string(warnings, root, "bill");
    String identifier = string(warnings, root, "bill_identifier");
    if (ref.isEmpty() && identifier.isEmpty()) {
      return new String[] {OsRecords.motionId(voteId, ""), "", "", ""};
    }
    Bill bill = bills.get(ref);
    Map<String, String> fields = bill == null && ref.startsWith("~") ? pseudo(ref) : null;
    if (bill == null && (fields != null || ref.isEmpty())) {
      String wanted = fields != null && fields.containsKey("identifier") ? fields.get("identifier") : identifier;
      String inSession = fields != null ? fields.getOrDefault("legislative_session__identifier", session) : session;
      String from = fields == null ? "" : fields.getOrDefault("from_organization__classification", "");
      List<Bill> found = new ArrayList<>();
      for (Bill candidate : billsByIdentifier.getOrDefault(inSession + "\u0000" + wanted, List.of())) {
        if (from.isEmpty() || candidate.chamber.isEmpty() || candidate.chamber.equals(from)) {
          found.add(candidate);
        }
      }
      if (found.size() == 1) {
        bill = found.get(0);
      } else {
        JsonValue at = root.get(ref.isEmpty() ? "bill_identifier" : "bill");
        warnings.add(at.line, at.path, ImportWarningCode.UNKNOWN_REFERENCE, "bill " + wanted + " of session " + inSession
            + (found.isEmpty() ? " is none of the files' bills" : " is several of the files' bills")
            + "; the motion is titled by the motion text");
        return new String[] {"motion-os-" + OsRecords.slug(inSession + " " + wanted), wanted, "", ""};
      }
    }
    if (bill == null) {
      JsonValue at = root.get("bill");
      warnings.add(at.line, at.path, ImportWarningCode.UNKNOWN_REFERENCE,
          "bill " + ref + " is none of the files' bills; the motion is titled by the motion text");
      return new String[] {OsRecords.motionId(voteId, ref), identifier, "", ""};
    }
    return new String[] {OsRecords.motionId(voteId, bill.id), bill.identifier,
        bill.title.isEmpty() ? bill.identifier : bill.title, bill.id.startsWith(OsRecords.BILL_SCHEME + "/") ? bill.id : ""};
  }

  /**
   * One entry of a vote event's votes: a voter with an OCD person id is that person; one that is a
   * person of the files (by {@code _id}) is that person; one named by a pseudo id of the name, or
   * by a name alone, is a ballot by name, resolved where the roster allows.
   */
  private void ballot(Warnings warnings, OsRecords.Event event, JsonValue vote) throws IOException {
    String name = string(warnings, vote, "voter_name");
    String voter = string(warnings, vote, "voter_id");
    VoteOption option = OsRecords.option(warnings, vote.line, Paths.of(vote, "option"), string(warnings, vote, "option"),
        "the ballot of " + (name.isEmpty() ? voter : name));
    if (option == null) {
      return;
    }
    if (voter.startsWith(OsRecords.PERSON_SCHEME + "/")) {
      if (records.firstBallot(event, warnings, vote.line, voter, name, option)) {
        records.ballotOfPerson(event, voter, name, option);
      }
      return;
    }
    List<String> person = people.get(voter);
    if (person != null) {
      if (records.firstBallot(event, warnings, vote.line, voter, name, option)) {
        records.ballotOf(event, person.get(0), option);
      }
      return;
    }
    Map<String, String> fields = voter.startsWith("~") ? pseudo(voter) : null;
    if (fields != null && fields.size() == 1 && fields.containsKey("name")) {
      name = name.isEmpty() ? fields.get("name") : name;
    } else if (!voter.isEmpty()) {
      JsonValue at = vote.get("voter_id");
      warnings.add(at.line, at.path, ImportWarningCode.UNKNOWN_REFERENCE,
          "voter " + voter + " is no person of the files; the ballot is by name");
    }
    if (name.isEmpty()) {
      warnings.add(vote.line, Paths.of(vote, "voter_name"), ImportWarningCode.MISSING_VALUE,
          "the ballot has neither a voter id nor a name; it is not mapped");
    } else if (records.firstBallot(event, warnings, vote.line, "", name, option)) {
      records.ballotByName(event, name, option);
    }
  }

  /**
   * Warns about each organization no vote event or membership referred to: it makes no record
   * (the whole legislature of a state whose votes are by chamber, say).
   */
  List<Warnings> finish(boolean keepAll) {
    List<Warnings> unused = new ArrayList<>();
    for (Org org : orgs.values()) {
      if (!org.used) {
        Warnings warnings = new Warnings(org.file, keepAll);
        warnings.add(1, null, ImportWarningCode.NOT_MAPPED, "organization " + org.id
            + (org.classification.isEmpty() ? "" : " (" + org.classification + ")")
            + " is referred to by no vote event or membership of the files; it is not imported");
        unused.add(warnings);
      }
    }
    return unused;
  }

  /** JSON paths of the fields of an object read. */
  private static final class Paths {
    static String of(JsonValue object, String field) {
      return io.github.chancery.json.internal.Paths.property(object.path, field);
    }
  }
}
