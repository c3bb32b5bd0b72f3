package io.github.chancery.popolo;

import static org.assertj.core.api.Assertions.assertThat;
import static io.github.chancery.popolo.Refusals.message;
import static io.github.chancery.popolo.Refusals.refusal;

import io.github.chancery.core.actor.Membership;
import io.github.chancery.core.actor.Organization;
import io.github.chancery.core.actor.OrganizationKind;
import io.github.chancery.core.actor.Person;
import io.github.chancery.core.dossier.Dossier;
import io.github.chancery.core.dossier.Finding;
import io.github.chancery.core.legislature.Legislature;
import io.github.chancery.core.legislature.Motion;
import io.github.chancery.core.legislature.Session;
import io.github.chancery.core.legislature.SessionKind;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.record.OtherName;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.vote.Ballot;
import io.github.chancery.core.vote.Vote;
import io.github.chancery.core.vote.VoteOption;
import io.github.chancery.core.vote.VoteResult;
import io.github.chancery.json.problem.InvalidJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Popolo's own examples (popolo-spec, CC BY 4.0, copied under test resources with their notice)
 * and exports shaped like the messy ones publishers emit.
 */
final class PopoloTest {
  private static final Map<String, List<String>> EXPECTED = expectedWarnings();

  private static Map<String, List<String>> expectedWarnings() {
    Map<String, List<String>> expected = new LinkedHashMap<>();
    String current = null;
    for (String line : resource("/popolo/expected-warnings.txt").split("\n")) {
      if (line.startsWith("# ")) {
        current = line.substring(2);
        expected.put(current, new ArrayList<>());
      } else if (!line.isBlank()) {
        expected.get(current).add(line);
      }
    }
    return expected;
  }

  private static String resource(String name) {
    try (InputStream in = PopoloTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("missing test resource " + name, e);
    }
  }

