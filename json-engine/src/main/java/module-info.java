/**
 * Chancery's JSON wire format, for either Jackson line: records, values, dossiers and reports
 * read and written by their shapes, streams of records both ways, the schemas, the problems the
 * readers report and the limits they enforce. It depends on no Jackson: each Jackson line gives
 * it a parser and a generator, found through {@link java.util.ServiceLoader} where no line is
 * named. Its engine package is internal, readable only by Chancery's own modules.
 */
@SuppressWarnings("module") // the modules the internal package is exported to are built after this one
module io.github.chancery.json.engine {
  requires transitive io.github.chancery.core;

  exports io.github.chancery.json.format;
  exports io.github.chancery.json.limits;
  exports io.github.chancery.json.problem;
  exports io.github.chancery.json.schema;

  // Open so that the schema files can be read by their resource names, as on the class path.
  opens io.github.chancery.json.schema;

  exports io.github.chancery.json.internal to
      io.github.chancery.json,
      io.github.chancery.json.jackson3,
      io.github.chancery.popolo,
      io.github.chancery.imports;

  uses io.github.chancery.json.internal.JsonLine;
}
