package io.github.chancery.json.codec;

import io.github.chancery.core.actor.Claim;
import io.github.chancery.core.actor.ClaimKind;
import io.github.chancery.core.actor.DisputedEntity;
import io.github.chancery.core.actor.Office;
import io.github.chancery.core.actor.Organization;
import io.github.chancery.core.actor.OrganizationKind;
import io.github.chancery.core.actor.Person;
import io.github.chancery.core.actor.Recognition;
import io.github.chancery.core.actor.State;
import io.github.chancery.core.diplomacy.NoteForm;
import io.github.chancery.core.diplomacy.Position;
import io.github.chancery.core.diplomacy.ProtestNote;
import io.github.chancery.core.diplomacy.Stance;
import io.github.chancery.core.diplomacy.Statement;
import io.github.chancery.core.legislature.Legislature;
import io.github.chancery.core.legislature.LegislatureKind;
import io.github.chancery.core.legislature.Motion;
import io.github.chancery.core.legislature.MotionKind;
import io.github.chancery.core.legislature.MotionSubject;
import io.github.chancery.core.legislature.SubjectKind;
import io.github.chancery.core.code.CountryCode;
import io.github.chancery.core.code.OpenCode;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.text.LanguageTag;
import io.github.chancery.core.text.MultilingualText;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.record.RecordType;
import io.github.chancery.core.source.Source;
import io.github.chancery.core.source.SourceKind;
import io.github.chancery.core.treaty.ParticipantAction;
import io.github.chancery.core.treaty.ParticipantActionKind;
import io.github.chancery.core.treaty.Signature;
import io.github.chancery.core.treaty.Treaty;
import io.github.chancery.core.treaty.TreatyKind;
import io.github.chancery.core.treaty.TreatyStatus;
import io.github.chancery.core.vote.Ballot;
import io.github.chancery.core.vote.Count;
import io.github.chancery.core.vote.Vote;
import io.github.chancery.core.vote.VoteMethod;
import io.github.chancery.core.vote.VoteOption;
import io.github.chancery.core.vote.VoteResult;
import io.github.chancery.core.vote.VotingRule;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.chancery.json.JsonRule;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The wire format of every record type, declared once: the order of properties (which makes
 * output canonical), their codecs, and how each record is rebuilt through the core's builders.
 * The serializers, the deserializers and the JSON Schema are all derived from these
 * declarations, so they cannot drift apart.
 */
public final class RecordCodecs {
  private RecordCodecs() {}

  private static final ObjectCodec<Claim> CLAIM;
  private static final ObjectCodec<Recognition> RECOGNITION;
  private static final ObjectCodec<Office> OFFICE;
  private static final ObjectCodec<MotionSubject> MOTION_SUBJECT;
  private static final ObjectCodec<Count> COUNT;
  private static final ObjectCodec<Ballot> BALLOT;
  private static final ObjectCodec<Position> POSITION;
  private static final ObjectCodec<Signature> SIGNATURE;
  private static final ObjectCodec<ParticipantAction> PARTICIPANT_ACTION;

  private static final Map<RecordType, RecordCodec<? extends ChanceryRecord>> RECORDS;

  /** The codecs of the values and parts of records, by class; filled as they are declared. */
  private static final Map<Class<?>, ValueCodec<?>> VALUES = new LinkedHashMap<>();

  static {
    VALUES.put(PartialDate.class, Codecs.PARTIAL_DATE);
    VALUES.put(MultilingualText.class, Codecs.MULTILINGUAL_TEXT);
    VALUES.put(LanguageTag.class, Codecs.LANGUAGE_TAG);
    VALUES.put(CountryCode.class, Codecs.COUNTRY_CODE);
    VALUES.put(Reference.class, Codecs.reference());
  }

