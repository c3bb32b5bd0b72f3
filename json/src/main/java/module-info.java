/**
 * Jackson 2 serialization of Chancery's records: {@code ChanceryJson}, the Jackson module (found
 * by {@code ObjectMapper.findAndRegisterModules()} on the module path as on the class path),
 * streaming, the shipped JSON Schemas and Popolo import and export.
 *
 * <p>The schema package is open so that the schema files can be read by their resource names,
 * under {@code io/github/chancery/json/schema/}, as on the class path.
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
  exports io.github.chancery.json.schema;
  exports io.github.chancery.json.popolo;

  opens io.github.chancery.json.schema;

  provides com.fasterxml.jackson.databind.Module with io.github.chancery.json.ChanceryModule;
  provides io.github.chancery.json.internal.JsonLine with io.github.chancery.json.internal.jackson.Jackson2Line;
}