  private static PopoloImport read(String json) throws IOException {
    return Popolo.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  private static PopoloImport example(String name) throws IOException {
    return read(resource("/popolo/examples/" + name));
  }

  private static String export(Dossier dossier) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Popolo.write(dossier, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  static Stream<String> examples() {
    return EXPECTED.keySet().stream();
  }

  @ParameterizedTest
  @MethodSource("examples")
  void everyExampleImportsWithItsExpectedWarnings(String name) throws IOException {
    PopoloImport imported = example(name);

    assertThat(imported.warnings()).extracting(PopoloWarning::toString).containsExactlyElementsOf(EXPECTED.get(name));
  }

  @ParameterizedTest
  @MethodSource("examples")
  void everyExampleExportedAndImportedAgainGivesTheSameRecords(String name) throws IOException {
    Dossier first = example(name).dossier();

    PopoloImport again = read(export(first));

    // Popolo groups objects by kind: the records come back in that order, not the first file's.
    assertThat(again.dossier().records()).containsExactlyInAnyOrderElementsOf(first.records());
  }

  @Test
  void theManifestCoversEveryExample() {
    assertThat(EXPECTED).hasSize(18);
  }

  @Test
  void readsAPersonWithOtherNamesIdentifiersAndDatedNames() throws IOException {
    Person person = example("person.json").dossier().get("john-q-public", Person.class).orElseThrow();

    assertThat(person.nameIn()).isEqualTo("Mr. John Q. Public, Esq.");
    assertThat(person.otherNames()).extracting(OtherName::name).containsExactly("Mr. Ziggy Q. Public, Esq.", "Dragonsbane");
    assertThat(person.otherNames().get(0).end()).contains(PartialDate.of(1949, 12, 31));
    assertThat(person.otherNames().get(0).note()).contains("Birth name");
    assertThat(person.identifiers()).extracting(Object::toString).containsExactly("SIN:046454286");
  }

  @Test
  void readsAnEmbeddedMembershipWithItsPostAndBothEnds() throws IOException {
    Dossier dossier = example("embedding-membership.json").dossier();
    Membership membership = dossier.get("700", Membership.class).orElseThrow();

    assertThat(membership.member().id()).isEqualTo("john-q-public");
    assertThat(membership.organization().id()).isEqualTo("abc-inc");
    assertThat(membership.post()).contains("Chef at Joe's Diner");
    assertThat(membership.role()).contains("Chef");
    assertThat(dossier.referenceProblems()).isEmpty();
  }

  @Test
  void readsTheHongKongVoteEventWithItsEmbeddedMotionAndGroupCountsAndKeepsTheEarlierEnd() throws IOException {
    PopoloImport imported = example("vote_event.json");
    Vote vote = imported.dossier().all(Vote.class).get(0);

    assertThat(vote.result()).contains(VoteResult.REJECTED);
    assertThat(vote.date()).contains(PartialDate.parse("2013-10-09T18:53:09Z"));
    assertThat(vote.counts()).hasSize(6).allSatisfy(c -> assertThat(c.group()).isPresent());
    assertThat(imported.dossier().resolve(vote.motion(), Motion.class).orElseThrow().title().asMap().values())
        .containsExactly("根據《立法會（權力及特權）條例》動議的議案");
    assertThat(imported.dossier().all(Organization.class)).extracting(o -> o.nameIn())
        .containsExactly("Functional constituencies", "Geographical constituencies");
    // The same file gives the same derived ids on every import.
    assertThat(example("vote_event.json").dossier().records()).isEqualTo(imported.dossier().records());
  }

  @Test
  void readsALegislativeSessionAsASession() throws IOException {
    Session session = example("event.json").dossier().get("parliament-41-session-1", Session.class).orElseThrow();

    assertThat(session.kind()).contains(SessionKind.SESSION);
    assertThat(session.identifier()).contains("1");
    assertThat(session.start()).contains(PartialDate.of(2011, 6, 2));
    assertThat(session.parent().orElseThrow().id()).isEqualTo("parliament-41");
  }

  /** An export as parliament monitors publish them, with the faults the issue lists. */
  static final String MESSY =
      "{\"persons\":["
          + "{\"id\":\"person 1\",\"name\":\"Ana Pérez\",\"other_names\":[{\"name\":\"Ana Perez\",\"lang\":\"es_ES\"},"
          + "{\"name\":\"Ana P.\",\"lang\":\"spanish please\"},{\"name\":\"A. Pérez\",\"lang\":\"es\"}]},"
          + "{\"id\":\"person-2\",\"name\":\"Bo Li\"}],"
          + "\"organizations\":["
          + "{\"id\":\"senate\",\"name\":\"Senate\",\"classification\":\"upper house\"},"
          + "{\"id\":\"party-x\",\"name\":\"Party X\",\"classification\":\"party\"}],"
          + "\"memberships\":["
          + "{\"person_id\":\"person 1\",\"organization_id\":\"senate\",\"on_behalf_of_id\":\"party-x\",\"start_date\":\"2020-01-01\",\"end_date\":\"2019-01-01\"}],"
          + "\"events\":[{\"id\":\"term-9\",\"name\":\"9th term\",\"classification\":\"legislative period\",\"organization_id\":\"senate\",\"start_date\":\"2020-01-01\"}],"
          + "\"motions\":[{\"id\":\"m-1\",\"organization_id\":\"senate\",\"text\":\"A bill\",\"date\":\"2021-03-02\",\"requirement\":\"simple-majority\"}],"
          + "\"vote_events\":["
          + "{\"motion_id\":\"m-1\",\"organization_id\":\"senate\",\"legislative_session_id\":\"term-9\",\"start_date\":\"2021-03-04T15:30:00\","
          + "\"counts\":[{\"option\":\"yes\",\"value\":2},{\"option\":\"no\",\"value\":0}],"
          + "\"votes\":[{\"voter_id\":\"person 1\",\"option\":\"yes\"},{\"voter_id\":\"person-2\",\"option\":\"both\"},"
          + "{\"voter_id\":\"person-3\",\"option\":\"no\"},{\"voter_id\":\"person-2\",\"option\":\"no\"}]}]}";

  @Test
  void aMessyExportImportsWithEveryRepairAndLossSaid() throws IOException {
    PopoloImport imported = read(MESSY);
    Dossier dossier = imported.dossier();

    assertThat(imported.warnings()).extracting(PopoloWarning::toString)
        .containsExactly(
            "$.persons[0].id: 'person 1' is not a Chancery id (must not contain whitespace, control or invisible format characters"
                + " (U+0020 at index 6)): read as 'person-1' here and wherever it is referred to",
            "$.persons[0].other_names[0].lang: 'es_ES' is not a well-formed BCP 47 tag; read as 'es-ES'",
            "$.persons[0].other_names[1].lang: 'spanish please' is not a BCP 47 language tag and cannot be repaired; it is kept in the note",
            "$.memberships[0].end_date: end_date 2019-01-01 is before start_date 2020-01-01: the end is not kept",
            "$.vote_events[0]: the vote event has no id: it is read as '" + dossier.all(Vote.class).get(0).id()
                + "', derived from its content, the same on every import",
            "$.vote_events[0].votes[3]: voter 'person-2' already has a vote in this vote event; this second vote ('no') is not imported");
    Person ana = dossier.get("person-1", Person.class).orElseThrow();
    assertThat(ana.otherNames()).extracting(OtherName::toString).containsExactly("[es-ES] Ana Perez", "Ana P.", "[es] A. Pérez");
    assertThat(ana.otherNames().get(1).note()).contains("lang: spanish please");
    assertThat(dossier.get("senate", Legislature.class)).isPresent();
    assertThat(dossier.get("party-x", Organization.class).orElseThrow().kind()).contains(OrganizationKind.PARTY);
    Vote vote = dossier.all(Vote.class).get(0);
    assertThat(vote.date().orElseThrow().localDateTime()).isPresent();
    assertThat(vote.rule().orElseThrow().code()).isEqualTo("simple-majority");
    assertThat(vote.ballots()).extracting(Ballot::option).extracting(VoteOption::code).containsExactly("yes", "both", "no");
    assertThat(dossier.get(vote.ballots().get(0).voter().orElseThrow().id())).isPresent();
    // Declared counts and the individual votes are both kept; the report flags where they differ,
    // and names the voter the file does not hold.
    assertThat(dossier.check().findings()).extracting(Finding::toString)
        .anySatisfy(f -> assertThat(f).contains("dangling-reference").contains("person-3"))
        .anySatisfy(f -> assertThat(f).contains("counts-disagree-with-ballots").contains("'yes' is counted 2 but 1 ballot"));
    assertThat(read(MESSY).dossier().records()).isEqualTo(dossier.records());
  }

  @Test
  void aMessyExportRoundTripsItsMappedFields() throws IOException {
    Dossier dossier = read(MESSY).dossier();

    PopoloImport again = read(export(dossier));

    assertThat(again.dossier().records()).containsExactlyInAnyOrderElementsOf(dossier.records());
    assertThat(again.warnings()).isEmpty();
  }

  @Test
  void refusesWhatIsNotJsonOrNotPopoloWithItsPath() {
    InvalidJson broken = refusal(() -> read("{\"persons\": [{\"id\": "));
    InvalidJson number = refusal(() -> read("42"));
    InvalidJson stranger = refusal(() -> read("{\"colour\": \"blue\"}"));
    InvalidJson empty = refusal(() -> read(""));

    assertThat(broken.problems()).extracting(p -> p.code().code()).containsExactly("malformed-json");
    assertThat(number.problems()).extracting(p -> p.path() + " " + p.code().code()).containsExactly("$ wrong-type");
    assertThat(stranger.problems()).extracting(p -> p.path() + " " + p.code().code()).containsExactly("$ unknown-type");
    assertThat(empty.problems()).extracting(p -> p.code().code()).containsExactly("malformed-json");
    assertThat(message(broken)).doesNotContain("com.fasterxml").doesNotContain("VALUE_STRING");
  }

  @Test
  void writesStatesAsOrganizationsAndBallotsByNameAsNamedVoters() throws IOException {
    Vote byName =
        Vote.builder().id("v").motion(io.github.chancery.core.record.Reference.to("m")).addBallot(Ballot.byName("Rogers (KY)", VoteOption.YES)).build();

    String exported = export(Dossier.of(List.<ChanceryRecord>of(byName)));

    assertThat(exported).contains("{\"voter\":{\"name\":\"Rogers (KY)\"},\"option\":\"yes\"}");
    assertThat(read(exported).dossier().get("v", Vote.class).orElseThrow().ballots()).containsExactly(Ballot.byName("Rogers (KY)", VoteOption.YES));
  }

  @ParameterizedTest
  @MethodSource("examples")
  void theExportOfEveryExampleValidatesAgainstPopolosSchemas(String name) throws IOException {
    String exported = export(example(name).dossier());

    assertThat(PopoloSchemas.errors(exported)).isEmpty();
  }

  @Test
  void theExportOfAMessyFileValidatesAgainstPopolosSchemas() throws IOException {
    assertThat(PopoloSchemas.errors(export(read(MESSY).dossier()))).isEmpty();
  }

  @Test
  void theSchemaCheckRefusesWhatPopoloRefuses() throws IOException {
    // A count's option and value are required; an other name's dates are dates only.
    String bad =
        "{\"vote_events\":[{\"id\":\"v\",\"counts\":[{\"option\":\"yes\"}]}],"
            + "\"persons\":[{\"id\":\"p\",\"name\":\"P\",\"other_names\":[{\"name\":\"Q\",\"start_date\":\"2020-01-01T10:00:00Z\"}]}]}";

    assertThat(PopoloSchemas.errors(bad))
        .hasSize(2)
        .anySatisfy(e -> assertThat(e).startsWith("$.vote_events[0]").contains("value"))
        .anySatisfy(e -> assertThat(e).startsWith("$.persons[0]").contains("start_date"));
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource({
    "person.json, persons, 'id,name,other_names,identifiers'",
    "organization.json, organizations, 'id,name,other_names,identifiers,classification,parent_id'",
    "embedding-membership.json, memberships, 'id,role,start_date,end_date'",
    "event.json, events, 'id,name,organization_id,identifiers,parent_id,start_date,end_date'"
  })
  void popoloReadAndWrittenBackKeepsEveryMappedFieldAsItWas(String name, String collection, String fields) throws IOException {
    JsonTree original = TestJson.parse(resource("/popolo/examples/" + name));
    JsonTree written = TestJson.parse(export(example(name).dossier())).get(collection).elements().get(0);

    for (String field : fields.split(",")) {
      assertThat(written.get(field)).as(field).isEqualTo(original.get(field));
    }
  }

  @Test
  void repairsAnIdWithBrokenUnicodeAndRefusesAnOutOfRangeWeightWithWarnings() throws IOException {
    PopoloImport imported =
        read("{\"vote_events\":[{\"id\":\"v\",\"motion_id\":\"m\",\"votes\":[{\"voter_id\":\"p\\ud800\",\"option\":\"yes\",\"weight\":1e400}]}]}");

    Vote vote = imported.dossier().get("v", Vote.class).orElseThrow();
    assertThat(vote.ballots().get(0).voter().orElseThrow().id()).startsWith("id-");
    assertThat(vote.ballots().get(0).weight()).isEmpty();
    assertThat(imported.warnings()).extracting(PopoloWarning::path)
        .containsExactly("$.vote_events[0].votes[0].voter_id", "$.vote_events[0].votes[0].weight");
  }

  @Test
  void aDivisionReadAndWrittenBackKeepsEveryMappedFieldOfItsMotionVoteEventVotesAndCounts() throws IOException {
    String division = resource("/popolo/fixtures/division.json");
    PopoloImport imported = read(division);
    JsonTree original = TestJson.parse(division);
    JsonTree written = TestJson.parse(export(imported.dossier()));

    assertThat(imported.warnings()).isEmpty();
    for (String field : List.of("id", "organization_id", "legislative_session_id", "identifier", "text", "classification", "creator_id", "date",
        "requirement", "result")) {
      assertThat(written.get("motions").elements().get(0).get(field)).as("motion " + field).isEqualTo(original.get("motions").elements().get(0).get(field));
    }
    for (String field : List.of("id", "organization_id", "legislative_session_id", "identifier", "motion_id", "start_date", "result", "counts",
        "votes")) {
      assertThat(written.get("vote_events").elements().get(0).get(field)).as("vote event " + field).isEqualTo(original.get("vote_events").elements().get(0).get(field));
    }
    assertThat(written.get("events").elements().get(0)).isEqualTo(original.get("events").elements().get(0));
  }

  @Test
  void votesAndCountsGivenApartJoinTheirVoteEventWhereverTheyAreInTheFile() throws IOException {
    // Open Civic Data's shape: votes before and after their vote event, one naming it by an id
    // that needs repair, one in Popolo's embedded form, and a count given apart.
    PopoloImport imported =
        read("{\"votes\":[{\"vote_event_id\":\"division 42\",\"voter_id\":\"ann\",\"option\":\"yes\"}],"
            + "\"vote_events\":[{\"id\":\"division 42\",\"motion_id\":\"m\"}],"
            + "\"counts\":[{\"vote_event_id\":\"division 42\",\"option\":\"yes\",\"value\":3},{\"vote_event_id\":\"nowhere\",\"option\":\"no\",\"value\":1}],"
            + "\"motions\":[{\"id\":\"m\",\"organization_id\":\"house\",\"text\":\"A motion\"}],"
            + "\"persons\":[{\"id\":\"ann\",\"name\":\"Ann\"},{\"id\":\"bob\",\"name\":\"Bob\"}]}");
    PopoloImport after =
        read("{\"vote_events\":[{\"id\":\"division 42\",\"motion_id\":\"m\"}],"
            + "\"votes\":[{\"vote_event_id\":\"division 42\",\"voter_id\":\"ann\",\"option\":\"yes\"},"
            + "{\"vote_event\":{\"id\":\"division 42\"},\"voter_id\":\"bob\",\"option\":\"no\"},"
            + "{\"vote_event_id\":\"division 42\",\"voter_id\":\"ann\",\"option\":\"no\"}]}");

    Vote vote = imported.dossier().get("division-42", Vote.class).orElseThrow();
    assertThat(vote.ballots()).extracting(b -> b.voter().orElseThrow().id()).containsExactly("ann");
    assertThat(vote.counts()).extracting(c -> c.option().code() + " " + c.value()).containsExactly("yes 3");
    assertThat(imported.warnings()).extracting(PopoloWarning::toString)
        .contains("$.counts[1]: the file holds no vote event 'nowhere': 1 count(s) given apart from it are not imported");
    Vote later = after.dossier().get("division-42", Vote.class).orElseThrow();
    assertThat(later.ballots()).extracting(b -> b.voter().orElseThrow().id() + " " + b.option().code()).containsExactly("ann yes", "bob no");
    assertThat(after.warnings()).extracting(PopoloWarning::toString)
        .contains("$.votes[2]: voter 'ann' already has a vote in this vote event; this second vote ('no') is not imported");
  }

  @Test
  void anObjectGivenInFullWinsOverAnEarlierEmbeddedCopyAndADifferingSecondObjectIsWarned() throws IOException {
    PopoloImport imported =
        read("{\"vote_events\":[{\"id\":\"v\",\"motion_id\":\"m\",\"organization\":{\"id\":\"house\",\"name\":\"The House\"}}],"
            + "\"organizations\":[{\"id\":\"house\",\"name\":\"House of Commons\",\"classification\":\"lower house\"},"
            + "{\"id\":\"house\",\"name\":\"House of Lords\",\"classification\":\"upper house\"}]}");

    assertThat(imported.dossier().get("house", Legislature.class).orElseThrow().name().toString()).contains("House of Commons");
    assertThat(imported.warnings()).extracting(PopoloWarning::toString)
        .contains("$.organizations[1]: a second object with id 'house' differs from the first, which is kept: this one is not imported");
  }

  @Test
  void readsEmbeddedSessionsAsSessionsOfTheLegislatureThatEmbedsThem() throws IOException {
    PopoloImport imported =
        read("{\"vote_events\":[{\"id\":\"v\",\"motion_id\":\"m\",\"organization_id\":\"house\","
            + "\"legislative_session\":{\"id\":\"s-2023\",\"name\":\"2023-24 session\",\"start_date\":\"2023-11-07\"}}],"
            + "\"memberships\":[{\"person_id\":\"ann\",\"organization_id\":\"house\",\"legislative_period\":{\"name\":\"58th Parliament\"}}]}");

    Session session = imported.dossier().get("s-2023", Session.class).orElseThrow();
    assertThat(session.kind()).contains(SessionKind.SESSION);
    assertThat(session.legislature().id()).isEqualTo("house");
    assertThat(session.start()).contains(PartialDate.of(2023, 11, 7));
    Membership membership = imported.dossier().all(Membership.class).get(0);
    Session term = imported.dossier().get(membership.session().orElseThrow().id(), Session.class).orElseThrow();
    assertThat(term.kind()).contains(SessionKind.TERM);
    assertThat(imported.warnings()).extracting(PopoloWarning::path).contains("$.memberships[0].legislative_period");
  }

  @Test
  void warnsOfWronglyTypedValuesInsteadOfDroppingThemSilently() throws IOException {
    PopoloImport imported =
        read("{\"vote_events\":[{\"id\":\"v\",\"motion_id\":\"m\",\"counts\":[1],\"votes\":5,\"start_date\":{\"at\":\"noon\"},"
            + "\"result\":[\"pass\"]}],"
            + "\"persons\":[{\"id\":\"p\",\"name\":\"P\",\"other_names\":[{\"name\":\"Q\",\"lang\":{\"tag\":\"en\"}}],\"identifiers\":\"Q42\"}],"
            + "\"organizations\":[{\"id\":\"o\",\"name\":\"O\",\"classification\":[\"party\"]}]}");

    assertThat(imported.warnings()).extracting(PopoloWarning::toString)
        .contains(
            "$.vote_events[0].counts[0]: is a number, an object was expected: not imported",
            "$.vote_events[0].votes: is a number, an array was expected: not imported",
            "$.vote_events[0].start_date: is an object, a text was expected: not kept",
            "$.vote_events[0].result: is an array, a text was expected: not kept",
            "$.persons[0].other_names[0].lang: is an object, a text was expected: not kept",
            "$.persons[0].identifiers: is a string, an array was expected: not imported",
            "$.organizations[0].classification: is an array, a text was expected: not kept");
    assertThat(imported.dossier().get("v", Vote.class)).isPresent();
  }

  @Test
  void keepsAMotionsResultOnItsVoteOrSaysWhyItIsNotMapped() throws IOException {
    String motions = "\"motions\":[{\"id\":\"m\",\"organization_id\":\"house\",\"text\":\"A motion\",\"result\":\"pass\"}]";

    PopoloImport agreeing = read("{" + motions + ",\"vote_events\":[{\"id\":\"v\",\"motion_id\":\"m\",\"result\":\"pass\"}]}");
    PopoloImport silent = read("{" + motions + ",\"vote_events\":[{\"id\":\"v\",\"motion_id\":\"m\"}]}");
    PopoloImport unvoted = read("{" + motions + "}");

    assertThat(agreeing.warnings()).isEmpty();
    assertThat(silent.warnings()).extracting(PopoloWarning::toString)
        .containsExactly("$.motions[0].result: a motion's result is kept on its votes, and no vote event of this motion has the result 'pass'"
            + " (they give none): not mapped");
    assertThat(unvoted.warnings()).extracting(PopoloWarning::toString)
        .containsExactly("$.motions[0].result: a motion's result is kept on its votes; the file holds no vote event of this motion, so 'pass' is not mapped");
  }

  @Test
  void aMotionsVoteEventsAreFoundInAnExportReadObjectByObject() throws IOException {
    PopoloImport imported =
        read("{\"motions\":[{\"id\":\"m\",\"organization_id\":\"house\",\"text\":\"A motion\",\"requirement\":\"three-fifths\","
            + "\"vote_events\":[\"v\",\"w\"]}],\"vote_events\":[{\"id\":\"v\",\"motion_id\":\"m\"}]}");
    PopoloImport badRule =
        read("{\"vote_events\":[{\"id\":\"v\",\"motion_id\":\"m\"}],\"motions\":[{\"id\":\"m\",\"organization_id\":\"house\",\"text\":\"A motion\","
            + "\"requirement\":\" \"}]}");

    assertThat(imported.warnings()).extracting(PopoloWarning::toString).containsExactly("$.motions[0].vote_events[1]: the file holds no vote event 'w' of this motion");
    assertThat(imported.dossier().get("v", Vote.class).orElseThrow().rule().orElseThrow().code()).isEqualTo("three-fifths");
    assertThat(badRule.warnings()).extracting(PopoloWarning::path).containsExactly("$.motions[0].requirement");
  }

  @Test
  void membershipsTakeTheirMemberPostAndOrganizationFromWhereTheyAre() throws IOException {
    PopoloImport imported =
        read("{\"organizations\":[{\"id\":\"house\",\"name\":\"House\",\"classification\":\"lower house\","
            + "\"posts\":[{\"id\":\"seat 1\",\"label\":\"Member for Ayr\"},{\"id\":\"seat-2\"}]}],"
            + "\"persons\":[{\"id\":\"ann\",\"name\":\"Ann\",\"memberships\":[{\"post_id\":\"seat 1\"},{\"organization_id\":\"club\"}]},"
            + "{\"id\":\"bob\",\"name\":\"Bob\",\"memberships\":[{\"organization_id\":\"club\"}]},"
            + "{\"name\":\"Nobody\",\"memberships\":[{\"organization_id\":\"club\"}]}],"
            + "\"memberships\":[{\"person_id\":\"cyd\",\"post_id\":\"seat-2\",\"label\":\"Member for Bute\"},"
            + "{\"person_id\":\"dee\",\"member\":{\"@type\":\"Person\",\"id\":\"eve\"},\"organization_id\":\"house\"},"
            + "{\"member\":{\"@type\":\"Organization\",\"id\":\"party-a\",\"name\":\"Party A\"},\"organization_id\":\"coalition\"}]}");
    Dossier dossier = imported.dossier();

    Membership ann = dossier.all(Membership.class).stream()
        .filter(m -> m.member().id().equals("ann") && m.organization().id().equals("house")).findFirst().orElseThrow();
    assertThat(ann.post()).contains("Member for Ayr");
    Membership cyd = dossier.all(Membership.class).stream().filter(m -> m.member().id().equals("cyd")).findFirst().orElseThrow();
    assertThat(cyd.post()).contains("Member for Bute");
    assertThat(cyd.organization().id()).isEqualTo("house");
    // The same content in two persons is two memberships.
    assertThat(dossier.all(Membership.class)).filteredOn(m -> m.organization().id().equals("club")).extracting(m -> m.member().id())
        .containsExactlyInAnyOrder("ann", "bob");
    assertThat(dossier.get("party-a", Organization.class)).isPresent();
    assertThat(dossier.all(Membership.class)).anySatisfy(m -> assertThat(m.member().id()).isEqualTo("party-a"));
    assertThat(imported.warnings()).extracting(PopoloWarning::toString)
        .contains(
            "$.persons[2]: a person without an id: not imported",
            "$.persons[2].memberships[0]: a membership needs a member and an organization (directly or through its post): not imported",
            "$.memberships[1].member: the member 'eve' is not the person 'dee' the membership names: the person is kept");
  }

  @Test
  void readsOrganizationsThatVoteAsOrganizations() throws IOException {
    PopoloImport imported =
        read("{\"vote_events\":[{\"id\":\"v\",\"motion_id\":\"m\",\"votes\":["
            + "{\"voter\":{\"@type\":\"Organization\",\"id\":\"ukraine\",\"name\":\"Ukraine\"},\"option\":\"yes\"},"
            + "{\"voter\":{\"id\":\"fr\",\"name\":\"France\",\"classification\":\"state\"},\"option\":\"yes\"},"
            + "{\"voter\":{\"id\":\"ann\",\"name\":\"Ann\"},\"option\":\"no\"}]}]}");

    assertThat(imported.dossier().get("ukraine", Organization.class)).isPresent();
    assertThat(imported.dossier().get("fr", Organization.class)).isPresent();
    assertThat(imported.dossier().get("ann", Person.class)).isPresent();
    assertThat(imported.dossier().get("v", Vote.class).orElseThrow().ballots()).hasSize(3);
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"international organization", "International Organisation", "intergovernmental organization"})
  void anInternationalBodyIsReadAsAnInternationalOrganizationAndWrittenBackAsOne(String classification) throws IOException {
    PopoloImport imported = read("{\"id\":\"un\",\"name\":\"United Nations\",\"classification\":\"" + classification + "\"}");

    Organization un = imported.dossier().get("un", Organization.class).orElseThrow();
    assertThat(un.kind()).contains(OrganizationKind.INTERNATIONAL_ORGANIZATION);
    assertThat(imported.warnings()).isEmpty();
    assertThat(export(imported.dossier())).contains("\"classification\":\"international organization\"");
  }

  @Test
  void severalNamesInOneLanguageAreAllKeptInOrderAsOtherNames() throws IOException {
    PopoloImport imported =
        read("{\"id\":\"ann\",\"name\":\"Ann Smith\",\"other_names\":[{\"name\":\"Annie Smith\",\"lang\":\"en\"},"
            + "{\"name\":\"Anne Smith\",\"lang\":\"fr\"},{\"name\":\"A. Smith\",\"lang\":\"en\"},{\"name\":\"Ann S.\",\"lang\":\"en\"}]}");

    Person ann = imported.dossier().get("ann", Person.class).orElseThrow();
    assertThat(ann.otherNames()).extracting(OtherName::toString).containsExactly("[en] Annie Smith", "[fr] Anne Smith", "[en] A. Smith", "[en] Ann S.");
    assertThat(imported.warnings()).isEmpty();
    assertThat(read(export(imported.dossier())).dossier().get("ann", Person.class)).contains(ann);
  }
}
