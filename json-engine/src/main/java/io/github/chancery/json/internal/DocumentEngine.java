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
 * Reads and writes the documents that hold more than one record, through the engine's tokens:
 * the dossier document {@code {"format":"chancery-dossier","version":1,"records":[...]}} and the
 * consistency report {@code {"errors":n,"warnings":n,"findings":[...]}}. Shared by both Jackson
 * artifacts, so that a dossier or a report reads and writes the same through either. Stateless.
 */
public final class DocumentEngine {
  /** The dossier document's {@code format}. */
  public static final String FORMAT = "chancery-dossier";

  /** The dossier document's {@code version}. */
  public static final int VERSION = 1;

  private DocumentEngine() {}

  /**
   * How a value is written through the engine's tokens: one function for both Jackson
   * artifacts' serializers.
   *
   * @param <T> the type written
   */
  @FunctionalInterface
  public interface Writing<T> {
    /**
     * Writes the value.
     *
     * @param out where to write; not null
     * @param value the value; not null
     * @throws IOException if the generator cannot write
     */
    void write(TokenWriter out, T value) throws IOException;
  }

  /**
   * How a value is read through the engine's tokens, from its first token: one function for
   * both Jackson artifacts' deserializers. Problems go to the context; the result is then null.
   *
   * @param <T> the type read
   */
  @FunctionalInterface
  public interface Reading<T> {
    /**
     * Reads the value.
     *
     * @param in the tokens, on the value's first
     * @param context where problems go, at its current path
     * @return the value, or null when a problem was found
     * @throws IOException if the parser cannot read the input, or finds it is not JSON
     */
    T read(TokenReader in, ReadContext context) throws IOException;
  }

  /** Reads a dossier document strictly, every bad record a problem of the document. */
  public static final Reading<Dossier> DOSSIER = (in, context) -> readDossier(in, context, context.ignoredListener(), null);

  /** Told of each record of a dossier that cannot be read, when the caller skips them. */
  @FunctionalInterface
  public interface BadRecords {
    /**
     * Takes the problems of the record at {@code index} of the document's records.
     *
     * @param index the zero-based index of the record
     * @param problems what is wrong with it, never empty
     */
    void skipped(int index, List<JsonProblem> problems);
  }

  /**
   * Writes a dossier document on one line; a file writer that wants one record a line writes
   * the same properties itself.
   *
   * @param out where to write; not null
   * @param dossier the dossier; not null
   * @throws IOException if the generator cannot write
   */
  public static void writeDossier(TokenWriter out, Dossier dossier) throws IOException {
    out.startObject();
    out.propertyName("format");
    out.string(FORMAT);
    out.propertyName("version");
    out.number(VERSION);
    out.propertyName("records");
    out.startArray();
    for (ChanceryRecord record : dossier) {
      RecordEngine.writeRecord(out, record);
    }
    out.endArray();
    out.endObject();
  }

  /**
   * Reads a dossier document from its first token ({@code in} stands on it). Problems of the
   * document, and of its records when {@code badRecords} is null, go to {@code document}; the
   * result is then null. With {@code badRecords}, a record that cannot be read, or whose id an
   * earlier one has, is skipped and told to it.
   *
   * @param in the tokens, on the document's first
   * @param document where the document's problems go
   * @param ignored null for strict reading, else told of each unknown property ignored
   * @param badRecords null to report bad records as the document's problems, else told of each
   * @return the dossier, or null when {@code document} has problems
   * @throws IOException if the parser cannot read the input, or finds it is not JSON
   */
  public static Dossier readDossier(
      TokenReader in, ReadContext document, Consumer<JsonProblem> ignored, BadRecords badRecords) throws IOException {
    String base = document.path();
    if (in.current() != Token.START_OBJECT) {
      document.problem(JsonRule.WRONG_TYPE, base, "expected a dossier object, found " + RecordEngine.describe(in));
      in.skipValue();
      return null;
    }
    List<ChanceryRecord> records = new ArrayList<>();
    List<Integer> indexes = new ArrayList<>();
    Set<String> seen =
        properties(in, base, document, (name, path, value) -> {
          switch (name) {
            case "format":
              if (value != Token.STRING || !FORMAT.equals(in.text())) {
                document.problem(JsonRule.UNSUPPORTED_VERSION, path, "expected the format \"" + FORMAT + "\"");
              }
              in.skipValue();
              break;
            case "version":
              if (value != Token.INTEGER) {
                document.problem(JsonRule.WRONG_TYPE, path, "expected an integer");
              } else if (!in.fitsInt() || in.intValue() != VERSION) {
                document.problem(
                    JsonRule.UNSUPPORTED_VERSION, path,
                    "version " + in.numberText() + " is not supported; this library reads version " + VERSION);
              }
              in.skipValue();
              break;
            case "records":
              readRecords(in, path, document, ignored, badRecords, records, indexes);
              break;
            default:
              in.skipValue();
              document.unknownPropertyAt(path);
          }
        });
    required(document, base, seen, "format", "version", "records");
    if (document.hasProblems()) {
      return null;
    }
    Dossier dossier = withoutDuplicates(records, indexes, base, document, badRecords);
    return document.hasProblems() ? null : dossier;
  }

