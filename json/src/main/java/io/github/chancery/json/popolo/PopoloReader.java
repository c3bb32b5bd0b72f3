package io.github.chancery.json.popolo;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.chancery.core.actor.Membership;
import io.github.chancery.core.actor.Organization;
import io.github.chancery.core.actor.OrganizationKind;
import io.github.chancery.core.actor.Person;
import io.github.chancery.core.dossier.Dossier;
import io.github.chancery.core.legislature.Legislature;
import io.github.chancery.core.legislature.LegislatureKind;
import io.github.chancery.core.legislature.Motion;
import io.github.chancery.core.legislature.MotionKind;
import io.github.chancery.core.legislature.Session;
import io.github.chancery.core.legislature.SessionKind;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.record.Identifier;
import io.github.chancery.core.record.OtherName;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.source.Source;
import io.github.chancery.core.text.LanguageTag;
import io.github.chancery.core.text.MultilingualText;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.validation.ValidationException;
import io.github.chancery.core.validation.Violation;
import io.github.chancery.core.validation.Violations;
import io.github.chancery.core.vote.Ballot;
import io.github.chancery.core.vote.Count;
import io.github.chancery.core.vote.Vote;
import io.github.chancery.core.vote.VoteOption;
import io.github.chancery.core.vote.VoteResult;
import io.github.chancery.core.vote.VotingRule;
import io.github.chancery.json.ChanceryJsonException;
import io.github.chancery.json.problem.JsonProblem;
import io.github.chancery.json.problem.JsonRule;
import io.github.chancery.json.internal.jackson.ParseFailures;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads one Popolo file into records: first every Popolo object is collected by kind, embedded
 * objects flattened beside the others, then each kind is mapped in the order references need
 * (organisations before the memberships and votes that name them). Used once, on one thread.
 */
final class PopoloReader {
  /** The collections of a Popolo export document, in the order they are mapped. */
  static final List<String> COLLECTIONS =
      List.of("persons", "organizations", "memberships", "posts", "areas", "events", "motions", "vote_events", "votes", "counts", "speeches");
  /** Popolo objects that are parts of others, met on their own. */
  private static final List<String> PARTS = List.of("contact_details");

  private static final String UNDETERMINED = "und";
  private static final Set<String> LEGISLATURES =
      Set.of("legislature", "parliament", "chamber", "house", "lower house", "upper house", "senate", "assembly",
          "national assembly", "legislative council", "unicameral", "bicameral", "congress");
  private static final Map<String, SessionKind> SESSION_KINDS = sessionKinds();

  private final JsonFactory factory;
  private final ObjectMapper trees;
  private final List<PopoloWarning> warnings = new ArrayList<>();
  private final Map<String, int[]> unmapped = new LinkedHashMap<>();
  private final Map<String, String> unmappedFirst = new HashMap<>();
  private final Map<String, List<Item>> items = new LinkedHashMap<>();
  private final Set<String> repairedIds = new HashSet<>();
  private final Map<String, ChanceryRecord> records = new LinkedHashMap<>();
  private final Map<String, Item> posts = new HashMap<>();
  /** Votes and counts given apart from their vote event, mapped when read and keyed by the event's (repaired) id. */
  private final Map<String, List<Separate<Ballot>>> votesByEvent = new LinkedHashMap<>();
  private final Map<String, List<Separate<Count>>> countsByEvent = new LinkedHashMap<>();
  /** The (repaired) ids of the vote events the file holds, known before any is mapped. */
  private final Set<String> voteEventIds = new HashSet<>();
  /**
   * Records read from an object embedded in a reference, which the object given in full replaces,
   * with where that copy is in the file.
   */
  private final Map<String, Copy> fromReferences = new HashMap<>();
  /** Where the memberships and posts embedded in embedded objects are, each read once. */
  private final Set<String> nestedPaths = new HashSet<>();
  /** Kinds whose objects have all been mapped: one met later (embedded in an embedded object) is mapped at once. */
  private final Set<String> mappedKinds = new HashSet<>();

  /** Where an embedded copy is in the file. */
  private static final class Copy {
    final String path;
    final int seq;

    Copy(String path, int seq) {
      this.path = path;
      this.seq = seq;
    }
  }
  /** A motion's result and requirement, checked against its votes once the file is read. */
  private final Map<String, Item> motionsOnVotes = new LinkedHashMap<>();
  private final Map<String, String> motionLegislature = new HashMap<>();
  private final Map<String, String> motionRule = new HashMap<>();

  /** A vote or count read apart from its vote event: no tree is kept, only what it maps to and where it is. */
  private static final class Separate<T> {
    final String path;
    final int seq;
    final T value;

    Separate(String path, int seq, T value) {
      this.path = path;
      this.seq = seq;
      this.value = value;
    }
  }

  /** One Popolo object, where it is in the file, and what it is nested in. */
  private final class Item {
    final String path;
    final ObjectNode node;
    final String parentId;
    /** Where the object is in the file, for the order of warnings; an embedded one has its container's. */
    int seq;
    /** Embedded in a reference (a membership's organization): an object given in full in the file wins over it. */
    boolean reference;

    Item(String path, ObjectNode node, String parentId) {
      this.path = path;
      this.node = node;
      this.parentId = parentId;
      this.seq = currentSeq;
    }

    Item asReference() {
      reference = true;
      return this;
    }
  }

  private int counter;
  private int currentSeq;
  private final List<int[]> warningSeqs = new ArrayList<>();
  private final Set<String> warned = new HashSet<>();

  /** Maps an object with its warnings placed where the object is in the file. */
  private void at(Item item, Consumer<Item> mapping) {
    int saved = currentSeq;
    currentSeq = item.seq;
    try {
      mapping.accept(item);
    } finally {
      currentSeq = saved;
    }
  }

  PopoloReader(JsonFactory factory) {
    this.factory = factory;
    this.trees = new ObjectMapper(factory);
    COLLECTIONS.forEach(c -> items.put(c, new ArrayList<>()));
    PARTS.forEach(c -> items.put(c, new ArrayList<>()));
  }

  // --- collecting ---

  PopoloImport read(InputStream in) throws IOException {
    try (JsonParser parser = factory.createParser(in)) {
      try {
        collect(parser);
      } catch (JsonProcessingException e) {
        throw ParseFailures.from(e, parser);
      } catch (java.io.CharConversionException e) {
        // Bytes in no JSON encoding (found by the Popolo reader's fuzz test).
        throw ParseFailures.notAnEncoding();
      }
    } catch (java.io.CharConversionException e) {
      throw ParseFailures.notAnEncoding();
    }
    map();
    // In the order of the file, though kinds are mapped in the order references need.
    List<PopoloWarning> all = new ArrayList<>();
    warningSeqs.stream()
        .sorted(java.util.Comparator.<int[]>comparingInt(w -> w[0]).thenComparingInt(w -> w[1]))
        .forEach(w -> all.add(warnings.get(w[1])));
    unmapped.forEach(
        (key, count) -> {
          String[] parts = key.split("\u0000", 2);
          all.add(
              PopoloWarning.of(
                  unmappedFirst.get(key),
                  "'" + parts[1] + "' of " + parts[0] + " is not mapped to Chancery's records"
                      + (count[0] > 1 ? " (in " + count[0] + " objects; the first is at this path)" : "")));
        });
    return new PopoloImport(Dossier.of(records.values()), all);
  }

