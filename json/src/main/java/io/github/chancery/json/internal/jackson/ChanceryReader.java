package io.github.chancery.json.internal.jackson;

import com.fasterxml.jackson.core.FormatSchema;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.JsonToken;
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
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.deser.DataFormatReaders;
import io.github.chancery.json.ChanceryJsonException;
import io.github.chancery.json.internal.Paths;
import io.github.chancery.json.internal.WireNames;
import io.github.chancery.json.problem.JsonRule;
import java.io.CharConversionException;
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
   * Reads one whole value. What is wrong with the text around it (nothing at all, text that is not
   * JSON before or after it, content after it) and any limit are refused in Chancery's words. A
   * value of Chancery's is read by its deserializers, which word their own failures; inside an
   * application's own class, Jackson reads, and what it or the class refuses stays Jackson's.
   */
  Object bind(JsonParser parser, Object valueToUpdate) throws IOException {
    boolean noTrailingTokens = _config.isEnabled(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    boolean chancerys = _valueType != null && WireNames.isChancerys(_valueType.getRawClass());
    ChanceryReader binder = noTrailingTokens ? (ChanceryReader) without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS) : this;
    aroundTheValue(parser, () -> {
      if (!parser.hasCurrentToken() && parser.nextToken() == null) {
        throw nothingToRead(parser);
      }
    });
    Object value;
    try {
      value = binder.bindValue(parser, valueToUpdate);
    } catch (StreamConstraintsException e) {
      // The limits are Chancery's, wherever in the document they are passed.
      throw ParseFailures.from(e, parser);
    } catch (MismatchedInputException e) {
      if (chancerys && _config.useRootWrapping()) {
        // Only the root wrapper, Jackson's, refuses a Chancery value this way.
        throw ParseFailures.single(
            JsonRule.WRONG_TYPE, ParseFailures.pathOf(parser), "the value must be the only property of the document, named \"" + rootName() + "\"");
      }
      throw e;
    } catch (StreamReadException e) {
      if (chancerys && !(e instanceof InputCoercionException)) {
        throw ParseFailures.from(e, parser);
      }
      throw e;
    } catch (CharConversionException e) {
      if (chancerys) {
        throw ParseFailures.notAnEncoding();
      }
      throw e;
    }
    aroundTheValue(parser, () -> {
      if (noTrailingTokens && hasMore(parser)) {
        throw ParseFailures.single(JsonRule.TRAILING_TOKENS, Paths.ROOT, "unexpected content after the end of the value");
      }
    });
    return value;
  }

  /** Reads the text around the value: whatever fails there is the text's, in Chancery's words. */
  private static void aroundTheValue(JsonParser parser, TextStep step) throws IOException {
    try {
      step.read();
    } catch (StreamReadException | StreamConstraintsException e) {
      throw ParseFailures.from(e, parser);
    } catch (CharConversionException e) {
      throw ParseFailures.notAnEncoding();
    }
  }

  /** A step of reading the text. */
  @FunctionalInterface
  private interface TextStep {
    void read() throws IOException;
  }

  /** The failure of a read that found no value: an empty document, or nothing at the pointer. */
  private static ChanceryJsonException nothingToRead(JsonParser parser) {
    if (parser instanceof FilteringParserDelegate) {
      JsonParser document = ((FilteringParserDelegate) parser).delegate();
      // The root context counts the values the document began; none means it is empty.
      if (document.getParsingContext() != null && document.getParsingContext().getEntryCount() > 0) {
        return ParseFailures.single(JsonRule.REQUIRED, Paths.ROOT, "the document holds no value at the reader's pointer");
      }
    }
    return ParseFailures.single(JsonRule.MALFORMED_JSON, Paths.ROOT, "the document is empty");
  }

  /** Whether the text holds more after the value: for a part of a document, after the document. */
  private static boolean hasMore(JsonParser parser) throws IOException {
    if (!(parser instanceof FilteringParserDelegate)) {
      return parser.nextToken() != null;
    }
    // The part read ends the filtered tokens; the rest of the document is read, to its end.
    JsonParser document = ((FilteringParserDelegate) parser).delegate();
    while (document.getParsingContext() != null && !document.getParsingContext().inRoot()) {
      JsonToken token = document.nextToken();
      if (token == null) {
        break;
      }
      if (token.isStructStart()) {
        document.skipChildren();
      }
    }
    return document.nextToken() != null;
  }

  private String rootName() {
    PropertyName configured = _config.getFullRootName();
    return configured != null && configured.hasSimpleName() ? configured.getSimpleName() : WireNames.wrapperName(_valueType.getRawClass());
  }

  private Object bindValue(JsonParser parser, Object valueToUpdate) throws IOException {
    return super._bind(parser, valueToUpdate);
  }
}
