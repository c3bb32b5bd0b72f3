package org.example.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.chancery.core.dossier.ConsistencyReport;
import io.github.chancery.core.dossier.Dossier;
import io.github.chancery.core.legislature.Legislature;
import io.github.chancery.core.legislature.LegislatureKind;
import io.github.chancery.core.legislature.Motion;
import io.github.chancery.core.legislature.MotionKind;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.text.MultilingualText;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.vote.Count;
import io.github.chancery.core.vote.Vote;
import io.github.chancery.core.vote.VoteOption;
import io.github.chancery.core.vote.VoteResult;
import io.github.chancery.json.jackson3.ChanceryJson;
import io.github.chancery.json.jackson3.ChanceryJsonException;
import io.github.chancery.json.schema.RecordSchemas;
import io.github.chancery.popolo.Popolo;
import io.github.chancery.popolo.PopoloImport;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a Jackson 3 application (Spring Boot 4's) does with Chancery, with no Jackson 2 present:
 * records through the mapper Boot builds, dossiers read from streams, the schemas, and Popolo
 * import and export, every failure in Jackson 3's unchecked {@link ChanceryJsonException}.
 */
final class Jackson3ApplicationTest {
  private static final ChanceryJson JSON = ChanceryJson.strict();

  private static List<ChanceryRecord> senateVote() {
    Legislature senate =
        Legislature.builder().id("leg-fr-senat").name(MultilingualText.of("fr", "Sénat")).kind(LegislatureKind.UPPER_CHAMBER).build();
    Motion motion =
        Motion.builder()
            .id("motion-fr-senat-ppr-150")
            .legislature(Reference.of(senate))
            .kind(MotionKind.DRAFT_RESOLUTION)
            .title(MultilingualText.of("en", "On the need to recognize the 'Nagorno-Karabakh Republic'"))
            .build();
    Vote vote =
        Vote.builder()
            .id("vote-fr-senat-ppr-150")
            .motion(Reference.of(motion))
            .result(VoteResult.ADOPTED)
            .date(PartialDate.parse("2020-11-25"))
            .addCounts(Count.of(VoteOption.YES, 305), Count.of(VoteOption.NO, 1))
            .build();
    return List.of(senate, motion, vote);
  }

  private static InputStream bytes(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aMapperBuiltAsSpringBoot4BuildsItReadsAndWritesRecordsStrictly() {
    JsonMapper boot = JsonMapper.builder().findAndAddModules().build();
    Vote vote = (Vote) senateVote().get(2);

    String text = boot.writeValueAsString(vote);

    assertThat(text).isEqualTo(JSON.write(vote));
    assertThat(boot.readValue(text, Vote.class)).isEqualTo(vote);
    ChanceryJsonException refused =
        catchThrowableOfType(ChanceryJsonException.class, () -> boot.readValue(text.replace("305", "-305"), Vote.class));
    assertThat(refused.problems()).extracting(p -> p.path() + " " + p.code().code()).containsExactly("$.counts[0].value negative");
  }

  @Test
  void readsDossiersFromStreamsAndWritesTheirReport() throws IOException {
    Dossier dossier = Dossier.of(senateVote());
    String document = JSON.writeDossier(dossier);

    assertThat(JSON.readDossier(bytes(document)).records()).isEqualTo(dossier.records());
    ByteArrayOutputStream ndjson = new ByteArrayOutputStream();
    try (var writer = JSON.writeNdjson(ndjson)) {
      for (ChanceryRecord record : dossier) {
        writer.write(record);
      }
    }
    assertThat(JSON.readDossierNdjson(new ByteArrayInputStream(ndjson.toByteArray())).records()).isEqualTo(dossier.records());
    ConsistencyReport report = dossier.check();
    assertThat(JSON.read(JSON.writeReport(report), ConsistencyReport.class).findings()).isEqualTo(report.findings());
    ChanceryJsonException bad =
        catchThrowableOfType(ChanceryJsonException.class, () -> JSON.readDossier(bytes(document.replace("\"version\":1", "\"version\":2"))));
    assertThat(bad.problems()).extracting(p -> p.path() + " " + p.code().code()).containsExactly("$.version unsupported-version");
  }

  @Test
  void getsTheSchemas() throws IOException {
    try (InputStream schema = RecordSchemas.open(RecordSchemas.fileName(io.github.chancery.core.record.RecordType.VOTE))) {
      assertThat(new String(schema.readAllBytes(), StandardCharsets.UTF_8)).contains("\"$id\" : \"urn:io.github.chancery:schema:vote\"");
    }
  }

  @Test
  void importsAndExportsPopolo() throws IOException {
    String popolo =
        "{\"organizations\":[{\"id\":\"senate\",\"name\":\"Sénat\",\"classification\":\"upper house\"}],"
            + "\"motions\":[{\"id\":\"ppr-150\",\"organization_id\":\"senate\",\"text\":\"On the need to recognize\",\"result\":\"pass\"}],"
            + "\"vote_events\":[{\"id\":\"ve-150\",\"motion_id\":\"ppr-150\",\"start_date\":\"2020-11-25\",\"result\":\"pass\","
            + "\"counts\":[{\"option\":\"yes\",\"value\":305},{\"option\":\"no\",\"value\":1}],\"extra\":true}]}";

    PopoloImport imported = Popolo.read(bytes(popolo));

    assertThat(imported.dossier().all(Vote.class)).singleElement().satisfies(vote -> {
      assertThat(vote.isAdopted()).isTrue();
      assertThat(vote.count(VoteOption.YES)).hasValue(305);
    });
    assertThat(imported.warnings()).extracting(w -> w.path()).contains("$.vote_events[0].extra");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Popolo.write(imported.dossier(), out);
    assertThat(Popolo.read(new ByteArrayInputStream(out.toByteArray())).dossier().all(Vote.class))
        .isEqualTo(imported.dossier().all(Vote.class));
    // The file that is not JSON fails in Jackson 3's own exception: the line this application has.
    assertThat(catchThrowableOfType(ChanceryJsonException.class, () -> Popolo.read(bytes("{\"persons\": ["))).problems())
        .extracting(p -> p.code().code())
        .containsExactly("malformed-json");
  }
}
