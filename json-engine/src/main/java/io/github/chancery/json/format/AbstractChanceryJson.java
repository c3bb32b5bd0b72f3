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
public abstract class AbstractChanceryJson<X extends Exception & InvalidJson> {
  private final JsonSyntax syntax;
  private final ReadLimits limits;
  private final Consumer<JsonProblem> ignoredListener;

  /**
   * Creates the reader and writer of a line.
   *
   * @param syntax the line's parsers, generators and exception, under {@code limits}
   * @param limits the limits on size and nesting
   * @param ignoredListener null for strict reading; else told of each unknown property ignored
   */
  @SuppressWarnings("exports") // the engine's internal package is exported to the two lines only
  protected AbstractChanceryJson(JsonSyntax syntax, ReadLimits limits, Consumer<JsonProblem> ignoredListener) {
    this.syntax = Objects.requireNonNull(syntax, "syntax");
    this.limits = Objects.requireNonNull(limits, "limits");
    this.ignoredListener = ignoredListener;
  }

  /**
   * Returns the line's syntax this reader and writer was made with, for the line's own additions
   * (its mapper).
   *
   * @return the syntax; never null
   */
  @SuppressWarnings("exports") // the engine's internal package is exported to the two lines only
  protected final JsonSyntax syntax() {
    return syntax;
  }

  /**
   * Returns the limits in force.
   *
   * @return the limits; never null
   */
  public final ReadLimits limits() {
    return limits;
  }

  /**
   * Returns the listener told of each unknown property ignored, for a lenient reader.
   *
   * @return the listener, or null when reading strictly
   */
  protected final Consumer<JsonProblem> ignoredListener() {
    return ignoredListener;
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
    return inMemory(() -> readWhole(() -> syntax.document(json), type));
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
    return inMemory(() -> readWhole(() -> syntax.document(json), type));
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
    return readWhole(() -> syntax.document(in), type);
  }

  /** Opens a reader; the syntax's failures to open are read as failures of the text. */
  @FunctionalInterface
  private interface Opening {
    TokenReader open() throws IOException;
  }

  private <T> T readWhole(Opening opening, Class<T> type) throws X, IOException {
    return readWhole(opening, WholeValue.of(type, syntax), WholeValue.noun(type));
  }

  private <T> T readWhole(Opening opening, DocumentEngine.Reading<T> reading, String noun) throws X, IOException {
    ReadContext context = new ReadContext(ignoredListener);
    T value;
    try (TokenReader in = opening.open()) {
      value = WholeValue.read(in, reading, context, noun);
    } catch (ParseFailure failure) {
      throw failure(List.of(failure.problem(0)), -1, -1);
    }
    if (value == null) {
      throw failure(context.problems(), -1, -1);
    }
    return value;
  }

  /** A read from memory, where the only I/O failures are the text's. */
  @FunctionalInterface
  private interface InMemory<T, X extends Exception> {
    T read() throws X, IOException;
  }