  static {
    var claim = ObjectCodec.<Claim>define("claim");
    var claimKind = claim.required("kind", code(ClaimKind.class, ClaimKind::of, "claim kind", ClaimKind.knownValues()), Claim::kind);
    var proclaimedOn = claim.optional("proclaimed_on", Codecs.PARTIAL_DATE, Claim::proclaimedOn);
    var claimedName = claim.optional("claimed_name", Codecs.MULTILINGUAL_TEXT, Claim::claimedName);
    CLAIM =
        claim.build(
            v ->
                Claim.of(v.get(claimKind))
                    .withProclaimedOn(v.optional(proclaimedOn))
                    .withClaimedName(v.optional(claimedName)));

    var recognition = ObjectCodec.<Recognition>define("recognition");
    var recognisedBy = recognition.required("recognised_by_id", Codecs.reference(), Recognition::recognisedBy);
    var grantedOn = recognition.optional("granted_on", Codecs.PARTIAL_DATE, Recognition::grantedOn);
    var withdrawnOn = recognition.optional("withdrawn_on", Codecs.PARTIAL_DATE, Recognition::withdrawnOn);
    RECOGNITION =
        recognition.build(
            v ->
                Recognition.by(v.get(recognisedBy))
                    .withGrantedOn(v.optional(grantedOn))
                    .withWithdrawnOn(v.optional(withdrawnOn)));

    var office = ObjectCodec.<Office>define("office");
    var role = office.required("role", Codecs.STRING, Office::role);
    var officeOrganization = office.optional("organization_id", Codecs.reference(), Office::organization);
    var start = office.optional("start", Codecs.PARTIAL_DATE, Office::start);
    var end = office.optional("end", Codecs.PARTIAL_DATE, Office::end);
    OFFICE =
        office.build(
            v ->
                Office.of(v.get(role))
                    .withOrganization(v.optional(officeOrganization))
                    .withStart(v.optional(start))
                    .withEnd(v.optional(end)));

    var subject = ObjectCodec.<MotionSubject>define("motion_subject");
    var subjectKind =
        subject.required("kind", code(SubjectKind.class, SubjectKind::of, "subject kind", SubjectKind.knownValues()), MotionSubject::kind);
    var subjectConcerning = subject.list("concerning_ids", Codecs.reference(), MotionSubject::concerning);
    var subjectDescription = subject.optional("description", Codecs.MULTILINGUAL_TEXT, MotionSubject::description);
    MOTION_SUBJECT =
        subject.build(
            v ->
                MotionSubject.of(v.get(subjectKind))
                    .withConcerning(v.list(subjectConcerning))
                    .withDescription(v.optional(subjectDescription)));

    var voteOption = code(VoteOption.class, VoteOption::of, "vote option", VoteOption.knownValues());
    var count = ObjectCodec.<Count>define("count");
    var countOption = count.required("option", voteOption, Count::option);
    var countValue = count.required("value", Codecs.COUNT, Count::value);
    var countGroup = count.optional("group_id", Codecs.reference(), Count::group);
    COUNT = count.build(v -> Count.of(v.get(countOption), v.get(countValue)).withGroup(v.optional(countGroup)));

    var ballot = ObjectCodec.<Ballot>define("ballot");
    var voter = ballot.required("voter_id", Codecs.reference(), Ballot::voter);
    var ballotOption = ballot.required("option", voteOption, Ballot::option);
    var ballotGroup = ballot.optional("group_id", Codecs.reference(), Ballot::group);
    var ballotRole = ballot.optional("role", Codecs.STRING, Ballot::role);
    var weight = ballot.optional("weight", Codecs.DECIMAL, Ballot::weight);
    BALLOT =
        ballot.build(
            v ->
                Ballot.of(v.get(voter), v.get(ballotOption))
                    .withGroup(v.optional(ballotGroup))
                    .withRole(v.optional(ballotRole))
                    .withWeight(v.optional(weight)));

    var position = ObjectCodec.<Position>define("position");
    var stance = position.required("stance", code(Stance.class, Stance::of, "stance", Stance.knownValues()), Position::stance);
    var positionConcerning = position.nonEmptyList("concerning_ids", Codecs.reference(), Position::concerning);
    POSITION = position.build(v -> Position.of(v.get(stance)).withConcerning(v.list(positionConcerning)));

    var signature = ObjectCodec.<Signature>define("signature");
    var signatory = signature.required("signatory_id", Codecs.reference(), Signature::signatory);
    var onBehalfOf = signature.required("on_behalf_of_id", Codecs.reference(), Signature::onBehalfOf);
    var capacity = signature.optional("capacity", Codecs.STRING, Signature::capacity);
    var signatureDate = signature.optional("date", Codecs.PARTIAL_DATE, Signature::date);
    var place = signature.optional("place", Codecs.STRING, Signature::place);
    SIGNATURE =
        signature.build(
            v ->
                Signature.of(v.get(signatory), v.get(onBehalfOf))
                    .withCapacity(v.optional(capacity))
                    .withDate(v.optional(signatureDate))
                    .withPlace(v.optional(place)));

    var action = ObjectCodec.<ParticipantAction>define("participant_action");
    var participant = action.required("participant_id", Codecs.reference(), ParticipantAction::participant);
    var actionKind =
        action.required(
            "kind",
            code(ParticipantActionKind.class, ParticipantActionKind::of, "participant action", ParticipantActionKind.knownValues()),
            ParticipantAction::kind);
    var actionDate = action.required("date", Codecs.PARTIAL_DATE, ParticipantAction::date);
    PARTICIPANT_ACTION =
        action.build(v -> ParticipantAction.of(v.get(participant), v.get(actionKind), v.get(actionDate)));

    VALUES.put(Claim.class, CLAIM);
    VALUES.put(Recognition.class, RECOGNITION);
    VALUES.put(Office.class, OFFICE);
    VALUES.put(MotionSubject.class, MOTION_SUBJECT);
    VALUES.put(Count.class, COUNT);
    VALUES.put(Ballot.class, BALLOT);
    VALUES.put(Position.class, POSITION);
    VALUES.put(Signature.class, SIGNATURE);
    VALUES.put(ParticipantAction.class, PARTICIPANT_ACTION);

    Map<RecordType, RecordCodec<? extends ChanceryRecord>> records = new EnumMap<>(RecordType.class);
    records.put(RecordType.STATE, state());
    records.put(RecordType.DISPUTED_ENTITY, disputedEntity());
    records.put(RecordType.ORGANIZATION, organization());
    records.put(RecordType.PERSON, person());
    records.put(RecordType.LEGISLATURE, legislature());
    records.put(RecordType.MOTION, motion());
    records.put(RecordType.VOTE, vote());
    records.put(RecordType.PROTEST_NOTE, protestNote());
    records.put(RecordType.STATEMENT, statement());
    records.put(RecordType.TREATY, treaty());
    records.put(RecordType.SOURCE, source());
    RECORDS = Collections.unmodifiableMap(records);
  }

