package io.github.chancery.json.jackson3;

import io.github.chancery.core.dossier.ConsistencyReport;
import io.github.chancery.core.dossier.Dossier;
import io.github.chancery.core.model.Shapes;
import io.github.chancery.core.record.Actor;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.record.Shape;
import io.github.chancery.core.record.ValueType;
import io.github.chancery.core.validation.Problem;
import io.github.chancery.json.internal.DocumentEngine;
import io.github.chancery.json.internal.RecordEngine;
import io.github.chancery.json.jackson3.deser.WireDeserializer;
import io.github.chancery.json.jackson3.deser.WireKeyDeserializer;
import io.github.chancery.json.jackson3.ser.WireKeySerializer;
import io.github.chancery.json.jackson3.ser.WireSerializer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import tools.jackson.core.Version;
import tools.jackson.core.util.VersionUtil;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleKeyDeserializers;
import tools.jackson.databind.module.SimpleSerializers;

/**
 * The Jackson 3 module that reads and writes every Chancery record in the documented wire format
 * ({@code docs/json.md}), through the engine it shares with the Jackson 2 artifact: the same
 * bytes, the same rules, the same problems with the same paths.
 *
 * <p>It is registered in {@code META-INF/services/tools.jackson.databind.JacksonModule}, so
 * {@code JsonMapper.builder().findAndAddModules().build()} picks it up, as Spring Boot 4 does.
 * Records are read as their own class, as {@link Actor}, or as {@link ChanceryRecord}, chosen by
 * their {@code type} property; no class name is ever written or read. Values and parts of records
 * ({@code PartialDate}, {@code MultilingualText}, codes, {@code Reference}, {@code Count}, {@code
 * Ballot}, ...) are written and read as inside a record, and those written as one string are map
 * keys too; {@link Dossier}s and {@link ConsistencyReport}s are written and read in full, and
 * problems written in full. Reading is strict whatever the mapper's settings. Failures are
 * {@link ChanceryJsonException}s.
 *
 * <p>Stateless and thread-safe.
 */
public final class ChanceryModule extends JacksonModule {
  private static final Version VERSION = version("chancery-json-jackson3");

  /** Creates the module. */
  public ChanceryModule() {}

  @Override
  public String getModuleName() {
    return "chancery";
  }

  @Override
  public Version version() {
    return VERSION;
  }

  @Override
  public void setupModule(SetupContext context) {
    SimpleSerializers serializers = new SimpleSerializers();
    SimpleDeserializers deserializers = new SimpleDeserializers();
    SimpleSerializers keySerializers = new SimpleSerializers();
    SimpleKeyDeserializers keyDeserializers = new SimpleKeyDeserializers();
    serializers.addSerializer(ChanceryRecord.class, new WireSerializer<>(ChanceryRecord.class, RecordEngine::writeRecord));
    for (Shape<? extends ChanceryRecord> shape : Shapes.records()) {
      addRecord(deserializers, shape.type());
    }
    addRecord(deserializers, ChanceryRecord.class);
    addRecord(deserializers, Actor.class);
    // Values and parts of records, written and read as they are inside a record; those written
    // as one string are map keys too.
    Shapes.valueTypes().forEach((type, valueType) -> addValue(serializers, deserializers, keySerializers, keyDeserializers, type, valueType));
    serializers.addSerializer(Dossier.class, new WireSerializer<>(Dossier.class, DocumentEngine::writeDossier));
    deserializers.addDeserializer(Dossier.class, new WireDeserializer<>(Dossier.class, DocumentEngine.DOSSIER));
    serializers.addSerializer(ConsistencyReport.class, new WireSerializer<>(ConsistencyReport.class, DocumentEngine::writeReport));
    deserializers.addDeserializer(ConsistencyReport.class, new WireDeserializer<>(ConsistencyReport.class, DocumentEngine::readReport));
    serializers.addSerializer(Problem.class, new WireSerializer<>(Problem.class, DocumentEngine::writeProblem));
    context.addSerializers(serializers);
    context.addDeserializers(deserializers);
    context.addKeySerializers(keySerializers);
    context.addKeyDeserializers(keyDeserializers);
    // WRAP_ROOT_VALUE wraps a value in its wire name ("vote"), not a generated class's name.
    context.appendAnnotationIntrospector(new WireRootNames());
  }

  /** Names the root of Chancery's values by their wire names. */
  private static final class WireRootNames extends tools.jackson.databind.introspect.NopAnnotationIntrospector {
    private static final long serialVersionUID = 1L;

    @Override
    public tools.jackson.databind.PropertyName findRootName(
        tools.jackson.databind.cfg.MapperConfig<?> config, tools.jackson.databind.introspect.AnnotatedClass type) {
      String name = io.github.chancery.json.internal.WireNames.rootName(type.getRawType());
      return name == null ? null : tools.jackson.databind.PropertyName.construct(name);
    }
  }

  private static <T extends ChanceryRecord> void addRecord(SimpleDeserializers deserializers, Class<T> type) {
    deserializers.addDeserializer(type, new WireDeserializer<>(type, (in, read) -> RecordEngine.readRecord(in, type, read)));
  }

  @SuppressWarnings("unchecked")
  private static <V> void addValue(
      SimpleSerializers serializers,
      SimpleDeserializers deserializers,
      SimpleSerializers keySerializers,
      SimpleKeyDeserializers keyDeserializers,
      Class<V> type,
      ValueType<?> valueType) {
    ValueType<V> typed = (ValueType<V>) valueType;
    serializers.addSerializer(type, new WireSerializer<>(type, (out, value) -> RecordEngine.writeValue(out, typed, value)));
    deserializers.addDeserializer(type, new WireDeserializer<>(type, (in, read) -> RecordEngine.readValue(in, typed, read)));
    if (typed.isParsed()) {
      keySerializers.addSerializer(type, new WireKeySerializer<>(type, typed));
      keyDeserializers.addDeserializer(type, new WireKeyDeserializer<>(typed));
    }
  }

  /** The version the build wrote into the jar, so that it is never typed by hand. */
  static Version version(String artifactId) {
    Properties properties = new Properties();
    try (InputStream in = ChanceryModule.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return VersionUtil.parseVersion(properties.getProperty("version"), "io.github.chancery", artifactId);
  }
}
