package io.github.chancery.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.util.VersionUtil;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import io.github.chancery.core.record.Actor;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.json.deser.WireDeserializer;
import io.github.chancery.json.deser.WireKeyDeserializer;
import io.github.chancery.json.internal.WireNames;
import io.github.chancery.json.internal.WireTypes;
import io.github.chancery.json.internal.jackson.WireRootNames;
import io.github.chancery.json.ser.WireKeySerializer;
import io.github.chancery.json.ser.WireSerializer;
import java.util.Map;

/**
 * The Jackson 2 module that reads and writes every Chancery record in the documented wire format
 * ({@code docs/json.md}), through the engine it shares with the Jackson 3 artifact: the same
 * bytes, the same rules, the same problems with the same paths.
 *
 * <p>It is registered in {@code META-INF/services/com.fasterxml.jackson.databind.Module}, so
 * {@code new ObjectMapper().findAndRegisterModules()} picks it up; {@link ChanceryJson} gives a
 * mapper that is also hardened (limits, strict duplicates, no trailing tokens). Records can be
 * read as their own class, as {@link Actor}, or as {@link ChanceryRecord}, chosen by their {@code
 * type} property; no class name is ever written or read. The values and parts of records (such
 * as {@code PartialDate}, {@code MultilingualText}, open codes, {@code Reference}, {@code Count},
 * {@code Ballot}) are written and read as they are inside a record, and those written as one
 * string are map keys too; dossiers and reports are written and read in full, and problems
 * written in full. Stateless and thread-safe.
 */
public final class ChanceryModule extends Module {
  // The version the build wrote into the jar, so that it is never typed by hand.
  private static final Version VERSION =
      VersionUtil.parseVersion(WireNames.version(ChanceryModule.class.getResourceAsStream("version.properties")), "io.github.chancery", "chancery-json");

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
    context.addSerializers(new SimpleSerializers(WireTypes.writers(WireSerializer::new)));
    context.addDeserializers(new SimpleDeserializers(WireTypes.readers(WireDeserializer::new)));
    context.addKeySerializers(new SimpleSerializers(WireTypes.keyWriters(WireKeySerializer::new)));
    Map<Class<?>, WireKeyDeserializer<?>> keys = WireTypes.keyReaders(WireKeyDeserializer::new);
    context.addKeyDeserializers((type, config, bean) -> keys.get(type.getRawClass()));
    // WRAP_ROOT_VALUE wraps a value in its wire name ("vote"), not a generated class's name.
    context.appendAnnotationIntrospector(new WireRootNames());
  }
}