  /**
   * Returns the codecs of the values and parts of records that are not records themselves
   * (dates, texts, codes, references, counts, ballots, ...), by class, so that they are written
   * and read alike inside and outside a record.
   */
  public static Map<Class<?>, ValueCodec<?>> values() {
    return Collections.unmodifiableMap(VALUES);
  }

  /** A codec of an open code list, registered as the value codec of its class. */
  private static <C extends OpenCode> ValueCodec<C> code(
      Class<C> type, Function<String, C> factory, String listName, List<C> known) {
    ValueCodec<C> codec = Codecs.code(factory, listName, known);
    VALUES.putIfAbsent(type, codec);
    return codec;
  }

  /** Returns the codec of every record type. */
  public static Map<RecordType, RecordCodec<? extends ChanceryRecord>> all() {
    return RECORDS;
  }

  /** Returns the codec of a record type. */
  @SuppressWarnings("unchecked")
  public static <R extends ChanceryRecord> RecordCodec<R> of(RecordType type) {
    return (RecordCodec<R>) RECORDS.get(type);
  }

  /** Returns the codec of the record type with this wire name, if there is one. */
  public static Optional<RecordCodec<? extends ChanceryRecord>> byTypeName(String name) {
    return RecordType.fromWireName(name).map(RECORDS::get);
  }

  /** Returns the codec of exactly this record class, or of the record type a runtime class implements. */
  public static Optional<RecordCodec<? extends ChanceryRecord>> forClass(Class<?> type) {
    return RECORDS.values().stream().filter(c -> c.type().isAssignableFrom(type)).findFirst();
  }

