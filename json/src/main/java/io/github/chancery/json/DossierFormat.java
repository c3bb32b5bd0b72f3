package io.github.chancery.json;

import io.github.chancery.json.problem.JsonRule;
import io.github.chancery.json.problem.JsonProblem;
import io.github.chancery.json.internal.jackson.ParseFailures;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.github.chancery.core.dossier.ConsistencyReport;
import io.github.chancery.core.dossier.Dossier;
import io.github.chancery.core.dossier.Finding;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.validation.ViolationCode;
import io.github.chancery.json.internal.Paths;
import io.github.chancery.json.internal.ReadContext;
import io.github.chancery.json.internal.RecordEngine;
import io.github.chancery.json.internal.jackson.JacksonTokenReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The dossier document, {@code {"format":"chancery-dossier","version":1,"records":[...]}}, with
 * one record per line inside the array so that files diff well, and the consistency report.
 */
final class DossierFormat {
  static final String FORMAT = "chancery-dossier";
  static final int VERSION = 1;

  private DossierFormat() {}

  private static final String HEADER = "{\"format\":\"" + FORMAT + "\",\"version\":" + VERSION + ",\"records\":[";

  static void write(ChanceryJson json, Dossier dossier, OutputStream out) throws IOException {
    // One generator for the whole document; the records are its root values, joined by hand so
    // that each stands on its own line.
    try (JsonGenerator generator = json.documentFactory().createGenerator(out)) {
      generator.setRootValueSeparator(null);
      generator.writeRaw(HEADER);
      boolean first = true;
      for (ChanceryRecord record : dossier) {
        generator.writeRaw(first ? "\n" : ",\n");
        ChanceryJson.writeRecord(generator, record);
        first = false;
      }
      generator.writeRaw(first ? "]}\n" : "\n]}\n");
    }
    out.flush();
  }

