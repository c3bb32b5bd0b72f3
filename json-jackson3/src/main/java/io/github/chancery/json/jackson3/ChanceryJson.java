package io.github.chancery.json.jackson3;

import io.github.chancery.core.dossier.ConsistencyReport;
import io.github.chancery.core.dossier.Dossier;
import io.github.chancery.core.model.Shapes;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.record.ValueType;
import io.github.chancery.json.internal.DocumentEngine;
import io.github.chancery.json.internal.Paths;
import io.github.chancery.json.internal.ReadContext;
import io.github.chancery.json.internal.RecordEngine;
import io.github.chancery.json.jackson3.internal.ChanceryMapper;
import io.github.chancery.json.jackson3.internal.ChanceryJsonFactory;
import io.github.chancery.json.jackson3.internal.Jackson3TokenReader;
import io.github.chancery.json.jackson3.deser.WireDeserializer;
import io.github.chancery.json.jackson3.internal.NamedLimits;
import io.github.chancery.json.jackson3.internal.ParseFailures;
import io.github.chancery.json.limits.ReadLimits;
import io.github.chancery.json.problem.JsonProblem;
import io.github.chancery.json.problem.JsonRule;
import java.io.InputStream;
import java.util.Objects;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.ContextAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * The entry point of Chancery's JSON for Jackson 3: a strict reader and canonical writer of
 * records, values, dossiers and reports, and a Jackson 3 mapper with Chancery's module and
 * limits for applications that use Jackson directly.
 *
 * <pre>{@code
 * ChanceryJson json = ChanceryJson.strict();
 * String text = json.write(vote);                  // the same bytes as the Jackson 2 artifact
 * Vote again = json.read(text, Vote.class);         // strict, through the core's builders
 * JsonMapper mapper = json.mapper();                // Jackson 3, with the module and the limits
 * }</pre>
 *
 * <p>Rules, limits ({@link ReadLimits}) and problems are those of the Jackson 2 artifact's {@code
 * io.github.chancery.json.ChanceryJson}, through the same engine; failures are the unchecked
 * {@link ChanceryJsonException}. Instances are immutable and thread-safe; share one.
 */
public final class ChanceryJson {
  private final ReadLimits limits;
  private final Consumer<JsonProblem> ignoredListener;
  private final JsonMapper mapper;

