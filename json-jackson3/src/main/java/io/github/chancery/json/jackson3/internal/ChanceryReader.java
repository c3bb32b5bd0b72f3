package io.github.chancery.json.jackson3.internal;

import io.github.chancery.json.internal.Paths;
import io.github.chancery.json.problem.JsonRule;
import tools.jackson.core.FormatSchema;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.filter.JsonPointerBasedFilter;
import tools.jackson.core.filter.TokenFilter;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.InjectableValues;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.DeserializationContextExt;

/**
 * The Jackson 3 reader {@link ChanceryMapper} hands out: an {@link ObjectReader} whose failures of
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

  private ChanceryReader(ObjectReader base, TokenFilter filter) {
    super(base, filter);
  }

  private ChanceryReader(
      ObjectReader base,
      DeserializationConfig config,
      JavaType valueType,
      ValueDeserializer<Object> rootDeserializer,
      Object valueToUpdate,
      FormatSchema schema,
      InjectableValues injectableValues) {
    super(base, config, valueType, rootDeserializer, valueToUpdate, schema, injectableValues);
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
      ValueDeserializer<Object> rootDeserializer,
      Object valueToUpdate,
      FormatSchema schema,
      InjectableValues injectableValues) {
    return new ChanceryReader(base, config, valueType, rootDeserializer, valueToUpdate, schema, injectableValues);
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
  protected Object _bindAndClose(DeserializationContextExt context, JsonParser parser) {
    try (parser) {
      return bind(context, parser, _valueToUpdate);
    }
  }

  @Override
  protected Object _bind(DeserializationContextExt context, JsonParser parser, Object valueToUpdate) {
    return bind(context, parser, valueToUpdate);
  }

  /**
   * Reads one whole value: refuses an empty text and, when the configuration says so, content
   * after the value, in Chancery's words; Jackson binds the value itself.
   *
   * @param context the context made for this reader and parser, or null to make one
   */
  Object bind(DeserializationContextExt context, JsonParser parser, Object valueToUpdate) {
    boolean noTrailingTokens = _config.isEnabled(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    try {
      if (!parser.hasCurrentToken() && parser.nextToken() == null) {
        throw ParseFailures.single(JsonRule.MALFORMED_JSON, Paths.ROOT, "the document is empty");
      }
      Object value =
          noTrailingTokens
              ? ((ChanceryReader) without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)).bindValue(null, parser, valueToUpdate)
              : bindValue(context, parser, valueToUpdate);
      if (noTrailingTokens && parser.nextToken() != null) {
        throw ParseFailures.single(JsonRule.TRAILING_TOKENS, Paths.ROOT, "unexpected content after the end of the value");
      }
      return value;
    } catch (StreamReadException | StreamConstraintsException | JacksonIOException e) {
      // The text, not a class, failed: not JSON, cut short, unreadable, or over a limit.
      throw ParseFailures.from((JacksonException) e, parser);
    }
  }

  private Object bindValue(DeserializationContextExt context, JsonParser parser, Object valueToUpdate) {
    return super._bind(context != null ? context : _deserializationContext(parser), parser, valueToUpdate);
  }
}
