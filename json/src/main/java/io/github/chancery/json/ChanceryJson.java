package io.github.chancery.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.json.format.AbstractChanceryJson;
import io.github.chancery.json.internal.jackson.Jackson2Syntax;
import io.github.chancery.json.limits.ReadLimits;
import io.github.chancery.json.problem.JsonProblem;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The entry point of Chancery's JSON with Jackson 2: a ready, hardened reader and writer of
 * records, values, dossiers, reports and record streams, in one line, and a strictly configured
 * Jackson 2 mapper for applications that use Jackson directly.
 *
 * <pre>{@code
 * ChanceryJson json = ChanceryJson.strict();
 * String text = json.write(vote);                  // canonical: same record, same bytes
 * Vote again = json.read(text, Vote.class);         // strict, through the core's builders
 * ObjectMapper mapper = json.mapper();              // for applications that use Jackson directly
 * }</pre>
 *
 * <p>Everything it reads and writes is described in {@link AbstractChanceryJson}, the same in
 * Jackson 3's {@code io.github.chancery.json.jackson3.ChanceryJson}; failures are the checked
 * {@link ChanceryJsonException}. No class name is ever written or read; default typing is never
 * enabled.
 *
 * <p>Instances are immutable and thread-safe; share one.
 */
public final class ChanceryJson extends AbstractChanceryJson<ChanceryJsonException> {
  private ChanceryJson(ReadLimits limits, Consumer<JsonProblem> ignoredListener) {
    super(new Jackson2Syntax(limits, ignoredListener), limits, ignoredListener);
  }

  /**
   * Returns a strict reader and writer with the default {@link ReadLimits}.
   *
   * @return a new strict instance with the default limits
   */
  public static ChanceryJson strict() {
    return strict(ReadLimits.defaults());
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
   * Returns a copy with other limits.
   *
   * @param limits the limits on size and nesting
   * @return the changed copy
   */
  public ChanceryJson withLimits(ReadLimits limits) {
    return new ChanceryJson(Objects.requireNonNull(limits, "limits"), ignoredListener());
  }

  /**
   * Returns a copy of the strictly configured Jackson mapper, with the {@link ChanceryModule}
   * registered, for applications that read and write records inside their own documents. What is
   * wrong inside a record, and what is wrong with the text around any value it reads (nothing at
   * all, text that is not JSON, content after the value) or a limit, is a {@link
   * ChanceryJsonException} naming the path and rule; inside an application's own classes, Jackson
   * reads, and its exceptions are Jackson's. Its copies, the mappers rebuilt from it and the
   * readers it makes keep this; {@code readTree} and {@code readValues} are Jackson's own.
   *
   * @return a new copy of the mapper, which the caller may configure further
   */
  public ObjectMapper mapper() {
    return jackson().mapper().copy();
  }

  /**
   * Returns a Jackson reader of any record, from the strictly configured mapper, refusing bad
   * text in Chancery's words as the mapper does.
   *
   * @return a reader for {@code ChanceryRecord}; never null
   */
  public ObjectReader reader() {
    return jackson().mapper().readerFor(ChanceryRecord.class);
  }

  /**
   * Returns a Jackson writer of records, from the strictly configured mapper.
   *
   * @return a writer; never null
   */
  public ObjectWriter writer() {
    return jackson().mapper().writer();
  }

  private Jackson2Syntax jackson() {
    return (Jackson2Syntax) syntax();
  }
}
