package io.github.chancery.json.internal;

import io.github.chancery.core.dossier.ConsistencyReport;
import io.github.chancery.core.dossier.Dossier;
import io.github.chancery.core.dossier.Finding;
import io.github.chancery.core.dossier.FindingCode;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.record.ValueType;
import io.github.chancery.core.validation.Problem;
import io.github.chancery.core.validation.ValidationException;
import io.github.chancery.core.validation.ViolationCode;
import io.github.chancery.json.internal.TokenReader.Token;
import io.github.chancery.json.problem.JsonProblem;
import io.github.chancery.json.problem.JsonRule;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The consistency report {@code {"errors":n,"warnings":n,"findings":[...]}} and the problems and
 * findings in it, read and written through the engine's tokens, the same through either Jackson
 * line. Stateless.
 */
public final class ReportDocument {
  private ReportDocument() {}

  /** The parts of a report as they are read. */
  private static final class ReportParts {
    Long errors;
    Long warnings;
    Long listed;
    List<Finding> findings;
  }

  /**
   * Writes a consistency report in full: the counts of errors and warnings, {@code listed} when
   * the report lists only some of its findings, and every finding listed.
   *
   * @param out where to write; not null
   * @param report the report; not null
   * @throws IOException if the generator cannot write
   */
  public static void writeReport(TokenWriter out, ConsistencyReport report) throws IOException {
    out.startObject();
    out.propertyName("errors");
    out.number(report.errorCount());
    out.propertyName("warnings");
    out.number(report.warningCount());
    if (report.isTruncated()) {
      out.propertyName("listed");
      out.number((long) report.findings().size());
    }
    out.propertyName("findings");
    out.startArray();
    for (Finding finding : report.findings()) {
      writeFinding(out, finding);
    }
    out.endArray();
    out.endObject();
  }

  /**
   * Writes a problem in full: its code, path and message, and its record id when it has one; a
   * finding of the consistency report also its severity.
   *
   * @param out where to write; not null
   * @param problem the problem, of any kind; not null
   * @throws IOException if the generator cannot write
   */
  public static void writeProblem(TokenWriter out, Problem problem) throws IOException {
    if (problem instanceof Finding) {
      writeFinding(out, (Finding) problem);
      return;
    }
    out.startObject();
    out.propertyName("code");
    out.string(problem.code().code());
    out.propertyName("path");
    out.string(problem.path());
    out.propertyName("message");
    out.string(problem.message());
    if (problem instanceof JsonProblem && ((JsonProblem) problem).recordId().isPresent()) {
      out.propertyName("record_id");
      out.string(((JsonProblem) problem).recordId().get());
    }
    out.endObject();
  }

  /**
   * Writes one finding: severity, code, record id, path and message.
   *
   * @param out where to write; not null
   * @param finding the finding; not null
   * @throws IOException if the generator cannot write
   */
  public static void writeFinding(TokenWriter out, Finding finding) throws IOException {
    out.startObject();
    out.propertyName("severity");
    out.string(finding.severity().wireName());
    out.propertyName("code");
    out.string(finding.code().code());
    out.propertyName("record_id");
    out.string(finding.recordId());
    out.propertyName("path");
    out.string(finding.path());
    out.propertyName("message");
    out.string(finding.message());
    out.endObject();
  }

  /**
   * Reads a consistency report as {@link #writeReport} writes it, from its first token. Its
   * problems go to {@code context}; the result is then null.
   *
   * @param in the tokens, on the report's first
   * @param context where problems go, at its current path; not null
   * @return the report, or null when {@code context} has problems
   * @throws IOException if the parser cannot read the input, or finds it is not JSON
   */
  public static ConsistencyReport readReport(TokenReader in, ReadContext context) throws IOException {
    String base = context.path();
    if (in.current() != Token.START_OBJECT) {
      context.problem(JsonRule.WRONG_TYPE, base, "expected a report object, found " + RecordEngine.describe(in));
      in.skipValue();
      return null;
    }
    ReportParts parts = new ReportParts();
    Set<String> seen =
        DocumentEngine.properties(in, base, context, (name, path, value) -> {
          switch (name) {
            case "errors":
              parts.errors = count(in, value, path, context);
              break;
            case "warnings":
              parts.warnings = count(in, value, path, context);
              break;
            case "listed":
              parts.listed = count(in, value, path, context);
              break;
            case "findings":
              parts.findings = findings(in, value, path, context);
              break;
            default:
              in.skipValue();
              context.unknownPropertyAt(path);
          }
        });
    DocumentEngine.required(context, base, seen, "errors", "warnings", "findings");
    Long listed = parts.listed;
    List<Finding> findings = parts.findings;
    if (context.hasProblems()) {
      return null;
    }
    if (listed != null && listed != findings.size()) {
      context.problem(JsonRule.WRONG_TYPE, Paths.property(base, "listed"), "says " + listed + " findings are listed, but " + findings.size() + " are");
      return null;
    }
    ConsistencyReport report;
    try {
      report = ConsistencyReport.of(findings, parts.errors, parts.warnings);
    } catch (IllegalArgumentException e) {
      context.problem(JsonRule.WRONG_TYPE, base, "the counts of errors and warnings are fewer than the findings listed");
      return null;
    }
    if (listed == null && report.isTruncated()) {
      context.problem(JsonRule.REQUIRED, Paths.property(base, "listed"), "is required when the counts are more than the findings listed");
      return null;
    }
    return report;
  }

