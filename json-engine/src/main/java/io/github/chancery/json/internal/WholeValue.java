package io.github.chancery.json.internal;

import io.github.chancery.core.dossier.ConsistencyReport;
import io.github.chancery.core.dossier.Dossier;
import io.github.chancery.core.model.Shapes;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.record.ValueType;
import io.github.chancery.json.problem.JsonProblem;
import io.github.chancery.json.problem.JsonRule;
import java.io.IOException;
import java.util.List;
import java.util.function.Function;

/**
 * The one sequence that reads a whole document as one value, for every JSON line and every
 * reader: nothing at all is an empty document; the value is read by the engine (or, for an
 * application's own type, by the line's mapper); anything after it is trailing content; a parser's
 * failure anywhere is the one problem of the document. {@link #read} is the sequence of {@code
 * ChanceryJson}; {@link #bind}, the same for the mapper a line hands out, whose value Jackson
 * binds. Stateless.
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

  /**
   * The steps of reading one whole value with a line's own mapper ({@code readValue} of the mapper
   * {@code ChanceryJson} hands out, and of its readers), which only the line's parser and reader
   * can take; {@link #bind} takes them in order and words every failure. Implemented by the line's
   * reader, which is immutable: each step is given the parser of the read.
   *
   * @param <P> the line's parser
   */
  public interface Binding<P> {
    /**
     * Moves the parser to the value's first token, unless it stands on one.
     *
     * @param parser the parser
     * @return false when the text holds no value (at the reader's pointer, when it has one)
     * @throws IOException what the parser throws
     */
    boolean toValue(P parser) throws IOException;

    /**
     * Whether the parser reads a part of a document (a reader's pointer) and the document began a
     * value: when no value is found, nothing is at the pointer, rather than the document empty.
     *
     * @param parser the parser, which found no value
     * @return true when the document itself holds a value
     */
    boolean pointed(P parser);

    /**
     * Binds the value with the line's mapper, from its first token, leaving what follows it
     * unread: Jackson's own check for trailing tokens is off, since {@link #bind} makes it.
     *
     * @param parser the parser, on the value's first token
     * @param valueToUpdate the object to read into, or null for a new one
     * @return the value
     * @throws IOException what the parser or the mapper throws
     */
    Object value(P parser, Object valueToUpdate) throws IOException;

    /**
     * Whether anything follows the value; for a part of a document, whether anything follows the
     * document, which {@link #restOfDocument} reads to its end.
     *
     * @param parser the parser, on the value's last token
     * @return true when more follows
     * @throws IOException what the parser throws
     */
    boolean more(P parser) throws IOException;

    /**
     * Returns the failure of the text an exception of the parser is, where the parser stands: a
     * limit, text that is not JSON or that ends early, bytes in no encoding. Anything else (an
     * integer out of range for an application's field, an application's class refusing a value,
     * a failure already Chancery's) is not, and is thrown as it is.
     *
     * @param thrown what the parser or mapper threw; not null
     * @param parser the parser
     * @return the failure, or null when the exception is not one of the text
     */
    ParseFailure failure(Exception thrown, P parser);

    /**
     * Returns where Jackson's root wrapper refused the value, when the exception is that refusal.
     *
     * @param thrown what the mapper threw; not null
     * @param parser the parser
     * @return the JSON path, or null when the exception is not the root wrapper's
     */
    String rootRefused(Exception thrown, P parser);
  }

  /**
   * Reads one whole value with a line's mapper. Nothing at all is an empty document, or nothing at
   * the reader's pointer; content after the value (for a part of a document, after the document)
   * is refused when {@code trailing} is checked; a failure of the text before or after the value,
   * and a limit passed anywhere, is Chancery's. Inside the value, a failure of the text and the
   * refusal of Jackson's root wrapper are Chancery's for one of Chancery's types only: inside an
   * application's own class, Jackson reads, and what it or the class refuses stays Jackson's.
   *
   * @param binding the line's reader; not null
   * @param parser the parser of the read, before the value or on its first token; not null
   * @param valueToUpdate the object to read into, or null
   * @param type the type read, or null when the reader has none
   * @param wrapper the root name the reader expects the value wrapped in: empty for the value's own
   *     name, null when it expects no wrapper
   * @param trailing whether content after the value is refused
   * @param exception the line's exception for problems; not null
   * @param <P> the line's parser
   * @param <X> the line's exception
   * @return the value
   * @throws X of the one problem of the text
   * @throws IOException what the parser or mapper throws that is not Chancery's to word
   */
  public static <P, X extends Exception> Object bind(
      Binding<P> binding, P parser, Object valueToUpdate, Class<?> type, String wrapper, boolean trailing, Function<List<JsonProblem>, X> exception)
      throws X, IOException {
    boolean found;
    try {
      found = binding.toValue(parser);
    } catch (IOException | RuntimeException e) {
      throw textFailure(binding, parser, e, exception);
    }
    if (!found) {
      throw exception.apply(List.of(binding.pointed(parser)
          ? JsonProblem.of(JsonRule.REQUIRED, Paths.ROOT, "the document holds no value at the reader's pointer", null)
          : JsonProblem.of(JsonRule.MALFORMED_JSON, Paths.ROOT, "the document is empty", null)));
    }
    Object value;
    try {
      value = binding.value(parser, valueToUpdate);
    } catch (IOException | RuntimeException e) {
      throw valueFailure(binding, parser, e, type, wrapper, exception);
    }
    boolean more;
    try {
      more = trailing && binding.more(parser);
    } catch (IOException | RuntimeException e) {
      throw textFailure(binding, parser, e, exception);
    }
    if (more) {
      throw exception.apply(List.of(JsonProblem.of(JsonRule.TRAILING_TOKENS, Paths.ROOT, "unexpected content after the end of the value", null)));
    }
    return value;
  }

  /**
   * Reads the rest of a document, a part of which was read, to its end: for {@link Binding#more}.
   *
   * @param document the document's tokens, where the part read ends
   * @param depth how deep in the document they stand, 0 at its root
   * @return whether anything follows the document
   * @throws IOException if the text cannot be read ({@link ParseFailure})
   */
  public static boolean restOfDocument(TokenReader document, int depth) throws IOException {
    for (int left = depth; left > 0; ) {
      TokenReader.Token token = document.next();
      if (token == null) {
        return false;
      }
      if (token == TokenReader.Token.START_OBJECT || token == TokenReader.Token.START_ARRAY) {
        document.skipValue();
      } else if (token == TokenReader.Token.END_OBJECT || token == TokenReader.Token.END_ARRAY) {
        left--;
      }
    }
    return document.next() != null;
  }

  /** What fails around the value is the text's, in Chancery's words. */
  private static <P, X extends Exception> X textFailure(Binding<P> binding, P parser, Exception thrown, Function<List<JsonProblem>, X> exception)
      throws IOException {
    ParseFailure failure = thrown instanceof ParseFailure ? (ParseFailure) thrown : binding.failure(thrown, parser);
    if (failure == null) {
      throw asThrown(thrown);
    }
    return exception.apply(List.of(failure.problem(0)));
  }

  /**
   * What fails inside the value: a limit is Chancery's wherever it is passed; the text and the root
   * wrapper are Chancery's for one of Chancery's types, whose deserializers word their own failures.
   */
  private static <P, X extends Exception> X valueFailure(
      Binding<P> binding, P parser, Exception thrown, Class<?> type, String wrapper, Function<List<JsonProblem>, X> exception) throws IOException {
    boolean chancerys = WireNames.isChancerys(type);
    ParseFailure failure = binding.failure(thrown, parser);
    if (failure != null && (chancerys || failure.kind() == ParseFailure.Kind.LIMIT)) {
      return exception.apply(List.of(failure.problem(0)));
    }
    String refused = chancerys && wrapper != null ? binding.rootRefused(thrown, parser) : null;
    if (refused == null) {
      throw asThrown(thrown);
    }
    String name = wrapper.isEmpty() ? WireNames.wrapperName(type) : wrapper;
    return exception.apply(List.of(
        JsonProblem.of(JsonRule.WRONG_TYPE, refused, "the value must be the only property of the document, named \"" + name + "\"", null)));
  }

  /** An exception that is not Chancery's to word, to throw as it is. */
  private static IOException asThrown(Exception thrown) {
    if (thrown instanceof RuntimeException) {
      throw (RuntimeException) thrown;
    }
    return (IOException) thrown;
  }
}
