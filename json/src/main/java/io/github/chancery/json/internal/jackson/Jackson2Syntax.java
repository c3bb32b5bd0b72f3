package io.github.chancery.json.internal.jackson;

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
import com.fasterxml.jackson.databind.cfg.ContextAttributes;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.chancery.json.ChanceryJsonException;
import io.github.chancery.json.ChanceryModule;
import io.github.chancery.json.deser.WireDeserializer;
import io.github.chancery.json.internal.FedLines;
import io.github.chancery.json.internal.JsonSyntax;
import io.github.chancery.json.internal.TokenReader;
import io.github.chancery.json.internal.TokenWriter;
import io.github.chancery.json.limits.ReadLimits;
import io.github.chancery.json.problem.JsonProblem;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.function.Consumer;

/**
 * Jackson 2 as the engine's JSON syntax: parsers and generators with Chancery's limits, the
 * strictly configured mapper that {@code ChanceryJson} hands out, and its exception. Immutable and
 * thread-safe, as Jackson's factories and a configured mapper are.
 */
public final class Jackson2Syntax implements JsonSyntax {
  private final JsonFactory documents;
  private final JsonFactory streams;
  private final ObjectMapper mapper;

  /**
   * Creates the syntax for these limits.
   *
   * @param limits the limits; not null
   * @param ignoredListener null for strict reading; else told of each unknown property ignored
   */
  public Jackson2Syntax(ReadLimits limits, Consumer<JsonProblem> ignoredListener) {
    this.documents = builder(limits, true).rootValueSeparator((String) null).build();
    this.streams = builder(limits, false).rootValueSeparator((String) null).build();
    // Records find duplicate keys themselves, reporting each with its path, rather than the
    // parser stopping at the first in its own words.
    JsonMapper.Builder mapper =
        new JsonMapper.Builder(new ChanceryMapper(new ChanceryJsonFactory(builder(limits, true).rootValueSeparator("\n"))))
            .addModule(new ChanceryModule())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, ignoredListener == null);
    if (ignoredListener != null) {
      mapper.defaultAttributes(ContextAttributes.getEmpty().withSharedAttribute(WireDeserializer.IGNORED_LISTENER, ignoredListener));
    }
    this.mapper = mapper.build();
  }

  private static JsonFactoryBuilder builder(ReadLimits limits, boolean wholeDocument) {
    return new JsonFactoryBuilder()
        .streamReadConstraints(new NamedLimits(limits, wholeDocument))
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        // Names whose hashes collide (a flood of them, from a hostile text) make the parser stop
        // sharing names rather than throw: its throwing left the factory's table of names unsound,
        // and later reads then failed in Jackson's own words.
        .disable(JsonFactory.Feature.FAIL_ON_SYMBOL_HASH_OVERFLOW)
        // A character outside the Basic Multilingual Plane (an emoji flag, a historic script) is
        // written as its four UTF-8 bytes, as it was read, not as two escaped surrogates.
        .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8);
  }

  /**
   * Returns the strictly configured mapper, with the module; not a copy.
   *
   * @return the mapper
   */
  public ObjectMapper mapper() {
    return mapper;
  }

  /** Makes a parser. */
  @FunctionalInterface
  private interface Making {
    JsonParser make() throws IOException;
  }

  private static TokenReader open(Making making) throws IOException {
    try {
      return JacksonTokenReader.of(making.make());
    } catch (JsonProcessingException | CharConversionException e) {
      throw ParseFailures.failure(e, null);
    }
  }

  @Override
  public TokenReader document(String text) throws IOException {
    // A byte order mark read into a String stays its first character; skipped, as in bytes.
    return open(() -> documents.createParser(text.startsWith("\uFEFF") ? text.substring(1) : text));
  }

  @Override
  public TokenReader document(byte[] bytes) throws IOException {
    return open(() -> documents.createParser(bytes));
  }

  @Override
  public TokenReader document(InputStream in) throws IOException {
    return open(() -> documents.createParser(in));
  }

  @Override
  public TokenReader stream(InputStream in) throws IOException {
    return open(() -> streams.createParser(in));
  }

  @Override
  public TokenReader line(char[] chars, int offset, int length) throws IOException {
    return open(() -> streams.createParser(chars, offset, length));
  }

  @Override
  public FedLines fedLines() throws IOException {
    try {
      return new JacksonFedLines(streams.createNonBlockingByteArrayParser());
    } catch (JsonProcessingException e) {
      throw ParseFailures.failure(e, null);
    }
  }

  @Override
  public TokenWriter writer(OutputStream out) throws IOException {
    JsonGenerator generator = documents.createGenerator(out);
    return new JacksonTokenWriter(generator);
  }

  @Override
  public <T> T readOther(TokenReader in, Class<T> type) throws IOException {
    return mapper.readerFor(type).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readValue(((JacksonTokenReader) in).parser());
  }

  @Override
  public void writeOther(OutputStream out, Object value) throws IOException {
    mapper.writeValue(out, value);
  }

  @Override
  public Exception failure(List<JsonProblem> problems, long recordIndex, long line) {
    return new ChanceryJsonException(problems).atRecord(recordIndex, line);
  }
}
