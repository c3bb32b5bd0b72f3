package io.github.chancery.popolo;

import io.github.chancery.core.actor.ContactDetail;
import io.github.chancery.core.actor.Membership;
import io.github.chancery.core.actor.Person;
import io.github.chancery.core.actor.State;
import io.github.chancery.core.dossier.Dossier;
import io.github.chancery.core.legislature.Legislature;
import io.github.chancery.core.legislature.Motion;
import io.github.chancery.core.legislature.Session;
import io.github.chancery.core.model.Shapes;
import io.github.chancery.core.record.Actor;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.record.OtherName;
import io.github.chancery.core.record.Property;
import io.github.chancery.core.record.RecordType;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.record.Shape;
import io.github.chancery.core.source.Source;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.vote.Ballot;
import io.github.chancery.core.vote.Vote;
import io.github.chancery.popolo.PopoloWriter.DateField;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What an export did with each record, for {@link PopoloExport}: the records {@link PopoloWriter}
 * wrote, the others with their reason, and the fields of written records that the document leaves
 * out or gives in part. A field the writer does not write at all is found from the record's shape,
 * so that a field added to the model is reported until the writer writes it; what it writes in
 * part is checked here, in step with the writer and with docs/popolo.md.
 *
 * <p>Not thread-safe: used once, for one export.
 */
final class ExportLedger {
  /** Each written type's fields that the writer writes, in whole or in part (the partial ones checked below). */
  private static final Map<RecordType, Set<String>> WRITTEN = new EnumMap<>(RecordType.class);

  static {
    Set<String> actor = Set.of("id", "name", "other_names", "identifiers", "source_ids");
    WRITTEN.put(RecordType.PERSON, union(actor, Set.of("given_name", "family_name", "additional_name", "patronymic_name",
        "honorific_prefix", "honorific_suffix", "sort_name", "birth_date", "death_date", "gender", "email", "image",
        "contact_details", "links")));
    WRITTEN.put(RecordType.ORGANIZATION, union(actor, Set.of("kind", "abbreviation", "parent_id")));
    WRITTEN.put(RecordType.LEGISLATURE, union(actor, Set.of("kind", "parent_id")));
    WRITTEN.put(RecordType.STATE, union(actor, Set.of("country_code", "start", "end")));
    WRITTEN.put(RecordType.MEMBERSHIP, Set.of("id", "member_id", "organization_id", "role", "post", "on_behalf_of_id",
        "session_id", "start", "end", "source_ids"));
    WRITTEN.put(RecordType.SESSION, Set.of("id", "legislature_id", "kind", "name", "identifier", "parent_id", "start", "end",
        "source_ids"));
    WRITTEN.put(RecordType.MOTION, Set.of("id", "legislature_id", "session_id", "kind", "identifier", "title", "sponsor_ids",
        "tabled_on", "source_ids"));
    WRITTEN.put(RecordType.VOTE, Set.of("id", "motion_id", "result", "legislature_id", "session_id", "identifier", "date",
        "rule", "counts", "ballots", "source_ids"));
  }

  /** Why a field the writer does not write at all is not written, where there is more to say than that. */
  private static final Map<String, String> NOT_WRITTEN_BECAUSE =
      Map.of(
          "session identifiers", "not written: only the session's identifier is written, as the event's one identifier",
          "motion text", "not written: Popolo's motion text holds the title");

  private static final String DATE_ONLY = "written as a date only: Popolo's field takes no time of day";
  private static final String DATE_OR_OFFSET_TIME =
      "written as Popolo's date pattern allows, without a local time of day, a fraction of a second, a time-zone id"
          + " or an offset's seconds";
  private static final String DATE_TIME = "written as an RFC 3339 date-time, without a time-zone id or an offset's seconds";
  private static final String ONE_LANGUAGE = "written in one language: the und text, else the first";

  private final Dossier dossier;
  /** The lost fields by type, then by field, each with the field's place for the order of the report. */
  private final Map<RecordType, Map<String, Lost>> lost = new EnumMap<>(RecordType.class);
  /** Each motion's requirement as written, by id, computed once per motion. */
  private final Map<String, Optional<String>> requirements = new HashMap<>();
  /** The record being checked, so that a field lost in several of its parts counts it once. */
  private ChanceryRecord current;

  private ExportLedger(Dossier dossier) {
    this.dossier = dossier;
  }

