/**
 * Chancery's JSON with Jackson 2: {@code ChanceryJson} and the Jackson module (found by {@code
 * ObjectMapper.findAndRegisterModules()} on the module path as on the class path), on the engine
 * it shares with the Jackson 3 module, which holds the format itself: streams, schemas, problems
 * and limits.
 *
 * @provides com.fasterxml.jackson.databind.Module the Chancery module
 */
module io.github.chancery.json {
  requires transitive io.github.chancery.core;
  requires transitive io.github.chancery.json.engine;
  requires transitive com.fasterxml.jackson.databind;

  exports io.github.chancery.json;
  exports io.github.chancery.json.deser;
  exports io.github.chancery.json.ser;

  provides com.fasterxml.jackson.databind.Module with io.github.chancery.json.ChanceryModule;
  provides io.github.chancery.json.internal.JsonLine with io.github.chancery.json.internal.jackson.Jackson2Line;
}
