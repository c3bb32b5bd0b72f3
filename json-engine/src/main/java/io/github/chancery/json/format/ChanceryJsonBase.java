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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * What {@link AbstractChanceryJson} is made of below its records and streams: the line's syntax,
 * limits and listener, the one way a whole document is read and its failures become the line's
 * exception, and the documents that hold more than one record, the dossier and the consistency
 * report, read and written in every form (text, bytes, streams, files). Not an API of its own:
 * its public methods are {@code ChanceryJson}'s, documented there.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <X> the line's {@code ChanceryJsonException}
 */
abstract class ChanceryJsonBase<X extends Exception & InvalidJson> {
  private final JsonSyntax syntax;
  private final ReadLimits limits;
  private final Consumer<JsonProblem> ignoredListener;

  ChanceryJsonBase(JsonSyntax syntax, ReadLimits limits, Consumer<JsonProblem> ignoredListener) {
    this.syntax = Objects.requireNonNull(syntax, "syntax");
    this.limits = Objects.requireNonNull(limits, "limits");
    this.ignoredListener = ignoredListener;
  }

  final JsonSyntax lineSyntax() {
    return syntax;
  }

  final ReadLimits readLimits() {
    return limits;
  }

  final Consumer<JsonProblem> listener() {
    return ignoredListener;
  }

  /** Opens a reader; the syntax's failures to open are read as failures of the text. */
  @FunctionalInterface
  interface Opening {
    TokenReader open() throws IOException;
  }

  /**
   * Each thread's context for whole reads, kept between its reads (of any instance) without a
   * listener; null while a read holds it. Static, so that it keeps no instance alive.
   */
  private static final ThreadLocal<ReadContext> SPARE_CONTEXT = new ThreadLocal<>();

  final <T> T readWhole(Opening opening, Class<T> type) throws X, IOException {
    return readWhole(opening, WholeValue.of(type, syntax), WholeValue.noun(type));
  }

  final <T> T readWhole(Opening opening, DocumentEngine.Reading<T> reading, String noun) throws X, IOException {
    // The thread's context of its last read, emptied, when no read of this thread holds it: its
    // arrays lent for values and elements are then made once per thread, not once per read.
    ReadContext context = SPARE_CONTEXT.get();
    if (context == null) {
      // A vote's ballots name the same groups, and a dossier's records the same actors, again
      // and again: each id read is one reference, made and checked once.
      context = new ReadContext(ignoredListener).rememberingReferences();
    } else {
      SPARE_CONTEXT.set(null);
      context.reusedFor(ignoredListener);
    }
    try {
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
    } finally {
      SPARE_CONTEXT.set(context.reusedFor(null)); // holding no listener of the application's
    }
  }

  /** A read from memory, where the only I/O failures are the text's. */
  @FunctionalInterface
  interface InMemory<T, X extends Exception> {
    T read() throws X, IOException;
  }

  @SuppressWarnings("unchecked")
  static <T, X extends Exception> T inMemory(InMemory<T, X> read) throws X {
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

  @SuppressWarnings("unchecked")
  final Consumer<Exception> told(Consumer<? super X> onBadRecord) {
    Objects.requireNonNull(onBadRecord, "onBadRecord");
    return failure -> onBadRecord.accept((X) failure);
  }

  // --- dossiers ---

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
   * Writes a dossier document to a file, created or replaced; see {@link #writeDossier(Dossier,
   * OutputStream)}.
   *
   * @param dossier the dossier
   * @param file the file
   * @throws IOException if the file cannot be written
   */
  public final void writeDossier(Dossier dossier, Path file) throws IOException {
    Objects.requireNonNull(dossier, "dossier");
    try (OutputStream out = Files.newOutputStream(Objects.requireNonNull(file, "file"))) {
      writeDossier(dossier, out);
    }
  }