  /**
   * Reads a record of the expected type from a tree: checks its {@code type}, then reads it with
   * that type's codec, reporting every problem to the context.
   *
   * @param node the tree of one record
   * @param expected the record class expected ({@code ChanceryRecord} for any)
   * @param path the JSON path of the node
   * @param context where problems go
   * @return the record, or null when a problem was found
   */
  public static <T> T read(JsonNode node, Class<T> expected, String path, ReadContext context) {
    String typeName = RecordCodec.typeOf(node, path, context);
    if (typeName == null) {
      return null;
    }
    Optional<RecordCodec<? extends ChanceryRecord>> codec = byTypeName(typeName);
    String typePath = Paths.property(path, RecordCodec.TYPE);
    if (codec.isEmpty()) {
      context.problem(
          typePath,
          JsonRule.UNKNOWN_TYPE,
          "'" + typeName + "' is not a record type; expected one of "
              + RECORDS.values().stream().map(RecordCodec::typeName).collect(Collectors.joining(", ")));
      return null;
    }
    if (!expected.isAssignableFrom(codec.get().type())) {
      context.problem(
          typePath,
          JsonRule.UNKNOWN_TYPE,
          "a " + typeName + " record is not what is expected here"
              + forClass(expected).map(c -> " (expected " + c.typeName() + ")").orElse(""));
      return null;
    }
    return expected.cast(codec.get().read((ObjectNode) node, path, context));
  }

  private static RecordCodec<State> state() {
    var d = ObjectCodec.<State>define(RecordType.STATE.wireName());
    var id = d.required("id", Codecs.ID, State::id);
    var countryCode = d.required("country_code", Codecs.COUNTRY_CODE, State::countryCode);
    var name = d.required("name", Codecs.MULTILINGUAL_TEXT, State::name);
    var sources = d.list("source_ids", Codecs.reference(), State::sources);
    return d.buildRecord(
        State.class,
        v ->
            State.builder()
                .id(v.get(id))
                .countryCode(v.get(countryCode))
                .name(v.get(name))
                .addAllSources(v.list(sources))
                .build());
  }

  private static RecordCodec<DisputedEntity> disputedEntity() {
    var d = ObjectCodec.<DisputedEntity>define(RecordType.DISPUTED_ENTITY.wireName());
    var id = d.required("id", Codecs.ID, DisputedEntity::id);
    var name = d.required("name", Codecs.MULTILINGUAL_TEXT, DisputedEntity::name);
    var claims = d.list("claims", CLAIM, DisputedEntity::claims);
    var recognitions = d.list("recognitions", RECOGNITION, DisputedEntity::recognitions);
    var partOf =
        d.optional(
            "internationally_recognised_as_part_of_id",
            Codecs.reference(),
            DisputedEntity::internationallyRecognisedAsPartOf);
    var sources = d.list("source_ids", Codecs.reference(), DisputedEntity::sources);
    return d.buildRecord(
        DisputedEntity.class,
        v ->
            DisputedEntity.builder()
                .id(v.get(id))
                .name(v.get(name))
                .addAllClaims(v.list(claims))
                .addAllRecognitions(v.list(recognitions))
                .internationallyRecognisedAsPartOf(v.optional(partOf))
                .addAllSources(v.list(sources))
                .build());
  }

  private static RecordCodec<Organization> organization() {
    var d = ObjectCodec.<Organization>define(RecordType.ORGANIZATION.wireName());
    var id = d.required("id", Codecs.ID, Organization::id);
    var name = d.required("name", Codecs.MULTILINGUAL_TEXT, Organization::name);
    var kind =
        d.optional(
            "kind",
            code(OrganizationKind.class, OrganizationKind::of, "organization kind", OrganizationKind.knownValues()),
            Organization::kind);
    var abbreviation = d.optional("abbreviation", Codecs.STRING, Organization::abbreviation);
    var parent = d.optional("parent_id", Codecs.reference(), Organization::parent);
    var sources = d.list("source_ids", Codecs.reference(), Organization::sources);
    return d.buildRecord(
        Organization.class,
        v ->
            Organization.builder()
                .id(v.get(id))
                .name(v.get(name))
                .kind(v.optional(kind))
                .abbreviation(v.optional(abbreviation))
                .parent(v.optional(parent))
                .addAllSources(v.list(sources))
                .build());
  }

  private static RecordCodec<Person> person() {
    var d = ObjectCodec.<Person>define(RecordType.PERSON.wireName());
    var id = d.required("id", Codecs.ID, Person::id);
    var name = d.required("name", Codecs.MULTILINGUAL_TEXT, Person::name);
    var offices = d.list("offices", OFFICE, Person::offices);
    var sources = d.list("source_ids", Codecs.reference(), Person::sources);
    return d.buildRecord(
        Person.class,
        v ->
            Person.builder()
                .id(v.get(id))
                .name(v.get(name))
                .addAllOffices(v.list(offices))
                .addAllSources(v.list(sources))
                .build());
  }

