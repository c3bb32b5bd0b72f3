package io.github.chancery.json.jackson3.internal;

import io.github.chancery.json.internal.FedLines;
import io.github.chancery.json.internal.JsonSyntax;
import io.github.chancery.json.internal.ParseFailure;
import io.github.chancery.json.internal.TokenReader;
import io.github.chancery.json.internal.TokenWriter;
import io.github.chancery.json.jackson3.ChanceryJsonException;
import io.github.chancery.json.jackson3.ChanceryModule;
import io.github.chancery.json.jackson3.deser.WireDeserializer;
import io.github.chancery.json.limits.ReadLimits;
import io.github.chancery.json.problem.JsonProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonFactoryBuilder;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.ContextAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * Jackson 3 as the engine's JSON syntax: parsers and generators with Chancery's limits, the
 * strictly configured mapper that {@code ChanceryJson} hands out, and its exception. Immutable and
 * thread-safe, as Jackson 3's factories and mappers are.
 */
public final class Jackson3Syntax implements JsonSyntax {
  private final JsonFactory documents;
  private final JsonFactory streams;
  private final JsonMapper mapper;

  /**
   * Creates the syntax for these limits.
   *
   * @param limits the limits; not null
   * @param ignoredListener null for strict reading; else told of each unknown property ignored
   */
  public Jackson3Syntax(ReadLimits limits, Consumer<JsonProblem> ignoredListener) {
    this.documents = builder(limits, true).build();
    this.streams = builder(limits, false).build();
    JsonMapper.Builder mapper =
        ChanceryMapper.builder(
                new ChanceryJsonFactory(
                    JsonFactory.builder()
                        .streamReadConstraints(new NamedLimits(limits, true))
                        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                        .disable(TokenStreamFactory.Feature.FAIL_ON_SYMBOL_HASH_OVERFLOW)))
            .addModule(new ChanceryModule())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    if (ignoredListener != null) {
      mapper.defaultAttributes(ContextAttributes.getEmpty().withSharedAttribute(WireDeserializer.IGNORED_LISTENER, ignoredListener));
    }
    this.mapper = mapper.build();
  }

  private static JsonFactoryBuilder builder(ReadLimits limits, boolean wholeDocument) {
    return JsonFactory.builder()
        .streamReadConstraints(new NamedLimits(limits, wholeDocument))
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        // Names whose hashes collide (a flood of them, from a hostile text) make the parser stop
        // sharing names rather than throw: its throwing left the factory's table of names unsound,
        // and later reads then failed in Jackson's own words.
        .disable(TokenStreamFactory.Feature.FAIL_ON_SYMBOL_HASH_OVERFLOW)
        .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
        .rootValueSeparator((String) null);
  }

  /**
   * Returns the strictly configured mapper, with the module.
   *
   * @return the mapper, immutable as Jackson 3 mappers are
   */
  public JsonMapper mapper() {
    return mapper;
  }

  private static TokenReader open(Supplier<JsonParser> making) throws IOException {
    try {
      return new Jackson3TokenReader(making.get());
    } catch (JacksonException e) {
      IOException own = Streams.ownFailure(e);
      throw own != null ? own : ParseFailures.failure(e, null);
    }
  }

  @Override
  public TokenReader document(String text) throws IOException {
    // A byte order mark read into a String stays its first character; skipped, as in bytes.
    return open(() -> documents.createParser(ObjectReadContext.empty(), text.startsWith("\uFEFF") ? text.substring(1) : text));
  }

  @Override
  public TokenReader document(byte[] bytes) throws IOException {
    return open(() -> documents.createParser(ObjectReadContext.empty(), bytes));
  }

  @Override
  public TokenReader document(InputStream in) throws IOException {
    return open(() -> documents.createParser(ObjectReadContext.empty(), Streams.watched(in)));
  }

  @Override
  public TokenReader stream(InputStream in) throws IOException {
    return open(() -> streams.createParser(ObjectReadContext.empty(), Streams.watched(in)));
  }

  @Override
  public TokenReader line(char[] chars, int offset, int length) throws IOException {
    return open(() -> streams.createParser(ObjectReadContext.empty(), chars, offset, length));
  }

  @Override
  public FedLines fedLines() throws IOException {
    try {
      return new Jackson3FedLines(streams.createNonBlockingByteArrayParser(ObjectReadContext.empty()));
    } catch (JacksonException e) {
      throw ParseFailures.failure(e, null);
    }
  }

  @Override
  public TokenWriter writer(OutputStream out) {
    return new Jackson3TokenWriter(documents.createGenerator(ObjectWriteContext.empty(), Streams.watched(out)));
  }

  @Override
  public <T> T readOther(TokenReader in, Class<T> type) throws IOException {
    try {
      return mapper.readerFor(type).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readValue(((Jackson3TokenReader) in).parser());
    } catch (JacksonException e) {
      throw ownFailureOr(e);
    }
  }

  @Override
  public void writeOther(OutputStream out, Object value) throws IOException {
    try {
      mapper.writer().without(StreamWriteFeature.AUTO_CLOSE_TARGET).writeValue(Streams.watched(out), value);
    } catch (JacksonException e) {
      throw ownFailureOr(e);
    }
  }

  /** The stream's own failure, which Jackson 3 wrapped, as it is; anything else as Jackson threw it. */
  private static IOException ownFailureOr(JacksonException thrown) {
    IOException own = Streams.ownFailure(thrown);
    if (own == null) {
      throw thrown;
    }
    return own;
  }

  @Override
  public Exception failure(List<JsonProblem> problems, long recordIndex, long line) {
    return new ChanceryJsonException(problems).atRecord(recordIndex, line);
  }
}
