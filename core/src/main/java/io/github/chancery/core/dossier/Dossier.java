package io.github.chancery.core.dossier;

import io.github.chancery.core.wire.WireValue;
import io.github.chancery.core.actor.Membership;
import io.github.chancery.core.actor.Organization;
import io.github.chancery.core.actor.OrganizationKind;
import io.github.chancery.core.actor.State;
import io.github.chancery.core.code.CountryCode;
import io.github.chancery.core.record.Actor;
import io.github.chancery.core.diplomacy.ProtestNote;
import io.github.chancery.core.diplomacy.Statement;
import io.github.chancery.core.legislature.Motion;
import io.github.chancery.core.legislature.Session;
import io.github.chancery.core.model.Shapes;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.record.Identifier;
import io.github.chancery.core.record.Property;
import io.github.chancery.core.record.Provenance;
import io.github.chancery.core.record.RecordType;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.record.SharedNames;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.treaty.PartyStatus;
import io.github.chancery.core.treaty.Treaty;
import io.github.chancery.core.validation.ValidationException;
import io.github.chancery.core.validation.ViolationCode;
import io.github.chancery.core.validation.Violations;
import io.github.chancery.core.vote.Vote;
import io.github.chancery.core.wire.WireName;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collector;
import java.util.stream.Collectors;

/**
 * A set of linked records kept together: a motion, the votes on it, the notes protesting it, the
 * statement about those notes, the sources behind each. Records are kept in the order they were
 * added and found by id and type; the links between them can be followed both ways.
 *
 * <p>Invariant: no two records share an id. References that do not resolve, or resolve to a
 * record of the wrong type, do not stop a dossier from being built: real collections are often
 * partial. They are listed by {@link #referenceProblems()} and reported as errors by {@link
 * #check()}, with their paths ({@code records[12].motion_id}).
 *
 * <p>Two dossiers are equal when they hold equal records in the same order; {@link #toString()}
 * is a one-line summary. Instances are immutable and thread-safe.
 */
public final class Dossier implements Iterable<ChanceryRecord>, WireValue {
  private final List<ChanceryRecord> records;
  private final Map<String, Integer> positions;
  // Made on the first lookup, like the indexes below: a dossier read only to be written or checked
  // record by record never asks who refers to whom.
  private volatile Map<String, List<Referral>> referrals;
  // Made on the first lookup by identifier; a race makes the same index twice, which is harmless.
  private volatile Map<Identifier, List<ChanceryRecord>> byIdentifier;
  private volatile Map<String, List<Actor>> byName;

  private Dossier(List<ChanceryRecord> records, Map<String, Integer> positions) {
    this.records = Collections.unmodifiableList(records);
    this.positions = positions;
  }

  private Map<String, List<Referral>> referrals() {
    Map<String, List<Referral>> made = referrals;
    if (made == null) {
      Map<String, List<Referral>> index = new HashMap<>();
      for (int i = 0; i < records.size(); i++) {
        int position = i;
        Link.visit(
            records.get(i),
            (property, at, innerName, innerIndex, reference, allowed) ->
                index
                    .computeIfAbsent(reference.id(), id -> new ArrayList<>(2))
                    .add(new Referral(position, Link.of(property, at, innerName, innerIndex, reference, allowed))));
      }
      referrals = made = index;
    }
    return made;
  }

  /**
   * Returns a builder of a dossier.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a dossier of the given records.
   *
   * @param records the records, in the order to keep
   * @return the dossier
   * @throws ValidationException ({@code duplicate}) if two records share an id
   */
  public static Dossier of(Iterable<? extends ChanceryRecord> records) {
    Objects.requireNonNull(records, "records");
    return builder().addAll(records).build();
  }

  /**
   * Returns a collector of a stream of records into a dossier.
   *
   * @return a collector that keeps the records in encounter order and throws a {@link
   *     ValidationException} from its finisher if two records share an id
   */
  public static Collector<ChanceryRecord, ?, Dossier> toDossier() {
    return Collector.of(Builder::new, Builder::add, Builder::addAll, Builder::build);
  }

  /**
   * Returns the number of records.
   *
   * @return the number of records, zero or more
   */
  public int size() {
    return records.size();
  }

  /**
   * Returns every record, in the order added; unmodifiable.
   *
   * @return the records, in the order added; never null
   */
  public List<ChanceryRecord> records() {
    return records;
  }