  private ChanceryJson(ReadLimits limits, Consumer<JsonProblem> ignoredListener) {
    this.limits = limits;
    this.ignoredListener = ignoredListener;
    JsonFactory factory =
        new ChanceryJsonFactory(
            JsonFactory.builder()
                .streamReadConstraints(NamedLimits.of(limits))
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION));
    JsonMapper.Builder builder =
        ChanceryMapper.builder(factory)
            .addModule(new ChanceryModule())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    if (ignoredListener != null) {
      builder.defaultAttributes(ContextAttributes.getEmpty().withSharedAttribute(WireDeserializer.IGNORED_LISTENER, ignoredListener));
    }
    this.mapper = builder.build();
  }

  /**
   * Returns a strict reader and writer with the default {@link ReadLimits}.
   *
   * @return a new strict instance with the default limits
   */
  public static ChanceryJson strict() {
    return new ChanceryJson(ReadLimits.defaults(), null);
  }

  /**
   * Returns a strict reader and writer with the given limits.
   *
   * @param limits the limits on size and nesting
   * @return the reader and writer
   */
  public static ChanceryJson strict(ReadLimits limits) {
    return new ChanceryJson(Objects.requireNonNull(limits, "limits"), null);
  }

  /**
   * Returns a reader and writer that ignores unknown properties, for documents written by a
   * later version of the format, and tells {@code ignored} each property it ignored. Every other
   * rule stays strict.
   *
   * @param ignored told of each unknown property ignored, with its path
   * @return the reader and writer
   */
  public static ChanceryJson lenient(Consumer<JsonProblem> ignored) {
    return new ChanceryJson(ReadLimits.defaults(), Objects.requireNonNull(ignored, "ignored"));
  }

  /**
   * Returns the limits this reader applies.
   *
   * @return the limits; never null
   */
  public ReadLimits limits() {
    return limits;
  }

  /**
   * Returns a Jackson 3 mapper with Chancery's module, the limits and, for a lenient reader, its
   * listener. Records read through it are strict. What is wrong with the text around any value it
   * reads (nothing at all, text that is not JSON, content after the value) or a limit is a {@link
   * ChanceryJsonException} naming the path and rule, as in the Jackson 2 artifact; inside an
   * application's own classes, Jackson reads, and they fail in Jackson's exceptions. Mappers
   * rebuilt from it, and the readers it makes, keep this; {@code readTree} and {@code readValues}
   * are Jackson's own.
   *
   * @return the mapper, immutable as Jackson 3 mappers are and shared by every call; never null
   */
  public JsonMapper mapper() {
    return mapper;
  }

  /**
   * Reads one document as the given type: a record type, {@code ChanceryRecord}, {@code Actor},
   * a value or part, {@code Dossier} or {@code ConsistencyReport}.
   *
   * @param json the document
   * @param type the type to read
   * @param <T> the type read
   * @return the value read, never null
   * @throws ChanceryJsonException listing every problem, with its path and rule
   */
  public <T> T read(String json, Class<T> type) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(type, "type");
    // A byte order mark read from a file into a string is not part of the document: the factory
    // skips it, as in bytes.
    return parse(() -> mapper.createParser(json), type);
  }

  /**
   * Reads one document from bytes in UTF-8, UTF-16 or UTF-32; see {@link #read(String, Class)}.
   *
   * @param json the document's bytes
   * @param type the type to read
   * @param <T> the type read
   * @return the value read, never null
   * @throws ChanceryJsonException listing every problem, with its path and rule
   */
  public <T> T read(byte[] json, Class<T> type) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(type, "type");
    return parse(() -> mapper.createParser(json), type);
  }

  /**
   * Reads one document from a stream, which is not closed; see {@link #read(String, Class)}.
   *
   * @param json the document's bytes
   * @param type the type to read
   * @param <T> the type read
   * @return the value read, never null
   * @throws ChanceryJsonException listing every problem, with its path and rule
   */
  public <T> T read(InputStream json, Class<T> type) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(type, "type");
    return parse(() -> mapper.createParser(json), type);
  }

  /** Opens a parser; Jackson 3's failures are unchecked. */
  private interface Opening {
    JsonParser open();
  }

  private <T> T parse(Opening opening, Class<T> type) {
    JsonParser parser = null;
    try {
      parser = opening.open();
      return read(parser, type);
    } catch (JacksonException e) {
      throw ParseFailures.from(e, parser);
    } finally {
      if (parser != null) {
        parser.close();
      }
    }
  }

  // The same steps as the Jackson 2 artifact's, through the engine, so that both give the same
  // problems for the same document.
  private <T> T read(JsonParser parser, Class<T> type) {
    ReadContext context = new ReadContext(ignoredListener);
    if (parser.nextToken() == null) {
      throw ParseFailures.single(JsonRule.MALFORMED_JSON, Paths.ROOT, "the document is empty");
    }
    T value = engine(type, parser, context);
    if (parser.nextToken() != null) {
      String what = ChanceryRecord.class.isAssignableFrom(type) ? "record" : "document";
      context.problem(JsonRule.TRAILING_TOKENS, Paths.ROOT, "unexpected content after the end of the " + what);
    }
    if (context.hasProblems() || value == null) {
      if (!context.hasProblems()) {
        context.problem(JsonRule.WRONG_TYPE, Paths.ROOT, "expected a value, found null");
      }
      throw new ChanceryJsonException(context.problems());
    }
    return value;
  }

  @SuppressWarnings("unchecked")
  private <T> T engine(Class<T> type, JsonParser parser, ReadContext context) {
    Jackson3TokenReader tokens = new Jackson3TokenReader(parser);
    try {
      if (ChanceryRecord.class.isAssignableFrom(type)) {
        return (T) RecordEngine.readRecord(tokens, (Class<? extends ChanceryRecord>) type, context);
      }
      if (type == Dossier.class) {
        return (T) DocumentEngine.readDossier(tokens, context, ignoredListener, null);
      }
      if (type == ConsistencyReport.class) {
        return (T) DocumentEngine.readReport(tokens, context);
      }
      ValueType<?> valueType = Shapes.valueTypes().get(type);
      if (valueType != null) {
        return tokens.current() == Jackson3TokenReader.Token.NULL ? null : (T) RecordEngine.readValue(tokens, valueType, context);
      }
    } catch (java.io.IOException e) {
      // The Jackson 3 token reader throws none: its failures are unchecked.
      throw new java.io.UncheckedIOException(e);
    }
    // An application's own type: Jackson's rules, Chancery's inside.
    return mapper.readerFor(type).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readValue(parser);
  }

  /**
   * Writes a record, value, dossier or report in its canonical form: the same value, the same
   * text, as the Jackson 2 artifact writes it.
   *
   * @param value what to write
   * @return its JSON
   */
  public String write(Object value) {
    return mapper.writeValueAsString(Objects.requireNonNull(value, "value"));
  }
}
