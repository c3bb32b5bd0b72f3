/**
 * Jackson 3 serialization of Chancery's records, through the engine shared with the Jackson 2
 * module: the same wire format, strictness, limits and error paths. Its Jackson module is found
 * by Jackson 3's module discovery on the module path as on the class path.
 *
 * @provides tools.jackson.databind.JacksonModule the Chancery module for Jackson 3
 */
@SuppressWarnings("module") // the name ends in a digit: Jackson 3, as the automatic name had it
module io.github.chancery.json.jackson3 {
  requires transitive io.github.chancery.core;
  requires transitive io.github.chancery.json.engine;
  requires transitive tools.jackson.databind;

  exports io.github.chancery.json.jackson3;
  exports io.github.chancery.json.jackson3.deser;
  exports io.github.chancery.json.jackson3.ser;

  provides tools.jackson.databind.JacksonModule with io.github.chancery.json.jackson3.ChanceryModule;
  provides io.github.chancery.json.internal.JsonLine with io.github.chancery.json.jackson3.internal.Jackson3Line;
}
