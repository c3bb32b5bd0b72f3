package io.github.chancery.json.internal.jackson;

import com.fasterxml.jackson.core.FormatSchema;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.filter.FilteringParserDelegate;
import com.fasterxml.jackson.core.filter.JsonPointerBasedFilter;
import com.fasterxml.jackson.core.filter.TokenFilter;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.InjectableValues;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.PropertyName;
import com.fasterxml.jackson.databind.deser.DataFormatReaders;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.chancery.json.ChanceryJsonException;
import io.github.chancery.json.internal.ParseFailure;
import io.github.chancery.json.internal.WholeValue;
import java.io.CharConversionException;
import java.io.IOException;

/**
 * The Jackson 2 reader {@link ChanceryMapper} hands out: an {@link ObjectReader} whose failures of
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

  private ChanceryReader(ObjectReader base, JsonFactory factory) {
    super(base, factory);
  }

  private ChanceryReader(ObjectReader base, DeserializationConfig config) {
    super(base, config);
  }

  private ChanceryReader(
      ObjectReader base, DeserializationConfig config, JavaType valueType, JsonDeserializer<Object> rootDeserializer, Object valueToUpdate,
      FormatSchema schema, InjectableValues injectableValues, DataFormatReaders dataFormatReaders) {
    super(base, config, valueType, rootDeserializer, valueToUpdate, schema, injectableValues, dataFormatReaders);
  }

  private ChanceryReader(ObjectReader base, TokenFilter filter) {
    super(base, filter);
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
      ObjectReader base, DeserializationConfig config, JavaType valueType, JsonDeserializer<Object> rootDeserializer, Object valueToUpdate,
      FormatSchema schema, InjectableValues injectableValues, DataFormatReaders dataFormatReaders) {
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

  // --- one whole value, by the engine's sequence ---

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

  /** Reads one whole value: see {@link WholeValue#bind}. */
  Object bind(JsonParser parser, Object valueToUpdate) throws IOException {
    PropertyName root = _config.getFullRootName();
    String wrapper = !_config.useRootWrapping() ? null : root != null && root.hasSimpleName() ? root.getSimpleName() : "";
    Class<?> type = _valueType == null ? null : _valueType.getRawClass();
    boolean trailing = isEnabled(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    return WholeValue.bind(this, parser, valueToUpdate, type, wrapper, trailing, ChanceryJsonException::new);
  }

  @Override
  public boolean toValue(JsonParser parser) throws IOException {
    return parser.hasCurrentToken() || parser.nextToken() != null;
  }

  @Override
  public Object value(JsonParser parser, Object valueToUpdate) throws IOException {
    ChanceryReader binder = (ChanceryReader) without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    return binder.bindValue(parser, valueToUpdate);
  }

  private Object bindValue(JsonParser parser, Object valueToUpdate) throws IOException {
    return super._bind(parser, valueToUpdate);
  }

  @Override
  public boolean more(JsonParser parser) throws IOException {
    if (!(parser instanceof FilteringParserDelegate)) {
      return parser.nextToken() != null;
    }
    // The part read ends the filtered tokens; the document goes on.
    JsonParser document = ((FilteringParserDelegate) parser).delegate();
    JsonStreamContext place = document.getParsingContext();
    return WholeValue.restOfDocument(JacksonTokenReader.of(document), place == null ? 0 : place.getNestingDepth());
  }

  @Override
  public boolean pointed(JsonParser parser) {
    // The root context counts the values the document began; none means it is empty.
    JsonStreamContext root = parser instanceof FilteringParserDelegate ? ((FilteringParserDelegate) parser).delegate().getParsingContext() : null;
    return root != null && root.getEntryCount() > 0;
  }

  @Override
  public ParseFailure failure(Exception thrown, JsonParser parser) {
    // The parser's (but an integer too large for an application's field), its limits', its decoder's.
    boolean text = thrown instanceof StreamReadException && !(thrown instanceof InputCoercionException);
    return text || thrown instanceof StreamConstraintsException || thrown instanceof CharConversionException
        ? ParseFailures.failure((IOException) thrown, parser)
        : null;
  }

  @Override
  public String rootRefused(Exception thrown, JsonParser parser) {
    return thrown instanceof MismatchedInputException ? ParseFailures.pathOf(parser) : null;
  }
}
