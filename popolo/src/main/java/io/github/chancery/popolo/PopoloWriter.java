package io.github.chancery.popolo;

import io.github.chancery.core.actor.ContactDetail;
import io.github.chancery.core.actor.Membership;
import io.github.chancery.core.actor.Organization;
import io.github.chancery.core.actor.OrganizationKind;
import io.github.chancery.core.actor.Person;
import io.github.chancery.core.actor.State;
import io.github.chancery.core.actor.WebLink;
import io.github.chancery.core.dossier.Dossier;
import io.github.chancery.core.legislature.Legislature;
import io.github.chancery.core.legislature.LegislatureKind;
import io.github.chancery.core.legislature.Motion;
import io.github.chancery.core.legislature.Session;
import io.github.chancery.core.legislature.SessionKind;
import io.github.chancery.core.record.Actor;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.record.Identifier;
import io.github.chancery.core.record.OtherName;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.source.Source;
import io.github.chancery.core.text.LanguageTag;
import io.github.chancery.core.text.MultilingualText;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.vote.Ballot;
import io.github.chancery.core.vote.Count;
import io.github.chancery.core.vote.Vote;
import io.github.chancery.core.vote.VoteResult;
import io.github.chancery.json.internal.TokenWriter;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a dossier's persons, organisations (legislatures and states among them), memberships,
 * sessions, motions and votes as one Popolo export document, with counts and votes inside their
 * vote events, through the engine's token writer of the application's JSON line, and says which
 * records it wrote. What Popolo has no object or field for is left out, as docs/popolo.md lists
 * and {@link ExportLedger} reports.
 *
 * <p>Not thread-safe: used once, for one document.
 */
final class PopoloWriter {
  private final Dossier dossier;
  private final TokenWriter out;
  /** The ids of the records written as Popolo objects, in the order of the document. */
  private final List<String> written = new java.util.ArrayList<>();

  PopoloWriter(Dossier dossier, TokenWriter out) {
    this.dossier = dossier;
    this.out = out;
  }

  /**
   * Writes the document.
   *
   * @return the ids of the records written as Popolo objects, in the order of the document
   */
  List<String> write() throws IOException {
    out.startObject();
    startArray("persons");
    for (Person person : dossier.all(Person.class)) {
      written.add(person.id());
      out.startObject();
      string("id", person.id());
      names(person);
      personal(person);
      identifiers(person);
      sources(person);
      out.endObject();
    }
    out.endArray();
    startArray("organizations");
    for (ChanceryRecord record : dossier.records()) {
      if (record instanceof Organization) {
        Organization organization = (Organization) record;
        organization(organization, organization.kind().map(PopoloWriter::classification).orElse(null), organization.parent());
      } else if (record instanceof Legislature) {
        Legislature legislature = (Legislature) record;
        organization(legislature, legislature.kind().map(PopoloWriter::classification).orElse("legislature"), legislature.parent());
      } else if (record instanceof State) {
        organization((State) record, "state", Optional.empty());
      }
    }
    out.endArray();
    startArray("memberships");
    for (Membership membership : dossier.all(Membership.class)) {
      written.add(membership.id());
      out.startObject();
      string("id", membership.id());
      boolean person = dossier.get(membership.member().id(), Person.class).isPresent() || dossier.get(membership.member().id()).isEmpty();
      if (person) {
        string("person_id", membership.member().id());
      } else {
        startObject("member");
        string("@type", "Organization");
        string("id", membership.member().id());
        out.endObject();
      }
      string("organization_id", membership.organization().id());
      optional("role", membership.role());
      optional("label", membership.post());
      reference("on_behalf_of_id", membership.onBehalfOf());
      reference("legislative_period_id", membership.session());
      date("start_date", membership.start(), DateField.DATE_OR_OFFSET_TIME);
      date("end_date", membership.end(), DateField.DATE_OR_OFFSET_TIME);
      sources(membership);
      out.endObject();
    }
    out.endArray();
    startArray("events");
    for (Session session : dossier.all(Session.class)) {
      written.add(session.id());
      out.startObject();
      string("id", session.id());
      if (session.name().isPresent()) {
        string("name", text(session.name().get()));
      }
      string("classification", session.kind().map(PopoloWriter::classification).orElse("legislative session"));
      string("organization_id", session.legislature().id());
      if (session.identifier().isPresent()) {
        startArray("identifiers");
        out.startObject();
        string("identifier", session.identifier().get());
        out.endObject();
        out.endArray();
      }
      reference("parent_id", session.parent());
      date("start_date", session.start(), DateField.DATE_OR_OFFSET_TIME);
      date("end_date", session.end(), DateField.DATE_OR_OFFSET_TIME);
      sources(session);
      out.endObject();
    }
    out.endArray();
    startArray("motions");
    for (Motion motion : dossier.all(Motion.class)) {
      written.add(motion.id());
      out.startObject();
      string("id", motion.id());
      string("organization_id", motion.legislature().id());
      reference("legislative_session_id", motion.session());
      optional("identifier", motion.identifier());
      string("text", text(motion.title()));
      if (motion.kind().isPresent()) {
        string("classification", motion.kind().get().code());
      }
      if (!motion.sponsors().isEmpty()) {
        string("creator_id", motion.sponsors().get(0).id());
      }
      date("date", motion.tabledOn(), DateField.DATE_TIME);
      List<Vote> votes = dossier.votesOn(Reference.to(motion.id()));
      optional("requirement", requirement(votes));
      // A motion's result is its vote's, when it was put to one vote with a result; after several
      // (amendments, readings) Chancery does not say which one decided it.
      List<VoteResult> results = votes.stream().flatMap(v -> v.result().stream()).collect(java.util.stream.Collectors.toList());
      if (results.size() == 1) {
        string("result", popolo(results.get(0)));
      }
      sources(motion);
      out.endObject();
    }
    out.endArray();
    startArray("vote_events");
    for (Vote vote : dossier.all(Vote.class)) {
      voteEvent(vote);
    }
    out.endArray();
    out.endObject();
    out.flush();
    return List.copyOf(written);
  }

