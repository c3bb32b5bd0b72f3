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
 * The dossier document, {@code {"format":"chancery-dossier","version":1,"records":[...]}}, read
 * and written through the engine's tokens, the same through either Jackson line. Stateless.
 */
public final class DossierDocument {
  /** The dossier document's {@code format}. */
  public static final String FORMAT = "chancery-dossier";

  /** The dossier document's {@code version}. */
  public static final int VERSION = 1;

  private DossierDocument() {}

  /** Reads a dossier document strictly, every bad record a problem of the document. */
  public static final DocumentEngine.Reading<Dossier> DOSSIER = (in, context) -> readDossier(in, context, context.ignoredListener(), null);

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

  private static final String HEADER = "{\"format\":\"" + FORMAT + "\",\"version\":" + VERSION + ",\"records\":[";

  /**
   * Writes a dossier document as a file holds it: each record canonical and on its own line inside
   * the array, so that files diff well, and a line break at the end.
   *
   * @param out where to write; not null
   * @param dossier the dossier; not null
   * @throws IOException if the generator cannot write
   */
  public static void writeLaidOut(TokenWriter out, Dossier dossier) throws IOException {
    out.raw(HEADER);
    boolean first = true;
    for (ChanceryRecord record : dossier) {
      out.raw(first ? "\n" : ",\n");
      RecordEngine.writeRecord(out, record);
      first = false;
    }
    out.raw(first ? "]}\n" : "\n]}\n");
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
    List<Integer> indexes = new ArrayList<>(0); // of the records kept, once one was skipped
    Set<String> seen =
        DocumentEngine.properties(in, base, document, (name, path, value) -> {
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
    DocumentEngine.required(document, base, seen, "format", "version", "records");
    if (document.hasProblems()) {
      return null;
    }
    Dossier dossier;
    try {
      dossier = Dossier.of(records); // the usual case: no id twice, found by the dossier's own index
    } catch (ValidationException twice) {
      dossier = withoutDuplicates(records, indexes, base, document, badRecords);
    }
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
    // One for every record, emptied for each, remembering the references the records share.
    ReadContext context = document.forRecords(ignored);
    for (Token token = in.next(); token != Token.END_ARRAY && token != null; token = in.next()) {
      context.reset().at(path, index);
      ChanceryRecord record = RecordEngine.readRecord(in, ChanceryRecord.class, context);
      if (context.hasProblems() || record == null) {
        if (badRecords == null) {
          context.problems().forEach(document::problem);
        } else {
          badRecords.skipped(index, context.problems());
        }
      } else {
        if (index != records.size()) {
          // A record was skipped: the indexes of those kept no longer follow their places.
          for (int kept = indexes.size(); kept < records.size(); kept++) {
            indexes.add(kept);
          }
          indexes.add(index);
        }
        records.add(record);
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
      int index = indexes.isEmpty() ? i : indexes.get(i);
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
}
