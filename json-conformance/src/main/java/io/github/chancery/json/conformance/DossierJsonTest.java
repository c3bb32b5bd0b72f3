package io.github.chancery.json.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chancery.core.dossier.ConsistencyReport;
import io.github.chancery.core.dossier.Dossier;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.vote.Vote;
import io.github.chancery.json.problem.InvalidJson;
import io.github.chancery.json.schema.RecordSchemas;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

final class DossierJsonTest extends SuiteSupport {
  private static ByteArrayInputStream input(String fixture) {
    return new ByteArrayInputStream(fixtureBytes(fixture));
  }

  @Test
  void readsAndWritesADossierDocumentToTheSameBytes() throws Exception {
    Dossier dossier = JSON.readDossier(input("dossiers/records.dossier.json"));

    assertThat(dossier.records()).extracting(r -> r.recordType().wireName()).containsExactlyElementsOf(RECORD_FIXTURES);
    assertThat(JSON.writeDossier(dossier)).isEqualTo(new String(fixtureBytes("dossiers/records.dossier.json"), java.nio.charset.StandardCharsets.UTF_8));
    assertThat(JSON.readDossier(new ByteArrayInputStream(JSON.writeDossier(dossier).getBytes(java.nio.charset.StandardCharsets.UTF_8))).records())
        .isEqualTo(dossier.records());
  }

  @Test
  void theDossierDocumentIsValidAgainstItsSchema() {
    assertThat(schemaErrors(RecordSchemas.DOSSIER, fixture("dossiers/records.dossier.json"))).isEmpty();
    assertThat(schemaErrors(RecordSchemas.DOSSIER, fixture("dossiers/version-2.dossier.json"))).isNotEmpty();
    assertThat(schemaErrors(RecordSchemas.DOSSIER, fixture("dossiers/no-records.dossier.json"))).isNotEmpty();
  }

  @Test
  void reportsEveryBadRecordOfADossierWithItsPath() {
    assertThat(pathsAndRules(() -> JSON.readDossier(input("dossiers/bad-records.dossier.json"))))
        .containsExactly("$.records[1].counts[1].value negative", "$.records[3].motion_id required");
  }

  @Test
  void skipsAndReportsBadRecordsOfADossierWhenAsked() throws Exception {
    List<InvalidJson> skipped = new java.util.ArrayList<>();

    Dossier dossier = JSON.readDossier(input("dossiers/bad-records.dossier.json"), skipped::add);

    assertThat(dossier.records()).extracting(ChanceryRecord::id).containsExactly("state-xk");
    assertThat(skipped).extracting(e -> e.recordIndex().getAsLong()).containsExactly(1L, 3L, 2L);
    assertThat(skipped.get(2).problems()).extracting(p -> p.path() + " " + p.code().code()).containsExactly("$.records[2].id duplicate");
  }

  @Test
  void reportsDuplicateIdsWithTheirPaths() {
    assertThat(pathsAndRules(() -> JSON.readDossier(input("dossiers/duplicate-ids.dossier.json"))))
        .containsExactly("$.records[2].id duplicate");
  }

  @Test
  void refusesAVersionItCannotRead() {
    assertThat(pathsAndRules(() -> JSON.readDossier(input("dossiers/version-2.dossier.json"))))
        .containsExactly("$.version unsupported-version");
  }

  @Test
  void refusesATopLevelKeyGivenTwiceRatherThanJoiningOrChoosing() {
    String twice =
        "{\"format\":\"chancery-dossier\",\"version\":1,\"version\":2,\"records\":[" + recordFixture("state")
            + "],\"records\":[" + recordFixture("organization") + "]}";

    assertThat(pathsAndRules(() -> JSON.readDossier(new java.io.ByteArrayInputStream(twice.getBytes(java.nio.charset.StandardCharsets.UTF_8)))))
        .containsExactly("$.version duplicate-key", "$.records duplicate-key");
  }

  @Test
  void refusesUnknownTopLevelPropertiesAndAMissingRecordsArray() {
    assertThat(pathsAndRules(() -> JSON.readDossier(input("dossiers/no-records.dossier.json"))))
        .containsExactly("$.title unknown-property", "$.records required");
  }

  @Test
  void collectsAnNdjsonStreamIntoADossier() throws Exception {
    Dossier dossier = JSON.readDossierNdjson(input("streams/mixed.ndjson"));

    assertThat(dossier.size()).isEqualTo(RECORD_FIXTURES.size());
    assertThat(dossier.get("vote-un-ga-1", Vote.class)).isPresent();
  }

  @Test
  void namesTheLineOfADuplicateIdInAnNdjsonStream() {
    InvalidJson failure = failure(() -> JSON.readDossierNdjson(input("dossiers/duplicate-ids.ndjson")));

    assertThat(failure.line()).hasValue(3);
    assertThat(failure.problems()).extracting(p -> p.path() + " " + p.code().code()).containsExactly("$.id duplicate");
    assertThat(failure.problems().get(0).message()).contains("line 1");
  }

  @Test
  void namesTheLineOfABadRecordInAnNdjsonStream() {
    InvalidJson failure = failure(() -> JSON.readDossierNdjson(input("streams/with-bad-records.ndjson")));

    assertThat(failure.line()).hasValue(4);
  }

  @Test
  void writesTheConsistencyReportForMachines() throws Exception {
    Dossier dossier = JSON.readDossier(input("dossiers/records.dossier.json"));

    ConsistencyReport report = dossier.check();
    String json = JSON.writeReport(report);

    assertThat(report.hasErrors()).isTrue(); // the fixtures refer to records they do not include
    Map<String, Object> tree = JsonTree.object(JsonTree.parse(json));
    assertThat(((JsonTree.Num) tree.get("errors")).intValue()).isEqualTo(report.errors().size());
    assertThat(((JsonTree.Num) tree.get("warnings")).intValue()).isEqualTo(report.warnings().size());
    assertThat(JsonTree.array(tree.get("findings"))).hasSize(report.findings().size());
    Map<String, Object> first = JsonTree.object(JsonTree.array(tree.get("findings")).get(0));
    assertThat(first.get("severity")).isEqualTo("error");
    assertThat(first.get("code")).isEqualTo(report.findings().get(0).code().code());
    assertThat(first.get("record_id")).isEqualTo(report.findings().get(0).recordId());
    assertThat(first.get("path")).isEqualTo(report.findings().get(0).path());
    assertThat(first.get("message")).isEqualTo(report.findings().get(0).message());
    List<String> fieldNames = List.copyOf(first.keySet());
    assertThat(fieldNames).containsExactly("severity", "code", "record_id", "path", "message");
  }

  @Test
  void dossierFindingsUseTheSamePathsAsTheDocument() throws Exception {
    Dossier dossier = JSON.readDossier(input("dossiers/records.dossier.json"));

    List<String> paths = dossier.referenceProblems().stream().map(f -> f.path()).collect(Collectors.toList());

    assertThat(paths).contains("records[8].motion_id");
    ChanceryRecord vote = dossier.records().get(8);
    assertThat(vote.id()).isEqualTo("vote-un-ga-1");
  }
}