  /**
   * A motion's {@code requirement}: the rule of the first of its votes that has one (Popolo gives
   * the rule on the motion, Chancery on each vote).
   */
  static Optional<String> requirement(List<Vote> votesOnTheMotion) {
    return votesOnTheMotion.stream().flatMap(v -> v.rule().stream()).map(r -> r.code()).findFirst();
  }

  /** A person's names in parts, dates of birth and death, gender, email, portrait, contact details and links. */
  private void personal(Person person) throws IOException {
    optional("given_name", person.givenName());
    optional("family_name", person.familyName());
    optional("additional_name", person.additionalName());
    optional("patronymic_name", person.patronymicName());
    optional("honorific_prefix", person.honorificPrefix());
    optional("honorific_suffix", person.honorificSuffix());
    optional("sort_name", person.sortName());
    optional("email", person.email());
    optional("gender", person.gender());
    date("birth_date", person.birthDate(), DateField.DATE);
    date("death_date", person.deathDate(), DateField.DATE);
    optional("image", person.image().map(Object::toString));
    if (!person.contactDetails().isEmpty()) {
      startArray("contact_details");
      for (ContactDetail contact : person.contactDetails()) {
        out.startObject();
        optional("label", contact.label());
        string("type", contact.kind().code());
        string("value", contact.value());
        optional("note", contact.note());
        date("valid_from", contact.start(), DateField.DATE);
        date("valid_until", contact.end(), DateField.DATE);
        out.endObject();
      }
      out.endArray();
    }
    if (!person.links().isEmpty()) {
      startArray("links");
      for (WebLink link : person.links()) {
        out.startObject();
        string("url", link.url().toString());
        optional("note", link.note());
        out.endObject();
      }
      out.endArray();
    }
  }

  private void organization(Actor actor, String classification, Optional<? extends Reference<?>> parent) throws IOException {
    written.add(actor.id());
    out.startObject();
    string("id", actor.id());
    names(actor);
    if (classification != null) {
      string("classification", classification);
    }
    if (actor instanceof Organization) {
      optional("abbreviation", ((Organization) actor).abbreviation());
    }
    if (parent.isPresent()) {
      string("parent_id", parent.get().id());
    }
    identifiers(actor);
    if (actor instanceof State) {
      State state = (State) actor;
      if (state.countryCode().isPresent() && actor.identifiers().isEmpty()) {
        // Popolo has no country code: it is written as an identifier of ISO 3166.
        startArray("identifiers");
        out.startObject();
        string("identifier", state.countryCode().get().code());
        string("scheme", "iso-3166");
        out.endObject();
        out.endArray();
      }
      date("founding_date", state.start(), DateField.DATE);
      date("dissolution_date", state.end(), DateField.DATE);
    }
    sources(actor);
    out.endObject();
  }