  @SuppressWarnings("unchecked")
  private static <T, X extends Exception> T inMemory(InMemory<T, X> read) throws X {
    try {
      return read.read();
    } catch (IOException e) {
      if (e instanceof InvalidJson) {
        throw (X) e; // the line's checked exception, Jackson 2's
      }
      // Jackson 2's own exception, refusing an application's own type: unchecked here, since
      // reading from memory declares the line's exception only.
      throw new UncheckedIOException(e);
    }
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
    ByteArrayOutputStream out = new ByteArrayOutputStream(512);
    try {
      write(value, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // cannot happen: the target is in memory
    }
    return out.toByteArray();
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
      syntax.writeOther(out, value);
      return;
    }
    try (TokenWriter writer = syntax.writer(out)) {
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
    return RecordReader.ndjson(syntax, limits.maxRecordLength(), ignoredListener, Objects.requireNonNull(in, "in"), null);
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
    return RecordReader.ndjson(syntax, limits.maxRecordLength(), ignoredListener, Objects.requireNonNull(in, "in"), told(onBadRecord));
  }

  /**
   * Reads a JSON array of records, one element at a time in constant memory. The first bad
   * record stops the reading with an exception naming its index.
   *
   * @param in a UTF-8 JSON array of records; closed with the reader
   * @return the reader
   */
  public final RecordReader readArray(InputStream in) {
    return RecordReader.array(syntax, limits.maxRecordLength(), ignoredListener, Objects.requireNonNull(in, "in"), null);
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
    return RecordReader.array(syntax, limits.maxRecordLength(), ignoredListener, Objects.requireNonNull(in, "in"), told(onBadRecord));
  }

  @SuppressWarnings("unchecked")
  private Consumer<Exception> told(Consumer<? super X> onBadRecord) {
    Objects.requireNonNull(onBadRecord, "onBadRecord");
    return failure -> onBadRecord.accept((X) failure);
  }

  /**
   * Returns a writer of NDJSON: one canonical record per line.
   *
   * @param out where to write UTF-8; closed with the writer
   * @return the writer
   * @throws IOException if the stream fails
   */
  public final RecordWriter writeNdjson(OutputStream out) throws IOException {
    return RecordWriter.ndjson(syntax.writer(Objects.requireNonNull(out, "out")), out);
  }

  /**
   * Returns a writer of a JSON array of canonical records.
   *
   * @param out where to write UTF-8; closed with the writer
   * @return the writer
   * @throws IOException if the stream fails
   */
  public final RecordWriter writeArray(OutputStream out) throws IOException {
    return RecordWriter.array(syntax.writer(Objects.requireNonNull(out, "out")), out);
  }

  // --- dossiers and reports ---

  /**
   * Writes a dossier document: {@code {"format":"chancery-dossier","version":1,"records":[...]}},
   * each record canonical and on its own line. The stream is left open.
   *
   * @param dossier the dossier
   * @param out where to write UTF-8 JSON
   * @throws IOException if the stream fails
   */
  public final void writeDossier(Dossier dossier, OutputStream out) throws IOException {
    Objects.requireNonNull(dossier, "dossier");
    try (TokenWriter writer = syntax.writer(Objects.requireNonNull(out, "out"))) {
      DossierDocument.writeLaidOut(writer, dossier);
    }
    out.flush();
  }

  /**
   * Writes a dossier document as text, each record on its own line.
   *
   * @param dossier the dossier
   * @return the JSON text
   */
  public final String writeDossier(Dossier dossier) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      writeDossier(dossier, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // cannot happen: the target is in memory
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /**
   * Reads a dossier document, with the same strictness as single records; problems are reported
   * together, with paths such as {@code $.records[12].motion_id}. The stream is closed.
   *
   * @param in UTF-8 JSON of a dossier document
   * @return the dossier
   * @throws X listing every problem, including duplicate ids
   * @throws IOException if the stream fails
   */
  public final Dossier readDossier(InputStream in) throws X, IOException {
    return readDossier(Objects.requireNonNull(in, "in"), DossierDocument.DOSSIER);
  }

  /**
   * Reads a dossier document, skipping each bad record (and each record whose id an earlier one
   * has) and telling {@code onBadRecord} about it, with its index in {@code records}. Problems
   * of the document itself (format, version, malformed JSON) still stop the reading. The stream
   * is closed.
   *
   * @param in UTF-8 JSON of a dossier document
   * @param onBadRecord told of each record skipped
   * @return the dossier of the good records
   * @throws X if the document itself is bad
   * @throws IOException if the stream fails
   */
  public final Dossier readDossier(InputStream in, Consumer<? super X> onBadRecord) throws X, IOException {
    Consumer<Exception> told = told(onBadRecord);
    DossierDocument.BadRecords badRecords = (index, problems) -> told.accept(syntax.failure(problems, index, -1));
    return readDossier(
        Objects.requireNonNull(in, "in"),
        (tokens, context) -> DossierDocument.readDossier(tokens, context, ignoredListener, badRecords));
  }

  private Dossier readDossier(InputStream in, DocumentEngine.Reading<Dossier> reading) throws X, IOException {
    try (in) {
      return readWhole(() -> syntax.document(in), reading, WholeValue.DOSSIER);
    }
  }

  /**
   * Collects an NDJSON stream of records into a dossier. The first bad record, or the first
   * record whose id an earlier one has, stops the reading with an exception naming its index
   * and line. The stream is closed.
   *
   * @param in UTF-8 NDJSON
   * @return the dossier
   * @throws X naming the bad record
   * @throws IOException if the stream fails
   */
  public final Dossier readDossierNdjson(InputStream in) throws X, IOException {
    Dossier.Builder dossier = Dossier.builder();
    Map<String, Long> lines = new HashMap<>();
    try (RecordReader reader = readNdjson(Objects.requireNonNull(in, "in"))) {
      for (ChanceryRecord record = reader.next(); record != null; record = reader.next()) {
        Long earlier = lines.putIfAbsent(record.id(), reader.line());
        if (earlier != null) {
          JsonProblem duplicate =
              JsonProblem.of(
                  ViolationCode.DUPLICATE, Paths.property(Paths.ROOT, "id"),
                  "id '" + record.id() + "' is already used by the record on line " + earlier, null);
          throw failure(List.of(duplicate), reader.recordsSeen() - 1, reader.line());
        }
        dossier.add(record);
      }
    }
    return dossier.build();
  }

  /**
   * Writes a consistency report for machines: {@code {"errors":n,"warnings":n,"findings":[...]}},
   * each finding with {@code severity}, {@code code}, {@code record_id}, {@code path} and
   * {@code message}.
   *
   * @param report the report
   * @return the JSON text
   */
  public final String writeReport(ConsistencyReport report) {
    Objects.requireNonNull(report, "report");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (TokenWriter writer = syntax.writer(out)) {
      ReportDocument.writeReport(writer, report);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // cannot happen: the target is in memory
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  // --- the line's exception ---

  @SuppressWarnings("unchecked")
  private X failure(List<JsonProblem> problems, long recordIndex, long line) {
    return (X) syntax.failure(List.copyOf(problems), recordIndex, line);
  }
}
