package io.github.chancery.json.format;

import io.github.chancery.core.dossier.ConsistencyReport;
import io.github.chancery.core.dossier.Dossier;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.validation.ViolationCode;
import io.github.chancery.json.internal.DocumentEngine;
import io.github.chancery.json.internal.DossierDocument;
import io.github.chancery.json.internal.JsonSyntax;
import io.github.chancery.json.internal.ParseFailure;
import io.github.chancery.json.internal.Paths;
import io.github.chancery.json.internal.ReadContext;
import io.github.chancery.json.internal.RecordEngine;
import io.github.chancery.json.internal.ReportDocument;
import io.github.chancery.json.internal.TokenReader;
import io.github.chancery.json.internal.TokenWriter;
import io.github.chancery.json.internal.WholeValue;
import io.github.chancery.json.limits.ReadLimits;
import io.github.chancery.json.problem.InvalidJson;
import io.github.chancery.json.problem.JsonProblem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Everything {@code ChanceryJson} does, the same in both Jackson lines: records, values, dossiers
 * and reports read and written one document at a time, streams of records both ways, and the
 * strict rules and limits of the wire format. {@code io.github.chancery.json.ChanceryJson}
 * (Jackson 2) and {@code io.github.chancery.json.jackson3.ChanceryJson} (Jackson 3) add only how
 * they are made and their Jackson mapper; they read and write through their own Jackson, so that
 * an application needs only the Jackson it has.
 *
 * <p>Strict reading refuses unknown properties, duplicate keys, scalar coercion ({@code "12"}
 * for 12, 1.9 for an integer, a number for a string), null or missing required properties, and
 * anything after the end of the document; every problem names its JSON path and rule, in the
 * line's exception {@code X} (an {@link InvalidJson}). A lenient reader ignores unknown
 * properties instead and tells a listener each one. Limits on size and nesting are those of
 * {@link ReadLimits}. No class name is ever written or read.
 *
 * <p>Instances are immutable and thread-safe; share one.
 *
 * @param <X> the line's {@code ChanceryJsonException}: checked in Jackson 2, unchecked in
 *     Jackson 3
 */
public abstract class AbstractChanceryJson<X extends Exception & InvalidJson> extends ChanceryJsonBase<X> {
  /**
   * Creates the reader and writer of a line.
   *
   * @param syntax the line's parsers, generators and exception, under {@code limits}
   * @param limits the limits on size and nesting
   * @param ignoredListener null for strict reading; else told of each unknown property ignored
   */
  @SuppressWarnings("exports") // the engine's internal package is exported to the two lines only
  protected AbstractChanceryJson(JsonSyntax syntax, ReadLimits limits, Consumer<JsonProblem> ignoredListener) {
    super(syntax, limits, ignoredListener);
  }

  /**
   * Returns the line's syntax this reader and writer was made with, for the line's own additions
   * (its mapper).
   *
   * @return the syntax; never null
   */
  @SuppressWarnings("exports") // the engine's internal package is exported to the two lines only
  protected final JsonSyntax syntax() {
    return lineSyntax();
  }

  /**
   * Returns the limits in force.
   *
   * @return the limits; never null
   */
  public final ReadLimits limits() {
    return readLimits();
  }

  /**
   * Returns the listener told of each unknown property ignored, for a lenient reader.
   *
   * @return the listener, or null when reading strictly
   */
  protected final Consumer<JsonProblem> ignoredListener() {
    return listener();
  }

  // --- one document ---

  /**
   * Reads one record of any type.
   *
   * @param json the JSON text of one record
   * @return the record
   * @throws X listing every problem, with JSON paths
   */
  public final ChanceryRecord read(String json) throws X {
    return read(json, ChanceryRecord.class);
  }

  /**
   * Reads one document as the given type: a record type ({@code Vote.class}), {@code
   * ChanceryRecord} or {@code Actor} for any, a value or part of records ({@code PartialDate},
   * {@code Count}), {@code Dossier} or {@code ConsistencyReport}; any other type is read by the
   * line's mapper, with Chancery's values inside it read strictly. A byte order mark at the start
   * is skipped.
   *
   * @param json the document
   * @param type the type expected
   * @param <T> the type expected
   * @return the value read, never null
   * @throws X listing every problem, with JSON paths
   */
  public final <T> T read(String json, Class<T> type) throws X {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(type, "type");
    return inMemory(() -> readWhole(() -> lineSyntax().document(json), type));
  }

  /**
   * Reads one document from bytes in UTF-8, UTF-16 or UTF-32; see {@link #read(String, Class)}.
   *
   * @param json the document's bytes
   * @param type the type expected
   * @param <T> the type expected
   * @return the value read, never null
   * @throws X listing every problem, with JSON paths
   */
  public final <T> T read(byte[] json, Class<T> type) throws X {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(type, "type");
    return inMemory(() -> readWhole(() -> lineSyntax().document(json), type));
  }

