package io.github.chancery.json.internal;

import static io.github.chancery.json.internal.Fixtures.pathsAndRules;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.chancery.core.dossier.ConsistencyReport;
import io.github.chancery.core.dossier.Finding;
import io.github.chancery.core.dossier.FindingCode;
import io.github.chancery.json.problem.JsonProblem;
import io.github.chancery.json.problem.JsonRule;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

final class ReportDocumentTest {
  private static final Finding DANGLING =
      Finding.of(FindingCode.DANGLING_REFERENCE, "records[1].motion_id", "refers to motion-1, which is not in the dossier", "vote-1");
  private static final Finding IMPLIED = Finding.of(FindingCode.RESULT_IMPLIED, "records[1].result", "the result is implied", "vote-1");
  private static final String DANGLING_JSON =
      "{\"severity\":\"error\",\"code\":\"dangling-reference\",\"record_id\":\"vote-1\",\"path\":\"records[1].motion_id\","
          + "\"message\":\"refers to motion-1, which is not in the dossier\"}";

  private final ReadContext context = ReadContext.strict();

  private ConsistencyReport read(String json) throws IOException {
    TokenReader in = TestTokens.of(json);
    in.next();
    ConsistencyReport report = ReportDocument.readReport(in, context);
    assertThat(in.next()).as("the reader is left on the report's last token").isNull();
    return report;
  }

  private interface Writing {
    void write(TokenWriter out) throws IOException;
  }

