package io.github.chancery.json.jackson3.internal;

import tools.jackson.core.FormatSchema;
import tools.jackson.core.JsonParser;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.InjectableValues;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.cfg.MapperBuilderState;
import tools.jackson.databind.deser.DeserializationContextExt;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Jackson 3 mapper {@code ChanceryJson.mapper()} hands out: a {@link JsonMapper} whose failures
 * of the text itself (nothing at all, text that is not JSON, content after the value, a limit)
 * are {@code ChanceryJsonException}s naming the JSON path and rule, as in the Jackson 2 artifact,
 * whatever type is read; what an application's own classes refuse stays Jackson's. Mappers
 * rebuilt from it, and the readers it makes, keep this.
 *
 * <p>Why a subclass: Jackson throws these failures before a deserializer is called or after it
 * returned, where no module is consulted. It overrides only the top-level read of a whole value,
 * each by wrapping Jackson's own implementation, never a step of binding.
 *
 * <p>Immutable and thread-safe, as Jackson 3 mappers are.
 */
public final class ChanceryMapper extends JsonMapper {
  private static final long serialVersionUID = 1L;

  private ChanceryMapper(Builder builder) {
    super(builder);
  }

  /**
   * Returns a builder of such mappers over the given factory.
   *
   * @param factory the factory of parsers and generators, with Chancery's limits
   * @return a new builder whose {@code build()} makes a {@code ChanceryMapper}
   */
  public static JsonMapper.Builder builder(JsonFactory factory) {
    return new Builder(factory);
  }

  @Override
  public JsonMapper.Builder rebuild() {
    return Builder.from(_savedBuilderState);
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
  protected Object _readMapAndClose(DeserializationContextExt context, JsonParser parser, JavaType valueType) {
    try (parser) {
      return reader(context, valueType).bind(parser, null);
    }
  }

  @Override
  protected Object _readValue(DeserializationContextExt context, JsonParser parser, JavaType valueType) {
    return reader(context, valueType).bind(parser, null);
  }

  private ChanceryReader reader(DeserializationContextExt context, JavaType valueType) {
    return new ChanceryReader(this, context.getConfig(), valueType, null, null, _injectableValues);
  }

  /** Builds {@link ChanceryMapper}s, so that a rebuilt mapper keeps Chancery's words. */
  private static final class Builder extends JsonMapper.Builder {
    private static final long serialVersionUID = 1L;

    Builder(JsonFactory factory) {
      super(factory);
    }

    private Builder(StateImpl state) {
      super(state);
    }

    static Builder from(MapperBuilderState state) {
      // The state a JsonMapper saves is always the JSON builder's; its type is visible here only.
      return new Builder((StateImpl) state);
    }

    @Override
    public JsonMapper build() {
      return new ChanceryMapper(this);
    }
  }
}
