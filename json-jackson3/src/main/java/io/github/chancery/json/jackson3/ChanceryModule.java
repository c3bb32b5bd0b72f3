package io.github.chancery.json.jackson3;

import io.github.chancery.core.dossier.ConsistencyReport;
import io.github.chancery.core.dossier.Dossier;
import io.github.chancery.core.record.Actor;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.json.internal.WireNames;
import io.github.chancery.json.internal.WireTypes;
import io.github.chancery.json.jackson3.internal.WireRootNames;
import io.github.chancery.json.jackson3.deser.WireDeserializer;
import io.github.chancery.json.jackson3.deser.WireKeyDeserializer;
import io.github.chancery.json.jackson3.ser.WireKeySerializer;
import io.github.chancery.json.jackson3.ser.WireSerializer;
import java.util.Map;
import tools.jackson.core.Version;
import tools.jackson.core.util.VersionUtil;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.module.SimpleDeserializers;
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
  private static final Version VERSION =
      VersionUtil.parseVersion(WireNames.version(ChanceryModule.class.getResourceAsStream("version.properties")), "io.github.chancery", "chancery-json-jackson3");

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
    Map<Class<?>, WireKeyDeserializer<?>> keys = WireTypes.keyReaders(WireKeyDeserializer::new);
    context
        .addSerializers(new SimpleSerializers(WireTypes.writers(WireSerializer::new)))
        .addDeserializers(new SimpleDeserializers(WireTypes.readers(WireDeserializer::new)))
        .addKeySerializers(new SimpleSerializers(WireTypes.keyWriters(WireKeySerializer::new)))
        .addKeyDeserializers((type, config, bean) -> keys.get(type.getRawClass()))
        // WRAP_ROOT_VALUE wraps a value in its wire name ("vote"), not a generated class's name.
        .appendAnnotationIntrospector(new WireRootNames());
  }
}
