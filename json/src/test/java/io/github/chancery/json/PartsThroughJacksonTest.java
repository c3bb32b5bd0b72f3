package io.github.chancery.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.chancery.core.actor.DisputedEntity;
import io.github.chancery.core.actor.Person;
import io.github.chancery.core.code.CountryCode;
import io.github.chancery.core.diplomacy.Statement;
import io.github.chancery.core.legislature.Motion;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.text.LanguageTag;
import io.github.chancery.core.text.MultilingualText;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.treaty.Treaty;
import io.github.chancery.core.treaty.TreatyStatus;
import io.github.chancery.core.vote.Ballot;
import io.github.chancery.core.vote.Count;
import io.github.chancery.core.vote.Vote;
import io.github.chancery.core.vote.VoteOption;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Applications keep the values and parts of records (dates, texts, codes, references, counts,
 * ballots, signatures, ...) in their own documents. Through the module they are written exactly
 * as they are inside a record, and read back strictly, in the hardened mapper and in a plain one.
 */
final class PartsThroughJacksonTest extends JsonTestSupport {
  private static final ObjectMapper PLAIN = new ObjectMapper().findAndRegisterModules();
  private static final ObjectMapper TREES = new ObjectMapper();

  static Stream<Arguments> parts() {
    return Stream.of(
        part("vote", "counts", r -> ((Vote) r).counts()),
        part("vote", "ballots", r -> ((Vote) r).ballots()),
        part("vote", "date", r -> ((Vote) r).date().orElseThrow()),
        part("vote", "result", r -> ((Vote) r).result().orElseThrow()),
        part("vote", "motion_id", r -> ((Vote) r).motion()),
        part("treaty", "signatures", r -> ((Treaty) r).signatures()),
        part("treaty", "participant_actions", r -> ((Treaty) r).participantActions()),
        part("treaty", "entry_into_force", r -> ((Treaty) r).entryIntoForce().orElseThrow()),
        part("treaty", "title", r -> ((Treaty) r).title()),
        part("treaty", "authentic_languages", r -> ((Treaty) r).authenticLanguages()),
        part("disputed_entity", "claims", r -> ((DisputedEntity) r).claims()),
        part("disputed_entity", "recognitions", r -> ((DisputedEntity) r).recognitions()),
        part("person", "offices", r -> ((Person) r).offices()),
        part("motion", "subjects", r -> ((Motion) r).subjects()),
        part("statement", "positions", r -> ((Statement) r).positions()));
  }

  private static Arguments part(String fixture, String property, Function<ChanceryRecord, Object> getter) {
    return Arguments.of(fixture, property, getter);
  }

  @ParameterizedTest(name = "{0}.{1}")
  @MethodSource("parts")
  void aPartIsWrittenAsItIsInsideItsRecord(String fixture, String property, Function<ChanceryRecord, Object> getter)
      throws Exception {
    ChanceryRecord record = JSON.read(recordFixture(fixture));
    JsonNode expected = TREES.readTree(recordFixture(fixture)).get(property);

    Object part = getter.apply(record);

    assertThat(JSON.mapper().writeValueAsString(part)).isEqualTo(TREES.writeValueAsString(expected));
    assertThat(PLAIN.writeValueAsString(part)).isEqualTo(TREES.writeValueAsString(expected));
    assertThat(PLAIN.writeValueAsString(part)).doesNotContain("Immutable").doesNotContain("io.github");
  }

  @Test
  void partsRoundTripInsideAnApplicationsOwnDocument() throws Exception {
    Notebook notebook = new Notebook();
    notebook.seen = PartialDate.parse("2020-11-10T00:00+03:00[Europe/Moscow]");
    notebook.country = CountryCode.parse("xk");
    notebook.title = MultilingualText.of("en", "Ceasefire").with("ru", "Прекращение огня");
    notebook.language = LanguageTag.parse("hy");
    notebook.option = VoteOption.of("did not vote");
    notebook.status = TreatyStatus.of("in-force");
    notebook.vote = Reference.to("vote-1");
    notebook.tally = List.of(Count.of(VoteOption.YES, 12), Count.of(VoteOption.NO, 0));
    notebook.ballot = Ballot.of(Reference.to("state-am"), VoteOption.ABSTAIN);

    String written = JSON.mapper().writeValueAsString(notebook);
    Notebook read = JSON.mapper().readValue(written, Notebook.class);

    assertThat(written)
        .contains("\"seen\":\"2020-11-10T00:00+03:00[Europe/Moscow]\"")
        .contains("\"country\":\"XK\"")
        .contains("\"option\":\"did not vote\"")
        .contains("\"tally\":[{\"option\":\"yes\",\"value\":12},{\"option\":\"no\",\"value\":0}]");
    assertThat(read).usingRecursiveComparison().isEqualTo(notebook);
    assertThat(PLAIN.readValue(PLAIN.writeValueAsString(notebook), Notebook.class))
        .usingRecursiveComparison()
        .isEqualTo(notebook);
  }

  @Test
  void aBadPartIsRefusedWithItsPathAndRule() {
    // A negative count is the vote's to refuse, with the vote's path; a count without an option
    // is refused on its own.
    assertThat(pathsAndRules(() -> JSON.mapper().readValue("{\"value\":1}", Count.class)))
        .containsExactly("$.option required");
    assertThat(pathsAndRules(() -> PLAIN.readValue("{\"tally\":[{\"option\":\"yes\",\"value\":\"12\"}]}", Notebook.class)))
        .containsExactly("$.tally[0].value wrong-type");
    assertThat(pathsAndRules(() -> JSON.mapper().readValue("\"2020-13\"", PartialDate.class)))
        .singleElement()
        .satisfies(p -> assertThat(p).startsWith("$ "));
    assertThat(pathsAndRules(() -> JSON.mapper().readValue("{\"en\":\" \"}", MultilingualText.class)))
        .containsExactly("$['en'] blank");
    assertThat(pathsAndRules(() -> JSON.mapper().readValue("{\"option\":\"yes\",\"value\":1,\"colour\":\"red\"}", Count.class)))
        .containsExactly("$.colour unknown-property");
  }

  @Test
  void aMapOfPartsKeepsEachInItsWireForm() throws Exception {
    Map<String, PartialDate> dates = Map.of("signed", PartialDate.parse("2020-11-10"));

    String written = JSON.mapper().writeValueAsString(dates);

    assertThat(written).isEqualTo("{\"signed\":\"2020-11-10\"}");
    assertThat(JSON.mapper().readValue(written, new TypeReference<Map<String, PartialDate>>() {})).isEqualTo(dates);
  }

  /** An application's own document that holds parts of records. */
  static final class Notebook {
    public PartialDate seen;
    public CountryCode country;
    public MultilingualText title;
    public LanguageTag language;
    public VoteOption option;
    public TreatyStatus status;
    public Reference<Vote> vote;
    public List<Count> tally;
    public Ballot ballot;
  }
}
