package io.github.chancery.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleKeyDeserializers;
import io.github.chancery.core.dossier.ConsistencyReport;
import io.github.chancery.core.dossier.Dossier;
import io.github.chancery.core.validation.Problem;
import io.github.chancery.json.deser.DocumentDeserializer;
import io.github.chancery.json.deser.ValueKeyDeserializer;
import io.github.chancery.json.internal.DocumentEngine;
import io.github.chancery.json.internal.WireNames;
import io.github.chancery.json.ser.DocumentSerializer;
import io.github.chancery.json.ser.ValueKeySerializer;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import io.github.chancery.core.record.Actor;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.model.Shapes;
import io.github.chancery.core.record.Shape;
import io.github.chancery.core.record.ValueType;
import io.github.chancery.json.deser.RecordDeserializer;
import io.github.chancery.json.deser.ValueDeserializer;
import io.github.chancery.json.ser.RecordSerializer;
import io.github.chancery.json.ser.ValueSerializer;

/**
 * The Jackson module that reads and writes every Chancery record in the documented wire format
 * ({@code docs/json.md}).
 *
 * <p>It is registered in {@code META-INF/services/com.fasterxml.jackson.databind.Module}, so
 * {@code new ObjectMapper().findAndRegisterModules()} picks it up; {@link ChanceryJson} gives a
 * mapper that is also hardened (limits, strict duplicates, no trailing tokens). Records can be
 * read as their own class, as {@link Actor}, or as {@link ChanceryRecord}, chosen by their {@code
 * type} property; no class name is ever written or read. The values and parts of records (such
 * as {@code PartialDate}, {@code MultilingualText}, open codes, {@code Reference}, {@code Count},
 * {@code Ballot}) are written and read as they are inside a record, so that an application's own
 * documents can hold them. Stateless and thread-safe.
 */
public final class ChanceryModule extends Module {
  private static final Version VERSION = buildVersion();

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
    serializers.addSerializer(ChanceryRecord.class, new RecordSerializer());
    // Values and parts of records, written and read as they are inside a record; those written
    // as one string are map keys too.
    Shapes.valueTypes().forEach((type, valueType) -> addValue(serializers, deserializers, keySerializers, keyDeserializers, type, valueType));
    // Dossiers and reports in full; problems written in full.
    serializers.addSerializer(Dossier.class, new DocumentSerializer<>(Dossier.class, DocumentEngine::writeDossier));
    deserializers.addDeserializer(Dossier.class, new DocumentDeserializer<>(Dossier.class, DocumentEngine.DOSSIER));
    serializers.addSerializer(ConsistencyReport.class, new DocumentSerializer<>(ConsistencyReport.class, DocumentEngine::writeReport));
    deserializers.addDeserializer(ConsistencyReport.class, new DocumentDeserializer<>(ConsistencyReport.class, DocumentEngine::readReport));
    serializers.addSerializer(Problem.class, new DocumentSerializer<>(Problem.class, DocumentEngine::writeProblem));
    context.addSerializers(serializers);
    context.addKeySerializers(keySerializers);
    context.addKeyDeserializers(keyDeserializers);

    for (Shape<? extends ChanceryRecord> shape : Shapes.records()) {
      add(deserializers, shape.type());
    }
    add(deserializers, ChanceryRecord.class);
    add(deserializers, Actor.class);
    context.addDeserializers(deserializers);
    // WRAP_ROOT_VALUE wraps a value in its wire name ("vote"), not a generated class's name.
    context.appendAnnotationIntrospector(new WireRootNames());
  }

  /** Names the root of Chancery's values by their wire names. */
  private static final class WireRootNames extends com.fasterxml.jackson.databind.introspect.NopAnnotationIntrospector {
    private static final long serialVersionUID = 1L;

    @Override
    public com.fasterxml.jackson.databind.PropertyName findRootName(com.fasterxml.jackson.databind.introspect.AnnotatedClass type) {
      String name = WireNames.rootName(type.getRawType());
      return name == null ? null : com.fasterxml.jackson.databind.PropertyName.construct(name);
    }
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
    serializers.addSerializer(type, new ValueSerializer<>(type, typed));
    deserializers.addDeserializer(type, new ValueDeserializer<>(type, typed));
    if (typed.isParsed()) {
      keySerializers.addSerializer(type, new ValueKeySerializer<>(type, typed));
      keyDeserializers.addDeserializer(type, new ValueKeyDeserializer<>(typed));
    }
  }

  private static <T extends ChanceryRecord> void add(SimpleDeserializers deserializers, Class<T> type) {
    deserializers.addDeserializer(type, new RecordDeserializer<>(type));
  }

  /** The version the build wrote into the jar, so that it is never typed by hand. */
  private static Version buildVersion() {
    java.util.Properties properties = new java.util.Properties();
    try (java.io.InputStream in = ChanceryModule.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return com.fasterxml.jackson.core.util.VersionUtil.parseVersion(
        properties.getProperty("version"), "io.github.chancery", "chancery-json");
  }
}