  static String classification(OrganizationKind kind) {
    if (kind.equals(OrganizationKind.PARTY)) {
      return "party";
    }
    if (kind.equals(OrganizationKind.POLITICAL_GROUP)) {
      return "parliamentary group";
    }
    if (kind.equals(OrganizationKind.INTERNATIONAL_ORGANIZATION)) {
      return "international organization";
    }
    return kind.code();
  }

  static String classification(LegislatureKind kind) {
    if (kind.equals(LegislatureKind.UPPER_CHAMBER)) {
      return "upper house";
    }
    if (kind.equals(LegislatureKind.LOWER_CHAMBER)) {
      return "lower house";
    }
    if (kind.equals(LegislatureKind.UNICAMERAL)) {
      return "unicameral";
    }
    if (kind.equals(LegislatureKind.BICAMERAL_PARLIAMENT)) {
      return "bicameral";
    }
    return "legislature";
  }

  static String classification(SessionKind kind) {
    if (kind.equals(SessionKind.TERM)) {
      return "legislative period";
    }
    if (kind.equals(SessionKind.SESSION)) {
      return "legislative session";
    }
    if (kind.equals(SessionKind.SITTING)) {
      return "sitting";
    }
    if (kind.equals(SessionKind.SPECIAL_SESSION)) {
      return "special session";
    }
    if (kind.equals(SessionKind.EMERGENCY_SPECIAL_SESSION)) {
      return "emergency special session";
    }
    return kind.code();
  }

  private void voteEvent(Vote vote) throws IOException {
    written.add(vote.id());
    out.startObject();
    string("id", vote.id());
    // Only the vote's own legislature: one inherited from the motion is the motion's to say.
    reference("organization_id", vote.legislature());
    reference("legislative_session_id", vote.session());
    optional("identifier", vote.identifier());
    string("motion_id", vote.motion().id());
    date("start_date", vote.date(), DateField.DATE_TIME);
    if (vote.result().isPresent()) {
      string("result", popolo(vote.result().get()));
    }
    if (!vote.counts().isEmpty()) {
      startArray("counts");
      for (Count count : vote.counts()) {
        out.startObject();
        string("option", count.option().code());
        number("value", count.value());
        reference("group_id", count.group());
        out.endObject();
      }
      out.endArray();
    }
    if (!vote.ballots().isEmpty()) {
      startArray("votes");
      for (Ballot ballot : vote.ballots()) {
        out.startObject();
        if (ballot.voter().isPresent()) {
          string("voter_id", ballot.voter().get().id());
        } else {
          startObject("voter");
          string("name", ballot.voterName().orElseThrow());
          out.endObject();
        }
        string("option", ballot.option().code());
        reference("group_id", ballot.group());
        optional("role", ballot.role());
        if (ballot.weight().isPresent()) {
          number("weight", ballot.weight().get());
        }
        reference("pair_id", ballot.pair());
        out.endObject();
      }
      out.endArray();
    }
    sources(vote);
    out.endObject();
  }

  /** Popolo's one name, and the other languages and other names as other names with their language. */
  private static String popolo(VoteResult result) {
    return result.equals(VoteResult.ADOPTED) ? "pass" : result.equals(VoteResult.REJECTED) ? "fail" : result.code();
  }

  private void names(Actor actor) throws IOException {
    MultilingualText name = actor.name();
    Map<LanguageTag, String> texts = name.asMap();
    LanguageTag main = texts.containsKey(LanguageTag.parse("und")) ? LanguageTag.parse("und") : texts.keySet().iterator().next();
    string("name", texts.get(main));
    boolean others = texts.size() > 1 || !actor.otherNames().isEmpty();
    if (!others) {
      return;
    }
    startArray("other_names");
    for (Map.Entry<LanguageTag, String> entry : texts.entrySet()) {
      if (!entry.getKey().equals(main)) {
        out.startObject();
        string("name", entry.getValue());
        string("lang", entry.getKey().toString());
        out.endObject();
      }
    }
    for (OtherName other : actor.otherNames()) {
      out.startObject();
      string("name", other.name());
      if (other.language().isPresent()) {
        string("lang", other.language().get().toString());
      }
      date("start_date", other.start(), DateField.DATE);
      date("end_date", other.end(), DateField.DATE);
      optional("note", other.note());
      out.endObject();
    }
    out.endArray();
  }

  private void identifiers(ChanceryRecord record) throws IOException {
    List<Identifier> identifiers = record.identifiers();
    if (identifiers.isEmpty()) {
      return;
    }
    startArray("identifiers");
    for (Identifier identifier : identifiers) {
      out.startObject();
      string("identifier", identifier.value());
      string("scheme", identifier.scheme().code());
      out.endObject();
    }
    out.endArray();
  }