  private static Long count(TokenReader in, Token value, String path, ReadContext context) throws IOException {
    if (value != Token.INTEGER) {
      context.problem(JsonRule.WRONG_TYPE, path, "expected a count, found " + RecordEngine.describe(in));
      in.skipValue();
      return -1L;
    }
    BigDecimal number = in.decimalValue();
    if (number.signum() < 0) {
      context.problem(ViolationCode.NEGATIVE, path, "must be a count from 0, found " + in.numberText());
      return -1L;
    }
    if (number.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
      // As the record engine says of an integer beyond its range: the number is not negative.
      context.problem(JsonRule.WRONG_TYPE, path, "the count " + in.numberText() + " is out of range");
      return -1L;
    }
    return number.longValueExact();
  }

  private static List<Finding> findings(TokenReader in, Token value, String path, ReadContext context) throws IOException {
    if (value != Token.START_ARRAY) {
      context.problem(JsonRule.WRONG_TYPE, path, "expected an array of findings, found " + RecordEngine.describe(in));
      in.skipValue();
      return List.of();
    }
    List<Finding> findings = new ArrayList<>();
    int index = 0;
    for (Token token = in.next(); token != Token.END_ARRAY && token != null; token = in.next()) {
      Finding finding = finding(in, token, Paths.index(path, index), context);
      if (finding != null) {
        findings.add(finding);
      }
      index++;
    }
    return findings;
  }

  private static Finding finding(TokenReader in, Token token, String path, ReadContext context) throws IOException {
    if (token != Token.START_OBJECT) {
      context.problem(JsonRule.WRONG_TYPE, path, "expected a finding object, found " + RecordEngine.describe(in));
      in.skipValue();
      return null;
    }
    Map<String, String> fields = new HashMap<>();
    int before = context.problemCount();
    for (Token t = in.next(); t == Token.NAME; t = in.next()) {
      String name = in.text();
      String at = Paths.property(path, name);
      Token value = in.next();
      boolean known =
          name.equals("severity") || name.equals("code") || name.equals("record_id") || name.equals("path") || name.equals("message");
      if (!known) {
        in.skipValue();
        context.unknownPropertyAt(at);
      } else if (fields.containsKey(name)) {
        context.problem(JsonRule.DUPLICATE_KEY, at, "the key '" + name + "' appears more than once");
        in.skipValue();
      } else if (value != Token.STRING) {
        context.problem(JsonRule.WRONG_TYPE, at, "expected a string, found " + RecordEngine.describe(in));
        in.skipValue();
        fields.put(name, null);
      } else {
        fields.put(name, in.text());
      }
    }
    for (String name : List.of("severity", "code", "record_id", "path", "message")) {
      if (!fields.containsKey(name)) {
        context.problem(JsonRule.REQUIRED, Paths.property(path, name), "is required");
      }
    }
    if (context.problemCount() > before) {
      return null;
    }
    FindingCode code = findingCode(fields.get("code"));
    if (code == null) {
      context.problem(JsonRule.UNKNOWN_TYPE, Paths.property(path, "code"), "'" + fields.get("code") + "' is not a finding code of this library");
      return null;
    }
    if (!code.severity().wireName().equals(fields.get("severity"))) {
      context.problem(
          JsonRule.WRONG_TYPE, Paths.property(path, "severity"),
          "a finding of '" + code.code() + "' is " + code.severity().wireName() + ", not '" + fields.get("severity") + "'");
      return null;
    }
    return Finding.of(code, fields.get("path"), fields.get("message"), fields.get("record_id"));
  }

  private static FindingCode findingCode(String code) {
    for (FindingCode candidate : FindingCode.values()) {
      if (candidate.code().equals(code)) {
        return candidate;
      }
    }
    return null;
  }
}