  private static String written(Writing writing) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TestWriter out = new TestWriter(bytes)) {
      writing.write(out);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static String report(String counts, String... findings) {
    return "{" + counts + ",\"findings\":[" + String.join(",", findings) + "]}";
  }

  @Test
  void writesAReportWithItsCountsAndEveryFindingInFull() throws IOException {
    ConsistencyReport report = ConsistencyReport.of(List.of(IMPLIED, DANGLING));

    assertThat(written(out -> ReportDocument.writeReport(out, report))).isEqualTo(
        "{\"errors\":1,\"warnings\":1,\"findings\":[" + DANGLING_JSON
            + ",{\"severity\":\"warning\",\"code\":\"result-implied\",\"record_id\":\"vote-1\",\"path\":\"records[1].result\",\"message\":\"the result is implied\"}]}");
  }

  @Test
  void readsBackTheReportItWrites() throws IOException {
    ConsistencyReport report = ConsistencyReport.of(List.of(DANGLING, IMPLIED));

    ConsistencyReport read = read(written(out -> ReportDocument.writeReport(out, report)));

    assertThat(read.findings()).isEqualTo(report.findings());
    assertThat(read.errorCount()).isEqualTo(1);
    assertThat(read.warningCount()).isEqualTo(1);
    assertThat(read.isTruncated()).isFalse();
  }

  @Test
  void writesAndReadsHowManyFindingsAreListedWhenTheReportListsOnlySome() throws IOException {
    ConsistencyReport truncated = ConsistencyReport.of(List.of(DANGLING), 40, 7);

    String json = written(out -> ReportDocument.writeReport(out, truncated));
    ConsistencyReport read = read(json);

    assertThat(json).startsWith("{\"errors\":40,\"warnings\":7,\"listed\":1,\"findings\":[");
    assertThat(read.isTruncated()).isTrue();
    assertThat(read.errorCount()).isEqualTo(40);
    assertThat(read.warningCount()).isEqualTo(7);
    assertThat(read.findings()).containsExactly(DANGLING);
  }

  @Test
  void refusesListedThatIsNotTheNumberOfFindingsListed() throws IOException {
    assertThat(read(report("\"errors\":40,\"warnings\":0,\"listed\":3", DANGLING_JSON))).isNull();

    assertThat(context.problems()).extracting(JsonProblem::toString).containsExactly("$.listed: says 3 findings are listed, but 1 are [wrong-type]");
  }

  @Test
  void requiresListedWhenTheCountsAreMoreThanTheFindings() throws IOException {
    assertThat(read(report("\"errors\":40,\"warnings\":0", DANGLING_JSON))).isNull();

    assertThat(context.problems()).extracting(JsonProblem::toString)
        .containsExactly("$.listed: is required when the counts are more than the findings listed [required]");
  }

  @Test
  void refusesCountsFewerThanTheFindingsListed() throws IOException {
    assertThat(read(report("\"errors\":0,\"warnings\":0", DANGLING_JSON))).isNull();

    assertThat(context.problems()).extracting(JsonProblem::toString)
        .containsExactly("$: the counts of errors and warnings are fewer than the findings listed [wrong-type]");
  }

  @Test
  void refusesCountsThatAreNotCountsAndMissingParts() throws IOException {
    assertThat(read("{\"errors\":-1,\"warnings\":\"0\",\"extra\":true}")).isNull();

    assertThat(context.problems()).extracting(JsonProblem::toString).containsExactly(
        "$.errors: must be a count from 0, found -1 [negative]",
        "$.warnings: expected a count, found a string [wrong-type]",
        "$.extra: is not a property of this object [unknown-property]",
        "$.findings: is required [required]");
  }

  @Test
  void aCountBeyondTheRangeOfALongIsOutOfRangeRatherThanNegative() throws IOException {
    assertThat(read("{\"errors\":99999999999999999999,\"warnings\":0,\"findings\":[]}")).isNull();

    assertThat(context.problems()).singleElement().satisfies(problem -> {
      assertThat(problem.path()).isEqualTo("$.errors");
      assertThat(problem.code()).isEqualTo(JsonRule.WRONG_TYPE);
      assertThat(problem.message()).contains("out of range");
    });
  }

  @Test
  void refusesFindingsThatAreNotFindingsOfThisLibrary() throws IOException {
    String unknownCode = DANGLING_JSON.replace("dangling-reference", "no-such-finding");
    String wrongSeverity = DANGLING_JSON.replace("\"error\"", "\"warning\"");
    String broken = "{\"severity\":\"error\",\"severity\":\"error\",\"code\":1,\"note\":\"x\"}";

    assertThat(read(report("\"errors\":3,\"warnings\":0", unknownCode, wrongSeverity, broken, "12"))).isNull();

    assertThat(pathsAndRules(context.problems())).containsExactly(
        "$.findings[0].code unknown-type",
        "$.findings[1].severity wrong-type",
        "$.findings[2].severity duplicate-key",
        "$.findings[2].code wrong-type",
        "$.findings[2].note unknown-property",
        "$.findings[2].record_id required",
        "$.findings[2].path required",
        "$.findings[2].message required",
        "$.findings[3] wrong-type");
    assertThat(context.problems().get(1).message()).isEqualTo("a finding of 'dangling-reference' is error, not 'warning'");
  }

  @Test
  void refusesAKeyGivenTwiceAndAReportThatIsNotAnObject() throws IOException {
    assertThat(read("{\"errors\":0,\"errors\":0,\"warnings\":0,\"findings\":[]}")).isNull();
    assertThat(pathsAndRules(context.problems())).containsExactly("$.errors duplicate-key");

    ReadContext other = ReadContext.strict();
    TokenReader in = TestTokens.of("[]");
    in.next();
    assertThat(ReportDocument.readReport(in, other)).isNull();
    assertThat(other.problems()).extracting(JsonProblem::toString).containsExactly("$: expected a report object, found an array [wrong-type]");
  }

  @Test
  void writesAProblemInFullWithItsRecordWhenKnownAndAFindingAsAFinding() throws IOException {
    JsonProblem named = JsonProblem.of(JsonRule.REQUIRED, "$.motion_id", "is required", "vote-1");
    JsonProblem anonymous = JsonProblem.of(JsonRule.MALFORMED_JSON, "$", "the document is empty", null);

    assertThat(written(out -> ReportDocument.writeProblem(out, named)))
        .isEqualTo("{\"code\":\"required\",\"path\":\"$.motion_id\",\"message\":\"is required\",\"record_id\":\"vote-1\"}");
    assertThat(written(out -> ReportDocument.writeProblem(out, anonymous)))
        .isEqualTo("{\"code\":\"malformed-json\",\"path\":\"$\",\"message\":\"the document is empty\"}");
    assertThat(written(out -> ReportDocument.writeProblem(out, DANGLING))).isEqualTo(DANGLING_JSON);
  }
}