  private void sources(ChanceryRecord record) throws IOException {
    if (record.sources().isEmpty()) {
      return;
    }
    boolean open = false;
    for (Reference<? extends io.github.chancery.core.record.Provenance> reference : record.sources()) {
      Optional<Source> source = dossier.get(reference.id(), Source.class);
      if (source.isEmpty() || source.get().url().isEmpty()) {
        continue; // Popolo's sources are links: a source without a URL has no Popolo form
      }
      if (!open) {
        startArray("sources");
        open = true;
      }
      out.startObject();
      string("url", source.get().url().get().toString());
      if (source.get().title().isPresent()) {
        string("note", text(source.get().title().get()));
      }
      out.endObject();
    }
    if (open) {
      out.endArray();
    }
  }

  private static String text(MultilingualText text) {
    Map<LanguageTag, String> texts = text.asMap();
    String undetermined = texts.get(LanguageTag.parse("und"));
    return undetermined != null ? undetermined : texts.values().iterator().next();
  }

  private void optional(String name, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      string(name, value.get());
    }
  }

  private void reference(String name, Optional<? extends Reference<?>> value) throws IOException {
    if (value.isPresent()) {
      string(name, value.get().id());
    }
  }

  private void startArray(String name) throws IOException {
    out.name(name);
    out.startArray();
  }

  private void startObject(String name) throws IOException {
    out.name(name);
    out.startObject();
  }

  private void string(String name, String value) throws IOException {
    out.name(name);
    out.string(value);
  }

  private void number(String name, int value) throws IOException {
    out.name(name);
    out.number(value);
  }

  private void number(String name, java.math.BigDecimal value) throws IOException {
    out.name(name);
    out.number(value);
  }

  /** What Popolo's schemas allow in a date field. */
  enum DateField {
    /** A date of year, month or day precision (names, organizations): a time of day is dropped. */
    DATE,
    /**
     * A date, or a date-time with an offset and whole seconds (memberships, events): a local time
     * without offset is dropped, and a fraction of a second.
     */
    DATE_OR_OFFSET_TIME,
    /** RFC 3339's date-time, which vote events and motions declare; any date Chancery holds is written. */
    DATE_TIME
  }

  private void date(String name, Optional<PartialDate> value, DateField field) throws IOException {
    if (value.isPresent()) {
      string(name, popolo(value.get(), field));
    }
  }

  /**
   * Popolo's form of a date in a field: as Chancery writes it, except that a time of day has its
   * seconds, as RFC 3339 date-times need, and an instant its offset only (Popolo has no time-zone
   * id); what the field's pattern does not allow is dropped (lossy, see docs/popolo.md).
   */
  static String popolo(PartialDate date, DateField field) {
    if (date.instant().isPresent()) {
      java.time.OffsetDateTime time = date.instant().get().toOffsetDateTime();
      switch (field) {
        case DATE:
          return time.toLocalDate().toString();
        case DATE_OR_OFFSET_TIME:
          return minuteOffset(time).truncatedTo(java.time.temporal.ChronoUnit.SECONDS).format(SECONDS_WITH_OFFSET);
        default:
          return minuteOffset(time).format(SECONDS_WITH_OFFSET);
      }
    }
    if (date.localDateTime().isPresent()) {
      return field == DateField.DATE_TIME ? date.localDateTime().get().format(SECONDS) : date.localDateTime().get().toLocalDate().toString();
    }
    return date.toString();
  }

  /**
   * The same instant at its offset rounded to the nearest minute (a half minute rounds up): an
   * offset with seconds, such as Paris's local mean time before 1911 (+00:09:21), fits neither
   * Popolo's date pattern nor RFC 3339 (lossy: the offset's seconds).
   */
  static java.time.OffsetDateTime minuteOffset(java.time.OffsetDateTime time) {
    int seconds = time.getOffset().getTotalSeconds();
    if (seconds % 60 == 0) {
      return time;
    }
    return time.withOffsetSameInstant(java.time.ZoneOffset.ofTotalSeconds(Math.round(seconds / 60f) * 60));
  }

  // The ISO formats print the seconds always, and a fraction only when there is one.
  private static final java.time.format.DateTimeFormatter SECONDS = java.time.format.DateTimeFormatter.ISO_LOCAL_DATE_TIME;
  private static final java.time.format.DateTimeFormatter SECONDS_WITH_OFFSET = java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME;
}