  private static void readRecords(
      TokenReader in,
      String path,
      ReadContext document,
      Consumer<JsonProblem> ignored,
      BadRecords badRecords,
      List<ChanceryRecord> records,
      List<Integer> indexes)
      throws IOException {
    if (in.current() != Token.START_ARRAY) {
      in.skipValue();
      document.problem(JsonRule.WRONG_TYPE, path, "expected an array of records");
      return;
    }
    int index = 0;
    for (Token token = in.next(); token != Token.END_ARRAY && token != null; token = in.next()) {
      ReadContext context = new ReadContext(ignored).at(Paths.index(path, index));
      ChanceryRecord record = RecordEngine.readRecord(in, ChanceryRecord.class, context);
      if (context.hasProblems() || record == null) {
        if (badRecords == null) {
          context.problems().forEach(document::problem);
        } else {
          badRecords.skipped(index, context.problems());
        }
      } else {
        records.add(record);
        indexes.add(index);
      }
      index++;
    }
  }

  /** A record whose id an earlier one has is a problem of the document, or skipped and told. */
  private static Dossier withoutDuplicates(
      List<ChanceryRecord> records, List<Integer> indexes, String base, ReadContext document, BadRecords badRecords) {
    Map<String, Integer> seen = new HashMap<>();
    Dossier.Builder dossier = Dossier.builder();
    for (int i = 0; i < records.size(); i++) {
      ChanceryRecord record = records.get(i);
      int index = indexes.get(i);
      Integer first = seen.putIfAbsent(record.id(), index);
      if (first == null) {
        dossier.add(record);
        continue;
      }
      JsonProblem problem =
          JsonProblem.of(
              ViolationCode.DUPLICATE,
              Paths.join(base, "records[" + index + "].id"),
              "id '" + record.id() + "' is already used by records[" + first + "]",
              record.id());
      if (badRecords == null) {
        document.problem(problem);
      } else {
        badRecords.skipped(index, List.of(problem));
      }
    }
    return dossier.build();
  }

  /** Told of each property of an object read by {@link #properties}, once per name. */
  @FunctionalInterface
  private interface PropertyReader {
    void read(String name, String path, Token value) throws IOException;
  }

  /**
   * Reads the properties of the object the reader stands on, giving each to {@code reader}; a key
   * given twice is a {@code duplicate-key} problem and its second value is skipped, since which
   * one was meant cannot be known.
   *
   * @return the names read
   */
  private static Set<String> properties(TokenReader in, String base, ReadContext context, PropertyReader reader)
      throws IOException {
    Set<String> seen = new HashSet<>();
    for (Token token = in.next(); token == Token.NAME; token = in.next()) {
      String name = in.text();
      String path = Paths.property(base, name);
      Token value = in.next();
      if (!seen.add(name)) {
        context.problem(JsonRule.DUPLICATE_KEY, path, "the key '" + name + "' appears more than once");
        in.skipValue();
        continue;
      }
      reader.read(name, path, value);
    }
    return seen;
  }

  private static void required(ReadContext context, String base, Set<String> seen, String... names) {
    for (String name : names) {
      if (!seen.contains(name)) {
        context.problem(JsonRule.REQUIRED, Paths.property(base, name), "is required");
      }
    }
  }

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
   * Reads a map key as a value of a type written as one string (a date, a language tag, a code,
   * a reference), under the same rules as the value; problems go to the context, at its path.
   *
   * @param key the key as written; not null
   * @param type the type of the key's value; not null
   * @param context where problems go; not null
   * @param <V> the type of the key's value
   * @return the value, or null after a problem
   */
  public static <V> V readKey(String key, ValueType<V> type, ReadContext context) {
    if (!type.isParsed()) {
      context.problem(JsonRule.WRONG_TYPE, "a " + type.kind().name().toLowerCase(java.util.Locale.ROOT) + " cannot be a map key");
      return null;
    }
    try {
      return type.parse(key);
    } catch (ValidationException e) {
      context.violations(e);
      return null;
    }
  }

  /**
   * The values of the keys of each map read so far in one document, by the map's path, so that
   * two keys that are one value ({@code "FR"} and {@code "fr"}) are found rather than one entry
   * silently lost. Not thread-safe: one per read.
   */
  public static final class MapKeys {
    private final Map<String, Set<Object>> seen = new HashMap<>();

    /** Creates an empty record of keys. */
    public MapKeys() {}

    /**
     * Records a key's value; a problem when another key of the same map had the same value.
     *
     * @param mapPath the path of the map
     * @param key the key as written
     * @param value the value it was read as
     * @param context where the problem goes, at the key's path
     */
    public void add(String mapPath, String key, Object value, ReadContext context) {
      if (!seen.computeIfAbsent(mapPath, path -> new HashSet<>()).add(value)) {
        context.problem(JsonRule.DUPLICATE_KEY, "the key '" + key + "' is a value another key of this map already is");
      }
    }
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
        properties(in, base, context, (name, path, value) -> {
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
    required(context, base, seen, "errors", "warnings", "findings");
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
    if (number.signum() < 0 || number.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
      context.problem(ViolationCode.NEGATIVE, path, "must be a count from 0, found " + in.numberText());
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