  /**
   * Writes a dossier document as text, each record on its own line.
   *
   * @param dossier the dossier
   * @return the JSON text
   */
  public final String writeDossier(Dossier dossier) {
    return new String(writeDossierBytes(dossier), StandardCharsets.UTF_8);
  }

  /**
   * Writes a dossier document as UTF-8 bytes, each record on its own line.
   *
   * @param dossier the dossier
   * @return the JSON bytes
   */
  public final byte[] writeDossierBytes(Dossier dossier) {
    return inMemory(out -> writeDossier(dossier, out));
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
    Objects.requireNonNull(in, "in");
    try (in) {
      return readWhole(() -> syntax.document(in), DossierDocument.DOSSIER, WholeValue.DOSSIER);
    }
  }

  /**
   * Reads a dossier document from text; see {@link #readDossier(InputStream)}. A byte order mark
   * at the start is skipped.
   *
   * @param json the dossier document
   * @return the dossier
   * @throws X listing every problem, including duplicate ids
   */
  public final Dossier readDossier(String json) throws X {
    Objects.requireNonNull(json, "json");
    return inMemory(() -> readWhole(() -> syntax.document(json), DossierDocument.DOSSIER, WholeValue.DOSSIER));
  }

  /**
   * Reads a dossier document from bytes in UTF-8, UTF-16 or UTF-32; see {@link
   * #readDossier(InputStream)}.
   *
   * @param json the dossier document's bytes
   * @return the dossier
   * @throws X listing every problem, including duplicate ids
   */
  public final Dossier readDossier(byte[] json) throws X {
    Objects.requireNonNull(json, "json");
    return inMemory(() -> readWhole(() -> syntax.document(json), DossierDocument.DOSSIER, WholeValue.DOSSIER));
  }

  /**
   * Reads a dossier document from a file; see {@link #readDossier(InputStream)}.
   *
   * @param file the dossier file
   * @return the dossier
   * @throws X listing every problem, including duplicate ids
   * @throws IOException if the file cannot be read
   */
  public final Dossier readDossier(Path file) throws X, IOException {
    return readDossier(Files.newInputStream(Objects.requireNonNull(file, "file")));
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
    Objects.requireNonNull(in, "in");
    Consumer<Exception> told = told(onBadRecord);
    DossierDocument.BadRecords badRecords = (index, problems) -> told.accept(syntax.failure(problems, index, -1));
    try (in) {
      return readWhole(
          () -> syntax.document(in),
          (tokens, context) -> DossierDocument.readDossier(tokens, context, ignoredListener, badRecords),
          WholeValue.DOSSIER);
    }
  }

