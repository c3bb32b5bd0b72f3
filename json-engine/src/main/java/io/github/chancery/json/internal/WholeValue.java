package io.github.chancery.json.internal;

import io.github.chancery.core.dossier.ConsistencyReport;
import io.github.chancery.core.dossier.Dossier;
import io.github.chancery.core.model.Shapes;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.record.ValueType;
import io.github.chancery.json.problem.JsonRule;
import java.io.IOException;

/**
 * The one sequence that reads a whole document as one value, for every JSON line and every
 * reader: nothing at all is an empty document; the value is read by the engine (or, for an
 * application's own type, by the line's mapper); anything after it is trailing content; a parser's
 * failure anywhere is the one problem of the document. Stateless.
 */
public final class WholeValue {
  /** What a dossier document holds, as {@link #read} names it. */
  public static final String DOSSIER = "dossier";

  private WholeValue() {}

  /**
   * Returns how a value of a type is read from its first token: records, dossiers and reports,
   * values and parts of records by the engine, any other type by the line's mapper.
   *
   * @param type the type read; not null
   * @param syntax the line, for an application's own type; not null
   * @param <T> the type read
   * @return the reading
   */
  @SuppressWarnings("unchecked")
  public static <T> DocumentEngine.Reading<T> of(Class<T> type, JsonSyntax syntax) {
    if (ChanceryRecord.class.isAssignableFrom(type)) {
      return (in, context) -> RecordEngine.readRecord(in, type, context);
    }
    if (type == Dossier.class) {
      return (DocumentEngine.Reading<T>) DossierDocument.DOSSIER;
    }
    if (type == ConsistencyReport.class) {
      return (in, context) -> type.cast(ReportDocument.readReport(in, context));
    }
    ValueType<T> value = (ValueType<T>) Shapes.valueTypes().get(type);
    if (value != null) {
      return (in, context) -> in.current() == TokenReader.Token.NULL ? null : RecordEngine.readValue(in, value, context);
    }
    return (in, context) -> syntax.readOther(in, type);
  }

  /**
   * Names what a document of a type holds, for the message about content after it.
   *
   * @param type the type read; not null
   * @return {@code record} for a record type, else {@code document}
   */
  public static String noun(Class<?> type) {
    return ChanceryRecord.class.isAssignableFrom(type) ? "record" : "document";
  }

  /**
   * Reads one whole document from a reader before its first token. Every problem goes to the
   * context; a parser's failure replaces those found before it, since what follows it is unknown.
   *
   * @param in the reader, before the document's first token; not null
   * @param reading how the value is read; not null
   * @param context where problems go; not null
   * @param noun what the document holds, for the message about content after it; for {@code
   *     dossier}, an empty document is a dossier document not found, as a dossier file is named
   * @param <T> the type read
   * @return the value, or null when the context has problems
   * @throws IOException only when the input itself fails
   */
  public static <T> T read(TokenReader in, DocumentEngine.Reading<T> reading, ReadContext context, String noun) throws IOException {
    try {
      if (in.next() == null && !DOSSIER.equals(noun)) {
        context.problem(JsonRule.MALFORMED_JSON, Paths.ROOT, "the document is empty");
        return null;
      }
      T value = reading.read(in, context);
      if (in.next() != null) {
        context.problem(JsonRule.TRAILING_TOKENS, Paths.ROOT, "unexpected content after the end of the " + noun);
      }
      if (value == null && !context.hasProblems()) {
        context.problem(JsonRule.WRONG_TYPE, Paths.ROOT, "expected a value, found null");
      }
      return context.hasProblems() ? null : value;
    } catch (ParseFailure failure) {
      context.reset();
      context.problem(failure.problem(0));
      return null;
    }
  }
}
