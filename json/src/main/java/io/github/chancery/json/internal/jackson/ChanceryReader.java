package io.github.chancery.json.internal.jackson;

import com.fasterxml.jackson.core.FormatSchema;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.filter.JsonPointerBasedFilter;
import com.fasterxml.jackson.core.filter.TokenFilter;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.InjectableValues;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.deser.DataFormatReaders;
import io.github.chancery.json.internal.Paths;
import io.github.chancery.json.problem.JsonRule;
import java.io.IOException;

/**
 * The Jackson 2 reader {@link ChanceryMapper} hands out: an {@link ObjectReader} whose failures of
 * the text itself (nothing at all, text that is not JSON, content after the value, a limit) are
 * {@code ChanceryJsonException}s naming the JSON path and rule, whatever type is read. Its copies
 * ({@code forType}, {@code with}, {@code at}) keep this. Sequences read with {@code readValues}
 * are Jackson's own iteration.
 *
 * <p>Immutable and thread-safe, as any Jackson reader.
 */
public final class ChanceryReader extends ObjectReader {
  private static final long serialVersionUID = 1L;

  ChanceryReader(ObjectMapper mapper, DeserializationConfig config) {
    super(mapper, config);
  }

  ChanceryReader(
      ObjectMapper mapper, DeserializationConfig config, JavaType valueType, Object valueToUpdate, FormatSchema schema, InjectableValues injectableValues) {
    super(mapper, config, valueType, valueToUpdate, schema, injectableValues);
  }

  private ChanceryReader(ObjectReader base, DeserializationConfig config) {
    super(base, config);
  }

  private ChanceryReader(ObjectReader base, JsonFactory factory) {
    super(base, factory);
  }

  private ChanceryReader(ObjectReader base, TokenFilter filter) {
    super(base, filter);
  }

  private ChanceryReader(
      ObjectReader base,
      DeserializationConfig config,
      JavaType valueType,
      JsonDeserializer<Object> rootDeserializer,
      Object valueToUpdate,
      FormatSchema schema,
      InjectableValues injectableValues,
      DataFormatReaders dataFormatReaders) {
    super(base, config, valueType, rootDeserializer, valueToUpdate, schema, injectableValues, dataFormatReaders);
  }

  @Override
  protected ObjectReader _new(ObjectReader base, JsonFactory factory) {
    return new ChanceryReader(base, factory);
  }

  @Override
  protected ObjectReader _new(ObjectReader base, DeserializationConfig config) {
    return new ChanceryReader(base, config);
  }

  @Override
  protected ObjectReader _new(
      ObjectReader base,
      DeserializationConfig config,
      JavaType valueType,
      JsonDeserializer<Object> rootDeserializer,
      Object valueToUpdate,
      FormatSchema schema,
      InjectableValues injectableValues,
      DataFormatReaders dataFormatReaders) {
    return new ChanceryReader(base, config, valueType, rootDeserializer, valueToUpdate, schema, injectableValues, dataFormatReaders);
  }

  @Override
  public ObjectReader at(String pointer) {
    return at(JsonPointer.compile(pointer));
  }

  @Override
  public ObjectReader at(JsonPointer pointer) {
    return new ChanceryReader(this, new JsonPointerBasedFilter(pointer));
  }

  @Override
  protected Object _bindAndClose(JsonParser parser) throws IOException {
    try (parser) {
      return bind(parser, _valueToUpdate);
    }
  }

  @Override
  protected Object _bind(JsonParser parser, Object valueToUpdate) throws IOException {
    return bind(parser, valueToUpdate);
  }

  /**
   * Reads one whole value: refuses an empty text and, when the configuration says so, content
   * after the value, in Chancery's words; Jackson binds the value itself.
   */
  Object bind(JsonParser parser, Object valueToUpdate) throws IOException {
    boolean noTrailingTokens = _config.isEnabled(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    ChanceryReader binder = noTrailingTokens ? (ChanceryReader) without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS) : this;
    try {
      if (!parser.hasCurrentToken() && parser.nextToken() == null) {
        throw ParseFailures.single(JsonRule.MALFORMED_JSON, Paths.ROOT, "the document is empty");
      }
      Object value = binder.bindValue(parser, valueToUpdate);
      if (noTrailingTokens && parser.nextToken() != null) {
        throw ParseFailures.single(JsonRule.TRAILING_TOKENS, Paths.ROOT, "unexpected content after the end of the value");
      }
      return value;
    } catch (StreamReadException | StreamConstraintsException e) {
      // The text, not a class, failed: not JSON, cut short, or over a limit.
      throw ParseFailures.from(e, parser);
    }
  }

  private Object bindValue(JsonParser parser, Object valueToUpdate) throws IOException {
    return super._bind(parser, valueToUpdate);
  }
}
