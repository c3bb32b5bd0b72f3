package io.github.chancery.json;

import com.fasterxml.jackson.core.FormatSchema;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.InjectableValues;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.deser.DataFormatReaders;
import io.github.chancery.json.internal.jackson.OpenUntilExplained;
import io.github.chancery.json.internal.jackson.ParseFailures;
import java.io.IOException;

/**
 * The readers of {@link ChanceryMapper}: an {@link ObjectReader} that says in Chancery's words
 * what is wrong with the text of a document, wherever it is. Its changed copies ({@code
 * forType}, {@code with...}) stay of this class.
 */
final class ChanceryReader extends ObjectReader {
  private static final long serialVersionUID = 1L;

  ChanceryReader(ObjectMapper mapper, DeserializationConfig config) {
    super(mapper, config);
  }

  ChanceryReader(
      ObjectMapper mapper,
      DeserializationConfig config,
      JavaType valueType,
      Object valueToUpdate,
      FormatSchema schema,
      InjectableValues injectableValues) {
    super(mapper, config, valueType, valueToUpdate, schema, injectableValues);
  }

  private ChanceryReader(ObjectReader base, JsonFactory factory) {
    super(base, factory);
  }

  private ChanceryReader(ObjectReader base, DeserializationConfig config) {
    super(base, config);
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
    return new ChanceryReader(
        base, config, valueType, rootDeserializer, valueToUpdate, schema, injectableValues, dataFormatReaders);
  }

  @Override
  protected Object _bindAndClose(JsonParser parser) throws IOException {
    OpenUntilExplained open = new OpenUntilExplained(parser);
    try {
      return super._bindAndClose(open);
    } catch (IOException e) {
      throw ParseFailures.forMapper(e, open);
    } finally {
      open.closeNow();
    }
  }

  @Override
  protected Object _bind(JsonParser parser, Object valueToUpdate) throws IOException {
    try {
      return super._bind(parser, valueToUpdate);
    } catch (IOException e) {
      throw ParseFailures.forMapper(e, parser);
    }
  }

}