  /**
   * Says what an export of the dossier did with each record.
   *
   * @param dossier the dossier exported
   * @param written the ids of the records the writer wrote, in the order of the document
   * @return the export's account
   */
  static PopoloExport of(Dossier dossier, List<String> written) {
    ExportLedger ledger = new ExportLedger(dossier);
    Set<String> writtenIds = new HashSet<>(written);
    Map<RecordType, Integer> byType = new EnumMap<>(RecordType.class);
    for (String id : written) {
      ChanceryRecord record = dossier.get(id).orElseThrow();
      byType.merge(record.recordType(), 1, Integer::sum);
      ledger.fieldsOf(record);
    }
    List<PopoloOmission> notWritten = new ArrayList<>();
    for (ChanceryRecord record : dossier.records()) {
      if (!writtenIds.contains(record.id())) {
        notWritten.add(PopoloOmission.of(record.id(), record.recordType(), ledger.reason(record, writtenIds)));
      }
    }
    List<PopoloLostField> lostFields = new ArrayList<>();
    ledger.lost.forEach(
        (type, fields) ->
            fields.values().stream()
                .sorted((a, b) -> Double.compare(a.place, b.place))
                .forEach(f -> lostFields.add(PopoloLostField.of(type, f.field, f.records, f.reason))));
    return new PopoloExport(written, byType, notWritten, lostFields);
  }

  /** Why a record was not written. */
  private String reason(ChanceryRecord record, Set<String> writtenIds) {
    RecordType type = record.recordType();
    if (type == RecordType.SOURCE) {
      Source source = (Source) record;
      if (source.url().isEmpty()) {
        return "Popolo has no object for a source, and gives sources only as links: a source without a URL is not written";
      }
      long citing =
          dossier.supportedBy(Reference.to(source.id())).stream().filter(r -> writtenIds.contains(r.id())).count();
      if (citing == 0) {
        return "Popolo has no object for a source, and gives its URL and title only in the sources of the records that"
            + " cite it: no record written cites it";
      }
      return "Popolo has no object for a source: its URL and title are written in the sources of "
          + (citing == 1 ? "the record that cites it" : "the " + citing + " records that cite it");
    }
    String reason = "Popolo has no object for " + article(type) + " " + words(type, false);
    if (type == RecordType.DISPUTED_ENTITY
        && dossier.all(Membership.class).stream().anyMatch(m -> m.member().id().equals(record.id()))) {
      reason += ": the memberships that name it as member give only its id, as an organization's";
    }
    return reason;
  }

  /** Notes the fields of a written record that the document leaves out or gives in part. */
  @SuppressWarnings("unchecked")
  private void fieldsOf(ChanceryRecord record) {
    current = record;
    RecordType type = record.recordType();
    Shape<ChanceryRecord> shape = (Shape<ChanceryRecord>) (Shape<?>) Shapes.of(type);
    Set<String> written = WRITTEN.getOrDefault(type, Set.of());
    for (Property<ChanceryRecord, ?> property : shape.properties()) {
      String name = property.name();
      if (!written.contains(name) && !property.values(record).isEmpty()) {
        String because = NOT_WRITTEN_BECAUSE.getOrDefault(type.wireName() + " " + name, "not written");
        lose(type, name, property.index(), because);
      }
    }
    sources(record, shape.property("source_ids").map(Property::index).orElse(0));
    if (record instanceof Actor) {
      otherNames((Actor) record, shape.property("other_names").map(Property::index).orElse(0));
    }
    if (record instanceof Person) {
      Person person = (Person) record;
      date(type, "birth_date", Person.BIRTH_DATE.index(), person.birthDate(), DateField.DATE);
      date(type, "death_date", Person.DEATH_DATE.index(), person.deathDate(), DateField.DATE);
      for (ContactDetail contact : person.contactDetails()) {
        date(type, "contact_details[].start", Person.CONTACT_DETAILS.index() + 0.1, contact.start(), DateField.DATE);
        date(type, "contact_details[].end", Person.CONTACT_DETAILS.index() + 0.2, contact.end(), DateField.DATE);
      }
    } else if (record instanceof State) {
      State state = (State) record;
      if (state.countryCode().isPresent() && !state.identifiers().isEmpty()) {
        lose(type, "country_code", State.COUNTRY_CODE.index(),
            "not written: the state has identifiers, and a country code is written only as the identifier of a state"
                + " that has none");
      }
      date(type, "start", State.START.index(), state.start(), DateField.DATE);
      date(type, "end", State.END.index(), state.end(), DateField.DATE);
    } else if (record instanceof Legislature) {
      Legislature legislature = (Legislature) record;
      if (legislature.kind().isPresent() && PopoloWriter.classification(legislature.kind().get()).equals("legislature")) {
        lose(type, "kind", Legislature.KIND.index(),
            "written as the classification legislature: only upper, lower, unicameral and bicameral have one of their own");
      }
    } else if (record instanceof Membership) {
      Membership membership = (Membership) record;
      date(type, "start", Membership.START.index(), membership.start(), DateField.DATE_OR_OFFSET_TIME);
      date(type, "end", Membership.END.index(), membership.end(), DateField.DATE_OR_OFFSET_TIME);
    } else if (record instanceof Session) {
      Session session = (Session) record;
      if (session.name().isPresent() && session.name().get().asMap().size() > 1) {
        lose(type, "name", Session.NAME.index(), ONE_LANGUAGE);
      }
      date(type, "start", Session.START.index(), session.start(), DateField.DATE_OR_OFFSET_TIME);
      date(type, "end", Session.END.index(), session.end(), DateField.DATE_OR_OFFSET_TIME);
    } else if (record instanceof Motion) {
      motion((Motion) record);
    } else if (record instanceof Vote) {
      vote((Vote) record);
    }
  }

