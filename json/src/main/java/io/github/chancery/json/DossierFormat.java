package io.github.chancery.json;

import io.github.chancery.json.problem.JsonRule;
import io.github.chancery.json.internal.jackson.ParseFailures;
import io.github.chancery.json.internal.DocumentEngine;
import io.github.chancery.json.internal.jackson.JacksonTokenWriter;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.chancery.core.dossier.ConsistencyReport;
import io.github.chancery.core.dossier.Dossier;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.json.internal.Paths;
import io.github.chancery.json.internal.ReadContext;
import io.github.chancery.json.internal.jackson.JacksonTokenReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.function.Consumer;

/**
 * The dossier document, {@code {"format":"chancery-dossier","version":1,"records":[...]}}, with
 * one record per line inside the array so that files diff well, and the consistency report.
 */
final class DossierFormat {
  static final String FORMAT = DocumentEngine.FORMAT;
  static final int VERSION = DocumentEngine.VERSION;

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
      ReadContext document = new ReadContext(json.ignoredListener());
      parser.nextToken();
      DocumentEngine.BadRecords badRecords =
          onBadRecord == null
              ? null
              : (index, problems) -> onBadRecord.accept(new ChanceryJsonException(problems).atRecord(index, -1));
      Dossier dossier = DocumentEngine.readDossier(JacksonTokenReader.of(parser), document, json.ignoredListener(), badRecords);
      if (parser.nextToken() != null) {
        document.problem(JsonRule.TRAILING_TOKENS, Paths.ROOT, "unexpected content after the end of the dossier");
      }
      if (document.hasProblems() || dossier == null) {
        throw new ChanceryJsonException(document.problems());
      }
      return dossier;
    } catch (JsonProcessingException e) {
      throw ParseFailures.from(e, parser);
    } catch (java.io.CharConversionException e) {
      throw ParseFailures.notAnEncoding();
    }
  }

  static void writeReport(ChanceryJson json, ConsistencyReport report, OutputStream out) throws IOException {
    try (JsonGenerator generator = json.documentFactory().createGenerator(out)) {
      DocumentEngine.writeReport(new JacksonTokenWriter(generator), report);
    }
  }
}
