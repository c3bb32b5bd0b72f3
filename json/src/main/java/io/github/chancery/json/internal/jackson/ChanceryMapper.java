package io.github.chancery.json.internal.jackson;

import com.fasterxml.jackson.core.FormatSchema;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.InjectableValues;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;

/**
 * The Jackson 2 mapper {@code ChanceryJson.mapper()} hands out: a {@link JsonMapper} whose failures
 * of the text itself (nothing at all, text that is not JSON, content after the value, a limit)
 * are {@code ChanceryJsonException}s naming the JSON path and rule, worded as {@code
 * ChanceryJson.read} words them, whatever type is read; what an application's own classes refuse
 * stays Jackson's. Copies, rebuilt mappers and the readers it makes keep this.
 *
 * <p>Why a subclass: Jackson throws these failures before a deserializer is called or after it
 * returned, where no module is consulted. It overrides only the top-level read of a whole value,
 * each by wrapping Jackson's own implementation, never a step of binding.
 *
 * <p>Thread-safe once configured, as any Jackson mapper.
 */
public final class ChanceryMapper extends JsonMapper {
  private static final long serialVersionUID = 1L;

  /**
   * Creates a mapper over the given factory; configure it through {@code new JsonMapper.Builder(
   * mapper)}.
   *
   * @param factory the factory of parsers and generators, with Chancery's limits
   */
  public ChanceryMapper(JsonFactory factory) {
    super(factory);
  }

  private ChanceryMapper(ChanceryMapper source) {
    super(source);
  }

  @Override
  public JsonMapper copy() {
    _checkInvalidCopy(ChanceryMapper.class);
    return new ChanceryMapper(this);
  }

  /**
   * Refused, as by any {@link JsonMapper}: a copy with another factory would lose the limits and
   * Chancery's words. Build a mapper with {@code JsonMapper.builder(factory)} and the {@code
   * ChanceryModule} instead.
   *
   * @param factory the other factory
   * @return never: always throws
   * @throws UnsupportedOperationException always
   */
  @Override
  public ObjectMapper copyWith(JsonFactory factory) {
    throw new UnsupportedOperationException(
        "the mapper ChanceryJson hands out cannot be copied with another factory: build one with JsonMapper.builder(factory) and the ChanceryModule");
  }

  @Override
  protected ObjectReader _newReader(DeserializationConfig config) {
    return new ChanceryReader(this, config, null, null, null, null);
  }

  @Override
  protected ObjectReader _newReader(
      DeserializationConfig config, JavaType valueType, Object valueToUpdate, FormatSchema schema, InjectableValues injectableValues) {
    return new ChanceryReader(this, config, valueType, valueToUpdate, schema, injectableValues);
  }

  @Override
  protected Object _readMapAndClose(JsonParser parser, JavaType valueType) throws IOException {
    try (parser) {
      return reader(getDeserializationConfig(), valueType).bind(parser, null);
    }
  }

  @Override
  protected Object _readValue(DeserializationConfig config, JsonParser parser, JavaType valueType) throws IOException {
    return reader(config, valueType).bind(parser, null);
  }

  private ChanceryReader reader(DeserializationConfig config, JavaType valueType) {
    return new ChanceryReader(this, config, valueType, null, null, _injectableValues);
  }
}
