package io.github.chancery.json.jackson3.internal;

import io.github.chancery.json.internal.ParseFailure;
import io.github.chancery.json.internal.WholeValue;
import io.github.chancery.json.jackson3.ChanceryJsonException;
import java.io.IOException;
import java.io.UncheckedIOException;
import tools.jackson.core.FormatSchema;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.filter.FilteringParserDelegate;
import tools.jackson.core.filter.JsonPointerBasedFilter;
import tools.jackson.core.filter.TokenFilter;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.InjectableValues;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.PropertyName;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.DeserializationContextExt;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * The Jackson 3 reader {@link ChanceryMapper} hands out: an {@link ObjectReader} whose failures of
 * the text itself (nothing at all, text that is not JSON, content after the value, a limit) are
 * {@code ChanceryJsonException}s naming the JSON path and rule, whatever type is read, since it
 * reads a whole value by the engine's sequence ({@link WholeValue#bind}), taking the steps only
 * Jackson can. Its copies ({@code forType}, {@code with}, {@code at}) keep this. Sequences read with
 * {@code readValues} are Jackson's own iteration.
 *
 * <p>Immutable and thread-safe, as any Jackson reader.
 */
public final class ChanceryReader extends ObjectReader implements WholeValue.Binding<JsonParser> {
  private static final long serialVersionUID = 1L;

  ChanceryReader(
      ObjectMapper mapper, DeserializationConfig config, JavaType valueType, Object valueToUpdate, FormatSchema schema, InjectableValues injectableValues) {
    super(mapper, config, valueType, valueToUpdate, schema, injectableValues);
  }

  // The copies Jackson makes are Chancery's readers too.

  private ChanceryReader(ObjectReader base, DeserializationConfig config) {
    super(base, config);
  }

  private ChanceryReader(
      ObjectReader base, DeserializationConfig config, JavaType valueType, ValueDeserializer<Object> rootDeserializer, Object valueToUpdate,
      FormatSchema schema, InjectableValues injectableValues) {
    super(base, config, valueType, rootDeserializer, valueToUpdate, schema, injectableValues);
  }

  private ChanceryReader(ObjectReader base, TokenFilter filter) {
    super(base, filter);
  }

  @Override
  protected ObjectReader _new(ObjectReader base, DeserializationConfig config) {
    return new ChanceryReader(base, config);
  }

  @Override
  protected ObjectReader _new(
      ObjectReader base, DeserializationConfig config, JavaType valueType, ValueDeserializer<Object> rootDeserializer, Object valueToUpdate,
      FormatSchema schema, InjectableValues injectableValues) {
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

  // --- one whole value, by the engine's sequence ---

  // The context Jackson made for the read is left: the value is bound with one of the reader that
  // binds it, which leaves trailing tokens to the engine.

  @Override
  protected Object _bindAndClose(DeserializationContextExt context, JsonParser parser) {
    try (parser) {
      return bind(parser, _valueToUpdate);
    }
  }

  @Override
  protected Object _bind(DeserializationContextExt context, JsonParser parser, Object valueToUpdate) {
    return bind(parser, valueToUpdate);
  }

  /** Reads one whole value: see {@link WholeValue#bind}. */
  Object bind(JsonParser parser, Object valueToUpdate) {
    PropertyName root = _config.getFullRootName();
    String wrapper = !_config.useRootWrapping() ? null : root != null && root.hasSimpleName() ? root.getSimpleName() : "";
    Class<?> type = _valueType == null ? null : _valueType.getRawClass();
    try {
      return WholeValue.bind(this, parser, valueToUpdate, type, wrapper, isEnabled(DeserializationFeature.FAIL_ON_TRAILING_TOKENS), ChanceryJsonException::new);
    } catch (IOException e) {
      // Jackson 3 throws none: its failures, and its ChanceryJsonException, are unchecked.
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public boolean toValue(JsonParser parser) {
    return parser.hasCurrentToken() || parser.nextToken() != null;
  }

  @Override
  public Object value(JsonParser parser, Object valueToUpdate) {
    ChanceryReader binder = (ChanceryReader) without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    return binder.bindValue(parser, valueToUpdate);
  }

  private Object bindValue(JsonParser parser, Object valueToUpdate) {
    return super._bind(_deserializationContext(parser), parser, valueToUpdate);
  }

  @Override
  public boolean more(JsonParser parser) throws IOException {
    if (!(parser instanceof FilteringParserDelegate)) {
      return parser.nextToken() != null;
    }
    // The part read ends the filtered tokens; the document goes on.
    JsonParser document = ((FilteringParserDelegate) parser).delegate();
    TokenStreamContext place = document.streamReadContext();
    return WholeValue.restOfDocument(new Jackson3TokenReader(document), place == null ? 0 : place.getNestingDepth());
  }

  @Override
  public boolean pointed(JsonParser parser) {
    // The root context counts the values the document began; none means it is empty.
    TokenStreamContext root = parser instanceof FilteringParserDelegate ? ((FilteringParserDelegate) parser).delegate().streamReadContext() : null;
    return root != null && root.getEntryCount() > 0;
  }

  @Override
  public ParseFailure failure(Exception thrown, JsonParser parser) {
    // Among Jackson's own exceptions (but an integer too large for an application's field).
    return thrown instanceof JacksonException && !(thrown instanceof InputCoercionException)
        ? ParseFailures.failureOrNull((JacksonException) thrown, parser)
        : null;
  }

  @Override
  public String rootRefused(Exception thrown, JsonParser parser) {
    return thrown instanceof MismatchedInputException ? ParseFailures.pathOf(parser) : null;
  }
}