  /**
   * Reads a dossier document from a file, skipping each bad record; see {@link
   * #readDossier(InputStream, Consumer)}.
   *
   * @param file the dossier file
   * @param onBadRecord told of each record skipped
   * @return the dossier of the good records
   * @throws X if the document itself is bad
   * @throws IOException if the file cannot be read
   */
  public final Dossier readDossier(Path file, Consumer<? super X> onBadRecord) throws X, IOException {
    return readDossier(Files.newInputStream(Objects.requireNonNull(file, "file")), onBadRecord);
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
    try (RecordReader reader = RecordReader.ndjson(syntax, limits.maxRecordLength(), ignoredListener, Objects.requireNonNull(in, "in"), null)) {
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
   * Collects an NDJSON file of records into a dossier; see {@link #readDossierNdjson(InputStream)}.
   *
   * @param file the NDJSON file
   * @return the dossier
   * @throws X naming the bad record
   * @throws IOException if the file cannot be read
   */
  public final Dossier readDossierNdjson(Path file) throws X, IOException {
    return readDossierNdjson(Files.newInputStream(Objects.requireNonNull(file, "file")));
  }

  // --- consistency reports ---

  /**
   * Writes a consistency report for machines, on one line: {@code
   * {"errors":n,"warnings":n,"findings":[...]}}, each finding with {@code severity}, {@code code},
   * {@code record_id}, {@code path} and {@code message}. The stream is left open.
   *
   * @param report the report
   * @param out where to write UTF-8 JSON
   * @throws IOException if the stream fails
   */
  public final void writeReport(ConsistencyReport report, OutputStream out) throws IOException {
    Objects.requireNonNull(report, "report");
    try (TokenWriter writer = syntax.writer(Objects.requireNonNull(out, "out"))) {
      ReportDocument.writeReport(writer, report);
    }
    out.flush();
  }

  /**
   * Writes a consistency report to a file, created or replaced; see {@link
   * #writeReport(ConsistencyReport, OutputStream)}.
   *
   * @param report the report
   * @param file the file
   * @throws IOException if the file cannot be written
   */
  public final void writeReport(ConsistencyReport report, Path file) throws IOException {
    Objects.requireNonNull(report, "report");
    try (OutputStream out = Files.newOutputStream(Objects.requireNonNull(file, "file"))) {
      writeReport(report, out);
    }
  }

  /**
   * Writes a consistency report as text; see {@link #writeReport(ConsistencyReport,
   * OutputStream)}.
   *
   * @param report the report
   * @return the JSON text
   */
  public final String writeReport(ConsistencyReport report) {
    return new String(writeReportBytes(report), StandardCharsets.UTF_8);
  }

  /**
   * Writes a consistency report as UTF-8 bytes; see {@link #writeReport(ConsistencyReport,
   * OutputStream)}.
   *
   * @param report the report
   * @return the JSON bytes
   */
  public final byte[] writeReportBytes(ConsistencyReport report) {
    return inMemory(out -> writeReport(report, out));
  }

  /**
   * Reads a consistency report as {@code writeReport} writes it, checking its findings' codes
   * and severities and its counts. The stream is closed.
   *
   * @param in UTF-8 JSON of a report
   * @return the report
   * @throws X listing every problem
   * @throws IOException if the stream fails
   */
  public final ConsistencyReport readReport(InputStream in) throws X, IOException {
    Objects.requireNonNull(in, "in");
    try (in) {
      return readWhole(() -> syntax.document(in), ConsistencyReport.class);
    }
  }

  /**
   * Reads a consistency report from text; see {@link #readReport(InputStream)}.
   *
   * @param json the report
   * @return the report
   * @throws X listing every problem
   */
  public final ConsistencyReport readReport(String json) throws X {
    Objects.requireNonNull(json, "json");
    return inMemory(() -> readWhole(() -> syntax.document(json), ConsistencyReport.class));
  }

  /**
   * Reads a consistency report from bytes; see {@link #readReport(InputStream)}.
   *
   * @param json the report's bytes, in UTF-8, UTF-16 or UTF-32
   * @return the report
   * @throws X listing every problem
   */
  public final ConsistencyReport readReport(byte[] json) throws X {
    Objects.requireNonNull(json, "json");
    return inMemory(() -> readWhole(() -> syntax.document(json), ConsistencyReport.class));
  }

  /**
   * Reads a consistency report from a file; see {@link #readReport(InputStream)}.
   *
   * @param file the report file
   * @return the report
   * @throws X listing every problem
   * @throws IOException if the file cannot be read
   */
  public final ConsistencyReport readReport(Path file) throws X, IOException {
    return readReport(Files.newInputStream(Objects.requireNonNull(file, "file")));
  }

  // --- writing in memory ---

  /** A write to memory, where no I/O can fail. */
  @FunctionalInterface
  interface Writing {
    void write(OutputStream out) throws IOException;
  }

  static byte[] inMemory(Writing writing) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(512);
    try {
      writing.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // cannot happen: the target is in memory
    }
    return out.toByteArray();
  }

  // --- the line's exception ---

  @SuppressWarnings("unchecked")
  final X failure(List<JsonProblem> problems, long recordIndex, long line) {
    return (X) syntax.failure(List.copyOf(problems), recordIndex, line);
  }
}
