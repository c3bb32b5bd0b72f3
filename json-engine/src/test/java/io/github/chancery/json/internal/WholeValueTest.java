package io.github.chancery.json.internal;

import static io.github.chancery.json.internal.Fixtures.pathsAndRules;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.chancery.core.dossier.ConsistencyReport;
import io.github.chancery.core.dossier.Dossier;
import io.github.chancery.core.record.Actor;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.vote.Count;
import io.github.chancery.core.vote.Vote;
import io.github.chancery.core.vote.VoteOption;
import io.github.chancery.json.problem.JsonProblem;
import io.github.chancery.json.problem.JsonRule;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

final class WholeValueTest {
  private ReadContext context = ReadContext.strict();

  private <T> T read(String json, Class<T> type) throws IOException {
    return WholeValue.read(TestTokens.of(json), WholeValue.of(type, TestSyntax.DEFAULT), context, WholeValue.noun(type));
  }

  private List<String> messages() {
    return context.problems().stream().map(JsonProblem::toString).collect(java.util.stream.Collectors.toList());
  }

  @Test
  void anEmptyDocumentIsOneProblem() throws IOException {
    assertThat(read("", ChanceryRecord.class)).isNull();
    assertThat(messages()).containsExactly("$: the document is empty [malformed-json]");

    context = ReadContext.strict();
    assertThat(read(" \n\t", PartialDate.class)).isNull();
    assertThat(messages()).containsExactly("$: the document is empty [malformed-json]");
  }

  @Test
  void anEmptyDossierDocumentIsADossierObjectNotFound() throws IOException {
    Dossier dossier = WholeValue.read(TestTokens.of(""), WholeValue.of(Dossier.class, TestSyntax.DEFAULT), context, WholeValue.DOSSIER);

    assertThat(dossier).isNull();

    assertThat(messages()).containsExactly("$: expected a dossier object, found nothing [wrong-type]");
  }

  @Test
  void contentAfterTheValueIsTrailingContentNamedByWhatTheDocumentHolds() throws IOException {
    assertThat(read(Fixtures.record("state") + " {}", ChanceryRecord.class)).isNull();
    assertThat(messages()).containsExactly("$: unexpected content after the end of the record [trailing-tokens]");

    context = ReadContext.strict();
    assertThat(read("\"2020\" \"2021\"", PartialDate.class)).isNull();
    assertThat(messages()).containsExactly("$: unexpected content after the end of the document [trailing-tokens]");
  }

  @Test
  void trailingContentIsReportedWithTheProblemsOfTheValue() throws IOException {
    assertThat(read("{\"type\":\"vote\",\"id\":\"vote-1\"} 1", Vote.class)).isNull();

    assertThat(pathsAndRules(context.problems())).containsExactly("$.motion_id required", "$ trailing-tokens");
  }

  @Test
  void theValueNullIsNoValue() throws IOException {
    assertThat(read("null", PartialDate.class)).isNull();
    assertThat(messages()).containsExactly("$: expected a value, found null [wrong-type]");

    context = ReadContext.strict();
    assertThat(read("null", Vote.class)).isNull();
    assertThat(messages()).containsExactly("$: expected a record object, found null [wrong-type]");
  }

  @Test
  void aParseFailureReplacesTheProblemsFoundBeforeIt() throws IOException {
    assertThat(read("{\"type\":\"vote\",\"colour\":1,\"id\":\"vote-1\",\n\"counts\":[", Vote.class)).isNull();

    assertThat(context.problems()).containsExactly(JsonProblem.of(
        JsonRule.MALFORMED_JSON, "$.counts", "the text ends before the JSON value is complete (line 2, column 11)", null));
  }

  @Test
  void aParseFailureAfterTheValueIsTheOneProblem() throws IOException {
    assertThat(read("{\"type\":\"vote\",\"id\":\"vote-1\"} ]", Vote.class)).isNull();

    assertThat(messages()).containsExactly("$: the text is not well-formed JSON (line 1, column 31) [malformed-json]");
  }

  @Test
  void readsRecordsByTheirTypeOrAsAnyRecordOrActor() throws IOException {
    String vote = Fixtures.record("vote");

    assertThat(read(vote, Vote.class)).isInstanceOf(Vote.class);
    assertThat(read(vote, ChanceryRecord.class)).isInstanceOf(Vote.class);
    assertThat(read(Fixtures.record("state"), Actor.class)).isInstanceOf(Actor.class);
    assertThat(read(vote, Actor.class)).isNull();
    assertThat(pathsAndRules(context.problems())).containsExactly("$.type unknown-type");
  }

  @Test
  void readsDossiersReportsValuesAndPartsThroughTheEngine() throws IOException {
    Dossier dossier = read("{\"format\":\"chancery-dossier\",\"version\":1,\"records\":[" + Fixtures.record("state") + "]}", Dossier.class);
    ConsistencyReport report = read("{\"errors\":0,\"warnings\":0,\"findings\":[]}", ConsistencyReport.class);

    assertThat(dossier.records()).extracting(ChanceryRecord::id).containsExactly("state-xk");
    assertThat(report.findings()).isEmpty();
    assertThat(read("\"2020-12-07\"", PartialDate.class)).isEqualTo(PartialDate.of(2020, 12, 7));
    assertThat(read("{\"option\":\"no\",\"value\":2}", Count.class)).isEqualTo(Count.of(VoteOption.NO, 2));
    assertThat(context.problems()).isEmpty();
  }

  @Test
  void readsAnyOtherTypeThroughTheLinesMapper() throws IOException {
    assertThat(read("\"not one of Chancery's\"", String.class)).isEqualTo("not one of Chancery's");

    assertThatThrownBy(() -> read("{}", Thread.class)).isInstanceOf(IOException.class).hasMessage("the test syntax has no mapper for Thread");
  }

  @Test
  void namesWhatADocumentHolds() {
    assertThat(WholeValue.noun(Vote.class)).isEqualTo("record");
    assertThat(WholeValue.noun(ChanceryRecord.class)).isEqualTo("record");
    assertThat(WholeValue.noun(Dossier.class)).isEqualTo("document");
    assertThat(WholeValue.noun(PartialDate.class)).isEqualTo("document");
  }
}
