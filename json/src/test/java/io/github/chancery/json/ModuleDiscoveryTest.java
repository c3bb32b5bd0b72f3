package io.github.chancery.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.chancery.core.record.Actor;
import io.github.chancery.core.actor.State;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.vote.Vote;
import java.util.List;
import java.util.Map;
import io.github.chancery.core.validation.ViolationCode;
import org.junit.jupiter.api.Test;

/** The module is found by Jackson's service lookup and works in a plain, unconfigured mapper. */
final class ModuleDiscoveryTest extends JsonTestSupport {
  private final ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();

  @Test
  void findAndRegisterModulesFindsTheChanceryModule() {
    assertThat(mapper.getRegisteredModuleIds()).contains(new ChanceryModule().getTypeId());
  }

  @Test
  void theModulesVersionIsTheBuilds() {
    assertThat(new ChanceryModule().version().toString()).isEqualTo(System.getProperty("chancery.version"));
  }

  @Test
  void readsAndWritesARecordByItsOwnClass() throws Exception {
    String document = recordFixture("vote");

    Vote vote = mapper.readValue(document, Vote.class);

    assertThat(vote.id()).isEqualTo("vote-un-ga-1");
    assertThat(mapper.writeValueAsString(vote)).isEqualTo(document);
  }

  @Test
  void readsAnyRecordByItsTypeProperty() throws Exception {
    ChanceryRecord record = mapper.readValue(recordFixture("treaty"), ChanceryRecord.class);
    Actor actor = mapper.readValue(recordFixture("state"), Actor.class);

    assertThat(record.recordType().wireName()).isEqualTo("treaty");
    assertThat(actor).isInstanceOf(State.class);
  }

  @Test
  void readsRecordsInsideAnApplicationsOwnDocuments() throws Exception {
    String document = "{\"latest\":" + recordFixture("vote") + ",\"actors\":[" + recordFixture("state") + "]}";

    Map<String, Object> parts = mapper.readValue(document, new TypeReference<Map<String, Object>>() {});
    Holder holder = mapper.readValue(document, Holder.class);

    assertThat(parts).containsKeys("latest", "actors");
    assertThat(holder.latest.id()).isEqualTo("vote-un-ga-1");
    assertThat(holder.actors).singleElement().isInstanceOf(State.class);
  }

  @Test
  void staysStrictInAPlainMapperAndNamesThePathInsideTheEnclosingDocument() {
    String document = "{\"latest\":" + fixture("invalid/negative-count.json") + ",\"actors\":[]}";

    ChanceryJsonException failure = failure(() -> mapper.readValue(document, Holder.class));

    assertThat(failure.problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("$.latest.counts[1].value");
      assertThat(p.code()).isEqualTo(ViolationCode.NEGATIVE);
    });
  }

  @Test
  void theHandedOutMapperFindsADuplicateKeyInARecordWithItsPath() {
    ObjectMapper handedOut = JSON.mapper();

    assertThat(pathsAndRules(() -> handedOut.readValue(fixture("invalid/duplicate-key.json"), ChanceryRecord.class)))
        .containsExactly("$.id duplicate-key");
  }

  @Test
  void refusesARecordWhoseTypeIsAnotherInAPlainMapper() {
    assertThat(pathsAndRules(() -> mapper.readValue(recordFixture("motion"), Vote.class)))
        .containsExactly("$.type unknown-type");
  }

  static final class Holder {
    public Vote latest;
    public List<Actor> actors;
  }
}
