/**
 * The JSON engine shared by Chancery's Jackson 2 and Jackson 3 modules: the problems it reports
 * and the limits it enforces. Its engine package is internal, readable only by those two modules.
 */
@SuppressWarnings("module") // json and json-jackson3 are built after this module
module io.github.chancery.json.engine {
  requires transitive io.github.chancery.core;

  exports io.github.chancery.json.limits;
  exports io.github.chancery.json.problem;

  exports io.github.chancery.json.internal to
      io.github.chancery.json,
      io.github.chancery.json.jackson3;
}