  private void motion(Motion motion) {
    RecordType type = RecordType.MOTION;
    if (motion.title().asMap().size() > 1) {
      lose(type, "title", Motion.TITLE.index(), ONE_LANGUAGE);
    }
    if (motion.sponsors().size() > 1) {
      lose(type, "sponsor_ids", Motion.SPONSORS.index(), "only the first is written, as creator_id");
    }
    date(type, "tabled_on", Motion.TABLED_ON.index(), motion.tabledOn(), DateField.DATE_TIME);
  }

  private void vote(Vote vote) {
    RecordType type = RecordType.VOTE;
    date(type, "date", Vote.DATE.index(), vote.date(), DateField.DATE_TIME);
    if (vote.rule().isPresent()) {
      String motionId = vote.motion().id();
      Optional<String> requirement =
          requirements.computeIfAbsent(
              motionId,
              id ->
                  dossier.get(id, Motion.class).isEmpty()
                      ? Optional.empty()
                      : PopoloWriter.requirement(dossier.votesOn(Reference.to(id))));
      if (!requirement.equals(Optional.of(vote.rule().get().code()))) {
        lose(type, "rule", Vote.RULE.index(),
            "not written: a rule is written only as its motion's requirement, which is the rule of the first vote on the"
                + " motion that has one");
      }
    }
    if (vote.ballots().stream().anyMatch(b -> b.voter().isPresent() && b.voterName().isPresent())) {
      lose(type, "ballots[].voter_name", Vote.BALLOTS.index() + 0.1, "not written beside the ballot's voter_id");
    }
  }

  /** A record's sources: only those in the dossier with a URL are written. */
  private void sources(ChanceryRecord record, double place) {
    for (Reference<?> reference : record.sources()) {
      Optional<Source> source = dossier.get(reference.id(), Source.class);
      if (source.isEmpty() || source.get().url().isEmpty()) {
        lose(record.recordType(), "source_ids", place,
            "a source without a URL, or not in the dossier, is not written: Popolo's sources are links");
        return;
      }
    }
  }

  /** An actor's other names: their kind is not written, their dates as dates only. */
  private void otherNames(Actor actor, double place) {
    RecordType type = actor.recordType();
    for (OtherName other : actor.otherNames()) {
      if (other.kind().isPresent()) {
        lose(type, "other_names[].kind", place + 0.1, "not written");
      }
      date(type, "other_names[].start", place + 0.2, other.start(), DateField.DATE);
      date(type, "other_names[].end", place + 0.3, other.end(), DateField.DATE);
    }
  }

  private void date(RecordType type, String field, double place, Optional<PartialDate> date, DateField written) {
    if (date.isPresent() && !PartialDate.parse(PopoloWriter.popolo(date.get(), written)).equals(date.get())) {
      lose(type, field, place, written == DateField.DATE ? DATE_ONLY : written == DateField.DATE_TIME ? DATE_TIME : DATE_OR_OFFSET_TIME);
    }
  }

  /**
   * Notes that the record being checked lost a field; a record that loses one field in several of
   * its parts (two other names with a kind) is counted once.
   */
  private void lose(RecordType type, String field, double place, String reason) {
    Lost entry = lost.computeIfAbsent(type, t -> new LinkedHashMap<>()).computeIfAbsent(field, f -> new Lost(field, place, reason));
    if (entry.lastRecord != current) {
      entry.lastRecord = current;
      entry.records++;
    }
  }

  /** A field lost in some records of a type. */
  private static final class Lost {
    final String field;
    final double place;
    final String reason;
    int records;
    ChanceryRecord lastRecord;

    Lost(String field, double place, String reason) {
      this.field = field;
      this.place = place;
      this.reason = reason;
    }
  }

  /** A record type in words, such as {@code protest note}, or {@code protest notes}. */
  static String words(RecordType type, boolean plural) {
    String words = type.wireName().replace('_', ' ');
    if (!plural) {
      return words;
    }
    return words.endsWith("y") ? words.substring(0, words.length() - 1) + "ies" : words + "s";
  }

  private static String article(RecordType type) {
    return "aeiou".indexOf(type.wireName().charAt(0)) >= 0 ? "an" : "a";
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new HashSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }
}