  /**
   * Returns whether another dossier holds equal records in the same order: a dossier read back
   * from its JSON equals the one written.
   *
   * @param other the object to compare
   * @return whether it is an equal dossier
   */
  @Override
  public boolean equals(Object other) {
    return this == other || other instanceof Dossier && records.equals(((Dossier) other).records);
  }

  @Override
  public int hashCode() {
    return records.hashCode();
  }

  /**
   * Returns a short summary for people: how many records, and how many of each type, such as
   * {@code Dossier of 40 records: 9 state, 2 legislature, 3 motion, 3 vote, 12 source}. It lists
   * no record: {@code records()} and {@code check()} give them.
   *
   * @return the summary, one line
   */
  @Override
  public String toString() {
    Map<RecordType, Integer> counts = new java.util.EnumMap<>(RecordType.class);
    for (ChanceryRecord record : records) {
      counts.merge(record.recordType(), 1, Integer::sum);
    }
    StringBuilder text = new StringBuilder("Dossier of ").append(records.size())
        .append(records.size() == 1 ? " record" : " records");
    String separator = ": ";
    for (Map.Entry<RecordType, Integer> count : counts.entrySet()) {
      text.append(separator).append(count.getValue()).append(' ').append(count.getKey().wireName());
      separator = ", ";
    }
    return text.toString();
  }

  @Override
  public Iterator<ChanceryRecord> iterator() {
    return records.iterator();
  }

  /**
   * Returns whether a record has this id.
   *
   * @param id the id
   * @return true when the dossier holds a record with exactly that id
   */
  public boolean contains(String id) {
    return positions.containsKey(id);
  }

  /**
   * Returns the record with this id.
   *
   * @param id the id; not null
   * @return the record, or empty when none has that id
   */
  public Optional<ChanceryRecord> get(String id) {
    Integer position = positions.get(Objects.requireNonNull(id, "id"));
    return position == null ? Optional.empty() : Optional.of(records.get(position));
  }

  /**
   * Returns the record with this id if it is of the given type.
   *
   * @param id the id
   * @param type the record class, such as {@code Vote.class}
   * @param <T> the record class
   * @return the record, or empty if there is none of that type
   */
  public <T extends ChanceryRecord> Optional<T> get(String id, Class<T> type) {
    Objects.requireNonNull(type, "type");
    return get(id).filter(type::isInstance).map(type::cast);
  }

  /**
   * Returns the record a reference points to, if it is in the dossier and of the given type.
   *
   * @param reference the reference
   * @param type the record class
   * @param <T> the record class
   * @return the record
   */
  public <T extends ChanceryRecord> Optional<T> resolve(Reference<? extends T> reference, Class<T> type) {
    Objects.requireNonNull(reference, "reference");
    return get(reference.id(), type);
  }

  /**
   * Returns the position of a record, as used in paths ({@code records[12]}).
   *
   * @param id the id; not null
   * @return the position, from 0, or empty when no record has that id
   */
  public OptionalInt positionOf(String id) {
    Integer position = positions.get(Objects.requireNonNull(id, "id"));
    return position == null ? OptionalInt.empty() : OptionalInt.of(position);
  }

  /**
   * Returns every record of a class ({@code Vote.class}, {@code Actor.class}), in order.
   *
   * @param type the record class or interface; not null
   * @param <T> the record class or interface
   * @return a new list of the records that are instances of the class, in the dossier's order;
   *     never null
   */
  public <T extends ChanceryRecord> List<T> all(Class<T> type) {
    Objects.requireNonNull(type, "type");
    return records.stream().filter(type::isInstance).map(type::cast).collect(Collectors.toList());
  }

  /**
   * Returns every record of a type, in order.
   *
   * @param type the record type; not null
   * @return a new list of the records of that type, in the dossier's order; never null
   */
  public List<ChanceryRecord> ofType(RecordType type) {
    Objects.requireNonNull(type, "type");
    return records.stream().filter(r -> r.recordType() == type).collect(Collectors.toList());
  }

  /**
   * Returns every reference to a record, with the record that makes it and where.
   *
   * @param id the id referred to
   * @return the referrals, in the order of the referring records
   */
  public List<Referral> referralsTo(String id) {
    return referrals().getOrDefault(Objects.requireNonNull(id, "id"), List.of());
  }

  /**
   * Returns the votes on a motion.
   *
   * @param motion the motion; not null
   * @return the votes whose motion it is, in the dossier's order; never null, possibly empty
   */
  public List<Vote> votesOn(Reference<Motion> motion) {
    return referring(motion, Vote.class, Vote.MOTION);
  }