  private static RecordCodec<Legislature> legislature() {
    var d = ObjectCodec.<Legislature>define(RecordType.LEGISLATURE.wireName());
    var id = d.required("id", Codecs.ID, Legislature::id);
    var name = d.required("name", Codecs.MULTILINGUAL_TEXT, Legislature::name);
    var kind =
        d.optional(
            "kind",
            code(LegislatureKind.class, LegislatureKind::of, "legislature kind", LegislatureKind.knownValues()),
            Legislature::kind);
    var jurisdiction = d.optional("jurisdiction_id", Codecs.reference(), Legislature::jurisdiction);
    var parent = d.optional("parent_id", Codecs.reference(), Legislature::parent);
    var seatCount = d.optional("seat_count", Codecs.INT, l -> boxed(l.seatCount()));
    var sources = d.list("source_ids", Codecs.reference(), Legislature::sources);
    return d.buildRecord(
        Legislature.class,
        v -> {
          Legislature.Builder builder =
              Legislature.builder()
                  .id(v.get(id))
                  .name(v.get(name))
                  .kind(v.optional(kind))
                  .jurisdiction(v.optional(jurisdiction))
                  .parent(v.optional(parent))
                  .addAllSources(v.list(sources));
          v.optional(seatCount).ifPresent(builder::seatCount);
          return builder.build();
        });
  }

  private static RecordCodec<Motion> motion() {
    var d = ObjectCodec.<Motion>define(RecordType.MOTION.wireName());
    var id = d.required("id", Codecs.ID, Motion::id);
    var legislature = d.required("legislature_id", Codecs.reference(), Motion::legislature);
    var kind = d.optional("kind", code(MotionKind.class, MotionKind::of, "motion kind", MotionKind.knownValues()), Motion::kind);
    var identifier = d.optional("identifier", Codecs.STRING, Motion::identifier);
    var title = d.required("title", Codecs.MULTILINGUAL_TEXT, Motion::title);
    var text = d.optional("text", Codecs.MULTILINGUAL_TEXT, Motion::text);
    var sponsors = d.list("sponsor_ids", Codecs.reference(), Motion::sponsors);
    var tabledOn = d.optional("tabled_on", Codecs.PARTIAL_DATE, Motion::tabledOn);
    var legalBasis = d.optional("legal_basis", Codecs.STRING, Motion::legalBasis);
    var subjects = d.list("subjects", MOTION_SUBJECT, Motion::subjects);
    var amends = d.optional("amends_id", Codecs.reference(), Motion::amends);
    var otherReportOf = d.optional("other_report_of_id", Codecs.reference(), Motion::otherReportOf);
    var sources = d.list("source_ids", Codecs.reference(), Motion::sources);
    return d.buildRecord(
        Motion.class,
        v ->
            Motion.builder()
                .id(v.get(id))
                .legislature(v.get(legislature))
                .kind(v.optional(kind))
                .identifier(v.optional(identifier))
                .title(v.get(title))
                .text(v.optional(text))
                .addAllSponsors(v.list(sponsors))
                .tabledOn(v.optional(tabledOn))
                .legalBasis(v.optional(legalBasis))
                .addAllSubjects(v.list(subjects))
                .amends(v.optional(amends))
                .otherReportOf(v.optional(otherReportOf))
                .addAllSources(v.list(sources))
                .build());
  }