  private void collect(JsonParser parser) throws IOException {
    JsonToken first = parser.nextToken();
    if (first == null) {
      throw failure(JsonRule.MALFORMED_JSON, "$", "the file is empty: a Popolo file is a JSON object or an array of objects");
    }
    if (first == JsonToken.START_ARRAY) {
      streaming = true; // an array of objects is read object by object, as an export document is
      int index = 0;
      for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken(), index++) {
        JsonNode element = tree(parser);
        String path = "$[" + index + "]";
        if (!(element instanceof ObjectNode)) {
          warn(path, "is not a Popolo object (an object was expected): not imported");
          continue;
        }
        String kind = kindOf((ObjectNode) element);
        unknownType((ObjectNode) element, path, kind);
        if (kind == null) {
          warn(path, "is not recognisable as a Popolo person, organization, membership, post, event, motion, vote event, vote or count: not imported");
        } else {
          add(kind, path, (ObjectNode) element, null);
        }
      }
    } else if (first == JsonToken.START_OBJECT) {
      // Collections are read element by element; whether the object is an export document or
      // one Popolo object that embeds others (a person with its memberships) is known at its end.
      ObjectNode rest = trees.createObjectNode();
      Map<String, com.fasterxml.jackson.databind.node.ArrayNode> collections = new LinkedHashMap<>();
      boolean leading = true;
      for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken(), leading = false) {
        String key = parser.currentName();
        JsonToken value = parser.nextToken();
        if (leading && COLLECTIONS.contains(key) && value == JsonToken.START_ARRAY) {
          // An export document, as its first key says: read it object by object, mapping each
          // kind that can be mapped at once and keeping no tree of what is done with.
          document(parser, key);
          return;
        }
        if (COLLECTIONS.contains(key) && value == JsonToken.START_ARRAY) {
          com.fasterxml.jackson.databind.node.ArrayNode elements = trees.createArrayNode();
          for (JsonToken element = parser.nextToken(); element != JsonToken.END_ARRAY; element = parser.nextToken()) {
            elements.add(tree(parser));
          }
          if (collections.put(key, elements) != null) {
            throw duplicate(parser, key);
          }
        } else {
          if (rest.has(key)) {
            throw duplicate(parser, key);
          }
          rest.set(key, tree(parser));
        }
      }
      boolean single = false;
      for (String own : List.of("@type", "id", "name", "label", "text", "option", "role", "organization_id", "motion", "motion_id", "identifier",
          "start_date", "voter_id", "classification")) {
        single |= rest.has(own);
      }
      if (!single && !collections.isEmpty()) {
        collections.forEach(
            (key, elements) -> {
              for (int index = 0; index < elements.size(); index++) {
                String path = "$." + key + "[" + index + "]";
                if (elements.get(index) instanceof ObjectNode) {
                  add(key, path, (ObjectNode) elements.get(index), null);
                } else {
                  warn(path, "is not a Popolo object (an object was expected): not imported");
                }
              }
            });
        rest.fieldNames().forEachRemaining(key -> unmapped("the export document", "$." + key, key));
      } else {
        collections.forEach(rest::set);
        String kind = kindOf(rest);
        unknownType(rest, "$", kind);
        if (kind == null) {
          throw failure(
              JsonRule.UNKNOWN_TYPE,
              "$",
              "the object is not Popolo: neither an export document (persons, organizations, memberships, posts, areas, events,"
                  + " motions, vote_events, votes, counts) nor a recognisable Popolo object");
        }
        add(kind, "$", rest, null);
      }
    } else {
      throw failure(JsonRule.WRONG_TYPE, "$", "a Popolo file is a JSON object or an array of objects, not a " + describe(first));
    }
    if (parser.nextToken() != null) {
      throw failure(JsonRule.TRAILING_TOKENS, "$", "there is more after the Popolo value; a file holds one JSON value");
    }
  }

  /**
   * The JSON value at the parser as a tree, refusing a key given twice in an object (which
   * Jackson's trees would keep the last of, silently). Depth is bounded by the parser's limits.
   */
  private JsonNode tree(JsonParser parser) throws IOException {
    switch (parser.currentToken()) {
      case START_OBJECT:
        ObjectNode object = trees.createObjectNode();
        for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
          String name = parser.currentName();
          parser.nextToken();
          if (object.has(name)) {
            throw duplicate(parser, name);
          }
          object.set(name, tree(parser));
        }
        return object;
      case START_ARRAY:
        com.fasterxml.jackson.databind.node.ArrayNode array = trees.createArrayNode();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          array.add(tree(parser));
        }
        return array;
      case VALUE_STRING:
        return trees.getNodeFactory().textNode(parser.getText());
      case VALUE_NUMBER_INT:
        switch (parser.getNumberType()) {
          case INT:
            return trees.getNodeFactory().numberNode(parser.getIntValue());
          case LONG:
            return trees.getNodeFactory().numberNode(parser.getLongValue());
          default:
            return trees.getNodeFactory().numberNode(parser.getBigIntegerValue());
        }
      case VALUE_NUMBER_FLOAT:
        return trees.getNodeFactory().numberNode(parser.getDoubleValue());
      case VALUE_TRUE:
        return trees.getNodeFactory().booleanNode(true);
      case VALUE_FALSE:
        return trees.getNodeFactory().booleanNode(false);
      default:
        return trees.getNodeFactory().nullNode();
    }
  }

  private static ChanceryJsonException duplicate(JsonParser parser, String name) {
    return failure(JsonRule.DUPLICATE_KEY, ParseFailures.pathOf(parser), "the key '" + name + "' appears more than once");
  }

  /** The rest of an export document whose first collection, {@code key}, starts at the parser. */
  private void document(JsonParser parser, String key) throws IOException {
    streaming = true;
    Set<String> given = new HashSet<>(Set.of(key));
    for (String collection = key; collection != null; ) {
      int index = 0;
      for (JsonToken element = parser.nextToken(); element != JsonToken.END_ARRAY; element = parser.nextToken(), index++) {
        JsonNode node = tree(parser);
        String path = "$." + collection + "[" + index + "]";
        if (node instanceof ObjectNode) {
          add(collection, path, (ObjectNode) node, null);
        } else {
          warn(path, "is not a Popolo object (an object was expected): not imported");
        }
      }
      collection = null;
      while (collection == null) {
        JsonToken token = parser.nextToken();
        if (token != JsonToken.FIELD_NAME) {
          if (parser.nextToken() != null) {
            throw failure(JsonRule.TRAILING_TOKENS, "$", "there is more after the Popolo value; a file holds one JSON value");
          }
          return;
        }
        String next = parser.currentName();
        if (!given.add(next)) {
          throw duplicate(parser, next);
        }
        if (COLLECTIONS.contains(next) && parser.nextToken() == JsonToken.START_ARRAY) {
          collection = next;
        } else {
          if (!COLLECTIONS.contains(next)) {
            parser.nextToken();
          }
          parser.skipChildren();
          unmapped("the export document", "$." + next, next);
        }
      }
    }
  }

  private static String describe(JsonToken token) {
    switch (token) {
      case VALUE_STRING:
        return "string";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "boolean";
      default:
        return "null";
    }
  }

  /** Popolo's class names, as {@code @type} gives them, without case, spaces or underscores. */
  private static final Map<String, String> TYPES =
      Map.ofEntries(
          Map.entry("person", "persons"),
          Map.entry("organization", "organizations"),
          Map.entry("membership", "memberships"),
          Map.entry("post", "posts"),
          Map.entry("area", "areas"),
          Map.entry("event", "events"),
          Map.entry("motion", "motions"),
          Map.entry("voteevent", "vote_events"),
          Map.entry("vote", "votes"),
          Map.entry("count", "counts"),
          Map.entry("speech", "speeches"),
          Map.entry("contactdetail", "contact_details"));

  private static final Map<String, String> KIND_NAMES =
      Map.ofEntries(
          Map.entry("persons", "a person"),
          Map.entry("organizations", "an organization"),
          Map.entry("memberships", "a membership"),
          Map.entry("posts", "a post"),
          Map.entry("areas", "an area"),
          Map.entry("events", "an event"),
          Map.entry("motions", "a motion"),
          Map.entry("vote_events", "a vote event"),
          Map.entry("votes", "a vote"),
          Map.entry("counts", "a count"),
          Map.entry("speeches", "a speech"),
          Map.entry("contact_details", "a contact detail"));

  /**
   * The kind an object's {@code @type} names (Popolo's class, such as {@code Organization} or
   * {@code VoteEvent}, also as a prefixed name or IRI ending in it); null when it has none, or
   * one that is not Popolo's.
   */
  static String typed(ObjectNode node) {
    String type = text(node, "@type");
    if (type == null) {
      return null;
    }
    String name = type.substring(Math.max(type.lastIndexOf('#'), Math.max(type.lastIndexOf('/'), type.lastIndexOf(':'))) + 1);
    return TYPES.get(name.replaceAll("[\\s_-]", "").toLowerCase(Locale.ROOT));
  }

  /**
   * What a Popolo object is: the kind its {@code @type} names, else the kind whose properties it
   * has; null when nothing fits.
   */
  static String kindOf(ObjectNode node) {
    String typed = typed(node);
    if (typed != null) {
      return typed;
    }
    if (node.has("type") && node.has("value") && !node.has("option")) {
      return "contact_details";
    }
    if (has(node, "vote_event_id", "voter_id", "voter") && node.has("option")) {
      return "votes";
    }
    if (node.has("option") && node.has("value")) {
      return "counts";
    }
    if (has(node, "votes", "counts", "group_results", "motion_id", "motion", "legislative_session_id", "legislative_session")) {
      return "vote_events";
    }
    if (node.has("text") && has(node, "requirement", "vote_events", "date", "creator_id", "result", "organization_id")
        && !has(node, "speaker_id", "audio", "attribution_text", "event_id")) {
      return "motions";
    }
    if (has(node, "speaker_id", "audio", "attribution_text", "event_id")) {
      return "speeches";
    }
    if (has(node, "person_id", "person", "member", "on_behalf_of_id", "post_id", "legislative_period_id")
        || (node.has("role") && has(node, "organization_id", "organization") && !node.has("label"))) {
      return "memberships";
    }
    if (node.has("label") && (node.has("role") || node.has("other_label") || has(node, "organization_id", "organization"))) {
      return "posts";
    }
    if (has(node, "given_name", "family_name", "birth_date", "death_date", "gender", "email", "honorific_prefix",
        "national_identity", "sort_name", "patronymic_name", "additional_name")) {
      return "persons";
    }
    if (has(node, "founding_date", "dissolution_date", "classification", "parent_id", "posts", "abbreviation")
        && node.has("name") && !has(node, "start_date", "location", "attendees")) {
      return node.has("identifier") && !node.has("founding_date") && !node.has("dissolution_date") ? "areas" : "organizations";
    }
    if (has(node, "start_date", "location", "attendees", "status") && node.has("name")) {
      return "events";
    }
    if (node.has("id") && node.has("name")) {
      return node.has("memberships") ? "persons" : "persons";
    }
    return null;
  }

  /** An {@code @type} that names no Popolo class is said, with the kind the object's fields give it. */
  private void unknownType(ObjectNode node, String path, String kind) {
    String type = text(node, "@type");
    if (type != null && typed(node) == null && kind != null) {
      warn(path + ".@type", "'" + type + "' is not a Popolo type: the object is read as " + KIND_NAMES.get(kind) + ", as its fields say");
    }
  }

  private static boolean has(ObjectNode node, String... names) {
    for (String name : names) {
      if (node.has(name) && !node.get(name).isNull()) {
        return true;
      }
    }
    return false;
  }

  private void add(String kind, String path, ObjectNode node, String parentId) {
    // An object given twice (embedded in two others) is mapped twice: put() keeps one record,
    // and warns when the two differ.
    String id = text(node, "id");
    Item item = new Item(path, node, parentId);
    item.seq = ++counter;
    // Objects embedded in this one are read as objects of their own kind.
    if (kind.equals("persons") || kind.equals("organizations") || kind.equals("posts")) {
      String parent = id == null ? null : id + "\u0000" + kind;
      at(item, i -> array(i, "memberships", (element, at) -> add("memberships", path + ".memberships" + at, element, parent)));
    }
    if (kind.equals("organizations")) {
      at(item, i -> array(i, "posts", (element, at) -> add("posts", path + ".posts" + at, element, id)));
    }
    if (kind.equals("vote_events")) {
      voteEventIds.add(id != null ? id(id, path + ".id") : derivedId("vote-event", item));
    }
    if (kind.equals("votes")) {
      at(item, this::separateVote);
    } else if (kind.equals("counts")) {
      at(item, this::separateCount);
    } else if (streaming && IMMEDIATE.contains(kind)) {
      at(item, mapped -> mapNow(kind, mapped));
    } else {
      items.get(kind).add(item);
    }
  }

  /**
   * Kinds mapped as soon as they are read from an export document, so that their trees are not
   * kept: what they need of other objects is either in them or added once the file is read
   * (a vote event's motion rule, votes given apart from their vote event).
   */
  private static final Set<String> IMMEDIATE =
      Set.of("persons", "organizations", "events", "vote_events", "areas", "speeches", "contact_details");

  private boolean streaming;
  private final List<Item> streamedVotes = new ArrayList<>();

  /** A vote given apart from its vote event, mapped to its ballot at once. */
  private void separateVote(Item item) {
    String event = referenceId(item.node, "vote_event", "vote_event_id", item.path, "vote_events");
    if (event == null) {
      warn(item.path, "a vote without vote_event_id belongs to no vote event: not imported");
      return;
    }
    ballot(item).ifPresent(b -> votesByEvent.computeIfAbsent(event, e -> new ArrayList<>()).add(new Separate<>(item.path, item.seq, b)));
  }

  /** A count given apart from its vote event (Popolo's schema has no vote_event_id for it; exports add one). */
  private void separateCount(Item item) {
    String event = referenceId(item.node, "vote_event", "vote_event_id", item.path, "vote_events");
    if (event == null) {
      warn(item.path, "a count without vote_event_id belongs to no vote event: not imported");
      return;
    }
    count(item).ifPresent(c -> countsByEvent.computeIfAbsent(event, e -> new ArrayList<>()).add(new Separate<>(item.path, item.seq, c)));
  }

  private void mapNow(String kind, Item item) {
    switch (kind) {
      case "persons":
        person(item);
        break;
      case "organizations":
        organization(item);
        break;
      case "events":
        event(item);
        break;
      case "vote_events":
        noteMotion(item);
        String id = voteEvent(item);
        if (id != null) {
          // Only what completion needs: the tree is not kept.
          Item kept = new Item(item.path, trees.createObjectNode().put("id", id), null);
          kept.seq = item.seq;
          streamedVotes.add(kept);
        }
        break;
      case "areas":
        unmappedObject(item, "an area");
        break;
      case "speeches":
        unmappedObject(item, "a speech");
        break;
      default:
        unmappedObject(item, "a contact detail");
    }
  }

  /** A vote event says which legislature its motion is put before, when the motion does not. */
  private void noteMotion(Item event) {
    String motion = motionIdOf(event);
    String organization = referenceId(event.node, "organization", "organization_id", event.path, "organizations");
    if (motion != null && organization != null) {
      motionLegislature.putIfAbsent(motion, organization);
    }
  }

  private interface Element {
    void accept(ObjectNode element, String indexPath);
  }

  /** Each object of the array {@code name}; what is not an array, or not an object in it, is warned and skipped. */
  private void array(Item item, String name, Element each) {
    JsonNode list = item.node.get(name);
    if (list == null || list.isNull()) {
      return;
    }
    if (!list.isArray()) {
      warn(item.path + "." + name, "is " + describe(list) + ", an array was expected: not imported");
      return;
    }
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i) instanceof ObjectNode) {
        each.accept((ObjectNode) list.get(i), "[" + i + "]");
      } else {
        warn(item.path + "." + name + "[" + i + "]", "is " + describe(list.get(i)) + ", an object was expected: not imported");
      }
    }
  }

  private static String describe(JsonNode value) {
    if (value.isObject()) {
      return "an object";
    }
    if (value.isArray()) {
      return "an array";
    }
    if (value.isTextual()) {
      return "a string";
    }
    if (value.isNumber()) {
      return "a number";
    }
    return value.isBoolean() ? "a boolean" : "null";
  }

  // --- mapping ---

  private void map() {
    List<Item> allPosts = items.get("posts");
    for (int i = 0; i < allPosts.size(); i++) {
      at(allPosts.get(i), this::post);
    }
    mappedKinds.add("posts");
    items.get("organizations").forEach(i -> at(i, this::organization));
    items.get("areas").forEach(a -> at(a, i -> unmappedObject(i, "an area")));
    items.get("speeches").forEach(sp -> at(sp, i -> unmappedObject(i, "a speech")));
    items.get("contact_details").forEach(c -> at(c, i -> unmappedObject(i, "a contact detail")));
    items.get("events").forEach(i -> at(i, this::event));
    items.get("persons").forEach(i -> at(i, this::person));
    // By index: a membership's embedded person may embed memberships of its own, read after it.
    List<Item> memberships = items.get("memberships");
    for (int i = 0; i < memberships.size(); i++) {
      at(memberships.get(i), this::membership);
    }
    mappedKinds.add("memberships");
    items.get("vote_events").forEach(i -> at(i, this::noteMotion));
    items.get("motions").forEach(i -> at(i, this::motion));
    items.get("vote_events").forEach(i -> at(i, this::voteEvent));
    streamedVotes.forEach(i -> at(i, this::completeStreamedVote));
    List<Item> compared = new ArrayList<>();
    embeddedVoteEvents.forEach(
        (id, event) -> {
          if (!records.containsKey(id)) {
            at(event, e -> {
              noteMotion(e);
              voteEvent(e);
            });
          } else {
            compared.add(event);
          }
        });
    // Copies compared with the vote event kept: what a copy says that the kept one does not is warned.
    compared.addAll(voteEventCopies);
    compared.forEach(i -> at(i, e -> voteEvent(e, false)));
    orphans(votesByEvent, "vote");
    orphans(countsByEvent, "count");
    motionsOnVotes.values().forEach(i -> at(i, this::checkOnVotes));
  }

  /** A post given in the file: not a record, but what memberships that name it take their post and organization from. */
  private void post(Item post) {
    String raw = idText(post.node, "id", post.path);
    if (raw != null) {
      String id = id(raw, post.path + ".id");
      Item earlier = posts.get(id);
      if (earlier == null) {
        posts.put(id, post);
      } else if (earlier.reference && !samePost(earlier, post)) {
        // Only a post embedded in an embedded organization comes after memberships that took their post from a copy.
        warn(post.path, "post '" + id + "' differs from its embedded copy at " + earlier.path
            + ", which the memberships read before it took their post from and which is kept: this post is not kept");
      } else if (!earlier.reference && !samePost(earlier, post)) {
        warn(post.path, "a second post with id '" + id + "' differs from the first, which is kept: this one is not kept");
      }
    }
    warn(post.path, "a post is not a record of its own in Chancery: its label is the post of the memberships that name it");
    known(post, "posts", "id", "label", "organization_id", "organization", "memberships");
  }

  /** Whether a post says nothing its kept form does not: the same label and organization, where it gives them. */
  private static boolean samePost(Item kept, Item other) {
    for (String field : List.of("label", "organization_id")) {
      String said = text(other.node, field);
      if (said != null && !said.equals(text(kept.node, field))) {
        return false;
      }
    }
    JsonNode organization = other.node.get("organization");
    JsonNode keptOrganization = kept.node.get("organization");
    String said = organization instanceof ObjectNode ? text((ObjectNode) organization, "id") : null;
    String keptSaid = keptOrganization instanceof ObjectNode ? text((ObjectNode) keptOrganization, "id") : text(kept.node, "organization_id");
    return said == null || said.equals(keptSaid);
  }

  /**
   * A motion's result and requirement are kept on its votes: said so when it has none, or when
   * none of them has the motion's result.
   */
  private void checkOnVotes(Item motion) {
    String id = text(motion.node, "id") == null ? derivedId("motion", motion) : id(text(motion.node, "id"), motion.path + ".id");
    if (votesOfMotion == null) {
      votesOfMotion = new HashMap<>();
      records.values().stream().filter(Vote.class::isInstance).map(Vote.class::cast)
          .forEach(v -> votesOfMotion.computeIfAbsent(v.motion().id(), m -> new ArrayList<>()).add(v));
    }
    List<Vote> votes = votesOfMotion.getOrDefault(id, List.of());
    String result = scalar(motion, "result");
    if (votes.isEmpty()) {
      for (String onVotes : List.of("result", "requirement")) {
        String value = onVotes.equals("result") ? result : motionRule.get(id);
        if (value != null) {
          warn(motion.path + "." + onVotes, "a motion's " + onVotes + " is kept on its votes; the file holds no vote event of this motion,"
              + " so '" + value + "' is not mapped");
        }
      }
      return;
    }
    if (result == null) {
      return;
    }
    Optional<VoteResult> mapped = code(motion.path + ".result", result, PopoloReader::result);
    if (mapped.isPresent() && votes.stream().noneMatch(v -> v.result().equals(mapped))) {
      warn(motion.path + ".result", "a motion's result is kept on its votes, and no vote event of this motion has the result '" + result
          + "' (" + (votes.stream().allMatch(v -> v.result().isEmpty()) ? "they give none" : "they give another") + "): not mapped");
    }
  }

  private Map<String, List<Vote>> votesOfMotion;

  /** Votes or counts whose vote event was not imported, or is not in the file. */
  private <T> void orphans(Map<String, List<Separate<T>>> byEvent, String what) {
    byEvent.forEach(
        (event, separate) -> {
          currentSeq = separate.get(0).seq;
          warn(
              separate.get(0).path,
              (voteEventIds.contains(event) ? "vote event '" + event + "' is not imported, so its " : "the file holds no vote event '" + event + "': ")
                  + separate.size() + " " + what + "(s) given apart from it are not imported");
        });
    byEvent.clear();
  }

  private void organization(Item item) {
    ObjectNode node = item.node;
    String id = requiredId(item, "an organization");
    MultilingualText name = name(item, "an organization");
    if (id == null || name == null) {
      return;
    }
    String classification = scalar(item, "classification");
    String parent = referenceId(node, "parent", "parent_id", item.path, "organizations");
    boolean legislature = classification != null && LEGISLATURES.contains(classification.toLowerCase(Locale.ROOT));
    List<OtherName> others = otherNames(item);
    List<Identifier> identifiers = identifiers(item);
    List<Reference<Source>> sources = sources(item);
    known(item, "organizations", "@type", "id", "name", "other_names", "identifiers", "classification", "parent_id", "parent",
        "memberships", "posts", "sources", "abbreviation");
    if (legislature) {
      Legislature.Builder built = Legislature.builder().id(id).name(name).addAllOtherNames(others).addAllIdentifiers(identifiers).addAllSources(sources);
      legislatureKind(classification).ifPresent(built::kind);
      if (parent != null) {
        built.parent(Reference.to(parent));
      }
      put(item, built::build);
    } else {
      Organization.Builder built = Organization.builder().id(id).name(name).addAllOtherNames(others).addAllIdentifiers(identifiers).addAllSources(sources);
      if (classification != null) {
        code(item.path + ".classification", classification, PopoloReader::organizationKind).ifPresent(built::kind);
      }
      optionalText(item, "abbreviation").ifPresent(built::abbreviation);
      if (parent != null) {
        built.parent(Reference.to(parent));
      }
      put(item, built::build);
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

  static OrganizationKind organizationKind(String classification) {
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

  private void event(Item item) {
    event(item, null, null);
  }

  /**
   * An event that is a legislative period, session or sitting, as a session. An event embedded
   * where a session is expected ({@code legislative_session}) is of that kind, and of the
   * legislature of what embeds it, unless it says otherwise.
   */
  private void event(Item item, SessionKind expected, String legislature) {
    ObjectNode node = item.node;
    String classification = scalar(item, "classification");
    SessionKind kind = classification == null ? expected : SESSION_KINDS.get(classification.toLowerCase(Locale.ROOT));
    if (kind == null) {
      unmappedObject(item, "an event" + (classification == null ? " without classification" : " of classification '" + classification + "'")
          + " (only legislative periods, sessions and sittings are mapped, as sessions)");
      return;
    }
    String id = requiredId(item, "an event");
    String organization = referenceId(node, "organization", "organization_id", item.path, "organizations");
    if (organization == null) {
      organization = legislature;
    }
    if (id == null) {
      return;
    }
    if (organization == null) {
      warn(item.path, "a session without organization_id belongs to no legislature: not imported");
      return;
    }
    Session.Builder built = Session.builder().id(id).legislature(Reference.to(organization)).kind(kind);
    optionalText(item, "name").ifPresent(name -> built.name(MultilingualText.of(UNDETERMINED, name)));
    // A session has one identifier, without a scheme.
    List<String> identifiers = new ArrayList<>();
    array(
        item,
        "identifiers",
        (element, at) -> {
          String value = text(element, "identifier");
          if (value == null || !Violations.isSoundText(value)) {
            warn(item.path + ".identifiers" + at, "an identifier without a value: not imported");
          } else if (!identifiers.contains(value)) {
            identifiers.add(value);
          }
        });
    if (!identifiers.isEmpty()) {
      built.identifier(identifiers.get(0));
      if (identifiers.size() > 1) {
        warn(item.path + ".identifiers", "a session keeps one identifier, '" + identifiers.get(0) + "'; the other "
            + (identifiers.size() - 1) + " are not mapped");
      }
    }
    final String body = organization;
    String parent = referenceId(node, "parent", "parent_id", item.path, "events", i -> event(i, null, body));
    if (parent != null) {
      built.parent(Reference.to(parent));
    }
    dates(item, "start_date", "end_date", built::start, built::end);
    built.addAllSources(sources(item));
    if (!node.hasNonNull("name") && identifiers.isEmpty()) {
      built.identifier(id);
      warn(item.path, "a session needs a name or identifier; its id '" + id + "' is used as its identifier");
    }
    known(item, "events", "id", "name", "classification", "organization_id", "organization", "identifiers", "parent_id", "parent",
        "start_date", "end_date", "sources");
    put(item, built::build);
  }

  private void person(Item item) {
    String id = requiredId(item, "a person");
    MultilingualText name = name(item, "a person");
    if (id == null || name == null) {
      return;
    }
    Person.Builder built =
        Person.builder().id(id).name(name).addAllOtherNames(otherNames(item)).addAllIdentifiers(identifiers(item)).addAllSources(sources(item));
    known(item, "persons", "@type", "id", "name", "other_names", "identifiers", "memberships", "sources");
    put(item, built::build);
  }

  private void membership(Item item) {
    ObjectNode node = item.node;
    String parentId = null;
    String parentKind = null;
    if (item.parentId != null) {
      String[] parts = item.parentId.split("\u0000", 2);
      parentId = parts[0];
      parentKind = parts[1];
    }
    String person = referenceId(node, "person", "person_id", item.path, "persons");
    // Popolo's `member` is a person or an organization, as its @type says.
    String other = referenceId(node, "member", "member_id", item.path, "persons");
    if (person != null && other != null && !person.equals(other)) {
      warn(item.path + ".member", "the member '" + other + "' is not the person '" + person + "' the membership names: the person is kept");
    }
    String member = person != null ? person : other;
    if (member == null && "persons".equals(parentKind)) {
      member = id(parentId, item.path);
    }
    // The organization first: an embedded organization may hold the post the membership names.
    String organization = referenceId(node, "organization", "organization_id", item.path, "organizations");
    Item post = null;
    String postId = referenceId(node, "post", "post_id", item.path, "posts");
    if (postId != null) {
      post = posts.get(postId);
    } else if ("posts".equals(parentKind)) {
      post = posts.get(id(parentId, item.path));
    }
    if (organization == null && "organizations".equals(parentKind)) {
      organization = id(parentId, item.path);
    }
    if (organization == null && post != null) {
      organization = referenceId(post.node, "organization", "organization_id", post.path, "organizations");
      if (organization == null && post.parentId != null) {
        organization = id(post.parentId, post.path); // a post embedded in its organization
      }
    }
    if (member == null || organization == null) {
      warn(item.path, "a membership needs a member and an organization (directly or through its post): not imported");
      return;
    }
    String id = idText(node, "id", item.path);
    // Derived from the parent too: the same membership content in two persons is two memberships.
    String membershipId = id != null ? id(id, item.path + ".id")
        : item.parentId == null ? derivedId("membership", item) : "membership-" + hash(item.node + "\u0000" + item.parentId);
    Membership.Builder built = Membership.builder().id(membershipId).member(Reference.to(member)).organization(Reference.to(organization));
    optionalText(item, "role").ifPresent(built::role);
    Optional<String> own = optionalText(item, "label");
    Optional<String> label = post == null ? Optional.empty() : Optional.ofNullable(text(post.node, "label")).filter(Violations::isSoundText);
    if (label.isPresent() && own.isPresent() && !own.equals(label)) {
      warn(item.path + ".label", "the membership's label '" + own.get() + "' is not kept: its post's label '" + label.get() + "' is its post");
    }
    label.or(() -> own).ifPresent(built::post);
    if (post == null && postId != null && own.isEmpty()) {
      built.post(postId);
      warn(item.path + ".post_id", "the file holds no post '" + postId + "': its id is kept as the post");
    } else if (post == null && postId != null) {
      warn(item.path + ".post_id", "the file holds no post '" + postId + "': the membership's label is kept as the post");
    }
    String behalf = referenceId(node, "on_behalf_of", "on_behalf_of_id", item.path, "organizations");
    if (behalf != null) {
      built.onBehalfOf(Reference.to(behalf));
    }
    String body = organization;
    String period = referenceId(node, "legislative_period", "legislative_period_id", item.path, "events", i -> event(i, SessionKind.TERM, body));
    if (period != null) {
      built.session(Reference.to(period));
    }
    dates(item, "start_date", "end_date", built::start, built::end);
    built.addAllSources(sources(item));
    known(item, "memberships", "id", "person_id", "person", "member", "member_id", "organization_id", "organization", "post_id", "post", "role",
        "label", "on_behalf_of_id", "on_behalf_of", "legislative_period_id", "legislative_period", "start_date", "end_date", "sources");
    put(item, built::build);
  }

  private String motionIdOf(Item event) {
    JsonNode embedded = event.node.get("motion");
    if (embedded instanceof ObjectNode) {
      String id = idText((ObjectNode) embedded, "id", event.path + ".motion");
      return id != null ? id(id, event.path + ".motion.id") : derivedId("motion", new Item(event.path + ".motion", (ObjectNode) embedded, null));
    }
    String id = idText(event.node, "motion_id", event.path);
    return id == null ? null : id(id, event.path + ".motion_id");
  }

  private void motion(Item item) {
    ObjectNode node = item.node;
    String raw = idText(node, "id", item.path);
    String id = raw != null ? id(raw, item.path + ".id") : derivedId("motion", item);
    if (raw == null) {
      warn(item.path, "the motion has no id: it is read as '" + id + "', derived from its content");
    }
    String organization = referenceId(node, "organization", "organization_id", item.path, "organizations");
    if (organization == null) {
      organization = motionLegislature.get(id);
    }
    Optional<String> text = optionalText(item, "text");
    if (organization == null || text.isEmpty()) {
      warn(item.path, "a motion needs a text and an organization (its own or its vote events'): not imported");
      return;
    }
    Motion.Builder built = Motion.builder().id(id).legislature(Reference.to(organization)).title(MultilingualText.of(UNDETERMINED, text.get()));
    String classification = scalar(item, "classification");
    if (classification != null) {
      code(item.path + ".classification", classification, MotionKind::of).ifPresent(built::kind);
    }
    optionalText(item, "identifier").ifPresent(built::identifier);
    String creator = referenceId(node, "creator", "creator_id", item.path, "persons");
    if (creator != null) {
      built.addSponsor(Reference.to(creator));
    }
    date(item, "date").ifPresent(built::tabledOn);
    String body = organization;
    String session = referenceId(node, "legislative_session", "legislative_session_id", item.path, "events", i -> event(i, SessionKind.SESSION, body));
    if (session != null) {
      built.session(Reference.to(session));
    }
    built.addAllSources(sources(item));
    Put kept = put(item, built::build);
    String requirement = scalar(item, "requirement");
    if (kept != Put.DROPPED) {
      onVotes(item, id, requirement, kept == Put.REPLACED && !item.reference);
    }
    JsonNode events = node.get("vote_events");
    if (events != null && events.isArray()) {
      for (int i = 0; i < events.size(); i++) {
        JsonNode event = events.get(i);
        String path = item.path + ".vote_events[" + i + "]";
        if (event instanceof ObjectNode) {
          String eventId = text((ObjectNode) event, "id");
          if (eventId != null && voteEventIds.contains(id(eventId, path + ".id"))) {
            continue; // given in full in the file's vote events
          }
          ObjectNode copy = ((ObjectNode) event).deepCopy();
          copy.put("motion_id", id);
          voteEvent(new Item(path, copy, null));
        } else if (event.isTextual()) {
          String eventId = id(event.asText(), path);
          if (!voteEventIds.contains(eventId) && !embeddedVoteEvents.containsKey(eventId)) {
            warn(path, "the file holds no vote event '" + event.asText() + "' of this motion");
          }
        } else {
          warn(path, "is " + describe(event) + ", a vote event or its id was expected: not imported");
        }
      }
    } else if (events != null && !events.isNull()) {
      warn(item.path + ".vote_events", "is " + describe(events) + ", an array was expected: not imported");
    }
    known(item, "motions", "id", "organization_id", "organization", "text", "classification", "identifier", "creator_id", "creator",
        "date", "legislative_session_id", "legislative_session", "requirement", "result", "vote_events", "sources");
  }

  /**
   * Notes a motion's requirement and result, kept on its votes. The motion given in full ({@code
   * wins}) says them over a copy read before it; otherwise the first to say one keeps it. One that
   * differs from what is kept is warned where it is not kept.
   */
  private void onVotes(Item item, String id, String requirement, boolean wins) {
    Item before = motionsOnVotes.get(id);
    String result = text(item.node, "result");
    if (requirement != null) {
      String earlier = wins ? motionRule.put(id, requirement) : motionRule.putIfAbsent(id, requirement);
      if (earlier != null && !earlier.equals(requirement)) {
        if (wins && before != null) {
          warnAt(before.seq, before.path + ".requirement", "'" + earlier + "' differs from the requirement '" + requirement
              + "' of the motion given in full at " + item.path + ": not kept");
        } else {
          warn(item.path + ".requirement", "'" + requirement + "' differs from the requirement '" + earlier + "' kept for motion '" + id
              + "': not kept");
        }
      }
    }
    String earlierResult = before == null ? null : text(before.node, "result");
    if (result != null && earlierResult != null && !result.equals(earlierResult)) {
      if (wins) {
        warnAt(before.seq, before.path + ".result", "'" + earlierResult + "' differs from the result '" + result
            + "' of the motion given in full at " + item.path + ": not kept");
      } else {
        warn(item.path + ".result", "'" + result + "' differs from the result '" + earlierResult + "' kept for motion '" + id + "': not kept");
      }
    }
    boolean hasResult = item.node.hasNonNull("result"); // checked, and warned if not a text, with the votes
    if (requirement != null || hasResult) {
      if (wins && (before == null || hasResult || earlierResult == null)) {
        motionsOnVotes.put(id, item);
      } else {
        motionsOnVotes.putIfAbsent(id, item);
      }
    }
  }

  /** Maps a vote event; returns its id, or null when it names none (and is not imported). */
  private String voteEvent(Item item) {
    return voteEvent(item, true);
  }

  /**
   * Maps a vote event; {@code own} is false for a copy embedded in a vote, read only to compare it
   * with the vote event kept, which keeps the votes and counts given apart.
   */
  private String voteEvent(Item item, boolean own) {
    ObjectNode node = item.node;
    String raw = idText(node, "id", item.path);
    String id = raw != null ? id(raw, item.path + ".id") : derivedId("vote-event", item);
    if (raw == null) {
      warn(item.path, "the vote event has no id: it is read as '" + id + "', derived from its content, the same on every import");
    }
    String motion = motionIdOf(item);
    JsonNode embedded = node.get("motion");
    if (embedded instanceof ObjectNode && hasContent((ObjectNode) embedded)) {
      // A copy, as any embedded object: a motion given in full in the file wins over it.
      ObjectNode copy = ((ObjectNode) embedded).deepCopy();
      copy.put("id", motion);
      if (!copy.hasNonNull("organization_id") && node.hasNonNull("organization_id")) {
        copy.set("organization_id", node.get("organization_id"));
      }
      motion(new Item(item.path + ".motion", copy, null).asReference());
    }
    if (motion == null && !own && records.get(id) instanceof Vote) {
      motion = ((Vote) records.get(id)).motion().id(); // a copy that names no motion says nothing of it
    }
    if (motion == null) {
      motion = "motion-of-" + id;
      warn(item.path, "the vote event names no motion: its vote refers to motion '" + motion + "', which the file does not hold");
    }
    Vote.Builder built = Vote.builder().id(id).motion(Reference.to(motion));
    String organization = referenceId(node, "organization", "organization_id", item.path, "organizations");
    if (organization != null) {
      built.legislature(Reference.to(organization));
    }
    String body = organization;
    String session = referenceId(node, "legislative_session", "legislative_session_id", item.path, "events", i -> event(i, SessionKind.SESSION, body));
    if (session != null) {
      built.session(Reference.to(session));
    }
    optionalText(item, "identifier").ifPresent(built::identifier);
    Optional<PartialDate> start = date(item, "start_date");
    Optional<PartialDate> end = date(item, "end_date");
    start.ifPresent(built::date);
    if (end.isPresent() && start.isPresent() && end.get().isDefinitelyBefore(start.get())) {
      warn(item.path + ".end_date", "end_date " + end.get() + " is before start_date " + start.get() + "; the vote keeps start_date as its date");
    }
    if (end.isPresent()) {
      unmapped("vote_events", item.path + ".end_date", "end_date");
    }
    String result = scalar(item, "result");
    if (result != null) {
      code(item.path + ".result", result, PopoloReader::result).ifPresent(built::result);
    }
    String requirement = motionRule.get(motion);
    if (requirement != null) {
      code(motionsOnVotes.get(motion).path + ".requirement", requirement, VotingRule::of).ifPresent(built::rule);
    }
    List<Count> counts = new ArrayList<>();
    Set<List<Object>> counted = new HashSet<>();
    array(
        item,
        "counts",
        (count, at) -> {
          Item inner = new Item(item.path + ".counts" + at, count, null);
          inside(inner, id, "count");
          count(inner).ifPresent(c -> addCount(c, inner.path, item.seq, counts, counted));
        });
    List<Ballot> ballots = new ArrayList<>();
    Set<Reference<?>> voters = new HashSet<>();
    array(
        item,
        "votes",
        (vote, at) -> {
          Item inner = new Item(item.path + ".votes" + at, vote, null);
          inside(inner, id, "vote");
          ballot(inner).ifPresent(b -> addBallot(b, inner.path, item.seq, ballots, voters));
        });
    // Votes and counts the file gives apart, read so far (the rest complete it once the file is read).
    if (own) {
      separate(id, counts, counted, ballots, voters);
    }
    built.addAllCounts(counts).addAllBallots(ballots).addAllSources(sources(item));
    if (node.hasNonNull("group_results")) {
      unmapped("vote_events", item.path + ".group_results", "group_results");
    }
    known(item, "vote_events", "id", "organization_id", "organization", "legislative_session_id", "legislative_session", "identifier",
        "motion_id", "motion", "start_date", "end_date", "result", "counts", "votes", "group_results", "sources");
    put(item, built::build);
    return id;
  }

  /**
   * A vote or count given inside a vote event belongs to it: a {@code vote_event_id} (or embedded
   * {@code vote_event}) that names another is warned.
   */
  private void inside(Item inner, String event, String what) {
    String named = idText(inner.node, "vote_event_id", inner.path);
    String at = inner.path + ".vote_event_id";
    JsonNode embedded = inner.node.get("vote_event");
    if (named == null && embedded instanceof ObjectNode) {
      named = idText((ObjectNode) embedded, "id", inner.path + ".vote_event");
      at = inner.path + ".vote_event.id";
    }
    if (named != null && !id(named, at).equals(event)) {
      warn(at, "names vote event '" + named + "', but the " + what + " is given inside vote event '" + event + "': it is read as a "
          + what + " of '" + event + "'");
    }
  }

  /** Takes the votes and counts given apart from vote event {@code id} that have been read. */
  private void separate(String id, List<Count> counts, Set<List<Object>> counted, List<Ballot> ballots, Set<Reference<?>> voters) {
    for (Separate<Count> count : countsByEvent.getOrDefault(id, List.of())) {
      addCount(count.value, count.path, count.seq, counts, counted);
    }
    for (Separate<Ballot> ballot : votesByEvent.getOrDefault(id, List.of())) {
      addBallot(ballot.value, ballot.path, ballot.seq, ballots, voters);
    }
    countsByEvent.remove(id);
    votesByEvent.remove(id);
  }

  /**
   * What a vote event read before the rest of the file could not have: its motion's requirement
   * as its rule, and votes and counts the file gives apart from it after it.
   */
  private void completeStreamedVote(Item streamed) {
    String id = text(streamed.node, "id");
    ChanceryRecord record = records.get(id);
    if (!(record instanceof Vote)) {
      return; // not imported, and said so
    }
    Vote vote = (Vote) record;
    Vote completed = vote;
    String requirement = motionRule.get(vote.motion().id());
    // The rule is the motion's requirement as the file gives it in the end (the motion in full over a copy read before).
    if (requirement != null) {
      Optional<VotingRule> rule = code(motionsOnVotes.get(vote.motion().id()).path + ".requirement", requirement, VotingRule::of);
      if (rule.isPresent() && !vote.rule().equals(rule)) {
        completed = completed.withRule(rule.get());
      }
    }
    try {
      if (votesByEvent.containsKey(id) || countsByEvent.containsKey(id)) {
        List<Ballot> ballots = new ArrayList<>(vote.ballots());
        Set<Reference<?>> voters = new HashSet<>();
        ballots.forEach(b -> b.voter().ifPresent(voters::add));
        List<Count> counts = new ArrayList<>(vote.counts());
        Set<List<Object>> counted = new HashSet<>();
        counts.forEach(c -> counted.add(List.of(c.option(), c.group())));
        separate(id, counts, counted, ballots, voters);
        completed = completed.withBallots(ballots).withCounts(counts);
      }
      records.put(id, completed);
    } catch (ValidationException e) {
      warn(streamed.path, "the votes and counts given apart from vote event '" + id + "' are not imported: " + messages(e));
    }
  }

  /** Adds a count, unless its option (for its group) is already counted in the vote event, which is warned. */
  private void addCount(Count c, String path, int seq, List<Count> counts, Set<List<Object>> counted) {
    if (!counted.add(List.of(c.option(), c.group()))) {
      int saved = currentSeq;
      currentSeq = seq;
      warn(path, "option '" + c.option() + "'" + c.group().map(g -> " of group '" + g + "'").orElse("")
          + " is already counted in this vote event; this second count (" + c.value() + ") is not imported");
      currentSeq = saved;
    } else {
      counts.add(c);
    }
  }

  /** Adds a ballot, unless its voter already voted in the vote event, which is warned. */
  private void addBallot(Ballot b, String path, int seq, List<Ballot> ballots, Set<Reference<?>> voters) {
    if (b.voter().isPresent() && !voters.add(b.voter().get())) {
      int saved = currentSeq;
      currentSeq = seq;
      warn(path, "voter '" + b.voter().get() + "' already has a vote in this vote event; this second vote ('" + b.option() + "') is not imported");
      currentSeq = saved;
    } else {
      ballots.add(b);
    }
  }

  static VoteResult result(String popolo) {
    switch (popolo) {
      case "pass":
        return VoteResult.ADOPTED;
      case "fail":
        return VoteResult.REJECTED;
      default:
        return VoteResult.of(popolo);
    }
  }

  private Optional<Count> count(Item item) {
    ObjectNode node = item.node;
    JsonNode value = node.get("value");
    String option = scalar(item, "option");
    // Exactly, as a BigInteger: asLong() would wrap 18446744073709551617 round to 1.
    java.math.BigInteger whole = value != null && value.isNumber() && value.canConvertToExactIntegral() ? value.decimalValue().toBigInteger() : null;
    if (option == null || whole == null || whole.signum() < 0) {
      warn(item.path, "a count needs an option and a whole value of zero or more: not imported");
      return Optional.empty();
    }
    if (whole.compareTo(java.math.BigInteger.valueOf(Integer.MAX_VALUE)) > 0) {
      warn(item.path, "the value " + whole + " is out of range (a count holds at most " + Integer.MAX_VALUE + "): not imported");
      return Optional.empty();
    }
    Optional<VoteOption> parsed = code(item.path + ".option", option, VoteOption::of);
    if (parsed.isEmpty()) {
      return Optional.empty();
    }
    Count count = Count.of(parsed.get(), whole.intValue());
    String group = groupOf(item);
    known(item, "counts", "option", "value", "group_id", "group", "party_id", "party", "vote_event_id", "vote_event");
    return Optional.of(group == null ? count : count.withGroup(Reference.to(group)));
  }

  /** A vote's or count's group, else its party (which exports give instead); a party beside another group is warned. */
  private String groupOf(Item item) {
    String group = referenceId(item.node, "group", "group_id", item.path, "organizations");
    String party = referenceId(item.node, "party", "party_id", item.path, "organizations");
    if (group != null && party != null && !group.equals(party)) {
      warn(item.path + (item.node.hasNonNull("party_id") ? ".party_id" : ".party"),
          "the party '" + party + "' is not kept: the group '" + group + "' is, and there is room for one");
    }
    return group != null ? group : party;
  }

  private Optional<Ballot> ballot(Item item) {
    ObjectNode node = item.node;
    String option = scalar(item, "option");
    if (option == null) {
      warn(item.path, "a vote needs an option: not imported");
      return Optional.empty();
    }
    Optional<VoteOption> parsed = code(item.path + ".option", option, VoteOption::of);
    if (parsed.isEmpty()) {
      return Optional.empty();
    }
    Ballot ballot;
    JsonNode voter = node.get("voter");
    if (voter instanceof ObjectNode && !((ObjectNode) voter).hasNonNull("id") && ((ObjectNode) voter).hasNonNull("name")
        && idText(node, "voter_id", item.path) == null) {
      // A voter by name; with a voter_id, the embedded voter is the one it names, read as any embedded object.
      JsonNode name = voter.get("name");
      if (!name.isValueNode() || !Violations.isSoundText(name.asText())) {
        warn(item.path + ".voter.name", (name.isValueNode() ? "'" + name.asText() + "' is not a name" : "is " + describe(name) + ", a name was expected")
            + ": the vote has no voter and is not imported");
        return Optional.empty();
      }
      ballot = Ballot.byName(name.asText(), parsed.get());
    } else {
      String voterId = referenceId(node, "voter", "voter_id", item.path, "persons");
      if (voterId == null) {
        warn(item.path, "a vote needs a voter: not imported");
        return Optional.empty();
      }
      ballot = Ballot.of(Reference.to(voterId), parsed.get());
    }
    String group = groupOf(item);
    if (group != null) {
      ballot = ballot.withGroup(Reference.to(group));
    }
    Optional<String> role = optionalText(item, "role");
    if (role.isPresent()) {
      ballot = ballot.withRole(role.get());
    }
    JsonNode weight = node.get("weight");
    if (weight != null && !weight.isNull() && !weight.isNumber()) {
      warn(item.path + ".weight", "is " + describe(weight) + ", a number was expected: not kept");
    } else if (weight != null && weight.isNumber() && !weight.isBigDecimal() && !Double.isFinite(weight.doubleValue())) {
      warn(item.path + ".weight", "the weight " + weight.asText() + " is out of range: not kept");
    } else if (weight != null && weight.isNumber()) {
      if (weight.decimalValue().signum() > 0) {
        ballot = ballot.withWeight(weight.decimalValue());
      } else {
        warn(item.path + ".weight", "a weight must be above zero, was " + weight.asText() + ": not kept");
      }
    }
    String pair = referenceId(node, "pair", "pair_id", item.path, "persons");
    if (pair != null && !ballot.voter().filter(v -> v.id().equals(pair)).isPresent()) {
      ballot = ballot.withPair(Reference.to(pair));
    }
    known(item, "votes", "vote_event_id", "vote_event", "voter_id", "voter", "option", "group_id", "group", "party_id", "party", "role", "weight",
        "pair_id", "pair");
    return Optional.of(ballot);
  }

  // --- parts ---

  private MultilingualText name(Item item, String what) {
    Optional<String> name = optionalText(item, "name");
    if (name.isEmpty()) {
      warn(item.path, what + " without a name: not imported");
      return null;
    }
    return MultilingualText.of(UNDETERMINED, name.get());
  }

  private List<OtherName> otherNames(Item item) {
    List<OtherName> names = new ArrayList<>();
    array(
        item,
        "other_names",
        (element, at) -> {
          String path = item.path + ".other_names" + at;
          Optional<String> name = Optional.ofNullable(text(element, "name")).filter(Violations::isSoundText);
          if (name.isEmpty()) {
            warn(path, "an other name without a name: not imported");
            return;
          }
          OtherName.Builder built = OtherName.builder().name(name.get());
          Item part = new Item(path, element, null);
          Optional<String> note = optionalText(part, "note");
          String lang = scalar(part, "lang");
          if (lang != null) {
            Optional<LanguageTag> tag = languageTag(lang);
            if (tag.isPresent()) {
              built.language(tag.get());
              if (!tag.get().toString().equals(lang)) {
                warn(path + ".lang", "'" + lang + "' is not a well-formed BCP 47 tag; read as '" + tag.get() + "'");
              }
            } else {
              warn(path + ".lang", "'" + lang + "' is not a BCP 47 language tag and cannot be repaired; it is kept in the note");
              note = Optional.of(note.map(n -> n + "; ").orElse("") + "lang: " + lang);
            }
          }
          note.ifPresent(built::note);
          dates(part, "start_date", "end_date", built::start, built::end);
          for (String component : List.of("family_name", "given_name", "additional_name", "honorific_prefix", "honorific_suffix", "patronymic_name")) {
            if (element.hasNonNull(component)) {
              unmapped("other_names", path + "." + component, component);
            }
          }
          names.add(built.build());
        });
    List<OtherName> distinct = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      if (distinct.contains(names.get(i))) {
        warn(item.path + ".other_names", "an other name is given twice: '" + names.get(i) + "' is kept once");
      } else {
        distinct.add(names.get(i));
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

  private List<Identifier> identifiers(Item item) {
    List<Identifier> found = new ArrayList<>();
    array(
        item,
        "identifiers",
        (element, at) -> {
          String path = item.path + ".identifiers" + at;
          String value = text(element, "identifier");
          String scheme = text(element, "scheme");
          if (value == null) {
            warn(path, "an identifier without a value: not imported");
            return;
          }
          if (scheme == null) {
            scheme = "popolo";
            warn(path, "an identifier without a scheme is kept under the scheme 'popolo'");
          }
          try {
            Identifier identifier = Identifier.of(scheme, value);
            if (!found.contains(identifier)) {
              found.add(identifier);
            }
          } catch (ValidationException e) {
            warn(path, "the identifier is not imported: " + messages(e));
          }
        });
    return found;
  }

  private List<Reference<Source>> sources(Item item) {
    List<Reference<Source>> found = new ArrayList<>();
    array(
        item,
        "sources",
        (element, at) -> {
          String path = item.path + ".sources" + at;
          String url = text(element, "url");
          if (url == null) {
            warn(path, "a source without a url: not imported");
            return;
          }
          String id = "source-" + hash(url);
          if (!records.containsKey(id)) {
            try {
              Source.Builder built = Source.builder().id(id).url(URI.create(url));
              Optional.ofNullable(text(element, "note")).filter(Violations::isSoundText).ifPresent(n -> built.title(MultilingualText.of(UNDETERMINED, n)));
              records.put(id, built.build());
            } catch (IllegalArgumentException e) {
              warn(path + ".url", "'" + url + "' is not an absolute http or https URL: the source is not imported");
              return;
            }
          }
          if (!found.contains(Reference.<Source>to(id))) {
            found.add(Reference.to(id));
          }
        });
    return found;
  }

  // --- values ---

  private static String text(ObjectNode node, String name) {
    JsonNode value = node.get(name);
    return value == null || value.isNull() || !value.isValueNode() ? null : value.asText();
  }

  /** The id a field names; an object or array there is warned (at {@code path.name}) and names nothing. */
  private String idText(ObjectNode node, String name, String path) {
    JsonNode value = node.get(name);
    if (value != null && (value.isObject() || value.isArray())) {
      warn(path + "." + name, "is " + describe(value) + ", an id (a text) was expected: "
          + (name.equals("id") ? "the object is read as one without an id" : "the reference is not kept"));
      return null;
    }
    return text(node, name);
  }

  /** A field that holds a text, a number or a boolean; an object or array there is warned and not kept. */
  private String scalar(Item item, String name) {
    JsonNode value = item.node.get(name);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isValueNode()) {
      warn(item.path + "." + name, "is " + describe(value) + ", a text was expected: not kept");
      return null;
    }
    return value.asText();
  }

  private Optional<String> optionalText(Item item, String name) {
    JsonNode value = item.node.get(name);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (!value.isValueNode() || !Violations.isSoundText(value.asText())) {
      warn(item.path + "." + name, "is not a text: not kept");
      return Optional.empty();
    }
    return Optional.of(value.asText());
  }

  private Optional<PartialDate> date(Item item, String name) {
    String raw = scalar(item, name);
    if (raw == null) {
      return Optional.empty();
    }
    for (String candidate : List.of(raw, raw.trim().replace(' ', 'T'))) {
      try {
        return Optional.of(PartialDate.parse(candidate));
      } catch (ValidationException e) {
        // try the next repair
      }
    }
    warn(item.path + "." + name, "'" + raw + "' is not a date: not kept");
    return Optional.empty();
  }

  private void dates(Item item, String startName, String endName, Consumer<PartialDate> start, Consumer<PartialDate> end) {
    Optional<PartialDate> from = date(item, startName);
    Optional<PartialDate> until = date(item, endName);
    from.ifPresent(start);
    if (until.isPresent() && from.isPresent() && until.get().isDefinitelyBefore(from.get())) {
      warn(item.path + "." + endName, endName + " " + until.get() + " is before " + startName + " " + from.get() + ": the end is not kept");
      return;
    }
    until.ifPresent(end);
  }

  private <C> Optional<C> code(String path, String raw, java.util.function.Function<String, C> of) {
    try {
      return Optional.of(of.apply(raw));
    } catch (ValidationException e) {
      warn(path, "'" + raw + "' cannot be kept as a code: " + messages(e));
      return Optional.empty();
    }
  }

  // --- ids and references ---

  private String requiredId(Item item, String what) {
    String raw = scalar(item, "id");
    if (raw == null) {
      warn(item.path, what + " without an id: not imported");
      return null;
    }
    return id(raw, item.path + ".id");
  }

  /** An id as published, or, when it is not a Chancery id (spaces, control characters), repaired and said so once. */
  private String id(String raw, String path) {
    if (Violations.idProblem(raw) == null) {
      return raw;
    }
    String repaired = Normalizer.normalize(raw.trim(), Normalizer.Form.NFC).replaceAll("[\\s\\p{Cc}\\p{Cf}\\p{Z}]+", "-");
    if (repaired.isEmpty()) {
      repaired = "id-" + hash(raw);
    }
    if (repaired.length() > Violations.MAX_ID_LENGTH) {
      repaired = repaired.substring(0, Violations.MAX_ID_LENGTH - 13) + "-" + hash(raw);
    }
    if (Violations.idProblem(repaired) != null) {
      repaired = "id-" + hash(raw); // broken Unicode, or nothing left to keep
    }
    if (repairedIds.add(raw)) {
      warn(path, "'" + raw + "' is not a Chancery id (" + Violations.idProblem(raw) + "): read as '" + repaired + "' here and wherever it is referred to");
    }
    return repaired;
  }

  /**
   * The id a reference names, given as {@code x_id} or as an embedded object {@code x}; an
   * embedded object is also read as an object of its own kind ({@code @type} or its fields say
   * whether a voter or member is an organization). An embedded object without an id is given one
   * derived from its content, and said so.
   */
  private String referenceId(ObjectNode node, String embedded, String idName, String path, String kind) {
    return referenceId(node, embedded, idName, path, kind, null);
  }

  /** As above; {@code mapping}, when given, maps the embedded object instead of the kind's own mapping. */
  private String referenceId(ObjectNode node, String embedded, String idName, String path, String kind, Consumer<Item> mapping) {
    JsonNode object = node.get(embedded);
    String byId = idText(node, idName, path);
    if (object != null && !object.isNull() && !(object instanceof ObjectNode)) {
      warn(path + "." + embedded, "is " + describe(object) + ", an embedded object was expected: not kept");
    }
    if (!(object instanceof ObjectNode)) {
      return byId == null ? null : id(byId, path + "." + idName);
    }
    ObjectNode inner = (ObjectNode) object;
    String actual = embeddedKind(inner, kind);
    String raw = idText(inner, "id", path + "." + embedded);
    String id;
    ObjectNode content = inner;
    if (raw == null && byId != null) {
      // {"voter_id": "ann", "voter": {"name": "Ann"}}: the embedded object is the one the id names.
      id = id(byId, path + "." + idName);
      content = inner.deepCopy().put("id", id);
    } else if (raw == null) {
      id = derivedId(DERIVED_PREFIXES.getOrDefault(actual, "object"), new Item(path + "." + embedded, inner, null));
      if (!records.containsKey(id) && derivedWarned.add(id)) {
        warn(path + "." + embedded, "the embedded object has no id: it is read as '" + id + "', derived from its content");
      }
      content = inner.deepCopy().put("id", id);
    } else {
      id = id(raw, path + "." + embedded + ".id");
    }
    if (raw != null && byId != null && !id(byId, path + "." + idName).equals(id)) {
      warn(path + "." + idName, idName + " '" + byId + "' and the embedded " + embedded + " '" + id + "' disagree: the embedded object is kept");
    }
    // Read even when the object is already known, to compare: a copy that differs is warned.
    if (hasContent(inner)) {
      Item item = new Item(path + "." + embedded, content, null).asReference();
      if (mapping != null && actual.equals(kind)) {
        mapping.accept(item);
      } else {
        mapEmbedded(actual, id, item);
      }
    }
    return id;
  }

  /** Whether an embedded object says more than its id (and type). */
  private static boolean hasContent(ObjectNode inner) {
    for (java.util.Iterator<String> names = inner.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!name.equals("id") && !name.equals("@type") && !inner.get(name).isNull()) {
        return true;
      }
    }
    return false;
  }

  private static final Map<String, String> DERIVED_PREFIXES =
      Map.of("organizations", "group", "persons", "person", "events", "session", "posts", "post", "vote_events", "vote-event", "motions", "motion");
  private final Set<String> derivedWarned = new HashSet<>();
  /** Vote events given only embedded in votes, mapped once the file is read if no vote event of that id is in it. */
  private final Map<String, Item> embeddedVoteEvents = new LinkedHashMap<>();
  /** Later copies of those, each different from the first and from one another, compared with the vote event kept. */
  private final List<Item> voteEventCopies = new ArrayList<>();
  private final Set<JsonNode> voteEventCopyNodes = new HashSet<>();

  private void mapEmbedded(String kind, String id, Item item) {
    switch (kind) {
      case "organizations":
        organization(item);
        break;
      case "persons":
        person(item);
        break;
      case "posts":
        Item earlier = posts.get(id);
        if (earlier == null) {
          posts.put(id, item);
        } else if (!samePost(earlier, item)) {
          warn(item.path, "this embedded copy of post '" + id + "' differs from " + (earlier.reference ? "the copy at " + earlier.path : "the post given in full")
              + ", which is kept: this copy is not kept");
        }
        break;
      case "events":
        event(item, null, null);
        break;
      case "vote_events":
        Item first = embeddedVoteEvents.putIfAbsent(id, item);
        if (first != null && !first.node.equals(item.node) && voteEventCopyNodes.add(item.node)) {
          voteEventCopies.add(item);
        }
        break;
      default:
        // a motion embedded in a vote event is mapped by the vote event
    }
    // What the embedded object embeds in turn (a voter's memberships) is read too.
    if (kind.equals("persons") || kind.equals("organizations") || kind.equals("posts")) {
      String parent = id + "\u0000" + kind;
      array(item, "memberships", (element, at) -> nested("memberships", item.path + ".memberships" + at, element, parent));
    }
    if (kind.equals("organizations")) {
      array(item, "posts", (element, at) -> nested("posts", item.path + ".posts" + at, element, id));
    }
  }

  /**
   * A membership or post embedded in an embedded object: queued with the others of its kind, or,
   * when those have all been mapped, mapped at once. Its warnings stand where its container is.
   */
  private void nested(String kind, String path, ObjectNode element, String parentId) {
    if (!nestedPaths.add(path)) {
      return; // its container read twice (a vote event's organization, for its motion and for itself)
    }
    Item item = new Item(path, element, parentId);
    if (!mappedKinds.contains(kind)) {
      items.get(kind).add(item);
    } else if (kind.equals("posts")) {
      at(item, this::post);
    } else {
      at(item, this::membership);
    }
    if (kind.equals("posts")) {
      // After the post, so that its memberships, if mapped at once, find it.
      String raw = text(element, "id");
      String parent = raw == null ? null : raw + "\u0000posts";
      array(item, "memberships", (inner, at) -> nested("memberships", path + ".memberships" + at, inner, parent));
    }
  }

  /** A voter or member given as an embedded object is an organization when it says so, or has an organization's fields. */
  private static String embeddedKind(ObjectNode inner, String kind) {
    String type = text(inner, "@type");
    if ("Organization".equalsIgnoreCase(type)) {
      return "organizations";
    }
    if ("Person".equalsIgnoreCase(type)) {
      return "persons";
    }
    if (kind.equals("persons") && has(inner, "classification", "founding_date", "dissolution_date", "parent_id", "parent", "abbreviation")) {
      return "organizations";
    }
    return kind;
  }

  private String derivedId(String prefix, Item item) {
    String name = text(item.node, "name");
    String seed = name != null ? name : item.node.toString();
    return prefix + "-" + hash(seed);
  }

  private static String hash(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      StringBuilder hex = new StringBuilder();
      for (int i = 0; i < 6; i++) {
        hex.append(String.format("%02x", digest[i]));
      }
      return hex.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  // --- records and warnings ---

  /** What became of a record put: the first of its id, kept instead of an earlier one, saying nothing new, or not kept. */
  private enum Put {
    FIRST,
    REPLACED,
    SAME,
    DROPPED
  }

  /**
   * Keeps a record, or says why not. An object given in full wins over a copy embedded in a
   * reference (often in part), and a copy that says more than an earlier copy wins over it; a
   * copy or second object that says what the record kept does not is warned and not kept.
   */
  private Put put(Item item, java.util.function.Supplier<? extends ChanceryRecord> build) {
    ChanceryRecord record;
    try {
      record = build.get();
    } catch (ValidationException e) {
      warn(item.path, "not imported: " + messages(e));
      return Put.DROPPED;
    }
    String id = record.id();
    ChanceryRecord earlier = records.get(id);
    if (earlier == null) {
      records.put(id, record);
      if (item.reference) {
        fromReferences.put(id, new Copy(item.path, currentSeq));
      }
      return Put.FIRST;
    }
    Copy copy = fromReferences.get(id);
    if (!item.reference && copy != null) {
      records.put(id, record);
      fromReferences.remove(id);
      if (!says(record, earlier)) {
        warnAt(copy.seq, copy.path, "this embedded copy of '" + id + "' differs from the object given in full at " + item.path
            + ", which is kept: the copy is not kept");
      }
      return Put.REPLACED;
    }
    if (!item.reference) {
      if (earlier.equals(record)) {
        return Put.SAME;
      }
      warn(item.path, "a second object with id '" + id + "' differs from the first, which is kept: this one is not imported");
      return Put.DROPPED;
    }
    if (says(earlier, record)) {
      return Put.SAME;
    }
    if (copy != null && says(record, earlier)) {
      records.put(id, record); // a later copy that says all an earlier one does, and more
      fromReferences.put(id, new Copy(item.path, currentSeq));
      return Put.REPLACED;
    }
    warn(item.path, "this embedded copy of '" + id + "' differs from " + (copy != null ? "the copy at " + copy.path : "the object given in full")
        + ", which is kept: this copy is not kept");
    return Put.DROPPED;
  }

  private static final ObjectMapper WIRE = io.github.chancery.json.ChanceryJson.strict().mapper();

  /**
   * Whether {@code kept} says everything {@code copy} does, compared on Chancery's JSON form of
   * both. The record type is not compared: an embedded voter or member without {@code @type} or
   * classification is read as a person or plain organization, a guess its full object settles.
   */
  private static boolean says(ChanceryRecord kept, ChanceryRecord copy) {
    if (kept.equals(copy)) {
      return true;
    }
    ObjectNode copied = WIRE.valueToTree(copy);
    copied.remove("type");
    return contains(WIRE.valueToTree(kept), copied);
  }

  private static boolean contains(JsonNode kept, JsonNode copy) {
    if (kept == null) {
      return false;
    }
    if (copy.isObject()) {
      if (!kept.isObject()) {
        return false;
      }
      for (Map.Entry<String, JsonNode> field : copy.properties()) {
        if (!contains(kept.get(field.getKey()), field.getValue())) {
          return false;
        }
      }
      return true;
    }
    if (copy.isArray()) {
      if (!kept.isArray()) {
        return false;
      }
      for (JsonNode element : copy) {
        boolean found = false;
        for (JsonNode candidate : kept) {
          found |= contains(candidate, element);
        }
        if (!found) {
          return false;
        }
      }
      return true;
    }
    return kept.equals(copy);
  }

  private static String messages(ValidationException e) {
    List<String> parts = new ArrayList<>();
    for (Violation violation : e.violations()) {
      parts.add((violation.path().isEmpty() ? "" : violation.path() + ": ") + violation.message());
    }
    return String.join("; ", parts);
  }

  private void known(Item item, String kind, String... mapped) {
    Set<String> names = Set.of(mapped);
    item.node.fieldNames().forEachRemaining(
        field -> {
          // @type is what the object is read as, so it is mapped wherever it stands.
          if (!names.contains(field) && !field.equals("@type") && !item.node.get(field).isNull()) {
            unmapped(kind, item.path + "." + field, field);
          }
        });
  }

  private void unmapped(String kind, String path, String field) {
    String key = kind + "\u0000" + field;
    unmapped.computeIfAbsent(key, k -> new int[1])[0]++;
    unmappedFirst.putIfAbsent(key, path);
  }

  private void unmappedObject(Item item, String what) {
    warn(item.path, what + " has no Chancery record: not imported");
  }

  /** A warning placed at {@code seq} in the file's order, not the object being mapped. */
  private void warnAt(int seq, String path, String message) {
    int saved = currentSeq;
    currentSeq = seq;
    warn(path, message);
    currentSeq = saved;
  }

  private void warn(String path, String message) {
    if (!warned.add(path + "\u0000" + message)) {
      return; // the same object read twice (an embedded reference met again)
    }
    warnings.add(PopoloWarning.of(path, message));
    warningSeqs.add(new int[] {currentSeq, warningSeqs.size()});
  }

  private static ChanceryJsonException failure(JsonRule rule, String path, String message) {
    return new ChanceryJsonException(List.of(JsonProblem.of(rule, path, message, null)));
  }

  private static Map<String, SessionKind> sessionKinds() {
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
