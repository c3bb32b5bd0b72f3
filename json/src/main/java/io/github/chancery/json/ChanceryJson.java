package io.github.chancery.json;

import io.github.chancery.json.limits.ReadLimits;
import io.github.chancery.json.internal.jackson.NamedLimits;
import io.github.chancery.json.problem.JsonRule;
import io.github.chancery.json.problem.JsonProblem;
import io.github.chancery.json.internal.jackson.ParseFailures;
import io.github.chancery.json.internal.jackson.ChanceryMapper;
import io.github.chancery.json.internal.jackson.ChanceryJsonFactory;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.cfg.ContextAttributes;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.chancery.core.dossier.ConsistencyReport;
import io.github.chancery.core.dossier.Dossier;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.json.internal.Paths;
import io.github.chancery.json.internal.ReadContext;
import io.github.chancery.json.internal.RecordEngine;
import io.github.chancery.json.internal.jackson.JacksonTokenReader;
import io.github.chancery.json.internal.jackson.JacksonTokenWriter;
import io.github.chancery.json.deser.RecordDeserializer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The entry point of Chancery's JSON: a ready, hardened reader and writer of records, in one
 * line.
 *
 * <pre>{@code
 * ChanceryJson json = ChanceryJson.strict();
 * String text = json.write(vote);                  // canonical: same record, same bytes
 * Vote again = json.read(text, Vote.class);         // strict, through the core's builders
 * ObjectMapper mapper = json.mapper();              // for applications that use Jackson directly
 * }</pre>
 *
 * <p>Strict reading refuses unknown properties, duplicate keys, scalar coercion ({@code "12"}
 * for 12, 1.9 for an integer, a number for a string), null or missing required properties, and
 * anything after the end of the document; every error names its JSON path and rule. {@link
 * #lenient(Consumer)} ignores unknown properties instead, and tells a listener each one it
 * ignored. Limits on size and nesting are those of {@link ReadLimits}. No class name is ever
 * written or read; default typing is never enabled.
 *
 * <p>Instances are immutable and thread-safe; share one.
 */
public final class ChanceryJson {
  private final ReadLimits limits;
  private final Consumer<JsonProblem> ignoredListener;
  private final JsonFactory documentFactory;
  private final JsonFactory streamFactory;
  private final ObjectMapper mapper;

  private ChanceryJson(ReadLimits limits, Consumer<JsonProblem> ignoredListener) {
    this.limits = limits;
    this.ignoredListener = ignoredListener;
    // Records find duplicate keys themselves, reporting each with its path, rather than the
    // parser stopping at the first in its own words.
    this.documentFactory = factory(limits, true);
    this.streamFactory = factory(limits, false);
    JsonMapper.Builder builder =
        new JsonMapper.Builder(new ChanceryMapper(new ChanceryJsonFactory(builder(limits, true))))
            .addModule(new ChanceryModule())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, ignoredListener == null);
    if (ignoredListener != null) {
      builder.defaultAttributes(
          ContextAttributes.getEmpty().withSharedAttribute(RecordDeserializer.IGNORED_LISTENER, ignoredListener));
    }
    this.mapper = builder.build();
  }

  private static JsonFactory factory(ReadLimits limits, boolean wholeDocument) {
    return new JsonFactory(builder(limits, wholeDocument));
  }

  private static JsonFactoryBuilder builder(ReadLimits limits, boolean wholeDocument) {
    return new JsonFactoryBuilder()
        .streamReadConstraints(NamedLimits.of(limits, wholeDocument))
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        // A character outside the Basic Multilingual Plane (an emoji flag, a historic script) is
        // written as its four UTF-8 bytes, as it was read, not as two escaped surrogates.
        .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
        .rootValueSeparator("\n");
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
   * Returns a copy with other limits.
   *
   * @param limits the limits on size and nesting
   * @return the changed copy
   */
  public ChanceryJson withLimits(ReadLimits limits) {
    return new ChanceryJson(Objects.requireNonNull(limits, "limits"), ignoredListener);
  }

  /**
   * Returns the limits in force.
   *
   * @return the limits; never null
   */
  public ReadLimits limits() {
    return limits;
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
    return mapper.copy();
  }

  /**
   * Returns a Jackson reader of any record, from the strictly configured mapper, refusing bad
   * text in Chancery's words as the mapper does.
   *
   * @return a reader for {@code ChanceryRecord}; never null
   */
  public ObjectReader reader() {
    return mapper.readerFor(ChanceryRecord.class);
  }

  /**
   * Returns a Jackson writer of records, from the strictly configured mapper.
   *
   * @return a writer; never null
   */
  public ObjectWriter writer() {
    return mapper.writer();
  }

  /**
   * Writes a record in its canonical form: compact, properties in the documented order, absent
   * optional properties and empty lists omitted.
   *
   * @param record the record
   * @return the JSON text
   */
  public String write(ChanceryRecord record) {
    return new String(writeBytes(record), StandardCharsets.UTF_8);
  }

  /**
   * Writes a record in its canonical form, as UTF-8 bytes.
   *
   * @param record the record
   * @return the JSON bytes
   */
  public byte[] writeBytes(ChanceryRecord record) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(512);
    try {
      write(record, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // cannot happen: the target is in memory
    }
    return out.toByteArray();
  }

  /**
   * Writes a record in its canonical form to a stream, which is left open.
   *
   * @param record the record
   * @param out where to write UTF-8 JSON
   * @throws IOException if the stream fails
   */
  public void write(ChanceryRecord record, OutputStream out) throws IOException {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(out, "out");
    try (JsonGenerator generator = documentFactory.createGenerator(out)) {
      writeRecord(generator, record);
    }
  }

  static void writeRecord(JsonGenerator generator, ChanceryRecord record) throws IOException {
    RecordEngine.writeRecord(new JacksonTokenWriter(generator), record);
  }

  /**
   * Reads one record of any type.
   *
   * @param json the JSON text of one record
   * @return the record
   * @throws ChanceryJsonException listing every problem, with JSON paths
   */
  public ChanceryRecord read(String json) throws ChanceryJsonException {
    return read(json, ChanceryRecord.class);
  }

  /**
   * Reads one record of the given type ({@code Vote.class}, or {@code ChanceryRecord.class} for
   * any).
   *
   * @param json the JSON text of one record
   * @param type the type expected
   * @param <T> the type expected
   * @return the record
   * @throws ChanceryJsonException listing every problem, with JSON paths
   */
  public <T extends ChanceryRecord> T read(String json, Class<T> type) throws ChanceryJsonException {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(type, "type");
    // A byte order mark read into a String stays its first character; skipped, as in bytes.
    String text = json.startsWith("\uFEFF") ? json.substring(1) : json;
    try {
      return readDocument(documentFactory.createParser(text), type);
    } catch (JsonProcessingException e) {
      // Includes ChanceryJsonException, and limits checked before parsing starts.
      throw ParseFailures.from(e, null);
    } catch (IOException e) {
      throw ParseFailures.single(JsonRule.UNREADABLE, Paths.ROOT, "the text cannot be read");
    }
  }

  /**
   * Reads one record of the given type from a stream of UTF-8 JSON, which is left open.
   *
   * @param in the JSON of one record
   * @param type the type expected
   * @param <T> the type expected
   * @return the record
   * @throws ChanceryJsonException listing every problem, with JSON paths
   * @throws IOException if the stream fails
   */
  public <T extends ChanceryRecord> T read(InputStream in, Class<T> type) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(type, "type");
    try {
      return readDocument(documentFactory.createParser(in), type);
    } catch (JsonProcessingException e) {
      throw ParseFailures.from(e, null);
    } catch (java.io.CharConversionException e) {
      throw ParseFailures.notAnEncoding();
    }
  }

  private <T extends ChanceryRecord> T readDocument(JsonParser parser, Class<T> type) throws IOException {
    try (parser) {
      ReadContext context = new ReadContext(ignoredListener);
      if (parser.nextToken() == null) {
        throw ParseFailures.single(JsonRule.MALFORMED_JSON, Paths.ROOT, "the document is empty");
      }
      T record = RecordEngine.readRecord(JacksonTokenReader.of(parser), type, context);
      if (parser.nextToken() != null) {
        context.problem(JsonRule.TRAILING_TOKENS, Paths.ROOT, "unexpected content after the end of the record");
      }
      if (context.hasProblems() || record == null) {
        throw new ChanceryJsonException(context.problems());
      }
      return record;
    } catch (JsonProcessingException e) {
      throw ParseFailures.from(e, parser);
    } catch (java.io.CharConversionException e) {
      throw ParseFailures.notAnEncoding();
    }
  }

  /**
   * Reads a stream of records in NDJSON, one record per line, one at a time in constant memory.
   * The first bad record stops the reading with an exception naming its index and line.
   *
   * @param in UTF-8 NDJSON; closed with the reader
   * @return the reader
   */
  public RecordReader readNdjson(InputStream in) {
    return RecordReader.ndjson(this, in, null);
  }

  /**
   * Reads a stream of records in NDJSON, skipping each bad record and telling {@code
   * onBadRecord} about it (with its index, line and problems) instead of stopping.
   *
   * @param in UTF-8 NDJSON; closed with the reader
   * @param onBadRecord told of each record skipped
   * @return the reader
   */
  public RecordReader readNdjson(InputStream in, Consumer<ChanceryJsonException> onBadRecord) {
    return RecordReader.ndjson(this, in, Objects.requireNonNull(onBadRecord, "onBadRecord"));
  }

  /**
   * Reads a JSON array of records, one element at a time in constant memory. The first bad
   * record stops the reading with an exception naming its index.
   *
   * @param in a UTF-8 JSON array of records; closed with the reader
   * @return the reader
   */
  public RecordReader readArray(InputStream in) {
    return RecordReader.array(this, in, null);
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
  public RecordReader readArray(InputStream in, Consumer<ChanceryJsonException> onBadRecord) {
    return RecordReader.array(this, in, Objects.requireNonNull(onBadRecord, "onBadRecord"));
  }

  /**
   * Returns a writer of NDJSON: one canonical record per line.
   *
   * @param out where to write UTF-8; closed with the writer
   * @return the writer
   * @throws IOException if the stream fails
   */
  public RecordWriter writeNdjson(OutputStream out) throws IOException {
    return RecordWriter.ndjson(streamFactory.createGenerator(Objects.requireNonNull(out, "out")), out);
  }

  /**
   * Returns a writer of a JSON array of canonical records.
   *
   * @param out where to write UTF-8; closed with the writer
   * @return the writer
   * @throws IOException if the stream fails
   */
  public RecordWriter writeArray(OutputStream out) throws IOException {
    return RecordWriter.array(streamFactory.createGenerator(Objects.requireNonNull(out, "out")), out);
  }

  /**
   * Writes a dossier document: {@code {"format":"chancery-dossier","version":1,"records":[...]}},
   * each record canonical and on its own line. The stream is left open.
   *
   * @param dossier the dossier
   * @param out where to write UTF-8 JSON
   * @throws IOException if the stream fails
   */
  public void writeDossier(Dossier dossier, OutputStream out) throws IOException {
    DossierFormat.write(this, Objects.requireNonNull(dossier, "dossier"), Objects.requireNonNull(out, "out"));
  }

  /**
   * Writes a dossier document as text.
   *
   * @param dossier the dossier
   * @return the JSON text
   */
  public String writeDossier(Dossier dossier) {
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
   * @throws ChanceryJsonException listing every problem, including duplicate ids
   * @throws IOException if the stream fails
   */
  public Dossier readDossier(InputStream in) throws IOException {
    return DossierFormat.read(this, Objects.requireNonNull(in, "in"), null);
  }

  /**
   * Reads a dossier document, skipping each bad record (and each record whose id an earlier one
   * has) and telling {@code onBadRecord} about it, with its index in {@code records}. Problems
   * of the document itself (format, version, malformed JSON) still stop the reading.
   *
   * @param in UTF-8 JSON of a dossier document
   * @param onBadRecord told of each record skipped
   * @return the dossier of the good records
   * @throws ChanceryJsonException if the document itself is bad
   * @throws IOException if the stream fails
   */
  public Dossier readDossier(InputStream in, Consumer<ChanceryJsonException> onBadRecord) throws IOException {
    return DossierFormat.read(
        this, Objects.requireNonNull(in, "in"), Objects.requireNonNull(onBadRecord, "onBadRecord"));
  }

  /**
   * Collects an NDJSON stream of records into a dossier. The first bad record, or the first
   * record whose id an earlier one has, stops the reading with an exception naming its index
   * and line. The stream is closed.
   *
   * @param in UTF-8 NDJSON
   * @return the dossier
   * @throws ChanceryJsonException naming the bad record
   * @throws IOException if the stream fails
   */
  public Dossier readDossierNdjson(InputStream in) throws IOException {
    Dossier.Builder dossier = Dossier.builder();
    java.util.Map<String, Long> lines = new java.util.HashMap<>();
    try (RecordReader reader = readNdjson(Objects.requireNonNull(in, "in"))) {
      for (ChanceryRecord record = reader.next(); record != null; record = reader.next()) {
        Long earlier = lines.putIfAbsent(record.id(), reader.line());
        if (earlier != null) {
          throw ParseFailures.single(
                  io.github.chancery.core.validation.ViolationCode.DUPLICATE,
                  Paths.property(Paths.ROOT, "id"),
                  "id '" + record.id() + "' is already used by the record on line " + earlier)
              .atRecord(reader.recordsSeen() - 1, reader.line());
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
  public String writeReport(ConsistencyReport report) {
    Objects.requireNonNull(report, "report");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      DossierFormat.writeReport(this, report, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // cannot happen: the target is in memory
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  JsonFactory documentFactory() {
    return documentFactory;
  }

  JsonFactory streamFactory() {
    return streamFactory;
  }

  Consumer<JsonProblem> ignoredListener() {
    return ignoredListener;
  }
}
