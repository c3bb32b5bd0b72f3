package io.github.chancery.json;

import com.fasterxml.jackson.core.FormatSchema;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.InjectableValues;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.chancery.json.internal.jackson.OpenUntilExplained;
import io.github.chancery.json.internal.jackson.ParseFailures;
import java.io.IOException;

/**
 * The hardened mapper {@link ChanceryJson#mapper()} hands out: a {@link JsonMapper} that also
 * says in Chancery's words what is wrong with the text of a document wherever it is (nothing at
 * all, text that is not JSON, a limit exceeded, content after the value), which a module cannot
 * see outside records, and whose readers do the same. Failures about an application's own
 * classes stay Jackson's. Copies stay of this class.
 */
final class ChanceryMapper extends JsonMapper {
  private static final long serialVersionUID = 1L;

  ChanceryMapper(JsonMapper configured) {
    super(configured);
  }

  @Override
  public JsonMapper copy() {
    _checkInvalidCopy(ChanceryMapper.class);
    return new ChanceryMapper(this);
  }

  @Override
  protected Object _readMapAndClose(JsonParser parser, JavaType valueType) throws IOException {
    OpenUntilExplained open = new OpenUntilExplained(parser);
    try {
      return super._readMapAndClose(open, valueType);
    } catch (IOException e) {
      throw ParseFailures.forMapper(e, open);
    } finally {
      open.closeNow();
    }
  }

  @Override
  protected Object _readValue(DeserializationConfig config, JsonParser parser, JavaType valueType) throws IOException {
    try {
      return super._readValue(config, parser, valueType);
    } catch (IOException e) {
      throw ParseFailures.forMapper(e, parser);
    }
  }

  @Override
  protected JsonNode _readTreeAndClose(JsonParser parser) throws IOException {
    OpenUntilExplained open = new OpenUntilExplained(parser);
    try {
      return super._readTreeAndClose(open);
    } catch (IOException e) {
      throw ParseFailures.forMapper(e, open);
    } finally {
      open.closeNow();
    }
  }

  @Override
  protected ObjectReader _newReader(DeserializationConfig config) {
    return new ChanceryReader(this, config);
  }

  @Override
  protected ObjectReader _newReader(
      DeserializationConfig config,
      JavaType valueType,
      Object valueToUpdate,
      FormatSchema schema,
      InjectableValues injectableValues) {
    return new ChanceryReader(this, config, valueType, valueToUpdate, schema, injectableValues);
  }
}