  /**
   * Returns the votes held in a session or in a session nested in it (the sittings of a
   * session, the sessions of a term), in the dossier's order.
   *
   * @param session the session
   * @return the votes, possibly none
   */
  public List<Vote> votesIn(Reference<Session> session) {
    Objects.requireNonNull(session, "session");
    List<String> sessions = new ArrayList<>(List.of(session.id()));
    for (int i = 0; i < sessions.size(); i++) {
      for (Session nested : referring(Reference.to(sessions.get(i)), Session.class, Session.PARENT)) {
        if (!sessions.contains(nested.id())) {
          sessions.add(nested.id()); // a cycle of parents is visited once
        }
      }
    }
    List<Vote> votes = new ArrayList<>();
    for (Vote vote : all(Vote.class)) {
      if (vote.session().isPresent() && sessions.contains(vote.session().get().id())) {
        votes.add(vote);
      }
    }
    return votes;
  }

  /**
   * Returns the roll call of a session with an identifier: the first vote of that session with
   * it. A second one is listed by the consistency report ({@code duplicate-roll-call}).
   *
   * @param session the session
   * @param identifier the vote's identifier in it, such as a division number
   * @return the vote, if the dossier holds one
   */
  public Optional<Vote> rollCall(Reference<Session> session, String identifier) {
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(identifier, "identifier");
    for (Vote vote : referring(session, Vote.class, Vote.SESSION)) {
      if (vote.identifier().filter(identifier::equals).isPresent()) {
        return Optional.of(vote);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the memberships of an organisation that may have been in force on a date (not
   * definitely begun after it nor ended before it; unknown bounds do not exclude), in the
   * dossier's order.
   *
   * @param organization a party, group, chamber or international organisation
   * @param date the date
   * @return the memberships, possibly none
   */
  public List<Membership> membershipsOf(Reference<? extends Actor> organization, PartialDate date) {
    Objects.requireNonNull(date, "date");
    List<Membership> found = new ArrayList<>();
    for (Membership membership : referring(organization, Membership.class, Membership.ORGANIZATION)) {
      if (membership.mayBeInForceOn(date)) {
        found.add(membership);
      }
    }
    return found;
  }

  /**
   * Returns who were the members of an organisation on a date, each once, in the dossier's order
   * of their memberships: "who sat in the Senate on 25 November 2020".
   *
   * @param organization a party, group, chamber or international organisation
   * @param date the date
   * @return the members, possibly none
   */
  public List<Reference<? extends Actor>> membersOn(Reference<? extends Actor> organization, PartialDate date) {
    List<Reference<? extends Actor>> members = new ArrayList<>();
    for (Membership membership : membershipsOf(organization, date)) {
      if (!members.contains(membership.member())) {
        members.add(membership.member());
      }
    }
    return members;
  }

  /**
   * Returns the memberships a person, organisation or state held on a date, in the dossier's order.
   *
   * @param member the member
   * @param date the date
   * @return the memberships, possibly none
   */
  public List<Membership> membershipsHeldBy(Reference<? extends Actor> member, PartialDate date) {
    Objects.requireNonNull(date, "date");
    List<Membership> found = new ArrayList<>();
    for (Membership membership : referring(member, Membership.class, Membership.MEMBER)) {
      if (membership.mayBeInForceOn(date)) {
        found.add(membership);
      }
    }
    return found;
  }

  /**
   * Returns a member's political group on a date: the organisation of kind {@code
   * political-group} it was a member of then, else of kind {@code party}. When the dates leave
   * more than one possible (a change of group within a month given only to the month), the one
   * that began last is taken, and of those the first in the dossier.
   *
   * @param member the member
   * @param date the date
   * @return the group, if a membership of one is recorded for that date
   */
  public Optional<Organization> groupOn(Reference<? extends Actor> member, PartialDate date) {
    for (OrganizationKind kind : List.of(OrganizationKind.POLITICAL_GROUP, OrganizationKind.PARTY)) {
      Organization best = null;
      java.time.LocalDate bestStart = null;
      for (Membership membership : membershipsHeldBy(member, date)) {
        Optional<Organization> group =
            get(membership.organization().id(), Organization.class).filter(o -> o.kind().filter(kind::equals).isPresent());
        if (group.isEmpty()) {
          continue;
        }
        java.time.LocalDate start = membership.start().map(PartialDate::earliestDay).orElse(java.time.LocalDate.MIN);
        if (best == null || start.isAfter(bestStart)) {
          best = group.get();
          bestStart = start;
        }
      }
      if (best != null) {
        return Optional.of(best);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the actors that have a name, in any language, as a name or an other name, compared
   * without regard to case, accents and repeated spaces ({@code "Zelenskyy, Volodymyr"} is not
   * {@code "Volodymyr Zelenskyy"}: word order is kept). In the dossier's order.
   *
   * @param name a name as printed
   * @return the actors, possibly none; more than one when the name is ambiguous
   */
  public List<Actor> actorsNamed(String name) {
    Objects.requireNonNull(name, "name");
    return nameIndex().getOrDefault(NameKey.of(name), List.of());
  }

  private Map<String, List<Actor>> nameIndex() {
    Map<String, List<Actor>> index = byName;
    if (index == null) {
      Map<String, List<Actor>> made = new HashMap<>();
      for (ChanceryRecord record : records) {
        if (record instanceof Actor) {
          Actor actor = (Actor) record;
          for (String name : actor.allNames()) {
            List<Actor> named = made.computeIfAbsent(NameKey.of(name), key -> new ArrayList<>(1));
            if (!named.contains(actor)) {
              named.add(actor);
            }
          }
        }
      }
      made.replaceAll((key, named) -> List.copyOf(named));
      index = Collections.unmodifiableMap(made);
      byName = index;
    }
    return index;
  }

  /**
   * Returns the actors that have a name, as {@link #actorsNamed(String)} finds them, and may be the
   * person born on a date, as a source that gives a birth date beside a name tells two persons of
   * one name apart: persons whose recorded birth date may coincide with it (a birth known to the
   * year, {@code 1951}, may be any day of it), and persons whose birth date is not recorded, since
   * what is unknown does not exclude. Other actors are not born: they are left out.
   *
   * @param name a name as printed
   * @param birthDate the birth date the source gives, at any precision
   * @return the actors, in the dossier's order, possibly none; more than one when the name and
   *     date do not tell them apart
   */
  public List<Actor> actorsNamed(String name, PartialDate birthDate) {
    return VoterNames.named(this, name, birthDate);
  }

  /**
   * Returns a copy in which every ballot that gives its voter only by name, and whose name is
   * the name of exactly one actor of the dossier ({@link #actorsNamed(String)}) that may have
   * voted on the vote's date (a person born after it, or dead before it, did not), refers to that
   * actor; the name as printed is kept beside the reference. Ballots whose name matches no actor
   * or several stay as they are, and the consistency report lists them ({@code unresolved-voter},
   * {@code ambiguous-voter-name}): nothing is guessed.
   *
   * @return the dossier with the names it can resolve resolved; this dossier when there are none
   */
  public Dossier resolveVoterNames() {
    return VoterNames.resolve(this);
  }

  /**
   * Returns the state a country code designated on a date: the state whose code it was while it
   * existed, or whose former code it was in that period. So {@code CS} on 1 January 1980 is
   * Czechoslovakia and on 1 January 2004 Serbia and Montenegro, when the dossier holds them.
   *
   * @param code the code, current, withdrawn or ISO 3166-3
   * @param date the date
   * @return the first such state of the dossier, if any
   */
  public Optional<State> stateCodedAs(CountryCode code, PartialDate date) {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(date, "date");
    return all(State.class).stream().filter(s -> s.mayBeCodedAs(code, date)).findFirst();
  }

  /**
   * Returns whether an actor was a party to a treaty on a date, from the participant's history in
   * the treaty ({@link Treaty#partyStatusOf}).
   *
   * @param treaty the treaty
   * @param participant the state or other actor
   * @param date the date
   * @return the status; {@code UNDETERMINED} when the dossier does not hold the treaty
   */
  public PartyStatus partyStatus(Reference<Treaty> treaty, Reference<? extends Actor> participant, PartialDate date) {
    Objects.requireNonNull(participant, "participant");
    Objects.requireNonNull(date, "date");
    return resolve(treaty, Treaty.class).map(t -> t.partyStatusOf(participant, date)).orElse(PartyStatus.UNDETERMINED);
  }

  /**
   * Returns the protest notes that protest a record.
   *
   * @param record the protested record; not null
   * @return the notes, in the dossier's order; never null, possibly empty
   */
  public List<ProtestNote> protestsAgainst(Reference<?> record) {
    return referring(record, ProtestNote.class, ProtestNote.PROTESTED_ACTS);
  }

  /**
   * Returns the statements that take a position on a record.
   *
   * @param record the record concerned; not null
   * @return the statements, in the dossier's order; never null, possibly empty
   */
  public List<Statement> statementsConcerning(Reference<?> record) {
    return referring(record, Statement.class, Statement.POSITIONS);
  }

  /**
   * Returns the treaties an actor is a party to.
   *
   * @param party the actor; not null
   * @return the treaties that list it among their parties, in the dossier's order; never null,
   *     possibly empty
   */
  public List<Treaty> treatiesWithParty(Reference<? extends Actor> party) {
    return referring(party, Treaty.class, Treaty.PARTIES);
  }

  /**
   * Returns the records that cite a source.
   *
   * @param source the source; not null
   * @return the records that list it among their sources, in the dossier's order; never null,
   *     possibly empty
   */
  public List<ChanceryRecord> supportedBy(Reference<? extends Provenance> source) {
    return referring(source, ChanceryRecord.class, SharedNames.SOURCES);
  }

  /**
   * Returns the other reports of the same act as this record, in either direction.
   *
   * @param record the record; not null
   * @return the records whose {@code other_report_of_id} names it, in the dossier's order, then
   *     the record its own {@code other_report_of_id} names, when held and not already listed;
   *     never null, possibly empty
   */
  public List<ChanceryRecord> otherReportsOf(Reference<?> record) {
    Objects.requireNonNull(record, "record");
    List<ChanceryRecord> reports = referring(record, ChanceryRecord.class, SharedNames.OTHER_REPORT_OF);
    get(record.id())
        .flatMap(Dossier::otherReportOf)
        .flatMap(other -> get(other.id()))
        .filter(other -> !reports.contains(other))
        .ifPresent(reports::add);
    return reports;
  }

  /**
   * Returns the records that carry an identifier, in the dossier's order: usually one; more when
   * two records claim the same identifier, which the consistency report lists
   * ({@code duplicate-identifier}) unless they are reports of the same act.
   *
   * @param identifier the identifier, such as {@code Identifier.of(IdentifierScheme.WIKIDATA, "Q212")}
   * @return the records, possibly none
   */
  public List<ChanceryRecord> withIdentifier(Identifier identifier) {
    Objects.requireNonNull(identifier, "identifier");
    return identifierIndex().getOrDefault(identifier, List.of());
  }

  Map<Identifier, List<ChanceryRecord>> identifierIndex() {
    Map<Identifier, List<ChanceryRecord>> index = byIdentifier;
    if (index == null) {
      Map<Identifier, List<ChanceryRecord>> made = new HashMap<>();
      for (ChanceryRecord record : records) {
        for (Identifier identifier : record.identifiers()) {
          List<ChanceryRecord> holders = made.computeIfAbsent(identifier, i -> new ArrayList<>(1));
          if (!holders.contains(record)) {
            holders.add(record);
          }
        }
      }
      made.replaceAll((identifier, holders) -> List.copyOf(holders));
      index = Collections.unmodifiableMap(made);
      byIdentifier = index;
    }
    return index;
  }

  /** The record a record says it is another report of, through its {@code other_report_of_id}. */
  @SuppressWarnings("unchecked")
  static Optional<Reference<?>> otherReportOf(ChanceryRecord record) {
    Optional<Property<ChanceryRecord, ?>> property = Shapes.of(record).property(SharedNames.OTHER_REPORT_OF);
    return property.flatMap(p -> (Optional<Reference<?>>) p.get(record));
  }

  /**
   * Returns the records of a type that refer to the target through the named property of
   * theirs, or through a part held by it ({@code positions} for a position's references).
   */
  private <T extends ChanceryRecord> List<T> referring(Reference<?> target, Class<T> type, WireName property) {
    Objects.requireNonNull(target, "target");
    List<T> found = new ArrayList<>();
    for (Referral referral : referralsTo(target.id())) {
      ChanceryRecord record = records.get(referral.position());
      if (type.isInstance(record)
          && referral.link().property().name().equals(property.name())
          && (found.isEmpty() || found.get(found.size() - 1) != record)) {
        found.add(type.cast(record));
      }
    }
    return found;
  }

  /** Returns the path of the record at a position, with a dot for its property: {@code records[12].}. */
  static String at(int position) {
    return "records[" + position + "].";
  }

  /**
   * Returns every reference that does not resolve, or resolves to a record of a type it cannot
   * point to, as error findings with their paths.
   *
   * @return a new list of {@code dangling-reference} and {@code wrong-reference-type} errors, in
   *     the dossier's order; never null, empty when every reference resolves
   */
  public List<Finding> referenceProblems() {
    List<Finding> problems = new ArrayList<>();
    for (int i = 0; i < records.size(); i++) {
      ChanceryRecord record = records.get(i);
      String at = at(i);
      Link.visit(
          record,
          (property, index, innerName, innerIndex, reference, allowed) -> {
            Integer position = positions.get(reference.id());
            ChanceryRecord target = position == null ? null : records.get(position);
            if (target != null && allowed.contains(target.recordType())) {
              return; // the usual case: no link is made
            }
            String path = at + Link.of(property, index, innerName, innerIndex, reference, allowed).path();
            if (target == null) {
              problems.add(
                  Finding.of(
                      FindingCode.DANGLING_REFERENCE, path, "no record '" + reference.id() + "' in the dossier", record.id()));
            } else {
              problems.add(
                  Finding.of(
                      FindingCode.WRONG_REFERENCE_TYPE,
                      path,
                      "'" + reference.id() + "' is a " + target.recordType() + ", which cannot be referred to here",
                      record.id()));
            }
          });
    }
    return problems;
  }

  /**
   * Runs the consistency check over this dossier.
   *
   * @return the report; never null
   */
  public ConsistencyReport check() {
    return ConsistencyCheck.run(this, true);
  }

  /**
   * Runs every rule of the consistency check except referential integrity: for records checked
   * apart from the records they refer to, as when a large file is checked a part at a time.
   * Rules that need a referred record which is not here are not applied.
   *
   * @return the report, without referential findings; never null
   */
  public ConsistencyReport checkWithoutReferences() {
    return ConsistencyCheck.run(this, false);
  }

  /**
   * Returns a builder holding this dossier's records, to add to.
   *
   * @return a new builder holding this dossier's records, in order
   */
  public Builder toBuilder() {
    return builder().addAll(records);
  }

  /**
   * One reference to a record: the position of the record that makes it, and the link.
   * Immutable and thread-safe.
   */
  public static final class Referral {
    private final int position;
    private final Link link;

    Referral(int position, Link link) {
      this.position = position;
      this.link = link;
    }

    /**
     * Returns the position of the referring record in the dossier.
     *
     * @return the position, from 0
     */
    public int position() {
      return position;
    }

    /**
     * Returns the link: where in the referring record, and to what.
     *
     * @return the link; never null
     */
    public Link link() {
      return link;
    }
  }

  /**
   * Builds a {@link Dossier}: add its records in the order to keep, then call {@link #build()}.
   * Get one from {@link Dossier#builder()} or {@link Dossier#toBuilder()}.
   *
   * <p>{@link #build()} checks that no two records share an id and throws a {@link
   * ValidationException} listing every record whose id is taken; references that do not resolve
   * are not construction errors (see {@link Dossier#referenceProblems()}).
   *
   * <p>Not thread-safe: a builder is mutable; use it on one thread.
   */
  public static final class Builder {
    private final List<ChanceryRecord> records = new ArrayList<>();

    Builder() {}

    /**
     * Adds a record.
     *
     * @param record the record; not null
     * @return this builder
     */
    public Builder add(ChanceryRecord record) {
      records.add(Objects.requireNonNull(record, "record"));
      return this;
    }

    /**
     * Adds records, in order.
     *
     * @param more the records; neither it nor any record in it may be null
     * @return this builder
     */
    public Builder addAll(Iterable<? extends ChanceryRecord> more) {
      Objects.requireNonNull(more, "records").forEach(this::add);
      return this;
    }

    Builder addAll(Builder other) {
      records.addAll(other.records);
      return this;
    }

    /**
     * Builds the dossier.
     *
     * @return the dossier
     * @throws ValidationException ({@code duplicate}, at {@code records[i].id}) listing every
     *     record whose id an earlier record already has
     */
    public Dossier build() {
      Map<String, Integer> positions = new HashMap<>(records.size() * 2);
      Violations violations = Violations.collect();
      for (int i = 0; i < records.size(); i++) {
        Integer first = positions.putIfAbsent(records.get(i).id(), i);
        if (first != null) {
          violations.add(
              at(i) + SharedNames.ID.name(),
              ViolationCode.DUPLICATE,
              "id '" + records.get(i).id() + "' is already used by records[" + first + "]");
        }
      }
      violations.throwIfAny("dossier", null);
      return new Dossier(new ArrayList<>(records), positions);
    }
  }
}