  static Dossier read(ChanceryJson json, InputStream in, Consumer<ChanceryJsonException> onBadRecord)
      throws IOException {
    JsonParser parser;
    try {
      parser = json.documentFactory().createParser(in);
    } catch (java.io.CharConversionException e) {
      throw ParseFailures.notAnEncoding();
    }
    try (parser) {
      ReadContext context = new ReadContext(json.ignoredListener());
      List<Located> records = new ArrayList<>();
      boolean sawFormat = false;
      boolean sawVersion = false;
      boolean sawRecords = false;
      java.util.Set<String> seen = new java.util.HashSet<>();
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw ParseFailures.single(JsonRule.WRONG_TYPE, Paths.ROOT, "expected a dossier object");
      }
      for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
        String name = parser.currentName();
        String path = Paths.property(Paths.ROOT, name);
        parser.nextToken();
        if (!seen.add(name)) {
          // The second of two keys is not read: which one was meant cannot be known.
          context.problem(JsonRule.DUPLICATE_KEY, path, "the key '" + name + "' appears more than once");
          parser.skipChildren();
          continue;
        }
        switch (name) {
          case "format":
            sawFormat = true;
            if (parser.currentToken() != JsonToken.VALUE_STRING || !FORMAT.equals(parser.getText())) {
              context.problem(JsonRule.UNSUPPORTED_VERSION, path, "expected the format \"" + FORMAT + "\"");
            }
            parser.skipChildren();
            break;
          case "version":
            sawVersion = true;
            if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT) {
              context.problem(JsonRule.WRONG_TYPE, path, "expected an integer");
            } else if (parser.getNumberType() != JsonParser.NumberType.INT || parser.getIntValue() != VERSION) {
              context.problem(JsonRule.UNSUPPORTED_VERSION, path, "version " + parser.getText() + " is not supported; this library reads version " + VERSION);
            }
            parser.skipChildren();
            break;
          case "records":
            sawRecords = true;
            readRecords(json, parser, path, context, records, onBadRecord);
            break;
          default:
            parser.skipChildren();
            context.unknownPropertyAt(path);
        }
      }
      if (parser.nextToken() != null) {
        context.problem(JsonRule.TRAILING_TOKENS, Paths.ROOT, "unexpected content after the end of the dossier");
      }
      required(context, sawFormat, "format");
      required(context, sawVersion, "version");
      required(context, sawRecords, "records");
      if (context.hasProblems()) {
        throw new ChanceryJsonException(context.problems());
      }
      return withoutDuplicates(records, onBadRecord);
    } catch (JsonProcessingException e) {
      throw ParseFailures.from(e, parser);
    } catch (java.io.CharConversionException e) {
      throw ParseFailures.notAnEncoding();
    }
  }

  private static void readRecords(
      ChanceryJson json,
      JsonParser parser,
      String path,
      ReadContext document,
      List<Located> records,
      Consumer<ChanceryJsonException> onBadRecord)
      throws IOException {
    if (parser.currentToken() != JsonToken.START_ARRAY) {
      parser.skipChildren();
      document.problem(JsonRule.WRONG_TYPE, path, "expected an array of records");
      return;
    }
    int index = 0;
    JacksonTokenReader tokens = JacksonTokenReader.of(parser);
    for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
      String recordPath = Paths.index(path, index);
      ReadContext context = new ReadContext(json.ignoredListener()).at(recordPath);
      tokens.sync();
      ChanceryRecord record = RecordEngine.readRecord(tokens, ChanceryRecord.class, context);
      if (context.hasProblems() || record == null) {
        if (onBadRecord == null) {
          context.problems().forEach(p -> document.problem(p));
        } else {
          onBadRecord.accept(new ChanceryJsonException(context.problems()).atRecord(index, -1));
        }
      } else {
        records.add(new Located(index, record));
      }
      index++;
    }
  }

  /**
   * Builds the dossier; a record whose id an earlier one has is an error, or is skipped and
   * reported when a listener is given.
   */
  private static Dossier withoutDuplicates(List<Located> records, Consumer<ChanceryJsonException> onBadRecord)
      throws ChanceryJsonException {
    Map<String, Integer> seen = new HashMap<>();
    List<JsonProblem> problems = new ArrayList<>();
    Dossier.Builder dossier = Dossier.builder();
    for (Located located : records) {
      Integer first = seen.putIfAbsent(located.record.id(), located.index);
      if (first == null) {
        dossier.add(located.record);
        continue;
      }
      JsonProblem problem =
          JsonProblem.of(
              ViolationCode.DUPLICATE,
              Paths.join(Paths.ROOT, "records[" + located.index + "].id"),
              "id '" + located.record.id() + "' is already used by records[" + first + "]",
              located.record.id());
      if (onBadRecord == null) {
        problems.add(problem);
      } else {
        onBadRecord.accept(new ChanceryJsonException(List.of(problem)).atRecord(located.index, -1));
      }
    }
    if (!problems.isEmpty()) {
      throw new ChanceryJsonException(problems);
    }
    return dossier.build();
  }

  /** A record read, with its index in the document's records. */
  private static final class Located {
    final int index;
    final ChanceryRecord record;

    Located(int index, ChanceryRecord record) {
      this.index = index;
      this.record = record;
    }
  }

  private static void required(ReadContext context, boolean present, String name) {
    if (!present) {
      context.problem(JsonRule.REQUIRED, Paths.property(Paths.ROOT, name), "is required");
    }
  }

  static void writeReport(ChanceryJson json, ConsistencyReport report, OutputStream out) throws IOException {
    try (JsonGenerator generator = json.documentFactory().createGenerator(out)) {
      generator.writeStartObject();
      generator.writeNumberField("errors", report.errorCount());
      generator.writeNumberField("warnings", report.warningCount());
      if (report.isTruncated()) {
        generator.writeNumberField("listed", report.findings().size());
      }
      generator.writeArrayFieldStart("findings");
      for (Finding finding : report.findings()) {
        generator.writeStartObject();
        generator.writeStringField("severity", finding.severity().wireName());
        generator.writeStringField("code", finding.code().code());
        generator.writeStringField("record_id", finding.recordId());
        generator.writeStringField("path", finding.path());
        generator.writeStringField("message", finding.message());
        generator.writeEndObject();
      }
      generator.writeEndArray();
      generator.writeEndObject();
    }
  }
}