  private static RecordCodec<Vote> vote() {
    var d = ObjectCodec.<Vote>define(RecordType.VOTE.wireName());
    var id = d.required("id", Codecs.ID, Vote::id);
    var motion = d.required("motion_id", Codecs.reference(), Vote::motion);
    var result = d.required("result", code(VoteResult.class, VoteResult::of, "vote result", VoteResult.knownValues()), Vote::result);
    var legislature = d.optional("legislature_id", Codecs.reference(), Vote::legislature);
    var identifier = d.optional("identifier", Codecs.STRING, Vote::identifier);
    var date = d.optional("date", Codecs.PARTIAL_DATE, Vote::date);
    var method = d.optional("method", code(VoteMethod.class, VoteMethod::of, "vote method", VoteMethod.knownValues()), Vote::method);
    var rule = d.optional("rule", code(VotingRule.class, VotingRule::of, "voting rule", VotingRule.knownValues()), Vote::rule);
    var counts = d.list("counts", COUNT, Vote::counts);
    var ballots = d.list("ballots", BALLOT, Vote::ballots);
    var otherReportOf = d.optional("other_report_of_id", Codecs.reference(), Vote::otherReportOf);
    var sources = d.list("source_ids", Codecs.reference(), Vote::sources);
    return d.buildRecord(
        Vote.class,
        v ->
            Vote.builder()
                .id(v.get(id))
                .motion(v.get(motion))
                .result(v.get(result))
                .legislature(v.optional(legislature))
                .identifier(v.optional(identifier))
                .date(v.optional(date))
                .method(v.optional(method))
                .rule(v.optional(rule))
                .addAllCounts(v.list(counts))
                .addAllBallots(v.list(ballots))
                .otherReportOf(v.optional(otherReportOf))
                .addAllSources(v.list(sources))
                .build());
  }

  private static RecordCodec<ProtestNote> protestNote() {
    var d = ObjectCodec.<ProtestNote>define(RecordType.PROTEST_NOTE.wireName());
    var id = d.required("id", Codecs.ID, ProtestNote::id);
    var sender = d.required("sender_id", Codecs.reference(), ProtestNote::sender);
    var recipient = d.required("recipient_id", Codecs.reference(), ProtestNote::recipient);
    var date = d.optional("date", Codecs.PARTIAL_DATE, ProtestNote::date);
    var form = d.optional("form", code(NoteForm.class, NoteForm::of, "note form", NoteForm.knownValues()), ProtestNote::form);
    var referenceNumber = d.optional("reference_number", Codecs.STRING, ProtestNote::referenceNumber);
    var protested = d.list("protested_act_ids", Codecs.reference(), ProtestNote::protestedActs);
    var summary = d.optional("summary", Codecs.MULTILINGUAL_TEXT, ProtestNote::summary);
    var language = d.optional("language", Codecs.LANGUAGE_TAG, ProtestNote::language);
    var otherReportOf = d.optional("other_report_of_id", Codecs.reference(), ProtestNote::otherReportOf);
    var sources = d.list("source_ids", Codecs.reference(), ProtestNote::sources);
    return d.buildRecord(
        ProtestNote.class,
        v ->
            ProtestNote.builder()
                .id(v.get(id))
                .sender(v.get(sender))
                .recipient(v.get(recipient))
                .date(v.optional(date))
                .form(v.optional(form))
                .referenceNumber(v.optional(referenceNumber))
                .addAllProtestedActs(v.list(protested))
                .summary(v.optional(summary))
                .language(v.optional(language))
                .otherReportOf(v.optional(otherReportOf))
                .addAllSources(v.list(sources))
                .build());
  }

  private static RecordCodec<Statement> statement() {
    var d = ObjectCodec.<Statement>define(RecordType.STATEMENT.wireName());
    var id = d.required("id", Codecs.ID, Statement::id);
    var author = d.required("author_id", Codecs.reference(), Statement::author);
    var date = d.optional("date", Codecs.PARTIAL_DATE, Statement::date);
    var positions = d.nonEmptyList("positions", POSITION, Statement::positions);
    var summary = d.optional("summary", Codecs.MULTILINGUAL_TEXT, Statement::summary);
    var otherReportOf = d.optional("other_report_of_id", Codecs.reference(), Statement::otherReportOf);
    var sources = d.list("source_ids", Codecs.reference(), Statement::sources);
    return d.buildRecord(
        Statement.class,
        v ->
            Statement.builder()
                .id(v.get(id))
                .author(v.get(author))
                .date(v.optional(date))
                .addAllPositions(v.list(positions))
                .summary(v.optional(summary))
                .otherReportOf(v.optional(otherReportOf))
                .addAllSources(v.list(sources))
                .build());
  }

