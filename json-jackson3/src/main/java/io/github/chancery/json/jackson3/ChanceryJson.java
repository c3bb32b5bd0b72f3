package io.github.chancery.json.jackson3;

import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.json.format.AbstractChanceryJson;
import io.github.chancery.json.jackson3.internal.Jackson3Syntax;
import io.github.chancery.json.limits.ReadLimits;
import io.github.chancery.json.problem.JsonProblem;
import java.util.Objects;
import java.util.function.Consumer;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The entry point of Chancery's JSON with Jackson 3: a ready, hardened reader and writer of
 * records, values, dossiers, reports and record streams, in one line, and a Jackson 3 mapper with
 * Chancery's module and limits for applications that use Jackson directly.
 *
 * <pre>{@code
 * ChanceryJson json = ChanceryJson.strict();
 * String text = json.write(vote);                  // the same bytes as the Jackson 2 artifact
 * Vote again = json.read(text, Vote.class);         // strict, through the core's builders
 * JsonMapper mapper = json.mapper();                // Jackson 3, with the module and the limits
 * }</pre>
 *
 * <p>Everything it reads and writes is described in {@link AbstractChanceryJson}, the same in
 * Jackson 2's {@code io.github.chancery.json.ChanceryJson}, through the same engine; failures are
 * the unchecked {@link ChanceryJsonException}. No class name is ever written or read.
 *
 * <p>Instances are immutable and thread-safe; share one.
 */
public final class ChanceryJson extends AbstractChanceryJson<ChanceryJsonException> {
  private ChanceryJson(ReadLimits limits, Consumer<JsonProblem> ignoredListener) {
    super(new Jackson3Syntax(limits, ignoredListener), limits, ignoredListener);
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
    return jackson().mapper();
  }

  /**
   * Returns a Jackson 3 reader of any record, from the strictly configured mapper, refusing bad
   * text in Chancery's words as the mapper does.
   *
   * @return a reader for {@code ChanceryRecord}; never null
   */
  public ObjectReader reader() {
    return jackson().mapper().readerFor(ChanceryRecord.class);
  }

  /**
   * Returns a Jackson 3 writer of records, from the strictly configured mapper.
   *
   * @return a writer; never null
   */
  public ObjectWriter writer() {
    return jackson().mapper().writer();
  }

  private Jackson3Syntax jackson() {
    return (Jackson3Syntax) syntax();
  }
}