  /**
   * Reads one document from a stream, which is left open; see {@link #read(String, Class)}.
   *
   * @param in the document's bytes, in UTF-8, UTF-16 or UTF-32
   * @param type the type expected
   * @param <T> the type expected
   * @return the value read, never null
   * @throws X listing every problem, with JSON paths
   * @throws IOException if the stream fails
   */
  public final <T> T read(InputStream in, Class<T> type) throws X, IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(type, "type");
    return readWhole(() -> lineSyntax().document(in), type);
  }

  /**
   * Writes a record, value, part, dossier or report in its canonical form: compact, properties in
   * the documented order, absent optional properties and empty lists omitted; the same value,
   * the same bytes, in both Jackson lines. Any other object is written by the line's mapper.
   *
   * @param value what to write
   * @return the JSON text
   */
  public final String write(Object value) {
    return new String(writeBytes(value), StandardCharsets.UTF_8);
  }

  /**
   * Writes a value in its canonical form, as UTF-8 bytes; see {@link #write(Object)}.
   *
   * @param value what to write
   * @return the JSON bytes
   */
  public final byte[] writeBytes(Object value) {
    return inMemory(out -> write(value, out));
  }

  /**
   * Writes a value in its canonical form to a stream, which is left open; see {@link
   * #write(Object)}.
   *
   * @param value what to write
   * @param out where to write UTF-8 JSON
   * @throws IOException if the stream fails
   */
  public final void write(Object value, OutputStream out) throws IOException {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(out, "out");
    if (!(value instanceof ChanceryRecord)) {
      lineSyntax().writeOther(out, value);
      return;
    }
    try (TokenWriter writer = lineSyntax().writer(out)) {
      RecordEngine.writeRecord(writer, (ChanceryRecord) value);
    }
  }

  // --- streams of records ---

  /**
   * Reads a stream of records in NDJSON, one record per line, one at a time in constant memory.
   * The first bad record stops the reading with an exception naming its index and line.
   *
   * @param in UTF-8 NDJSON; closed with the reader
   * @return the reader
   */
  public final RecordReader readNdjson(InputStream in) {
    return RecordReader.ndjson(lineSyntax(), readLimits().maxRecordLength(), listener(), Objects.requireNonNull(in, "in"), null);
  }

  /**
   * Reads a stream of records in NDJSON, skipping each bad record and telling {@code
   * onBadRecord} about it (with its index, line and problems) instead of stopping.
   *
   * @param in UTF-8 NDJSON; closed with the reader
   * @param onBadRecord told of each record skipped
   * @return the reader
   */
  public final RecordReader readNdjson(InputStream in, Consumer<? super X> onBadRecord) {
    return RecordReader.ndjson(lineSyntax(), readLimits().maxRecordLength(), listener(), Objects.requireNonNull(in, "in"), told(onBadRecord));
  }

  /**
   * Reads a JSON array of records, one element at a time in constant memory. The first bad
   * record stops the reading with an exception naming its index.
   *
   * @param in a UTF-8 JSON array of records; closed with the reader
   * @return the reader
   */
  public final RecordReader readArray(InputStream in) {
    return RecordReader.array(lineSyntax(), readLimits().maxRecordLength(), listener(), Objects.requireNonNull(in, "in"), null);
  }

  /**
   * Reads a JSON array of records, skipping each record that is well-formed JSON but not a valid
   * record, and telling {@code onBadRecord} about it. Malformed JSON still stops the reading,
   * since the rest of the array cannot be found reliably.
   *
   * @param in a UTF-8 JSON array of records; closed with the reader
   * @param onBadRecord told of each record skipped
   * @return the reader
   */
  public final RecordReader readArray(InputStream in, Consumer<? super X> onBadRecord) {
    return RecordReader.array(lineSyntax(), readLimits().maxRecordLength(), listener(), Objects.requireNonNull(in, "in"), told(onBadRecord));
  }

  /**
   * Returns a writer of NDJSON: one canonical record per line.
   *
   * @param out where to write UTF-8; closed with the writer
   * @return the writer
   * @throws IOException if the stream fails
   */
  public final RecordWriter writeNdjson(OutputStream out) throws IOException {
    return RecordWriter.ndjson(lineSyntax().writer(Objects.requireNonNull(out, "out")), out);
  }

  /**
   * Returns a writer of a JSON array of canonical records.
   *
   * @param out where to write UTF-8; closed with the writer
   * @return the writer
   * @throws IOException if the stream fails
   */
  public final RecordWriter writeArray(OutputStream out) throws IOException {
    return RecordWriter.array(lineSyntax().writer(Objects.requireNonNull(out, "out")), out);
  }
}