  private static RecordCodec<Treaty> treaty() {
    var d = ObjectCodec.<Treaty>define(RecordType.TREATY.wireName());
    var id = d.required("id", Codecs.ID, Treaty::id);
    var title = d.required("title", Codecs.MULTILINGUAL_TEXT, Treaty::title);
    var kind = d.optional("kind", code(TreatyKind.class, TreatyKind::of, "treaty kind", TreatyKind.knownValues()), Treaty::kind);
    var parties = d.list("party_ids", Codecs.reference(), Treaty::parties);
    var signatures = d.list("signatures", SIGNATURE, Treaty::signatures);
    var mediators = d.list("mediator_ids", Codecs.reference(), Treaty::mediators);
    var concludedOn = d.optional("concluded_on", Codecs.PARTIAL_DATE, Treaty::concludedOn);
    var concludedAt = d.optional("concluded_at", Codecs.STRING, Treaty::concludedAt);
    var entryIntoForce = d.optional("entry_into_force", Codecs.PARTIAL_DATE, Treaty::entryIntoForce);
    var status =
        d.optional("status", code(TreatyStatus.class, TreatyStatus::of, "treaty status", TreatyStatus.knownValues()), Treaty::status);
    var depositary = d.optional("depositary_id", Codecs.reference(), Treaty::depositary);
    var registration = d.optional("un_registration_number", Codecs.STRING, Treaty::unRegistrationNumber);
    var languages = d.list("authentic_languages", Codecs.LANGUAGE_TAG, Treaty::authenticLanguages);
    var actions = d.list("participant_actions", PARTICIPANT_ACTION, Treaty::participantActions);
    var otherReportOf = d.optional("other_report_of_id", Codecs.reference(), Treaty::otherReportOf);
    var sources = d.list("source_ids", Codecs.reference(), Treaty::sources);
    return d.buildRecord(
        Treaty.class,
        v ->
            Treaty.builder()
                .id(v.get(id))
                .title(v.get(title))
                .kind(v.optional(kind))
                .addAllParties(v.list(parties))
                .addAllSignatures(v.list(signatures))
                .addAllMediators(v.list(mediators))
                .concludedOn(v.optional(concludedOn))
                .concludedAt(v.optional(concludedAt))
                .entryIntoForce(v.optional(entryIntoForce))
                .status(v.optional(status))
                .depositary(v.optional(depositary))
                .unRegistrationNumber(v.optional(registration))
                .addAllAuthenticLanguages(v.list(languages))
                .addAllParticipantActions(v.list(actions))
                .otherReportOf(v.optional(otherReportOf))
                .addAllSources(v.list(sources))
                .build());
  }

  private static RecordCodec<Source> source() {
    var d = ObjectCodec.<Source>define(RecordType.SOURCE.wireName());
    var id = d.required("id", Codecs.ID, Source::id);
    var kind = d.optional("kind", code(SourceKind.class, SourceKind::of, "source kind", SourceKind.knownValues()), Source::kind);
    var title = d.optional("title", Codecs.MULTILINGUAL_TEXT, Source::title);
    var publisher = d.optional("publisher", Codecs.STRING, Source::publisher);
    var authorName = d.optional("author_name", Codecs.STRING, Source::authorName);
    var author = d.optional("author_id", Codecs.reference(), Source::author);
    var url = d.optional("url", Codecs.URL, Source::url);
    var publishedOn = d.optional("published_on", Codecs.PARTIAL_DATE, Source::publishedOn);
    var retrievedOn = d.optional("retrieved_on", Codecs.PARTIAL_DATE, Source::retrievedOn);
    var language = d.optional("language", Codecs.LANGUAGE_TAG, Source::language);
    var quotes = d.list("quotes", Codecs.STRING, Source::quotes);
    var sources = d.list("source_ids", Codecs.reference(), Source::sources);
    return d.buildRecord(
        Source.class,
        v ->
            Source.builder()
                .id(v.get(id))
                .kind(v.optional(kind))
                .title(v.optional(title))
                .publisher(v.optional(publisher))
                .authorName(v.optional(authorName))
                .author(v.optional(author))
                .url(v.optional(url))
                .publishedOn(v.optional(publishedOn))
                .retrievedOn(v.optional(retrievedOn))
                .language(v.optional(language))
                .addAllQuotes(v.list(quotes))
                .addAllSources(v.list(sources))
                .build());
  }

  private static Optional<Integer> boxed(OptionalInt value) {
    return value.isPresent() ? Optional.of(value.getAsInt()) : Optional.empty();
  }
}
